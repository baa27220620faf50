import { commonSize, difference, multiset } from './multiset.util';
import { normaliseField } from './normalise.util';
import { Counts, EventKey, FileScore, NoticeKey, Ratios, ScoredDocument, ScoredEvent, Totals } from './score.types';

/**
 * Scoring of parser output against gold, defined as ../shared/tools/score_parse.py defines it (the
 * team's figures come from that script, so these must match it to the digit): events and notices
 * compared as multisets, attributes on the gold events that have a match.
 */

export const SCORED_ATTRIBUTES = ['probationMonths', 'rank', 'precedenceAfter'] as const;

export function eventKey(e: ScoredEvent): EventKey {
  return [e.type ?? null, normaliseField(e.person), normaliseField(e.position)];
}

export function noticeKey(n: ScoredDocument['notices'][number]): NoticeKey {
  return [normaliseField(n.docNumber), n.date ?? null];
}

// JSON keeps 1 and "1" apart, as Python's tuples do.
const keyString = (key: readonly unknown[]) => JSON.stringify(key);

const allEvents = (doc: ScoredDocument) => doc.notices.flatMap((n) => n.events);

export function scoreFile(gold: ScoredDocument, got: ScoredDocument): FileScore {
  const gEvents = multiset(allEvents(gold).map(eventKey), keyString);
  const pEvents = multiset(allEvents(got).map(eventKey), keyString);
  const gNotices = multiset(gold.notices.map(noticeKey), keyString);
  const pNotices = multiset(got.notices.map(noticeKey), keyString);
  const missedEvents = difference(gEvents, pEvents);
  const extraEvents = difference(pEvents, gEvents);
  const missedNotices = difference(gNotices, pNotices);
  const extraNotices = difference(pNotices, gNotices);
  return {
    events: { tp: commonSize(gEvents, pEvents), fp: extraEvents.length, fn: missedEvents.length },
    notices: { tp: commonSize(gNotices, pNotices), fp: extraNotices.length, fn: missedNotices.length },
    attrs: scoreAttributes(gold, got),
    missedEvents,
    extraEvents,
    missedNotices,
    extraNotices,
  };
}

/**
 * Every gold event whose key the parser produced is compared with the first parsed event of that
 * key — duplicates in gold each count, even against a single parsed event, as in the script.
 */
export function scoreAttributes(gold: ScoredDocument, got: ScoredDocument): { ok: number; all: number } {
  const firstByKey = new Map<string, ScoredEvent>();
  for (const e of allEvents(got)) {
    const k = keyString(eventKey(e));
    if (!firstByKey.has(k)) firstByKey.set(k, e);
  }
  let ok = 0;
  let all = 0;
  for (const g of allEvents(gold)) {
    const p = firstByKey.get(keyString(eventKey(g)));
    if (p === undefined) continue;
    for (const a of SCORED_ATTRIBUTES) {
      all++;
      if (normaliseField(g[a]) === normaliseField(p[a])) ok++;
    }
  }
  return { ok, all };
}

/** A file the parser failed on: everything in its gold is missed, nothing is compared. */
export function scoreParserFailure(gold: ScoredDocument): FileScore {
  const missedEvents = allEvents(gold).map(eventKey);
  const missedNotices = gold.notices.map(noticeKey);
  return {
    events: { tp: 0, fp: 0, fn: missedEvents.length },
    notices: { tp: 0, fp: 0, fn: missedNotices.length },
    attrs: { ok: 0, all: 0 },
    missedEvents,
    extraEvents: [],
    missedNotices,
    extraNotices: [],
  };
}

export function isPerfect(s: FileScore): boolean {
  return s.missedEvents.length + s.extraEvents.length + s.missedNotices.length + s.extraNotices.length === 0;
}

const addCounts = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

export function sumScores(files: { score: FileScore; parserFailed: boolean }[]): Totals {
  const zero: Counts = { tp: 0, fp: 0, fn: 0 };
  return files.reduce<Totals>(
    (t, { score, parserFailed }) => ({
      files: t.files + 1,
      parserFailures: t.parserFailures + (parserFailed ? 1 : 0),
      events: addCounts(t.events, score.events),
      notices: addCounts(t.notices, score.notices),
      attrs: { ok: t.attrs.ok + score.attrs.ok, all: t.attrs.all + score.attrs.all },
    }),
    { files: 0, parserFailures: 0, events: zero, notices: zero, attrs: { ok: 0, all: 0 } },
  );
}

/** A ratio with nothing to divide by is 0, not NaN: the script reports 0.000 for an empty corpus. */
const ratio = (n: number, d: number) => (d ? n / d : 0);

export function ratios(t: Totals): Ratios {
  const eventsP = ratio(t.events.tp, t.events.tp + t.events.fp);
  const eventsR = ratio(t.events.tp, t.events.tp + t.events.fn);
  return {
    eventsP,
    eventsR,
    eventsF1: eventsP + eventsR ? (2 * eventsP * eventsR) / (eventsP + eventsR) : 0,
    noticesP: ratio(t.notices.tp, t.notices.tp + t.notices.fp),
    noticesR: ratio(t.notices.tp, t.notices.tp + t.notices.fn),
    attrs: ratio(t.attrs.ok, t.attrs.all),
  };
}
