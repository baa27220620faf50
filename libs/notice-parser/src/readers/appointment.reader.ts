import { readSmallNumber } from '../text/chinese-date.util';
import { isPersonName, nameBeforeTitle, readPersonList } from '../lexicon/person-name.util';
import { endsWithTitle, isPostLike, sharedTitle } from '../lexicon/organisation.lexicon';
import { firstTopLevel, indexOfTopLevel, outsideBrackets, splitTopLevel } from '../text/brackets.util';
import { newReaderContext } from './reader.types';
import type { FragmentReader, ReaderContext, Reading } from './reader.types';
import { afterLastVerb, cutAtDuty, readDescribedSubject, stripLeads } from './subject.util';

/**
 * `A为P`, `A、B为P`, `任命A同志为P`, `决定任命A为P`, `聘任A为P` (also 為), and under a `任命：`
 * block the concurrent form `A兼P`.
 */
const VERBS = ['任命', '特任', '特聘', '聘任', '聘用', '聘请', '委任', '任用', '提名', '新聘', '续聘', '选举', '选出', '补选', '增选', '增补', '推选', '确认', '决定', '宣布'];
const CONCURRENT = ['兼任', '兼'];
/** Verbs whose object can only be a person (not 决定, 提名, 新聘, which also take other objects). */
const APPOINTING = ['任命', '特任', '特聘', '聘任', '委任', '聘用', '聘请', '续聘', '任用', '选举', '选出', '补选', '增选', '增补', '推选'];

/**
 * Verbs after their subject, where the person is the one appointed: `A受聘为P`, `A当选为P`, and the
 * passive `A被任命为P`, `A被选举为P`.
 */
/** Short verbs that appoint only after 被: `A等5人被聘为P`, `A被选为P`, `A被委为P`. */
const PASSIVE_ONLY = new Set(['聘', '选', '選', '委', '派', '任', '选举', '選舉', '委任', '推选', '推選', '推举', '推舉']);

// `A获再度委任为P`: an adverb of renewal may stand inside the passive.
const SUBJECT_FIRST = ['获委任', '获任命', '获聘任', '受聘', '应聘', '当选', '获聘', '获再度委任', '获再次委任', '获重新委任', '再度获委任', '获续聘', '获续任'];

/** `A作为P`, `A成为P`, `A将成为P`: "as" and "became" describe the person; they decide nothing. */
const DESCRIBING_WEI = /[将將已会會]?[作成]$/;

const VOTE = /以?(?:全票|高票|满票|多数票|等额|差额)$/;

/** How many 为 a clause may hold before the one that is the verb (names such as 王为民, 李有为). */
const MAX_WEI_TRIES = 4;

export const readAppointment: FragmentReader = (fragment, ctx) => {
  let at = firstOf(fragment, ['为', '為'], 0);
  if (at < 0) return readConcurrentHolding(fragment, ctx) ?? readContinued(fragment, ctx) ?? readEngaged(fragment) ?? readHolds(fragment, ctx);
  for (let tries = 0; at >= 0 && tries < MAX_WEI_TRIES; tries++, at = firstOf(fragment, ['为', '為'], at + 1)) {
    const reading = readAt(fragment, at, ctx);
    if (reading) return reading;
  }
  // `侯为东兼任P`: every 为 was part of a name, and the clause is one without it.
  return readConcurrentHolding(fragment, ctx) ?? readHolds(fragment, ctx);
};

