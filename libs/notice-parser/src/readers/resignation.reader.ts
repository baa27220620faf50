import { readPersonList } from '../lexicon/person-name.util';
import type { FragmentReader } from './reader.types';
import { cutAtDuty } from './subject.util';

/**
 * `接受A辞去P职务的请求` (also `同意A辞去…`): a congress accepting a resignation removes A from P.
 * A bare `辞去` without someone accepting it is a request, not a decision, and is not read.
 */
const RESIGN = ['辞去', '辭去'];
const ACCEPT = ['接受', '同意'];

export const readResignation: FragmentReader = (fragment, ctx) => {
  let at = -1;
  for (const r of RESIGN) if (at < 0) at = fragment.indexOf(r);
  if (at < 0) return null;
  const before = fragment.slice(0, at);
  let accept = -1;
  for (const a of ACCEPT) accept = Math.max(accept, before.lastIndexOf(a));
  // `接受A辞去P职务的请求，B辞去Q职务的请求`: one 接受 governs the requests that follow it.
  const continues = accept < 0 && ctx.lastAccepted && (fragment.endsWith('请求') || fragment.endsWith('职务'));
  if (accept < 0 && !continues) return null;
  const persons = readPersonList(accept < 0 ? before : before.slice(accept + 2));
  const post = cutAtDuty(fragment.slice(at + 2));
  if (!persons || post.length === 0) return null;
  ctx.lastAccepted = true;
  return { type: 'remove', persons, posts: post };
};
