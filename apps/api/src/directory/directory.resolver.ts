import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { OrganizationModel } from '../common/models/organization.model';
import { PersonModel } from '../common/models/person.model';
import { UserInputError, requirePageSize } from '../graphql/user-input.error';

const MAX_RESULTS = 100;

/** Finding people and organisations by part of their name. */
@Resolver()
export class DirectoryResolver {
  constructor(private readonly ds: DataSource) {}

  @Query(() => [PersonModel])
  people(
    @Args('search') search: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<PersonModel[]> {
    return this.ds.query(
      `SELECT id::text, name, jurisdiction, disambiguator FROM people WHERE strpos(name, $1) > 0
        ORDER BY name = $1 DESC, length(name), name, jurisdiction, disambiguator LIMIT $2`,
      [needle(search), requirePageSize('first', first, MAX_RESULTS, 20)],
    );
  }

  @Query(() => [OrganizationModel])
  organizations(
    @Args('search') search: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<OrganizationModel[]> {
    return this.ds.query(
      `SELECT id::text, name FROM organizations WHERE strpos(name, $1) > 0 ORDER BY name = $1 DESC, length(name), name LIMIT $2`,
      [needle(search), requirePageSize('first', first, MAX_RESULTS, 20)],
    );
  }
}

function needle(search: string): string {
  const s = search.replace(/\s+/g, '');
  if (s.length === 0) throw new UserInputError('search', 'must contain at least one character');
  if (s.length > 100) throw new UserInputError('search', 'must be at most 100 characters');
  return s;
}