/** The clause read with its verb 为 at `at`; null when what stands around it is not names and a post. */
function readAt(fragment: string, at: number, ctx: ReaderContext): ReturnType<FragmentReader> {
  const posts = fragment.slice(at + 1);
  // `李有为为…`: a post never begins with 为 (the first 为 belongs to the name), nor with 的.
  if (posts.startsWith('为') || posts.startsWith('為') || posts.startsWith('的')) return null;
  const head = fragment.slice(0, at);
  // `A作为P，…`, `A成为P`: "as" and "became" describe the person; they decide nothing.
  const described = DESCRIBING_WEI.exec(head);
  if (described && readPersonList(stripLeads(head.slice(0, described.index))) !== null) return null;
  // `被任命为`: only the names before 被 can be the subject (none: the sentence is background).
  const subjectEnd = subjectFirstEnd(head);
  if (subjectEnd >= 0) {
    // Before 受聘/被任命 stand the people appointed: a surname missing from the list is no reason to drop them.
    // `大会选举A、B当选为P`: a verb before the names as well as after them.
    const before = head.slice(0, subjectEnd);
    // `A以赞成票90票的结果，当选为P`: how the vote went took a clause; A opened the one before.
    const opened = before.length === 0 ? (votedName(ctx.previousFragment) ?? sameSubject(before, ctx)) : (countedWaiting(before, ctx) ?? sameSubject(before, ctx));
    // `…，而A、B获再度委任为成员`: 而 joins the clause to the one before; it is no part of a name.
    const subject = opened !== null ? opened : readDescribedSubject(stripLeads(afterLastVerb(before, APPOINTING) ?? before).replace(/^而(?=.{2})/, ''), true);
    return subject && namesPost(posts) ? { type: 'appoint', persons: subject, posts } : null;
  }
  const verbAt = afterLastVerb(head, VERBS);
  if (verbAt === null && !ctx.decided && ctx.mode !== 'appoint') return null;
  // Right after an appointing verb (`任命檀若谷为…`) only a name can stand: a surname missing from the
  // list is no reason to drop the clause, as under a `任命：` header.
  // `选举A为P1，B、C为P2`: after a pair the sentence's verb governs, the names stand where names must.
  const persons = subjectOf(stripLeads(verbAt ?? head), ctx, (verbAt !== null && APPOINTING.some((v) => head.endsWith(v + verbAt))) || (verbAt === null && ctx.carried === 'appoint'));
  if (!persons || !namesPost(posts)) return null;
  return chainedPairs(persons, posts, ctx);
}

/**
 * What readAppointment gives `A、B为P` when nothing else stands in the fragment (see
 * plain-clause.step): `at` is its only 为, and the header above is `任命：`, a decision announced.
 * The same steps as readAt, with each turn that would leave them — a describing 作为/成为, a subject
 * before 被 or 受聘, a verb before the names, a lead word — returning null for the full reading.
 */
export function readPlainAppointment(fragment: string, at: number): Reading | Reading[] | null {
  const head = fragment.slice(0, at);
  const posts = fragment.slice(at + 1);
  if (posts.startsWith('的') || DESCRIBING_WEI.test(head) || subjectFirstEnd(head) >= 0) return null;
  if (afterLastVerb(head, VERBS) !== null || stripLeads(head) !== head) return null;
  const persons = readPersonList(head, true);
  if (persons === null || !namesPost(posts)) return null;
  return chainedPairs(persons, posts, APPOINTING_BLOCK);
}

/** chainedPairs reads the block's mode only (for names between pairs, which a plain fragment has not). */
const APPOINTING_BLOCK = newReaderContext({ mode: 'appoint', decided: true });

/** `A以赞成票90票…的投票结果`: the name a clause about the vote opens with. */
function votedName(previous: string): string[] | null {
  if (!/^.{2,4}以[^，。；]{0,40}(?:票|结果)$/.test(previous)) return null;
  for (const n of [3, 2, 4]) if (previous[n] === '以' && isPersonName(previous.slice(0, n))) return [previous.slice(0, n)];
  return null;
}

/** `…A律师应邀参加，并再次受聘为P`: only joining words and adverbs before the verb. */
const JOINED_ONLY = /^(?:[并並另亦也又还還]|同时|同時)?(?:再次|再度|重新|继续|繼續|同时|同時)?$/;

