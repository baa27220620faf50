import { readPersonList } from '../lexicon/person-name.util';
import { endsWithTitle } from '../lexicon/organisation.lexicon';
import { postThenNames } from './post-first.reader';
import type { FragmentReader, Reading } from './reader.types';

/**
 * `向新聘省政府参事朱某和省文史馆馆员史某、刘某颁发聘书`: a news item names the people just
 * appointed after their posts, `新聘<post><names>` joined by 和 or 及. Each group is an appointment.
 * The names follow a post the sentence has just given, so two- to four-character names without a
 * listed surname are read too (as under a `任命：` header).
 */
const NEWLY = ['新聘任', '新聘请', '新聘', '新任命的', '新委任的', '新任'];
/** `新任` alone also describes someone in office a while: only a certificate handed makes it news. */
const HANDED = /颁发|颁授/;
const GROUP_END = /颁发|颁授|发放|并|与|座谈|举行|出席/;
const NAMED_AS = /^[为為]([^的为為，]{2,30})的(.{2,40})$/;

export const readNewlyNamed: FragmentReader = (fragment, ctx) => {
  const word = NEWLY.find((w) => fragment.includes(w));
  if (!word) return null;
  const namesFirst = readNamesFirst(fragment, word, ctx.rosterPost);
  if (namesFirst) return namesFirst;
  let rest = fragment.slice(fragment.indexOf(word) + word.length).replace(/^(?:的|、续聘的?)/, '');
  // The sentence must say what was done for them (`颁发聘书`): `新聘参事表示…` names no one.
  const end = rest.search(word === '新任' ? HANDED : GROUP_END);
  if (end < 0) return null;
  rest = rest.slice(0, end).replace(/(?:一一|分别|正式)$/, '');
  // `向新聘为P的<description>A律师颁发聘书`: the post said with 为, the people after 的.
  const named = NAMED_AS.exec(rest);
  if (named) {
    const persons = endsWithTitle(named[1]) ? readPersonList(named[2]) : null;
    return persons ? { type: 'appoint', persons, posts: named[1] } : null;
  }
  const readings: Reading[] = [];
  for (const group of rest.split(/[和及]/)) {
    const reading = postThenNames(group);
    if (!reading) return null;
    readings.push(reading);
  }
  return readings.length > 0 ? readings : null;
};

/**
 * `市长为A、B、C等22位新聘馆员颁发聘书`: the names first, then how many and the post. The post is
 * often a bare title (`馆员`); it is given its body where posts are refined (read-clauses).
 */
const TO_THEM = /[为向]([^为向]+?)等?(?:[\d一二三四五六七八九十百]{1,4}[位名])?$/;

function readNamesFirst(fragment: string, word: string, rosterPost: string | null): Reading | null {
  const at = fragment.indexOf(word);
  const them = TO_THEM.exec(fragment.slice(0, at));
  if (!them) return null;
  const rest = fragment.slice(at + word.length).replace(/^的/, '');
  const end = rest.search(GROUP_END);
  if (end < 1 && rosterPost === null) return null;
  const post = end > 0 ? rest.slice(0, end) : (rosterPost as string);
  const persons = readPersonList(them[1], true);
  return persons && endsWithTitle(post) ? { type: 'appoint', persons, posts: post } : null;
}
