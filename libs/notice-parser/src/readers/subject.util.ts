import { readPersonList } from '../lexicon/person-name.util';
import { indexOfTopLevel } from '../text/brackets.util';
import { charTable } from '../text/normalise.util';

/**
 * Pieces shared by the clause readers: cutting a post at `职务`, and reading `A、B的P` where the
 * first 的 that closes a list of names separates people from post.
 */

// OCR mixes scripts inside one word: 职務 and 職务 occur beside 职务 and 職務.
const ZHI = charTable('职職');
const WU = charTable('务務');

/** Index of the last `职务` in any mix of scripts, or -1: one backward pass over the clause. */
function lastDuty(s: string): number {
  for (let i = s.length - 1; i > 0; i--) {
    if (WU[s.charCodeAt(i)] === 1 && ZHI[s.charCodeAt(i - 1)] === 1) return i - 1;
    // `免除A副县长一职`: 一职 closes the post as 职务 does, where nothing but 的 or a request follows.
    if (ZHI[s.charCodeAt(i)] === 1 && s[i - 1] === '一' && i >= 3 && AFTER_ONE_DUTY.test(s.slice(i + 1))) return i - 1;
  }
  return -1;
}

const AFTER_ONE_DUTY = /^(?:的[^，。；、]{0,6})?$/;

/** `P职务的请求` → `P`: the post ends at its last `职务`. */
export function cutAtDuty(s: string): string {
  const at = lastDuty(s);
  if (at < 0) return s;
  // `…局长的职务`: the 的 before 职务 belongs to neither.
  return s[at - 1] === '的' ? s.slice(0, at - 1) : s.slice(0, at);
}

export function endsWithDuty(s: string): boolean {
  return s.length >= 2 && lastDuty(s) === s.length - 2;
}

const FORMER = ['原任', '现任', '現任', '担任', '擔任', '原'];

export function stripFormer(s: string): string {
  for (const f of FORMER) if (s.startsWith(f)) return s.slice(f.length);
  return s;
}

const MAX_POSSESSIVE_TRIES = 3;

/** `A、B的P` → persons and `P`; `其P` → the previous clause's people. Null when no names lead. */
export function splitPossessive(s: string, lastPersons: string[], lenient = false): { persons: string[]; post: string } | null {
  if (s.startsWith('其') && lastPersons.length > 0) return { persons: lastPersons, post: stripFormer(s.slice(1)) };
  let from = 0;
  for (let tries = 0; tries < MAX_POSSESSIVE_TRIES; tries++) {
    const at = indexOfTopLevel(s, '的', from);
    if (at < 0) return null;
    const persons = readPersonList(s.slice(0, at), lenient);
    if (persons) return { persons, post: stripFormer(s.slice(at + 1)) };
    from = at + 1;
  }
  return null;
}

/**
 * The people a subject names, where a description may end in 的 before them (`已经60岁的A`,
 * `不满46岁的A`): the names after the last 的, read strictly, when the whole is not a list of names.
 */
export function readDescribedSubject(s: string, lenient = false): string[] | null {
  const whole = readPersonList(s, lenient);
  if (whole !== null) return whole;
  const de = s.lastIndexOf('的');
  return de > 0 && de < s.length - 2 ? readPersonList(s.slice(de + 1)) : null;
}

/** Words that introduce a decision and stand before its subject: `现任命`, `决定`, `同意`. */
const LEADS = ['现', '現', '决定', '決定', '同意', '并', '並', '另', '正式', '再', '由', '了', '以及', '同时', '同時'];

const LEAD_FIRST = new Set(LEADS.map((l) => l[0]));

export function stripLeads(s: string): string {
  if (!LEAD_FIRST.has(s[0])) return s;
  let out = s;
  for (let changed = true; changed; ) {
    changed = false;
    for (const l of LEADS) {
      if (out.startsWith(l) && out.length > l.length) {
        out = out.slice(l.length);
        changed = true;
      }
    }
  }
  return out;
}

/** The text after the last of `verbs` (outside brackets), or null when none occurs. */
export function afterLastVerb(s: string, verbs: readonly string[]): string | null {
  const byHead = verbsByHead(verbs);
  // Backwards: the first place from the end where a verb starts (the earlier-listed verb on a tie).
  for (let i = s.length - 1; i >= 0; i--) {
    const candidates = byHead.get(s.charCodeAt(i));
    if (candidates === undefined) continue;
    for (const v of candidates) if (s.startsWith(v, i)) return s.slice(i + v.length);
  }
  return null;
}

const VERB_INDEX = new Map<readonly string[], Map<number, string[]>>();

/** The verbs by the code of their first character, in list order; made once per list. */
function verbsByHead(verbs: readonly string[]): Map<number, string[]> {
  let index = VERB_INDEX.get(verbs);
  if (index === undefined) {
    index = new Map();
    for (const v of verbs) {
      const list = index.get(v.charCodeAt(0));
      if (list) list.push(v);
      else index.set(v.charCodeAt(0), [v]);
    }
    VERB_INDEX.set(verbs, index);
  }
  return index;
}
