import { endsWithTitle } from '../lexicon/organisation.lexicon';
import { readPersonList } from '../lexicon/person-name.util';
import { readSmallNumber } from '../text/chinese-date.util';
import type { FragmentReader } from './reader.types';

/**
 * `四名新成员为A、B、C及D`, `这次录用的六名馆员分别是A、B…`: a story counts the people a decision
 * named, gives their title, then lists them. Read only when the list holds exactly as many names as
 * the count says — the count is the sentence's own check that the list is the people, not a story
 * about them — and when the sentence says they were just appointed (`新`, `聘`, `委任`, `录用`): a
 * count of who holds posts now (`目前五名副主任分别是…`) decides nothing. The title is often bare (`馆员`); its body is the one the story named before (see
 * fullerPost in list-headers).
 */
// Unanchored: what stands before the count (`这次录用的`, a sentence run on without its stop) is the story's.
const COUNTED = /(?<![\d一二三四五六七八九十两兩第])([\d一二三四五六七八九十两兩]{1,3})(?:名|位)([^，。；：、\d\s]{2,16}?)(?:分别|分別)?(?:[为為是有]|包括)[:：]?([^：]{2,})$/;

const APPOINTED = /新|聘|委任|任命|录用|錄用|获任|獲任|当选|當選|增补|增補/;

const NEW = /^(?:新聘任|新聘|新任|新)(?=.{2})/;

const NUMBER_WORDS: Record<string, string> = { 两: '二', 兩: '二' };

export const readCountedRoster: FragmentReader = (fragment) => {
  if (fragment.length < 8) return null;
  const m = COUNTED.exec(fragment);
  // `目前某办五名副主任分别是…` lists who holds the posts now: only a list of people just appointed is a decision.
  if (!m || !APPOINTED.test(fragment.slice(0, m.index + m[0].length - m[3].length))) return null;
  // `九位再度获委任两年的成员`: what is said of them before the title is not the post.
  const title = m[2].slice(m[2].lastIndexOf('的') + 1).replace(NEW, '');
  if (!endsWithTitle(title)) return null;
  const count = readSmallNumber(m[1].replace(/[两兩]/g, (c) => NUMBER_WORDS[c]));
  const persons = readPersonList(m[3], true);
  if (!persons || persons.length !== count) return null;
  return { type: 'appoint', persons, posts: title, needsBody: true };
};
