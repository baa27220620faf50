import type { EntityManager } from 'typeorm';
import type { ParsedNotice } from '@renmian/notice-parser';
import { ChangeEvent, resolveShortPost } from '@renmian/tenure-rules';
import { copyRows } from './copy-rows.util';
import { personKey } from './directory.writer';
import { eventSequence } from './tenure-refresh';

/** Jurisdiction of people whose notice names no issuer (the desk's preview says the same). */
export const UNKNOWN_ISSUER = '（发文机关不明）';

/** A notice this load inserted: its row id, its text hash and its series as the database computed it (the events' order in their day). */
export interface InsertedNotice {
  id: string;
  textHash: string;
  series: string | null;
  seriesNumber: number | null;
}

/** One event about to be written, with the notice it comes from. */
export interface EventRecord {
  notice: ParsedNotice;
  noticeId: string;
  textHash: string;
  series: string | null;
  seriesNumber: number | null;
  event: ParsedNotice['events'][number];
  /**
   * The post's full name: the position as written, or with the issuer's place written out where
   * the notice wrote it short (`市公安局局长` in a 泉州 notice is 泉州市公安局局长). The event keeps
   * the text as written in position_text.
   */
  post: string;
  ordinal: number;
  jurisdiction: string;
  /** The page of the event's source line, where the document has pages. */
  page: number | null;
}

/** The events of the notices this load inserted, in document order. */
export function eventRecords(notices: ParsedNotice[], inserted: Map<number, InsertedNotice>, pageOf: (line: number) => number | null = () => null): EventRecord[] {
  const records: EventRecord[] = [];
  // A gazette names the same posts under the same issuers again and again.
  const fullNames = new Map<string, string>();
  const fullName = (position: string, issuer: string | null) => {
    const key = `${issuer ?? ''}\u0000${position}`;
    let name = fullNames.get(key);
    if (name === undefined) fullNames.set(key, (name = resolveShortPost(position, issuer)));
    return name;
  };
  for (const [i, notice] of notices.entries()) {
    const row = inserted.get(i);
    if (row === undefined) continue;
    const jurisdiction = notice.issuer ?? UNKNOWN_ISSUER;
    notice.events.forEach((event, ordinal) =>
      records.push({
        notice,
        noticeId: row.id,
        textHash: row.textHash,
        series: row.series,
        seriesNumber: row.seriesNumber,
        event,
        post: fullName(event.position, notice.issuer),
        ordinal,
        jurisdiction,
        page: pageOf(event.source.line),
      }),
    );
  }
  return records;
}

/** The day an event takes effect: the one its notice names for it, else the notice's signing date. */
export function effectiveOn(r: EventRecord): string | null {
  return r.event.effectiveOn ?? r.notice.date;
}

/** Ids of the people and posts the events name, from ensurePeople and ensurePosts. */
export interface Directory {
  people: Map<string, string>;
  posts: Map<string, string>;
}

const EVENT_COLUMNS = [
  'id', 'lineage_id', 'notice_id', 'type', 'effective_on', 'person_id', 'post_id', 'probation_months', 'rank',
  'precedence_after', 'person_text', 'position_text', 'source_line', 'source_text', 'ordinal', 'source_page',
] as const;

/** Writes the events, `ids[i]` for `records[i]`, each the first version of its own lineage. */
export async function insertEvents(m: EntityManager, records: EventRecord[], ids: string[], { people, posts }: Directory): Promise<void> {
  await copyRows(
    m,
    'events',
    EVENT_COLUMNS,
    records.map((r, i) => [
      ids[i],
      ids[i],
      r.noticeId,
      r.event.type,
      effectiveOn(r),
      people.get(personKey(r.jurisdiction, r.event.person)),
      posts.get(r.post),
      r.event.probationMonths,
      r.event.rank,
      r.event.precedenceAfter,
      r.event.person,
      r.event.position,
      r.event.source.line,
      r.event.source.text,
      r.ordinal,
      r.page,
    ]),
  );
}

/**
 * The written events as the tenure rules see them — what reading them back would give (only
 * dated events place anyone in a post), without reading them back.
 */
export function changeEvents(records: EventRecord[], ids: string[], { people, posts }: Directory): ChangeEvent[] {
  const out: ChangeEvent[] = [];
  records.forEach((r, i) => {
    const day = effectiveOn(r);
    if (day === null) return;
    out.push({
      id: ids[i],
      type: r.event.type,
      personId: people.get(personKey(r.jurisdiction, r.event.person))!,
      postId: posts.get(r.post)!,
      effectiveOn: day,
      probationMonths: r.event.probationMonths,
      sequence: eventSequence(r.textHash, r.ordinal),
      order: { notice: r.textHash, series: r.series, number: r.seriesNumber, ordinal: r.ordinal },
    });
  });
  return out;
}
