import { organizationIdsNamed } from '../apps/api/src/graphql/name-lookup.sql';
import { believed } from '../apps/api/src/graphql/system-time.util';
import { organizationHoldersSql } from '../apps/api/src/holdings/holdings.service';
import { Rng } from './prng.util';

/**
 * The one question every target of bench:api answers: "who held the posts of organisation X on
 * day D" — the holders with the person's name and the post's title and the dates, as the web page
 * and a personnel office ask it. Our service answers it with one statement, imported here from the
 * service itself so that the bare endpoint and the as-of timing run exactly that statement; every
 * target's answers must agree before anything is timed.
 */
export interface Question {
  organization: string;
  asOf: string;
}

/** The holders of the organisation ($1 its name) on the day ($2), with names and titles: the as-of query. */
export const HOLDERS_SQL = organizationHoldersSql([], null);

/** Ours: the public GraphQL API, variables as a client sends them (so the parsed query is cached). */
export const OURS_QUERY = `query Holders($asOf: Date!, $organization: String) {
  holders(asOf: $asOf, organization: $organization) { person { name } post { title } start end }
}`;

/** PostGraphile: the same question through the SQL function bench_holders (see postgraphile/postgraphile-api.server.ts). */
export const POSTGRAPHILE_QUERY = `query Holders($asOf: Date!, $organization: String!) {
  benchHolders(organization: $organization, asOf: $asOf) {
    nodes { personByPersonId { name } postByPostId { title } valid { start { value inclusive } end { value inclusive } } }
  }
}`;

/**
 * The function PostGraphile serves: the as-of query's WHERE and ORDER BY (with the same name and
 * system-time helpers), returning the tenure rows so that PostGraphile fetches person and post
 * through the foreign keys its own way (it joins them into its one statement). Created in the
 * benchmark's database only.
 */
export const BENCH_FUNCTION_SQL = `CREATE FUNCTION bench_holders(organization text, as_of date) RETURNS SETOF tenures
  LANGUAGE sql STABLE STRICT AS $$
    SELECT t.* FROM tenures t JOIN posts p ON p.id = t.post_id
     WHERE t.organization_id IN ${organizationIdsNamed('organization')} AND t.valid @> as_of
       AND ${believed('t', null, [])}
     ORDER BY p.seat_kind = 'single' DESC, p.title, lower(t.valid) NULLS FIRST, t.person_id
  $$`;

/**
 * `count` questions over `organizations`, with days from 1978 to 2025 — the seed's records span
 * 1976 to 2025, so most days find a full list of holders and some an early, short one.
 */
export function questions(organizations: string[], count: number, seed: number): Question[] {
  const rng = new Rng(seed);
  const first = Date.UTC(1978, 0, 1);
  const days = (Date.UTC(2025, 11, 31) - first) / 86_400_000;
  return Array.from({ length: count }, () => ({
    organization: rng.pick(organizations),
    asOf: new Date(first + rng.int(0, days) * 86_400_000).toISOString().slice(0, 10),
  }));
}

/** A holder as every target can state it: person, post title, [start, end). */
export type Answer = string[];

type OursBody = { data?: { holders: { person: { name: string }; post: { title: string }; start: string | null; end: string | null }[] } };
type RangeBound = { value: string; inclusive: boolean } | null;
type PostGraphileBody = {
  data?: { benchHolders: { nodes: { personByPersonId: { name: string }; postByPostId: { title: string }; valid: { start: RangeBound; end: RangeBound } }[] } };
};

/** Ours and the bare endpoint answer in the same JSON. */
export function oursAnswer(body: OursBody): Answer {
  if (!body.data) throw new Error(`no data in ${JSON.stringify(body).slice(0, 300)}`);
  return body.data.holders.map((h) => [h.person.name, h.post.title, h.start ?? '', h.end ?? ''].join('|'));
}

/** PostgreSQL gives dates ranges as [lower, upper); PostGraphile passes the bounds on. */
export function postgraphileAnswer(body: PostGraphileBody): Answer {
  if (!body.data) throw new Error(`no data in ${JSON.stringify(body).slice(0, 300)}`);
  return body.data.benchHolders.nodes.map((n) => {
    const { start, end } = n.valid;
    if ((start && !start.inclusive) || (end && end.inclusive)) throw new Error(`unexpected bounds ${JSON.stringify(n.valid)}`);
    return [n.personByPersonId.name, n.postByPostId.title, start?.value ?? '', end?.value ?? ''].join('|');
  });
}
