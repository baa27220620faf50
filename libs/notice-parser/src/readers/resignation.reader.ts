import { readPersonList } from '../lexicon/person-name.util';
import type { FragmentReader } from './reader.types';
import { cutAtDuty } from './subject.util';

/**
 * `接受A辞去P职务的请求` (also `同意A辞去…`): a congress accepting a resignation removes A from P.
 * A bare `辞去` without someone accepting it is a request, not a decision, and is not read.
 */
const RESIGN = ['辞去', '辭去'];
const ACCEPT = ['接受', '同意'];

export const readResignation: FragmentReader = (fragment) => {
  let at = -1;
  for (const r of RESIGN) if (at < 0) at = fragment.indexOf(r);
  if (at < 0) return null;
  const before = fragment.slice(0, at);
  let accept = -1;
  for (const a of ACCEPT) accept = Math.max(accept, before.lastIndexOf(a));
  if (accept < 0) return null;
  const persons = readPersonList(before.slice(accept + 2));
  const post = cutAtDuty(fragment.slice(at + 2));
  if (!persons || post.length === 0) return null;
  return { type: 'remove', persons, posts: post };
};
