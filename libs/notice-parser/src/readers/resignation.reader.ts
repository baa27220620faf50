import { readPersonList } from '../lexicon/person-name.util';
import type { FragmentReader } from './reader.types';
import { cutAtDuty } from './subject.util';

/**
 * `接受A辞去P职务的请求` (also `同意A辞去…`): a congress accepting a resignation removes A from P.
 * A bare `辞去` without someone accepting it is a request, not a decision, and is not read.
 */
const RESIGN = ['辞去', '辭去'];
const ACCEPT = ['接受', '同意'];

/** `接受A请求辞去…`, `接受A本人申请辞去…`: the request stands between the name and 辞去. */
const REQUEST_TAIL = /(?:本人)?(?:请求|請求|申请|申請|提出)$/;
const PRONOUNS = new Set(['他', '她', '其']);

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
  const subject = (accept < 0 ? before : before.slice(accept + 2)).replace(REQUEST_TAIL, '');
  // `决定接受他辞去…`: a pronoun for the person the text just named.
  const persons = PRONOUNS.has(subject) ? (ctx.mentioned.length > 0 ? ctx.mentioned : null) : readPersonList(subject);
  const post = cutAtDuty(fragment.slice(at + 2));
  if (!persons || persons.length === 0 || post.length === 0) return null;
  ctx.lastAccepted = true;
  return { type: 'remove', persons, posts: post };
};
