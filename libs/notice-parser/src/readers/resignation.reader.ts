import { readPersonList } from '../lexicon/person-name.util';
import type { FragmentReader, Reading } from './reader.types';
import { cutAtDuty } from './subject.util';

/**
 * `接受A辞去P职务的请求` (also `同意A辞去…`, `批准A辞去…`, `通过了关于A辞去…的辞呈`): a congress
 * accepting a resignation removes A from P.
 * A bare `辞去` without someone accepting it is a request, not a decision, and is not read.
 */
const RESIGN = ['辞去', '辭去', '解除其', '解除'];
const ACCEPT = ['接受', '同意', '批准', '通过'];

/** `接受A请求辞去…`, `接受A本人申请辞去…`: the request stands between the name and 辞去. */
const REQUEST_TAIL = /(?:本人)?(?:请求|請求|申请|申請|提出|要求)$/;
const PRONOUNS = new Set(['他', '她', '其']);

/** `接受A因工作调动辞去…`, `A由于个人原因请求辞去…`: the reason stands between the name and 辞去. */
const REASON_TAIL = /(?:因|由于|由於)[^，。；因由]{1,12}(?:原因)?$/;

/** The requester's text before 辞去, without the request's words and its reason. */
function requester(s: string): string {
  return s.replace(REQUEST_TAIL, '').replace(REASON_TAIL, '').replace(REQUEST_TAIL, '');
}

/** `通过了关于A辞去…`: words between the acceptance and the person. */
const ACCEPTED_LEAD = /^了?(?:关于|關於)?/;

export const readResignation: FragmentReader = (fragment, ctx) => {
  let at = -1;
  let word = '';
  for (const r of RESIGN) if (at < 0 && (at = fragment.indexOf(r)) >= 0) word = r;
  if (at < 0) return null;
  const before = fragment.slice(0, at);
  let accept = -1;
  for (const a of ACCEPT) accept = Math.max(accept, before.lastIndexOf(a));
  // `接受A辞去P职务的请求，B辞去Q职务的请求`: one 接受 governs the requests that follow it.
  const continues = accept < 0 && ctx.lastAccepted && (fragment.endsWith('请求') || fragment.endsWith('职务'));
  if (accept < 0 && !continues) return ctx.prose && !GIVEN_REASON.test(ctx.previousFragment) ? readReported(fragment, at, word) : null;
  // `接受A辞去P1职务、B辞去P2职务的请求`: one 接受 over several requests joined by 、 (or 以及).
  if (accept >= 0) {
    const chained = readChain(fragment.slice(accept + 2).replace(ACCEPTED_LEAD, '').replace(REQUEST_END, ''), ctx);
    if (chained) return chained;
  }
  const subject = requester((accept < 0 ? before : before.slice(accept + 2)).replace(ACCEPTED_LEAD, ''));
  // `决定接受他辞去…`: a pronoun for the person the text just named.
  const persons = PRONOUNS.has(subject) ? (ctx.mentioned.length > 0 ? ctx.mentioned : null) : readPersonList(subject);
  const post = cutAtDuty(fragment.slice(at + word.length));
  if (!persons || persons.length === 0 || post.length === 0) return null;
  ctx.lastAccepted = true;
  return { type: 'remove', persons, posts: post };
};

/**
 * A news item reporting what happened: `3月25日，A辞去P职务，B任代理P`. Only the whole clause in that
 * shape — names, 辞去, a post ending in 职务 — is read: a request (`A申请辞去…`, `A辞去P职务的请求`)
 * or a reason (`A因…辞去`, `因工作调整，A辞去…`) is the person's own act, and leaves who decided and
 * whether it was accepted unsaid.
 */
const GIVEN_REASON = /^(?:因|由于|由於|鉴于|鑒於|为了|為了)/;

function readReported(fragment: string, at: number, word: string): Reading | null {
  if (!/(?:职务|職務)$/.test(fragment)) return null;
  const persons = readPersonList(fragment.slice(0, at));
  const post = cutAtDuty(fragment.slice(at + word.length));
  return persons && post.length > 0 && !post.includes('的') ? { type: 'remove', persons, posts: post } : null;
}

/** `…的辞呈`, `…的请求`: what the body accepted, after the posts. */
const REQUEST_END = /的(?:辞职)?(?:辞呈|辭呈|请求|請求|申请|申請)$/;

/** Where the next request of a chain begins: after a post's 职务 and 、, or at 以及/及/和 before names. */
const NEXT_REQUEST = /(?<=[职職][务務])、|(?<=[职職][务務]|[员員长長任记記])(?:以及|及|和)(?=[^，。；]{2,40}?[辞辭]去)/;

function readChain(text: string, ctx: Parameters<FragmentReader>[1]): Reading[] | null {
  const parts = text.split(NEXT_REQUEST);
  if (parts.length < 2) return null;
  const readings: Reading[] = [];
  for (const part of parts) {
    const at = Math.max(part.indexOf('辞去'), part.indexOf('辭去'));
    if (at < 2) return null;
    const persons = readPersonList(requester(part.slice(0, at)));
    const post = cutAtDuty(part.slice(at + 2));
    if (!persons || post.length === 0) return null;
    readings.push({ type: 'remove', persons, posts: post });
  }
  ctx.lastAccepted = true;
  return readings;
}