/** What the person did in the clause before (`…律师应邀参加`), after the subject. */
// `A和其他11位法律专家一道，受聘为P`: others named with A by their number only.
const PREVIOUS_ACT = /应邀|應邀|出席|参加|參加|作为|作為|代表|表示|[和与與]其他|一道|一起|[也亦则則]/;

/**
 * `某所主任A律师应邀参加，并再次受聘为P`: this clause begins with no subject of its own; it is the
 * subject of the clause before, read strictly (a description, then a name with a listed surname).
 */
function sameSubject(before: string, ctx: ReaderContext): string[] | null {
  if (!JOINED_ONLY.test(before)) return null;
  const act = ctx.previousFragment.search(PREVIOUS_ACT);
  if (act < 2) return null;
  const persons = readPersonList(ctx.previousFragment.slice(0, act));
  return persons !== null && persons.length === 1 ? persons : null;
}

const COUNT_SUBJECT = /^[共等计計]?([\d一二三四五六七八九十百两兩]{1,4})[人名位](?:同志)?$/;

/**
 * `A、B、…、C，共56人当选为P`: the clause counts the names still waiting before it. Read only when the
 * count is theirs, the sentence's own check that the list is the people elected.
 */
function countedWaiting(before: string, ctx: ReaderContext): string[] | null {
  const m = ctx.pendingPersons.length > 0 ? COUNT_SUBJECT.exec(before) : null;
  if (!m) return null;
  const count = readSmallNumber(m[1].replace(/[两兩]/g, '二'));
  return count === ctx.pendingPersons.length ? [...ctx.pendingPersons] : null;
}

/**
 * `任命A为P1、B为P2`: pairs joined by `、` rather than `，`. The post text is cut before each
 * `、<names>为` and every cut is a reading of its own.
 */
function chainedPairs(persons: string[], posts: string, ctx: ReaderContext): Reading | Reading[] {
  const readings: Reading[] = [];
  let current = { persons, from: 0 };
  for (let j = indexOfTopLevel(posts, '、', 0); j >= 0; j = indexOfTopLevel(posts, '、', j + 1)) {
    const wei = firstOf(posts, ['为', '為'], j + 1);
    if (wei < 0) break;
    // `任命A为P1、聘A为P2`: each pair may bring its own decision word.
    const names = wei - j - 1 <= MAX_NAMES_BEFORE_WEI ? readPersonList(posts.slice(j + 1, wei).replace(PAIR_VERB, ''), ctx.mode === 'appoint') : null;
    if (!names || !namesPost(posts.slice(wei + 1))) continue;
    readings.push({ type: 'appoint', persons: current.persons, posts: posts.slice(current.from, j) });
    current = { persons: names, from: wei + 1 };
    j = wei;
  }
  if (readings.length === 0) return parallelPairs(persons, posts) ?? { type: 'appoint', persons, posts };
  readings.push({ type: 'appoint', persons: current.persons, posts: posts.slice(current.from) });
  return readings;
}

/**
 * `任命A为驻甲国大使、B驻乙国大使、C驻丙国大使`: after the first pair the 为 is left out, each item a
 * name and then a post of the same title. Read only when every item after the first is such a pair
 * (a name with a known surname, a post ending in the first post's title), so that a post that merely
 * begins like a name (`王府井街道办事处主任`) is not cut.
 */
function parallelPairs(persons: string[], posts: string): Reading[] | null {
  const items = splitTopLevel(posts, '、');
  if (items.length < 3) return null;
  const title = items[0].slice(-2);
  if (!endsWithTitle(title)) return null;
  const rest = items.slice(1).map(outsideBrackets);
  if (!rest.every((item) => item.endsWith(title))) return null;
  const splits = rest.map(pairSplits);
  // Which character the posts begin with decides where each name ends (`刘正修驻…`, not `刘正` + `修驻…`).
  const starts = [...new Set(splits[0].map((n) => rest[0][n]))].filter((c) => splits.every((ns, k) => ns.some((n) => rest[k][n] === c)));
  if (starts.length !== 1) return null;
  const readings: Reading[] = [{ type: 'appoint', persons, posts: items[0] }];
  rest.forEach((item, k) => {
    const n = splits[k].find((m) => item[m] === starts[0]) as number;
    readings.push({ type: 'appoint', persons: [item.slice(0, n)], posts: item.slice(n) });
  });
  return readings;
}

