import { describedPerson, isPersonName, readPersonList } from '../lexicon/person-name.util';
import { isPlaceWord } from '../lexicon/common-word.util';
import { compoundSurnameLength } from '../lexicon/surnames.lexicon';
import { isPostLike } from '../lexicon/organisation.lexicon';
import { outsideBrackets } from '../text/brackets.util';
import type { FragmentReader, Reading } from './reader.types';
import { cutAtDuty, endsWithDuty, splitPossessive, stripFormer } from './subject.util';

/**
 * `免去A的P职务` (also 解聘, 解除, 免职, 撤销), `免去其P职务`, `免去A兼任的P职务`, the passive `A被免去P职务`,
 * and — under a `免去：` block header — the verbless `A的P职务`.
 */
// `罢免A的P职务`: an assembly recalls someone it elected.
const VERBS = ['免去', '免除', '免職', '免职', '解聘', '解除', '撤销', '撤銷', '罢免', '罷免'];
const HONORED = /^(?:同志|女士|先生)/;
const HOLDING = ['同志的', '同志', '女士的', '女士', '先生的', '先生', '兼任的', '现任的', '現任的', '担任的', '擔任的', '兼任', '现任', '現任', '担任', '擔任'];

/**
 * `终止A的P职务`, `终止A某局副局长的定期委任` (Macao's 批示): the decision ends a post or its
 * commission; what stands between 终止 and the closing word is the person and the post.
 */
const TERMINATED = /^(?:决定)?终止(.{4,60}?)的?(?:定期委任|委任|聘任|职务|職務)$/;

function readTermination(fragment: string, lastPersons: string[]): ReturnType<FragmentReader> {
  const m = TERMINATED.exec(fragment);
  return m ? readObject(m[1], lastPersons, false) : null;
}

export const readRemoval: FragmentReader = (fragment, ctx) => {
  const ended = fragment.startsWith('终止') || fragment.startsWith('决定终止') ? readTermination(fragment, ctx.lastPersons) : null;
  if (ended) return ended;
  let at = -1;
  let len = 0;
  const mayHaveVerb = fragment.indexOf('免') >= 0 || fragment.indexOf('解') >= 0 || fragment.indexOf('撤') >= 0;
  for (const v of mayHaveVerb ? VERBS : []) {
    const i = fragment.indexOf(v);
    if (i >= 0 && (at < 0 || i < at)) {
      at = i;
      len = v.length;
    }
  }
  const lenient = ctx.mode === 'remove';
  // `A被免P职务`: news drops 去 after 被.
  const shortPassive = mayHaveVerb ? fragment.indexOf('被免') : -1;
  if (shortPassive > 0 && (at < 0 || shortPassive + 1 < at)) {
    at = shortPassive + 1;
    len = 1;
  }
  if (at > 1 && fragment[at - 1] === '被') return readPassive(fragment.slice(0, at - 1), fragment.slice(at + len));
  if (at >= 0 && at + len === fragment.length) return readDismissal(fragment.slice(0, at), ctx.previousFragment);
  // Right after 免去 and before 的 only a name can stand (`免去茆某的…`): its surname need not be listed.
  if (at >= 0) return readPairs(fragment.slice(at + len), ctx.lastPersons, true);
  if (lenient && endsWithDuty(fragment)) return readObject(fragment, ctx.lastPersons, lenient);
  // `免去A的P职务，B的Q职务`: the sentence's 免去 governs B's fragment too — only in the 的 form,
  // since `B代理Q职务` after it is another decision.
  if (ctx.carried === 'remove' && endsWithDuty(fragment)) {
    const possessive = splitPossessive(cutAtDuty(fragment), ctx.lastPersons, true);
    if (possessive) return { type: 'remove', persons: possessive.persons, posts: possessive.post };
  }
  return null;
};

/**
 * `A被免去P职务`: the passive puts the person first; what follows the verb is the post alone. Or
 * the post stands before the name and nothing after the verb (`某部副部长A被免职`); a description
 * may stand before the name (`已调任某职的A被免…`).
 */
