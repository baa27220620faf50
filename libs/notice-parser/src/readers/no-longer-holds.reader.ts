import { readPersonList } from '../lexicon/person-name.util';
import type { FragmentReader } from './reader.types';
import { cutAtDuty } from './subject.util';

/** `张三同志不再担任青禾市财政局局长职务`: a removal phrased from the person's side. */
const PHRASES = ['不再担任', '不再擔任', '不再兼任'];

export const readNoLongerHolds: FragmentReader = (fragment) => {
  if (fragment.indexOf('不再') < 0) return null;
  for (const p of PHRASES) {
    const at = fragment.indexOf(p);
    if (at <= 0) continue;
    const persons = readPersonList(fragment.slice(0, at));
    const post = cutAtDuty(fragment.slice(at + p.length));
    if (persons && post.length > 0) return { type: 'remove', persons, posts: post };
  }
  return null;
};
