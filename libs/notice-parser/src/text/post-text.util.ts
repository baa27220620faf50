import { endsAsBody, endsWithTitle, organisationPrefix } from '../lexicon/organisation.lexicon';
import { cutAtDuty } from '../readers/subject.util';
import { charTable } from './normalise.util';

/**
 * A post's text as the event carries it: what a page or a story put around the post's own words
 * taken off (quotation marks, the term, a 的 between body and title, a verb said twice, trailing
 * punctuation), the words themselves left as written.
 */

/** Quotation marks a page puts around a body's name (`「某某委员会」成员`) are not the name's. */
const NAME_QUOTES = /[「」『』“”]/g;
const QUOTE_CHARS = charTable('「」『』“”');

/** `新一任某镇镇长`: the story's word for the term, not the post's. */
// `新成立的科技部长`: what a story says of a body just set up is no part of the post's name.
const NEW_TERM = /^(?:新一任|新一届|新一屆|新任|新成立的|新设立的|新設立的|新组建的|新組建的)(?=.{3})/;
const NEW_TERM_INSIDE = /(?<=.{2})(?:新一任|新一届|新一屆)(?=.{2,6}$)/;

/** `某委员会的主席`: a body and its title joined by 的 (the title short, the body named before it). */
const BODY_OF_TITLE = /^(.{2,}?(?:委员会|委員會|公司|集团|集團|[局署院部]|办公室|辦公室|中心))的(.{1,5})$/;

export function cleanPost(s: string): string {
  // Each rewrite is tried only where its key character occurs: this runs on every post read.
  let post = cutAtDuty(hasAny(s, QUOTE_CHARS) ? s.replace(NAME_QUOTES, '') : s);
  if (post.includes('新')) post = post.replace(NEW_TERM, '').replace(NEW_TERM_INSIDE, '');
  if (post.includes('定')) post = post.replace(DECIDED_ACTING, '');
  if (JOIN_HEADS[post.charCodeAt(0)] === 1) post = post.replace(LEADING_JOIN, '');
  const joined = post.includes('的') ? BODY_OF_TITLE.exec(post) : null;
  if (joined && endsWithTitle(joined[2])) post = joined[1] + joined[2];
  // `调任某大学任校长`: the verb said again after the body.
  const body = post.indexOf('任') > 0 ? organisationPrefix(post) : null;
  if (body !== null && OWN_NAMED_BODY.test(body) && post[body.length] === '任' && endsWithTitle(post.slice(body.length + 1))) post = body + post.slice(body.length + 1);
  let end = post.length;
  while (end > 0 && POST_TRAILERS[post.charCodeAt(end - 1)] === 1) end--;
  // `…决定为代理院长等`: 等 after a title says others were decided too; it is no part of the post.
  if (end > 3 && post[end - 1] === '等' && endsWithTitle(post.slice(0, end - 1))) end--;
  return post.slice(0, end);
}


/** `…，以及保安局局长政治助理`, `其中秘书长…`: the sentence's joining word, never a post's first. */
const LEADING_JOIN = /^(?:以及|及|其中)(?=.{3})/;
const JOIN_HEADS = charTable('以及其');

/** `任命A为某区副区长、决定为代理区长`: the second post's own decision word is no part of it. */
const DECIDED_ACTING = /^[并並]?(?:决定|決定)(?:为|為)?(?=代理)/;

/** A body with a name of its own (`某某大学`), after which `任<title>` repeats the verb. */
const OWN_NAMED_BODY = /^.{2,}(?:大学|大學|学院|學院|公司|集团|集團|银行|銀行|医院|醫院|中学|中學|研究院|研究所)$/;

const POST_TRAILERS = charTable('。；，：');

function hasAny(s: string, table: Uint8Array): boolean {
  for (let i = 0; i < s.length; i++) if (table[s.charCodeAt(i)] === 1) return true;
  return false;
}

/** The kinds of body `该<kind>` points back to (`该局`, `该院`, `该公司`). */
const THAT_BODY = /^该(公司|集团|委员会|中心|[局院校部厅所署会办])/;

/**
 * `该局副局长` → `行政公职局副局长`: the latest body of that kind the text names before the post, with
 * the post's title; null when it names none.
 */
export function resolveThatBody(post: string, text: string): string | null {
  const m = THAT_BODY.exec(post);
  if (!m) return null;
  const before = text.slice(0, Math.max(0, text.indexOf(post)));
  for (let at = before.lastIndexOf(m[1]); at > 0; at = before.lastIndexOf(m[1], at - 1)) {
    const end = at + m[1].length;
    let from = end;
    while (from > 0 && end - from < MAX_THAT_BODY && /[\u4e00-\u9fff]/.test(before[from - 1]) && !/[的在于为是则了，]/.test(before[from - 1])) from--;
    // The body's own name starts where a title or description before it ends (`原…代副局长` is not it).
    const body = organisationPrefix(before.slice(from, end) + post.slice(m[0].length));
    const tail = body !== null && before.slice(from, end).endsWith(body) ? body.replace(STORY_LEAD, '') : null;
    if (tail !== null && tail.length > m[1].length) return tail + post.slice(m[0].length);
  }
  return null;
}

const MAX_THAT_BODY = 20;
const STORY_LEAD = /^[而并及原前现]+/;

/**
 * `某市政府的秘书长` → `某市政府秘书长`, `上诉委员团的主席及副主席` → `上诉委员团主席及副主席`: a
 * story's 的 between a body and its title is not the post's.
 */
export function withoutLinkingDe(post: string): string {
  const de = post.indexOf('的');
  if (de < 3 || post.indexOf('的', de + 1) >= 0) return post;
  const title = post.slice(de + 1);
  const first = title.split(/[及和、]/)[0];
  return endsAsBody(post.slice(0, de)) && first.length <= 5 && endsWithTitle(first) ? post.slice(0, de) + title : post;
}