/** Where the name an item of a pair list opens with may end: a known name, then a post. */
function pairSplits(item: string): number[] {
  return [2, 3, 4].filter((n) => item.length - n >= 3 && isPersonName(item.slice(0, n)) && isPostLike(item.slice(n)) && readPersonList(item.slice(n)) === null);
}

const PAIR_VERB = /^(?:任命|聘任|聘请|委任|聘)/;

/** The names between `、` and 为 in a chain of pairs are a few people, not a clause. */
const MAX_NAMES_BEFORE_WEI = 24;

/**
 * `免去A的P1职务，任P2`: a second clause of the same sentence with its subject left out is about
 * the person of the clause before.
 */
const CONTINUING = /^[另并並]?(?:改任|转任|调任|担任|出任|任)(?![命职用免期])/;

function readContinued(fragment: string, ctx: ReaderContext): Reading | null {
  // `委任A、B以及C，出任P`: names waiting before the comma are the subject.
  const persons = ctx.pendingPersons.length > 0 ? [...ctx.pendingPersons] : ctx.carried !== null ? ctx.lastPersons : [];
  if (persons.length === 0) return null;
  const verb = CONTINUING.exec(fragment);
  if (!verb) return null;
  const posts = fragment.slice(verb[0].length);
  return namesPost(posts) ? { type: 'appoint', persons, posts } : null;
}

/** `A（无党派）、B获聘省政府参事`: a subject-first verb with the post right after it, no 为. */
function readEngaged(fragment: string): Reading | null {
  for (const v of SUBJECT_FIRST) {
    const at = fragment.indexOf(v);
    if (at < 2) continue;
    const posts = fragment.slice(at + v.length);
    const persons = readPersonList(stripLeads(fragment.slice(0, at)), true);
    if (persons && namesPost(posts)) return { type: 'appoint', persons, posts };
  }
  return null;
}

/**
 * Where the subject ends when the verb follows it: `李某、杨某3人被聘任为…` (被 right before the
 * verb), `A受聘为…`, `A当选为…`; -1 when the verb comes first.
 */
function subjectFirstEnd(head: string): number {
  const by = head.lastIndexOf('被');
  if (by >= 0 && (afterLastVerb(head.slice(by + 1), VERBS) === '' || PASSIVE_ONLY.has(head.slice(by + 1)))) return by;
  for (const v of SUBJECT_FIRST) {
    if (!head.endsWith(v)) continue;
    // `A全票当选为P`: how the vote went stands between the person and the verb.
    const vote = VOTE.exec(head.slice(0, head.length - v.length));
    return head.length - v.length - (vote ? vote[0].length : 0);
  }
  return -1;
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
    // `A兼任P1、B担任P2`: a chain of holdings, each person with a verb (readHolds).
    if (persons && namesPost(posts) && nextChained(posts, ctx) === null) return { type: 'appoint', persons, posts };
  }
  return null;
}

/**
 * `张三任青禾市财政局局长` once a decision is announced: 任 right after a name, not 任命 or 任职;
 * also `担任`, a transfer `调任`, a secondment `挂职任`, `出任`, `候任`, `接任`, `继续任` (a post
 * held again is still an appointment). A sentence may chain them: `A任P1、B任P2`, `A法官出任P1、
 * 某院院长B法官、C法官出任P2` — each name up to the next verb, each post up to the next name.
 */
