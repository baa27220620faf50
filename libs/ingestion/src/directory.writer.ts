import type { EntityManager } from 'typeorm';
import { seatKind, splitPostName } from '@renmian/tenure-rules';
import { arrayLiteral } from './array-literal.util';
import { reserveIds } from './reserve-ids.util';

/**
 * People, organisations and posts are found by name or created: one row per name (per
 * jurisdiction for people), shared by every notice that names them.
 */

/**
 * Inserts in sorted order: two loads that meet the same new names then take their row locks in the
 * same order and wait for each other instead of deadlocking.
 */
export interface PersonName {
  jurisdiction: string;
  name: string;
}

export function personKey(jurisdiction: string, name: string): string {
  return `${jurisdiction}\u0000${name}`;
}

/**
 * Ids of these people (created when new), keyed by personKey(jurisdiction, name). Each new name
 * gets an id taken from the sequence beforehand, so the insert returns only the ids it used; the
 * names that were there already are looked up afterwards.
 */
export async function ensurePeople(m: EntityManager, names: PersonName[]): Promise<Map<string, string>> {
  const byKey = new Map(names.map((p) => [personKey(p.jurisdiction, p.name), p]));
  const unique = [...byKey.keys()].sort().map((key) => byKey.get(key)!);
  const reserved = await reserveIds(m, 'people_id_seq', unique.length);
  const used: { id: string }[] = await m.query(
    `INSERT INTO people (id, jurisdiction, name) SELECT id, j, n FROM unnest($1::bigint[], $2::text[], $3::text[]) AS t(id, j, n)
     ON CONFLICT (jurisdiction, name, disambiguator) DO NOTHING RETURNING id::text`,
    [arrayLiteral(reserved), arrayLiteral(unique.map((p) => p.jurisdiction)), arrayLiteral(unique.map((p) => p.name))],
  );
  const index = new Map(reserved.map((id, i) => [id, i]));
  const created = used.map(({ id }) => ({ id, ...unique[index.get(id)!] }));
  const ids = new Map(created.map((r) => [personKey(r.jurisdiction, r.name), r.id]));
  // Names there already: looked up and locked as a foreign-key check would lock them, so that a
  // load checking its references per statement may rely on them (bulk-references.util).
  const known = unique.filter((p) => !ids.has(personKey(p.jurisdiction, p.name)));
  if (known.length === 0) return ids;
  const rows: { id: string; jurisdiction: string; name: string }[] = await m.query(
    `SELECT p.id::text, p.jurisdiction, p.name FROM people p JOIN unnest($1::text[], $2::text[]) AS t(j, n)
       ON p.jurisdiction = t.j AND p.name = t.n WHERE p.disambiguator = 0
     FOR KEY SHARE OF p`,
    [arrayLiteral(known.map((p) => p.jurisdiction)), arrayLiteral(known.map((p) => p.name))],
  );
  for (const r of rows) ids.set(personKey(r.jurisdiction, r.name), r.id);
  return ids;
}

export async function ensurePosts(m: EntityManager, positions: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(positions)].sort();
  const parts = unique.map((p) => ({ name: p, ...splitPostName(p), seat: seatKind(p) }));
  await m.query(
    'INSERT INTO organizations (name) SELECT DISTINCT name FROM unnest($1::text[]) AS t(name) ORDER BY name ON CONFLICT (name) DO NOTHING',
    [parts.map((p) => p.organization)],
  );
  await m.query(
    `INSERT INTO posts (organization_id, title, name, seat_kind)
     SELECT o.id, t.title, t.name, t.seat FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(org, title, name, seat)
       JOIN organizations o ON o.name = t.org
     ON CONFLICT (name) DO NOTHING`,
    [parts.map((p) => p.organization), parts.map((p) => p.title), parts.map((p) => p.name), parts.map((p) => p.seat)],
  );
  const rows: { id: string; name: string }[] = await m.query('SELECT id, name FROM posts WHERE name = ANY($1::text[])', [unique]);
  return new Map(rows.map((r) => [r.name, r.id]));
}


/**
 * The people and posts of one load, ensured batch by batch: each name is looked up or created once
 * per load, so a later batch neither repeats the work nor locks this load's own new rows.
 */
export class LoadDirectory {
  readonly people = new Map<string, string>();
  readonly posts = new Map<string, string>();

  /** Ensures the names not seen yet in this load; returns the ids of posts first named here. */
  async ensure(m: EntityManager, people: PersonName[], positions: string[]): Promise<string[]> {
    const newPeople = people.filter((p) => !this.people.has(personKey(p.jurisdiction, p.name)));
    if (newPeople.length > 0) for (const [key, id] of await ensurePeople(m, newPeople)) this.people.set(key, id);
    const newPositions = positions.filter((p) => !this.posts.has(p));
    if (newPositions.length === 0) return [];
    const found = await ensurePosts(m, newPositions);
    for (const [name, id] of found) this.posts.set(name, id);
    return [...new Set(found.values())];
  }
}
