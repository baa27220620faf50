import { readPersonList } from '../lexicon/person-name.util';
import { isPostLike } from '../lexicon/organisation.lexicon';
import { indexOfTopLevel, splitBrackets, splitTopLevel } from '../text/brackets.util';
import type { FragmentReader, ReaderContext } from './reader.types';
import { afterLastVerb, cutAtDuty, stripLeads } from './subject.util';

/**
 * `A为P`, `A、B为P`, `任命A同志为P`, `决定任命A为P`, `聘任A为P` (also 為), and under a `任命：`
 * block the concurrent form `A兼P`.
 */
const VERBS = ['任命', '聘任', '聘用', '聘请', '委任', '任用', '提名'];
const CONCURRENT = ['兼任', '兼'];

/** How many 为 a clause may hold before the one that is the verb (names such as 王为民, 李有为). */
const MAX_WEI_TRIES = 4;

export const readAppointment: FragmentReader = (fragment, ctx) => {
  let at = firstOf(fragment, ['为', '為'], 0);
  if (at < 0) return readConcurrentHolding(fragment, ctx) ?? readHolds(fragment, ctx);
  for (let tries = 0; at >= 0 && tries < MAX_WEI_TRIES; tries++, at = firstOf(fragment, ['为', '為'], at + 1)) {
    const reading = readAt(fragment, at, ctx);
    if (reading) return reading;
  }
  return null;
};

/** The clause read with its verb 为 at `at`; null when what stands around it is not names and a post. */
function readAt(fragment: string, at: number, ctx: ReaderContext): ReturnType<FragmentReader> {
  const posts = fragment.slice(at + 1);
  // `李有为为…`: a post never begins with 为, so the first 为 belongs to the name.
  if (posts.startsWith('为') || posts.startsWith('為')) return null;
  const head = fragment.slice(0, at);
  const verbAt = afterLastVerb(head, VERBS);
  if (verbAt === null && !ctx.decided && ctx.mode !== 'appoint') return null;
  const persons = subjectOf(stripLeads(verbAt ?? head), ctx);
  if (!persons || !namesPost(posts)) return null;
  return { type: 'appoint', persons, posts };
}

/** `陈毅兼外交部部长` under a `任命：` header, or `任命钱伟同志兼任…` anywhere. */
function readConcurrentHolding(fragment: string, ctx: ReaderContext): ReturnType<FragmentReader> {
  const afterVerb = afterLastVerb(fragment, VERBS);
  const continues = fragment.startsWith('兼') && ctx.lastPersons.length > 0;
  if (afterVerb === null && ctx.mode !== 'appoint' && !continues) return null;
  const subject = stripLeads(afterVerb ?? fragment);
  for (const c of CONCURRENT) {
    const at = subject.indexOf(c);
    // `张三为副市长，兼任财政局局长`: the person is the previous clause's.
    if (at === 0 && ctx.lastPersons.length > 0 && namesPost(subject.slice(c.length))) {
      return { type: 'appoint', persons: ctx.lastPersons, posts: subject.slice(c.length) };
    }
    if (at <= 0) continue;
    const persons = readPersonList(subject.slice(0, at), ctx.mode === 'appoint');
    const posts = subject.slice(at + c.length);
    if (persons && namesPost(posts)) return { type: 'appoint', persons, posts };
  }
  return null;
}

/**
 * `张三任青禾市财政局局长` once a decision is announced: 任 right after a name, not 任命 or 任职;
 * also `张三担任…`, a transfer `张三调任…` and a secondment `张三同志挂职任…` (a post held for a
 * time, still an appointment).
 */
function readHolds(fragment: string, ctx: ReaderContext): ReturnType<FragmentReader> {
  if (!ctx.decided && ctx.mode !== 'appoint') return null;
  const head = stripLeads(fragment);
  // The name (with 同志 or a bracket, then 挂职 or 担) ends within the first few characters.
  for (let n = 2; n <= 10 && n < head.length; n++) {
    if (head[n] !== '任' || '命职職用'.includes(head[n + 1] ?? '')) continue;
    const persons = readPersonList(head.slice(0, n).replace(HOLDS_LEAD, ''), ctx.mode === 'appoint');
    const posts = head.slice(n + 1);
    if (persons && namesPost(posts)) return { type: 'appoint', persons, posts };
  }
  return null;
}

const HOLDS_LEAD = /(?:挂职|掛職|[调調])?[担擔]?$/;

/** Names before 为, joined to any names still waiting for a post; an empty subject uses those alone. */
function subjectOf(head: string, ctx: ReaderContext): string[] | null {
  if (head.length === 0) return ctx.pendingPersons.length > 0 ? [...ctx.pendingPersons] : null;
  const persons = readPersonList(head, ctx.mode === 'appoint');
  return persons ? [...ctx.pendingPersons, ...persons] : null;
}

/** What follows 为 names a post (`…局长`, `…委员`), not `三年` or `一项`. */
function namesPost(posts: string): boolean {
  const first = splitTopLevel(posts, '、')[0];
  return first !== undefined && isPostLike(cutAtDuty(splitBrackets(first).text));
}

function firstOf(s: string, needles: string[], from: number): number {
  let at = -1;
  for (const n of needles) {
    const i = indexOfTopLevel(s, n, from);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  return at;
}