function readPassive(subject: string, rest: string): Reading | null {
  // `已调任某职的A`: what stands before 的 describes the person.
  const who = subject.replace(/(?:[已亦也则則]|同时|同時)$/, '').replace(/^[^，、]{2,24}的(?=[^的]{2,4}$)/, '');
  let post = cutAtDuty(rest).replace(/^(?:其|了)/, '');
  let persons = post.length > 0 ? readPersonList(who) : null;
  if (persons === null) {
    const name = describedPerson(who);
    if (name === null) return null;
    persons = [name];
    const description = who.slice(0, who.length - name.length);
    if (post.length === 0 && !description.endsWith('的')) post = description;
  }
  return isPostLike(outsideBrackets(post)) ? { type: 'remove', persons, posts: post } : null;
}

/**
 * What readRemoval gives `A的P职务` under a `免去：` header when the fragment holds no removal word
 * of its own (see plain-clause.step): the possessive read first by readObject; null where readObject
 * would look further.
 */
export function readPlainRemoval(fragment: string, lastPersons: string[]): Reading | null {
  if (!endsWithDuty(fragment)) return null;
  const possessive = splitPossessive(cutAtDuty(fragment), lastPersons, true);
  return possessive ? { type: 'remove', persons: possessive.persons, posts: possessive.post } : null;
}

/** What stands between the person and 免职 in an order: why, and that it is to be done. */
const DISMISSAL_LEAD = /(?:另有任用|另有任務|另有任务)?，?(?:应予|應予|均应予|均予|予以|着即|著即)$/;

/**
 * `行政院某部部长A另有任用，应予免职` — a presidential order's form: the post, then the name, then
 * 免职 (with its reason) in this clause or, after a comma, the clause before. Nothing but 免职 ends
 * the clause, and the order's word (`应予`, `予以`) must stand before it.
 */
function readDismissal(before: string, previous: string): ReturnType<FragmentReader> {
  const lead = DISMISSAL_LEAD.exec(before);
  if (!lead) return null;
  const subject = (lead.index > 0 ? before.slice(0, lead.index) : previous).replace(/另有任[用务務]$/, '');
  const name = describedPerson(subject);
  if (name === null) return null;
  const post = subject.slice(0, subject.length - name.length);
  return isPostLike(post) ? { type: 'remove', persons: [name], posts: post } : null;
}

/**
 * `免去A的P职务、B的Q职务`: pairs joined by `、` after one 免去, each ending in 职务. Read one by
 * one; the whole is refused if any pair is not a person and a post.
 */
function readPairs(rest: string, lastPersons: string[], lenient: boolean): ReturnType<FragmentReader> {
  const parts = rest.split(DUTY_THEN_LIST);
  if (parts.length === 1) return readObject(rest, lastPersons, lenient);
  const readings: Reading[] = [];
  for (const part of parts) {
    const r = readObject(part, lastPersons, lenient);
    if (r === null || Array.isArray(r)) return readObject(rest, lastPersons, lenient);
    readings.push(r);
  }
  return readings;
}

const DUTY_THEN_LIST = /(?<=[职職][务務])、(?=[^、]{2,40}的)/;

function readObject(rest: string, lastPersons: string[], lenient: boolean): ReturnType<FragmentReader> {
  const object = cutAtDuty(rest);
  const possessive = splitPossessive(object, lastPersons, lenient);
  if (possessive) return { type: 'remove', persons: possessive.persons, posts: possessive.post };
  for (const h of HOLDING) {
    // `免去A同志、B同志P职务`: the last honorific closes the list of names.
    const i = HONORED.test(h) ? object.lastIndexOf(h) : object.indexOf(h);
    if (i <= 0) continue;
    const persons = readPersonList(object.slice(0, i));
    if (persons) return { type: 'remove', persons, posts: stripFormer(object.slice(i + h.length)) };
  }
  return (object.includes('、') ? readUnmarkedList(object) : null) ?? readUnmarkedName(object);
}

