import { compareIds } from './id-order.util';
import { daysBetween } from './iso-date.util';
import { placeUnits, sharePlace } from './place.rule';

/**
 * People are recorded per issuer: the 张三 a city government removes as 局长 and the 张三 the
 * city's 人大 appoints 副市长 are two records until someone says they are one person. These rules
 * say when the records themselves suggest it — never from the name alone, since a city has many
 * people of one name:
 * - a handover: a post held under one issuer ends (removal, automatic removal, inferred end)
 *   within LINK_WINDOW_DAYS of an appointment under another issuer of the same place;
 * - one post named under both issuers: the other issuer's notice removes the person from the post
 *   (`免去其市公安局局长职务`) or names it as held, which only the same person can be.
 * A suggestion is for a person to accept or dismiss; nothing is merged here.
 */

/**
 * Two bodies of one place act on one person within weeks: the government removes, the 人大
 * standing committee (which meets about every two months) appoints. Three months holds that and
 * little more, so namesakes a year apart are not offered.
 */
export const LINK_WINDOW_DAYS = 92;

/** One tenure of a person's record, as derived (dates yyyy-mm-dd; null start = unknown). */
export interface CareerTenure {
  postId: string;
  start: string | null;
  end: string | null;
  /** The events that opened and closed it (closing: the removal, or the appointment that implied the end). */
  openedBy: string | null;
  closedBy: string | null;
}

/** An event naming the person with a post, dated or not. */
export interface CareerMention {
  eventId: string;
  postId: string;
}

export interface PersonRecord {
  id: string;
  name: string;
  /** The issuer whose notices the record comes from. */
  jurisdiction: string;
  tenures: readonly CareerTenure[];
  mentions: readonly CareerMention[];
}

export type LinkEvidence =
  | { kind: 'HANDOVER'; ended: { person: string; tenure: CareerTenure }; started: { person: string; tenure: CareerTenure }; days: number }
  | { kind: 'SAME_POST'; postId: string; first: { person: string; eventId: string }; second: { person: string; eventId: string } };

export interface PersonLinkSuggestion {
  /** In id order: one identity whichever record is read first. */
  a: PersonRecord;
  b: PersonRecord;
  evidence: LinkEvidence;
}

export function suggestPersonLinks(people: readonly PersonRecord[], fold: (text: string) => string): PersonLinkSuggestion[] {
  const byName = new Map<string, PersonRecord[]>();
  for (const p of people) {
    const key = fold(p.name);
    const list = byName.get(key);
    if (list) list.push(p);
    else byName.set(key, [p]);
  }
  const out: PersonLinkSuggestion[] = [];
  // Issuers repeat across thousands of names: their places are read once each.
  const places = new Map<string, string[]>();
  const placeOf = (issuer: string) => places.get(issuer) ?? places.set(issuer, placeUnits(fold(issuer))).get(issuer)!;
  for (const namesakes of byName.values()) {
    for (let i = 0; i < namesakes.length; i++) {
      for (let j = i + 1; j < namesakes.length; j++) {
        const [a, b] = compareIds(namesakes[i].id, namesakes[j].id) < 0 ? [namesakes[i], namesakes[j]] : [namesakes[j], namesakes[i]];
        if (a.jurisdiction === b.jurisdiction) continue;
        const evidence = samePost(a, b) ?? handover(a, b, placeOf);
        if (evidence) out.push({ a, b, evidence });
      }
    }
  }
  return out.sort((x, y) => compareIds(x.a.id, y.a.id) || compareIds(x.b.id, y.b.id));
}

/**
 * The post both records name, with an event of each naming it: of the posts in common, the one
 * the first record names earliest (by event id), and the second record's earliest event on it.
 * One pass over each record's events, no sorting: this runs for every pair of namesakes.
 */
function samePost(a: PersonRecord, b: PersonRecord): LinkEvidence | null {
  const ofB = new Map<string, string>();
  for (const m of b.mentions) {
    const seen = ofB.get(m.postId);
    if (seen === undefined || compareIds(m.eventId, seen) < 0) ofB.set(m.postId, m.eventId);
  }
  let shared: CareerMention | null = null;
  for (const m of a.mentions) if (ofB.has(m.postId) && (shared === null || compareIds(m.eventId, shared.eventId) < 0)) shared = m;
  if (shared === null) return null;
  return { kind: 'SAME_POST', postId: shared.postId, first: { person: a.id, eventId: shared.eventId }, second: { person: b.id, eventId: ofB.get(shared.postId)! } };
}

/** The closest end under one issuer and start under the other, within the window, either way round. */
function handover(a: PersonRecord, b: PersonRecord, placeOf: (issuer: string) => string[]): LinkEvidence | null {
  if (!sharePlace(placeOf(a.jurisdiction), placeOf(b.jurisdiction))) return null;
  let best: LinkEvidence | null = null;
  for (const [from, to] of [
    [a, b],
    [b, a],
  ]) {
    for (const ended of from.tenures) {
      if (ended.end === null) continue;
      for (const started of to.tenures) {
        if (started.start === null) continue;
        const days = Math.abs(daysBetween(ended.end, started.start));
        if (days > LINK_WINDOW_DAYS || (best && best.kind === 'HANDOVER' && best.days <= days)) continue;
        best = { kind: 'HANDOVER', ended: { person: from.id, tenure: ended }, started: { person: to.id, tenure: started }, days };
      }
    }
  }
  return best;
}