const HOLD_VERBS = ['继续任', '继续担任', '挂职任', '候任', '出任', '接任', '继任', '就任', '担任', '调任', '转任', '升任', '兼任', '任'];

/** `A卸任P`, `A离任`: 任 after these is a post left, not one taken. */
const LEFT_BEFORE_REN = '卸离離';

function readHolds(fragment: string, ctx: ReaderContext): Reading | Reading[] | null {
  // `聘请院士方某任校长`, `任命某法官出任…`: the verb before the name is the decision's own.
  const led = stripLeads(fragment.replace(WHEN_BEFORE_VERB, ''));
  const head = stripLeads(led.replace(DECISION_LEAD, ''));
  // `决定A任P`: the fragment announces its own decision.
  const announced = head !== led || led !== fragment.replace(/^[，、]/, '') && /^[现並并另]?决定/.test(fragment);
  // `A同志任P`: the notice's own way of stating an appointment, decided wherever it stands.
  // `全体董事一致同意选举A担任P`: a decision word before the person announces it too.
  if (!ctx.decided && ctx.mode !== 'appoint' && !announced && !COMRADE_HOLDS.test(head) && afterLastVerb(head, APPOINTING) === null) return null;
  const first = nextHolding(head, 0, ctx);
  if (!first) return null;
  const readings: Reading[] = [];
  let current: Holding | null = first;
  while (current) {
    const rest = head.slice(current.postStart);
    const next = nextChained(rest, ctx);
    const posts = next ? rest.slice(0, next.cut) : rest;
    if (!namesPost(posts)) break;
    readings.push({ type: 'appoint', persons: current.persons, posts });
    current = next ? { persons: next.persons, postStart: current.postStart + next.postStart } : null;
  }
  if (readings.length === 0) return null;
  return readings.length === 1 ? readings[0] : readings;
}

// `行政长官已委任A出任P`: who decides may stand before the decision word. `宣布A担任P一职`: a
// decision read out names the person and the post as one that is decided does.
/** `A将于2025年3月1日出任P`: the day it takes effect, standing between the person and the verb. */
const WHEN_BEFORE_VERB = /(?:将|將)[于於在][^，。；、]{2,14}?(?=出任|接任|担任|擔任|任(?![命职職用免期]))/;

const COMRADE_HOLDS = /^[^，、]{2,5}同志(?:任|担任|擔任)(?![命职職用免期])/;

const DECISION_LEAD = /^(?:[^，。；为任和了]{0,8}(?:长官|政府|主席|总理|国务院|委员会|常委会|党委|党组|董事会)(?:已|正式|今日|今天)?(?=委任|任命|聘任|聘请)|以[^，。；]{1,8}方式)?(?:任命|聘任|聘请|委任|决定|选举|推选|宣布了?|委(?![员員会會]))/;

interface Holding {
  persons: string[];
  /** Where the post text begins, after the verb. */
  postStart: number;
}

/** The first `<names><verb>` of `text` at or after `from` whose names read as people. */
function nextHolding(text: string, from: number, ctx: ReaderContext): Holding | null {
  const limit = Math.min(text.length - 1, from + MAX_SUBJECT_LENGTH);
  // Every verb ends in 任: none can start more than three characters before the first 任.
  const ren = text.indexOf('任', from + 2);
  if (ren < 0) return null;
  for (let n = Math.max(from + 2, ren - 3); n <= limit; n++) {
    const verb = HOLD_VERBS.find((v) => text.startsWith(v, n));
    if (!verb) continue;
    if (verb === '任' && ('命职用免期'.includes(text[n + 1] ?? '') || LEFT_BEFORE_REN.includes(text[n - 1] ?? ''))) continue;
    // `A接替B任P`: whom A succeeds stands between A and the verb.
    const subject = text.slice(from, n).replace(HOLDS_LEAD, '').replace(SUCCEEDING, '');
    // `全体董事一致同意选举A担任P`: who decided stands before the decision word, the person after it.
    const persons = readPersonList(subject, ctx.mode === 'appoint') ?? afterDecisionWord(subject);
    if (persons) return { persons, postStart: n + verb.length };
  }
  return null;
}

