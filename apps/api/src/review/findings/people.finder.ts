import { CareerTenure, LinkEvidence, PersonLinkSuggestion, PersonRecord, groupBy, suggestPersonLinks } from '@renmian/tenure-rules';
import { chineseDate } from '../../common/labels.util';
import { ReviewItemModel, ReviewKind } from '../review-item.model';
import { Queryable, namesById, period, reviewItem } from './review-item.factory';
import { foldTable } from '@renmian/notice-parser';
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
  const groups = namesUnderTwoIssuers(await namesakeCandidates(m));
  if (groups.length === 0) return { links: [], namesakes: [], linked: new Set() };
  const candidates = groups.flat();
  const ids = candidates.map((p) => p.id);
  const [tenures, mentions] = await Promise.all([tenuresOf(m, ids), mentionsOf(m, ids)]);
  const records: PersonRecord[] = candidates.map((p) => ({ ...p, tenures: tenures.get(p.id) ?? [], mentions: mentions.get(p.id) ?? [] }));
  const suggestions = suggestPersonLinks(records, fold);
  const linked = new Set(suggestions.map((s) => `${s.a.id}:${s.b.id}`));
  // Names of posts only for what is shown: the suggestions, not every candidate.
  const posts = await namesById(m, 'posts', suggestions.flatMap(evidencePosts));
  const links = suggestions.map((s) => linkItem(s, posts));
  const linkedPeople = new Set(suggestions.flatMap((s) => [s.a.id, s.b.id]));
  const namesakes = await namesakeItems(m, groups.filter((g) => !g.some((p) => linkedPeople.has(p.id))), mentions);
  return { links, namesakes, linked };
}

/**
 * The records that may share a name (folded) with a record under another issuer, without reading
 * the whole directory: names written the same under two issuers (PostgreSQL groups them), names
 * holding a character that folding changes (a pattern of every such character), and the records
 * whose name is what those fold to. Any two records of one folded name are among these: either
 * they are written alike, or one of them is written with a character that folds.
 */
async function namesakeCandidates(m: Queryable): Promise<Namesake[]> {
  const rows: Namesake[] = await m.query(
    `WITH live AS (SELECT id, name, jurisdiction FROM people WHERE merged_into IS NULL)
     SELECT id::text, name, jurisdiction FROM live
      WHERE name IN (SELECT name FROM live GROUP BY name HAVING min(jurisdiction) <> max(jurisdiction)) OR name ~ $1`,
    [foldingPattern()],
  );
  const folded = [...new Set(rows.map((r) => fold(r.name)).filter((f, i) => f !== rows[i].name))];
  if (folded.length === 0) return rows;
  const twins: Namesake[] = await m.query('SELECT id::text, name, jurisdiction FROM people WHERE merged_into IS NULL AND name = ANY($1::text[])', [folded]);
  const seen = new Set(rows.map((r) => r.id));
  return [...rows, ...twins.filter((t) => !seen.has(t.id))];
}

let pattern: string | null = null;

/** A regular expression class of every character folding changes (the converter's own table). */
function foldingPattern(): string {
  if (pattern !== null) return pattern;
  const table = foldTable();
  let chars = '';
  for (let c = 0; c < table.length; c++) if (table[c] !== 0) chars += String.fromCharCode(c);
  pattern = `[${chars}]`;
  return pattern;
}

/**
 * The records of each name (folded) that occurs under two issuers or more. One pass and one map:
 * a directory of 50,000 people is read on every look at the queue.
 */
function namesUnderTwoIssuers(all: Namesake[]): Namesake[][] {
  const byName = new Map<string, Namesake[]>();
  const several = new Set<Namesake[]>();
  for (const p of all) {
    const key = fold(p.name);
    const list = byName.get(key);
    if (!list) {
      byName.set(key, [p]);
      continue;
    }
    list.push(p);
    // A group has two issuers as soon as one record differs from its first.
    if (p.jurisdiction !== list[0].jurisdiction) several.add(list);
  }
  return [...several];
}

async function tenuresOf(m: Queryable, ids: string[]): Promise<Map<string, TenureRow[]>> {
  const rows: TenureRow[] = await m.query(
    `SELECT t.person_id::text, t.post_id::text AS "postId", t.start_on::text AS start, t.end_on::text AS "end",
            t.opened_by::text AS "openedBy", t.closed_by::text AS "closedBy", t.end_reason
       FROM tenures t
      WHERE t.person_id = ANY($1::bigint[]) AND t.superseded_at IS NULL ORDER BY t.id`,
    [ids],
  );
  return groupBy(rows, (r) => r.person_id);
}

interface Mention {
  eventId: string;
  postId: string;
  type: string;
  person_id: string;
}

