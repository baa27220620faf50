import { CareerTenure, LinkEvidence, PersonLinkSuggestion, PersonRecord, compareIds, suggestPersonLinks } from '@renmian/tenure-rules';
import { chineseDate } from '../../web/views/labels.util';
import { ReviewItemModel, ReviewKind } from '../review-item.model';
import { Queryable, eventSources, period, reviewItem, sourcesOf } from './review-item.factory';
import { fold } from './similar-organizations.finder';

/** What the people findings found: the items, and which records a link already covers. */
export interface PeopleFindings {
  links: ReviewItemModel[];
  namesakes: ReviewItemModel[];
  /** `a:b` for each pair of records a suggestion links (a < b). */
  linked: Set<string>;
}

interface Namesake {
  id: string;
  name: string;
  jurisdiction: string;
}

interface TenureRow extends CareerTenure {
  person_id: string;
  end_reason: string | null;
}

/**
 * SAME_PERSON_ACROSS_ISSUERS (suggestPersonLinks in libs/tenure-rules) and NAME_UNDER_TWO_ISSUERS
 * where no link explains the name. Only records whose name (folded) occurs under two issuers are
 * read in full; the rest of the directory costs one pass over names.
 */
export async function findPeople(m: Queryable): Promise<PeopleFindings> {
  const all: Namesake[] = await m.query('SELECT id::text, name, jurisdiction FROM people WHERE merged_into IS NULL');
  const groups = [...groupBy(all, (p) => fold(p.name)).values()].filter((g) => new Set(g.map((p) => p.jurisdiction)).size > 1);
  if (groups.length === 0) return { links: [], namesakes: [], linked: new Set() };
  const ids = groups.flat().map((p) => p.id);
  const [tenures, mentions] = await Promise.all([tenuresOf(m, ids), mentionsOf(m, ids)]);
  const records: PersonRecord[] = groups.flat().map((p) => ({
    ...p,
    tenures: tenures.get(p.id) ?? [],
    mentions: (mentions.get(p.id) ?? []).map(({ eventId, postId, post }) => ({ eventId, postId, post })),
  }));
  const suggestions = suggestPersonLinks(records, fold);
  const linked = new Set(suggestions.map((s) => `${s.a.id}:${s.b.id}`));
  const sources = await eventSources(m, suggestions.flatMap(evidenceEvents));
  const links = suggestions.map((s) => linkItem(s, sources));
  const namesakes = await namesakeItems(m, groups, mentions, linked);
  return { links, namesakes, linked };
}

async function tenuresOf(m: Queryable, ids: string[]): Promise<Map<string, TenureRow[]>> {
  const rows: TenureRow[] = await m.query(
    `SELECT t.person_id::text, t.post_id::text AS "postId", po.name AS post, lower(t.valid)::text AS start, upper(t.valid)::text AS "end",
            t.opened_by::text AS "openedBy", t.closed_by::text AS "closedBy", t.end_reason
       FROM tenures t JOIN posts po ON po.id = t.post_id
      WHERE t.person_id = ANY($1::bigint[]) AND t.superseded_at IS NULL ORDER BY t.id`,
    [ids],
  );
  return groupBy(rows, (r) => r.person_id);
}

interface Mention {
  eventId: string;
  postId: string;
  post: string;
  type: string;
  person_id: string;
}

async function mentionsOf(m: Queryable, ids: string[]): Promise<Map<string, Mention[]>> {
  const rows: Mention[] = await m.query(
    `SELECT e.id::text AS "eventId", e.post_id::text AS "postId", po.name AS post, e.type, e.person_id::text
       FROM events e JOIN posts po ON po.id = e.post_id
      WHERE e.person_id = ANY($1::bigint[]) AND e.superseded_at IS NULL ORDER BY e.id`,
    [ids],
  );
  return groupBy(rows, (r) => r.person_id);
}