function afterDecisionWord(subject: string): string[] | null {
  const named = afterLastVerb(subject, APPOINTING);
  // `任命和聘任了…`: a second verb joined to the first is no name.
  if (named === null || named.length < 2 || named.length >= subject.length || /^[和及与與并並、]/.test(named)) return null;
  return readPersonList(named);
}

/** In the post text after a verb, the next `、<names><verb>` that begins another holding. */
function nextChained(rest: string, ctx: ReaderContext): (Holding & { cut: number }) | null {
  for (let j = rest.indexOf('、'); j >= 0; j = rest.indexOf('、', j + 1)) {
    const found = nextHolding(rest, j + 1, ctx);
    // `A担任P1、常务副院长、B担任P2`: a bare title before the next name is still A's.
    if (found && !startsWithBareTitle(rest.slice(j + 1, found.postStart))) return { ...found, cut: j };
  }
  return null;
}

function startsWithBareTitle(subject: string): boolean {
  const first = subject.slice(0, Math.max(0, subject.indexOf('、')));
  return first.length > 0 && isPostLike(first) && readPersonList(first) === null;
}

/** A name with its description (`第一审法院院长姚某法官、第一审法院戎某法官`) is rarely longer. */
const MAX_SUBJECT_LENGTH = 40;

const HOLDS_LEAD = /(?:挂职|调)?担?$/;
const SUCCEEDING = /接替[^，、]{2,12}?(?:同志)?$/;

/** Names before 为, joined to any names still waiting for a post; an empty subject uses those alone. */
function subjectOf(head: string, ctx: ReaderContext, afterVerb = false): string[] | null {
  if (head.length === 0) return ctx.pendingPersons.length > 0 ? [...ctx.pendingPersons] : null;
  // `聘用其为P`: 其 after the verb is the person the sentence named (`A——…，聘用其为P`).
  if (head === '其' && afterVerb) return ctx.mentioned.length > 0 ? [...ctx.mentioned] : null;
  // `决定陈某副市长为某市人民政府代理市长`: the person named with the title held.
  // `选举89岁的A为P`: right after the verb, what the story says of A ends in 的 before the name.
  const persons = readPersonList(head, afterVerb || ctx.mode === 'appoint') ?? titledPerson(head) ?? (afterVerb && head.includes('的') ? readDescribedSubject(head) : null);
  return persons ? [...ctx.pendingPersons, ...persons] : null;
}

function titledPerson(head: string): string[] | null {
  const name = nameBeforeTitle(head.replace(/同志$/, ''));
  return name === null ? null : [name];
}

const ACT_AFTER_PREPOSITION = /颁发|頒發|颁授|頒授|授予|送达|送達|致辞|致辭|讲话|講話|主持|佩戴/;

/** What follows 为 names a post (`…局长`, `…委员`), not `三年` or `一项`. */
function namesPost(posts: string): boolean {
  // `市长为新聘参事颁发聘书`: that 为 is "to", and what follows is an act, not a post.
  if (ACT_AFTER_PREPOSITION.test(outsideBrackets(posts))) return false;
  const first = firstTopLevel(posts, '、');
  if (first === undefined) return false;
  if (isPostLike(cutAtDuty(outsideBrackets(first)))) return true;
  // `某市财政局、审计局局长`: bodies first, sharing the last one's title.
  return sharedTitle(splitTopLevel(cutAtDuty(posts), '、').map(outsideBrackets)) !== null;
}

function firstOf(s: string, needles: string[], from: number): number {
  let at = -1;
  for (const n of needles) {
    const i = indexOfTopLevel(s, n, from);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  return at;
}