async function mentionsOf(m: Queryable, ids: string[]): Promise<Map<string, Mention[]>> {
  const rows: Mention[] = await m.query(
    `SELECT e.id::text AS "eventId", e.post_id::text AS "postId", e.type, e.person_id::text
       FROM events e
      WHERE e.person_id = ANY($1::bigint[]) AND e.superseded_at IS NULL ORDER BY e.id`,
    [ids],
  );
  return groupBy(rows, (r) => r.person_id);
}

function evidencePosts(s: PersonLinkSuggestion): string[] {
  const e = s.evidence;
  return e.kind === 'HANDOVER' ? [e.ended.tenure.postId, e.started.tenure.postId] : [e.postId];
}

const END_WORDS: Record<string, string> = { REMOVED: '免去其', AUTO_REMOVED: '自然免除其', SUPERSEDED: '任命他人接任其', POST_FILLED: '因该职正式任命而结束其' };

function linkItem(s: PersonLinkSuggestion, posts: Map<string, string>): ReviewItemModel {
  const post = (id: string) => posts.get(id) ?? '';
  const jurisdictionOf = (id: string) => (id === s.a.id ? s.a.jurisdiction : s.b.jurisdiction);
  const e: LinkEvidence = s.evidence;
  const base = { id: `same-person:${s.a.id}:${s.b.id}`, kind: ReviewKind.SAME_PERSON_ACROSS_ISSUERS, refs: { people: [s.a, s.b].map(({ id, name }) => ({ id, name })) } };
  if (e.kind === 'SAME_POST') {
    return reviewItem({
      ...base,
      summary: `${s.a.name}：${jurisdictionOf(e.first.person)}与${jurisdictionOf(e.second.person)}的通知都涉及其${post(e.postId)}一职，应是同一人；接受即合并为一人。`,
      evidence: [`${jurisdictionOf(e.first.person)}：${post(e.postId)}`, `${jurisdictionOf(e.second.person)}：${post(e.postId)}`],
      sourceEvents: [e.first.eventId, e.second.eventId],
    });
  }
  const ended = e.ended.tenure as TenureRow;
  const started = e.started.tenure;
  const when = e.days === 0 ? '同日' : `${e.days}天${started.start! >= ended.end! ? '后' : '前'}`;
  return reviewItem({
    ...base,
    summary:
      `${s.a.name}：${jurisdictionOf(e.ended.person)}${chineseDate(ended.end)}${END_WORDS[ended.end_reason ?? 'REMOVED'] ?? '免去其'}${post(ended.postId)}职务，` +
      `${when}${jurisdictionOf(e.started.person)}任命其为${post(started.postId)}：可能是同一人，接受即合并为一人。`,
    evidence: [
      `${jurisdictionOf(e.ended.person)}：${post(ended.postId)}，${period(ended.start, ended.end)}`,
      `${jurisdictionOf(e.started.person)}：${post(started.postId)}，${period(started.start, started.end)}`,
    ],
    sourceEvents: [ended.closedBy, started.openedBy],
  });
}

/** A name appointed under two issuers, with nothing to link the records: one person or two? */
async function namesakeItems(m: Queryable, groups: Namesake[][], mentions: Map<string, Mention[]>): Promise<ReviewItemModel[]> {
  const found: { name: string; issuers: string[]; people: Namesake[]; events: string[] }[] = [];
  for (const group of groups) {
    const appointed = group.filter((p) => (mentions.get(p.id) ?? []).some((x) => x.type === 'appoint'));
    const issuers = [...new Set(appointed.map((p) => p.jurisdiction))].sort();
    if (issuers.length < 2) continue;
    // The first appointment under each issuer: enough to see both, cheap for thousands of names.
    const firstUnder = new Map<string, string>();
    for (const p of appointed) {
      const first = (mentions.get(p.id) ?? []).find((x) => x.type === 'appoint');
      if (first && !firstUnder.has(p.jurisdiction)) firstUnder.set(p.jurisdiction, first.eventId);
    }
    const events = issuers.map((j) => firstUnder.get(j)!);
    found.push({ name: fold(group[0].name), issuers, people: appointed, events });
  }
  // In name order: the queue pages by position, so the order must not depend on the table's.
  found.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return found.map((f) =>
    reviewItem({
      id: `name-issuers:${f.name}`,
      kind: ReviewKind.NAME_UNDER_TWO_ISSUERS,
      summary: `${f.name} 分别由${f.issuers.join('、')}任命，记录中没有可把两者联系起来的任免：是一人还是两人？`,
      evidence: f.issuers,
      sourceEvents: f.events,
      refs: { people: f.people.map(({ id, name }) => ({ id, name })) },
    }),
  );
}