/** `免去A、B副省长职务`: names, and the last of them run into the post they all held. */
function readUnmarkedList(object: string): ReturnType<FragmentReader> {
  const cut = object.lastIndexOf('、');
  if (cut < 2) return null;
  const names = readPersonList(object.slice(0, cut));
  const last = names ? readUnmarkedName(object.slice(cut + 1)) : null;
  if (!names || last === null || Array.isArray(last)) return null;
  return { type: 'remove', persons: [...names, ...last.persons], posts: last.posts };
}

/** Where a post beginning with these follows the name directly, the name is two characters long. */
const POST_STARTS = '中国省市县区全驻第國縣區副';
const SHORT_PLACE = '省市县区縣區';
const PLACE_ENDS = '省市县区州盟旗縣區';
const TITLE_OPENERS = /^(?:副|常务|常務|代理)/;

/** Words that only begin an organisation's name (`中共…`, `国务院…`), never end a person's. */
const ROOT_WORDS = ['中共', '中国', '中华', '中央', '国务院', '国家', '全国', '共青团'];

function startsRoot(object: string, at: number): boolean {
  return ROOT_WORDS.some((w) => object.startsWith(w, at));
}

/**
 * Whether a post can begin at `at`: with a word that starts posts, or a place of two or three
 * characters (`青禾市…`); not one place character after a single one (`禾市…` is the tail of a place).
 */
function startsPost(object: string, at: number): boolean {
  if (at < object.length && POST_STARTS.includes(object[at])) return true;
  // `禾市…` is the tail of a place; `泉州市…` is a place whose name ends in 州 itself.
  if (endsPlace(object, at + 1)) return endsPlace(object, at + 2);
  if (bodyEndsAt(object, at + 1)) return false;
  return endsPlace(object, at + 2) || endsPlace(object, at + 3) || bodyEndsAt(object, at + 2) || bodyEndsAt(object, at + 3);
}

/** Whether a place's last character stands at `at` (past the end of the text, none does). */
function endsPlace(object: string, at: number): boolean {
  return at < object.length && PLACE_ENDS.includes(object[at]);
}

/** Endings of a body named by two or three characters before them (`某林大学`, `某禾矿业集团`, `某政局`). */
const BODY_ENDS = ['局', '署', '厅', '廳', '大学', '大學', '学院', '學院', '集团', '集團', '银行', '銀行', '医院', '醫院', '中学', '中學', '公司', '研究院', '研究所'];

function bodyEndsAt(object: string, at: number): boolean {
  return BODY_ENDS.some((b) => object.startsWith(b, at));
}

/** `免去张文康卫生部部长职务`: nothing marks where the name ends, so guess from what follows. */
function readUnmarkedName(object: string): ReturnType<FragmentReader> {
  // `免去A（女）P职务`: the bracket closes the name.
  const noted = /^([^（]{2,4})（[^）]{1,6}）(.{2,})$/.exec(object);
  if (noted && isPersonName(noted[1]) && readPersonList(noted[1])) return { type: 'remove', persons: [noted[1]], posts: stripFormer(noted[2]) };
  // `免除A副县长一职`: 副 (常务, 代理) opens a title, so a two-character name ends before it.
  const titled = TITLE_OPENERS.test(object.slice(2, 4));
  // `王芳市财政局…`: a place's own marker (the city's bureau named short) opens the post.
  const short = SHORT_PLACE.includes(object[2]) && startsPost(object, 3);
  const guess =
    compoundSurnameLength(object) === 2 ? [4, 3] : startsRoot(object, 2) || titled || short || (startsPost(object, 2) && !startsPost(object, 3)) ? [2, 3] : [3, 2];
  // `刘某生苏州医学院…`: a city the dictionary knows after three characters (and none after two).
  const lengths = guess[0] === 2 && isPlaceWord(object.slice(3, 5)) && !isPlaceWord(object.slice(2, 4)) ? [3, 2] : guess;
  for (const n of lengths) {
    const name = object.slice(0, n);
    const post = stripFormer(object.slice(n));
    // Nothing marks the name's end, so what follows must read as a post (`免职都要将…写在前面` is prose).
    if (post.length >= 2 && isPostLike(outsideBrackets(post)) && isPersonName(name) && readPersonList(name)) {
      return { type: 'remove', persons: [name], posts: post };
    }
  }
  return null;
}
