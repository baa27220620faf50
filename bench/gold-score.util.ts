import type { ParseResult } from '@renmian/notice-parser';
import type { ExpectedNotice } from './gazette.types';

/**
 * How well a parse recovers the generator's gold, counted the way the project's outside scorer
 * counts (../shared/tools/score_parse.py): events as a multiset of (type, person, position) after
 * NFKC and whitespace removal, notices as (docNumber, date), attributes on events matched within
 * their notice.
 */
export interface GoldScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  noticeRecall: number;
  noticePrecision: number;
  /** Share of (probationMonths, rank, precedenceAfter) values that agree on matched events. */
  attributeAccuracy: number;
  /** A few event keys the parse missed, and a few it made up, for a failure message. */
  missed: string[];
  extra: string[];
}

interface EventLike {
  type: string;
  person: string;
  position: string;
  probationMonths: number | null;
  rank: string | null;
  precedenceAfter: string | null;
}

const SAMPLE = 8;

function norm(s: string | null): string | null {
  return s === null ? null : s.normalize('NFKC').replace(/\s+/g, '');
}

function key(e: EventLike): string {
  return `${e.type}|${norm(e.person)}|${norm(e.position)}`;
}

function countBy<T>(items: T[], f: (x: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of items) m.set(f(x), (m.get(f(x)) ?? 0) + 1);
  return m;
}

/** Size of the multiset intersection, and samples of what is only on either side. */
function compare(gold: Map<string, number>, got: Map<string, number>): { common: number; missed: string[]; extra: string[] } {
  let common = 0;
  const missed: string[] = [];
  const extra: string[] = [];
  for (const [k, n] of gold) {
    const m = got.get(k) ?? 0;
    common += Math.min(n, m);
    if (n > m && missed.length < SAMPLE) missed.push(k);
  }
  for (const [k, m] of got) if (m > (gold.get(k) ?? 0) && extra.length < SAMPLE) extra.push(k);
  return { common, missed, extra };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function scoreParse(expected: ExpectedNotice[], parsed: ParseResult): GoldScore {
  const goldEvents: EventLike[] = expected.flatMap((n) => n.events);
  const gotEvents: EventLike[] = parsed.notices.flatMap((n) => n.events);
  const gold = countBy(goldEvents, key);
  const got = countBy(gotEvents, key);
  const { common: tp, missed, extra } = compare(gold, got);
  const fp = gotEvents.length - tp;
  const fn = goldEvents.length - tp;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const noticeKey = (n: { docNumber: string | null; date: string | null }) => `${norm(n.docNumber)}|${n.date}`;
  const notices = compare(countBy(expected, noticeKey), countBy(parsed.notices, noticeKey));
  return {
    tp,
    fp,
    fn,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    noticeRecall: ratio(notices.common, expected.length),
    noticePrecision: ratio(notices.common, parsed.notices.length),
    attributeAccuracy: attributes(expected, parsed),
    missed,
    extra,
  };
}

/** Attributes compare within a notice: across a large corpus the same person and post recur. */
function attributes(expected: ExpectedNotice[], parsed: ParseResult): number {
  const byKey = new Map<string, EventLike>();
  for (const n of parsed.notices) {
    for (const e of n.events) {
      const k = `${norm(n.docNumber)}#${key(e)}`;
      if (!byKey.has(k)) byKey.set(k, e);
    }
  }
  let ok = 0;
  let all = 0;
  for (const n of expected) {
    for (const g of n.events) {
      const p = byKey.get(`${norm(n.docNumber)}#${key(g)}`);
      if (!p) continue;
      all += 3;
      if (g.probationMonths === p.probationMonths) ok++;
      if (norm(g.rank) === norm(p.rank)) ok++;
      if (norm(g.precedenceAfter) === norm(p.precedenceAfter)) ok++;
    }
  }
  return ratio(ok, all);
}
