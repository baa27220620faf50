import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { OrganizationModel } from '../common/models/organization.model';
import { PersonModel } from '../common/models/person.model';
import { UserInputError, requirePageSize } from '../graphql/user-input.error';
import { PinyinIndex, PinyinKind } from './pinyin/pinyin-index.service';
import { pinyinQuery } from './pinyin/pinyin-key.util';

const MAX_RESULTS = 100;

/**
 * Finding people and organisations by part of their name as written, then — for a search in pinyin
 * (full, `wangyonghui`, or initials, `wyh`) — by its reading, ranked after the names as written.
 */
@Resolver()
export class DirectoryResolver {
  constructor(
    private readonly ds: DataSource,
    private readonly pinyin: PinyinIndex,
  ) {}

  /** `written` then the pinyin hits not among them, up to `limit`; the hits' rows read by `read` in the index's order. */
  private async withPinyin<T extends { id: string }>(search: string, limit: number, kind: PinyinKind, written: T[], read: (ids: string[]) => Promise<T[]>): Promise<T[]> {
    const py = pinyinQuery(search);
    if (!py || written.length >= limit) return written;
    const ids = (await this.pinyin.find(kind, py, limit + written.length)).filter((id) => !written.some((w) => w.id === id));
    const byId = new Map((await read(ids)).map((r) => [r.id, r]));
    return [...written, ...ids.flatMap((id) => byId.get(id) ?? [])].slice(0, limit);
  }

  @Query(() => [PersonModel])
  async people(
    @Args('search') search: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<PersonModel[]> {
    const limit = requirePageSize('first', first, MAX_RESULTS, 20);
    const written: PersonModel[] = await this.ds.query(
      `SELECT id::text, name, jurisdiction, disambiguator FROM people WHERE strpos(name, $1) > 0
        ORDER BY name = $1 DESC, length(name), name, jurisdiction, disambiguator LIMIT $2`,
      [needle(search), limit],
    );
    return this.withPinyin(search, limit, 'people', written, (ids) =>
      this.ds.query('SELECT id::text, name, jurisdiction, disambiguator FROM people WHERE id = ANY($1::bigint[])', [ids]),
    );
  }

  @Query(() => [OrganizationModel])
  async organizations(
    @Args('search') search: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<OrganizationModel[]> {
    const limit = requirePageSize('first', first, MAX_RESULTS, 20);
    const written: OrganizationModel[] = await this.ds.query(
      `SELECT id::text, name FROM organizations WHERE strpos(name, $1) > 0 ORDER BY name = $1 DESC, length(name), name LIMIT $2`,
      [needle(search), limit],
    );
    return this.withPinyin(search, limit, 'organizations', written, (ids) => this.ds.query('SELECT id::text, name FROM organizations WHERE id = ANY($1::bigint[])', [ids]));
  }
}

function needle(search: string): string {
  const s = search.replace(/\s+/g, '');
  if (s.length === 0) throw new UserInputError('search', 'must contain at least one character');
  if (s.length > 100) throw new UserInputError('search', 'must be at most 100 characters');
  return s;
}