function evidenceEvents(s: PersonLinkSuggestion): (string | null)[] {
  const e = s.evidence;
  return e.kind === 'HANDOVER' ? [e.ended.tenure.closedBy, e.started.tenure.openedBy] : [e.first.eventId, e.second.eventId];
}

const END_WORDS: Record<string, string> = { REMOVED: '免去其', AUTO_REMOVED: '自然免除其', SUPERSEDED: '任命他人接任其' };

function linkItem(s: PersonLinkSuggestion, sources: Awaited<ReturnType<typeof eventSources>>): ReviewItemModel {
  const jurisdictionOf = (id: string) => (id === s.a.id ? s.a.jurisdiction : s.b.jurisdiction);
  const e: LinkEvidence = s.evidence;
  const base = { id: `same-person:${s.a.id}:${s.b.id}`, kind: ReviewKind.SAME_PERSON_ACROSS_ISSUERS, refs: { people: [s.a, s.b].map(({ id, name }) => ({ id, name })) } };
  if (e.kind === 'SAME_POST') {
    return reviewItem({
      ...base,
      summary: `${s.a.name}：${jurisdictionOf(e.first.person)}与${jurisdictionOf(e.second.person)}的通知都涉及其${e.post}一职，应是同一人；接受即合并为一人。`,
      evidence: [`${jurisdictionOf(e.first.person)}：${e.post}`, `${jurisdictionOf(e.second.person)}：${e.post}`],
      sources: sourcesOf(sources, e.first.eventId, e.second.eventId),
    });
  }
  const ended = e.ended.tenure as TenureRow;
  const started = e.started.tenure;
  const when = e.days === 0 ? '同日' : `${e.days}天${started.start! >= ended.end! ? '后' : '前'}`;
  return reviewItem({
    ...base,
    summary:
      `${s.a.name}：${jurisdictionOf(e.ended.person)}${chineseDate(ended.end)}${END_WORDS[ended.end_reason ?? 'REMOVED'] ?? '免去其'}${ended.post}职务，` +
      `${when}${jurisdictionOf(e.started.person)}任命其为${started.post}：可能是同一人，接受即合并为一人。`,
    evidence: [`${jurisdictionOf(e.ended.person)}：${ended.post}，${period(ended.start, ended.end)}`, `${jurisdictionOf(e.started.person)}：${started.post}，${period(started.start, started.end)}`],
    sources: sourcesOf(sources, ended.closedBy, started.openedBy),
  });
}

/** A name appointed under two issuers, with nothing to link the records: one person or two? */
async function namesakeItems(m: Queryable, groups: Namesake[][], mentions: Map<string, Mention[]>, linked: Set<string>): Promise<ReviewItemModel[]> {
  const found: { name: string; issuers: string[]; people: Namesake[]; events: string[] }[] = [];
  for (const group of groups) {
    const ids = group.map((p) => p.id).sort(compareIds);
    if (ids.some((a, i) => ids.slice(i + 1).some((b) => linked.has(`${a}:${b}`)))) continue;
    const appointed = group.filter((p) => (mentions.get(p.id) ?? []).some((x) => x.type === 'appoint'));
    const issuers = [...new Set(appointed.map((p) => p.jurisdiction))].sort();
    if (issuers.length < 2) continue;
    const events = appointed.flatMap((p) => (mentions.get(p.id) ?? []).filter((x) => x.type === 'appoint').map((x) => x.eventId));
    found.push({ name: fold(group[0].name), issuers, people: appointed, events });
  }
  const sources = await eventSources(m, found.flatMap((f) => f.events));
  return found.map((f) =>
    reviewItem({
      id: `name-issuers:${f.name}`,
      kind: ReviewKind.NAME_UNDER_TWO_ISSUERS,
      summary: `${f.name} 分别由${f.issuers.join('、')}任命，记录中没有可把两者联系起来的任免：是一人还是两人？`,
      evidence: f.issuers,
      sources: sourcesOf(sources, ...f.events),
      refs: { people: f.people.map(({ id, name }) => ({ id, name })) },
    }),
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
