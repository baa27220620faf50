import { describedPerson, isPersonName, readPersonList, splitNameRun } from '../lexicon/person-name.util';
import { endsAsBody, endsWithTitle, isLaterRowTitle, isPostLike, organisationPrefix, startsWithRowTitle } from '../lexicon/organisation.lexicon';
import { outsideBrackets } from '../text/brackets.util';
import type { FragmentReader, ReaderContext, Reading } from './reader.types';
import { cutAtDuty } from './subject.util';
import { withoutLinkingDe } from '../text/post-text.util';

/**
 * The post before its holders:
 * - `P由A接任`, `P一职由A、B担任`, `P由A出任` — the post is the subject, the people follow 由;
 * - `上述两职务由A兼任` — the posts the sentence just removed people from;
 * - `任命P1 A，P2 B、C` — a list that names each post and then who holds it, the decision word
 *   once at its head (or a `任命：` header above it); a later post without an organisation takes
 *   the first one's (done where posts are expanded).
 */
const TAKE_OVER = /由(.{2,40}?)(?:接任|担任|擔任|出任|继任|繼任)$/;
const STATES_WHO = /分别是|分別是|分别为|分別為|是/;
const TOLD_WHEN = /^(?:昨天|今天|昨日|今日|日前|近日|同时|同時|此外|另外)?(?:新增|新任)?/;
const POST_OF = /(?:一职|一職|职务|職務)$/;

/** `上述两职务由C兼任`: the posts the sentence removed people from, now held by C. */
const ABOVE_POSTS = /^(?:上述|以上|前述)(?:[两二三四五六\d][个項项]?)?(?:职务|職務)(?:均|都)?由(.{2,40}?)(?:兼任|接任|担任|擔任|出任|继任|繼任)$/;

/** `此次新聘参事为A、B、C`, `续聘的馆员是A、B`: the post, then 为/是/有, then the people. */
// `新委任的成员包括A、B和C`: 包括 lists them as 是 does.
const ROSTER_SENTENCE = /^(?:此次|本次|这次|今年|同时)?(?:新聘任?|续聘|新任命|新委任|聘任|聘请)的?([^，为是有]{2,24}?)(?:[为是有]|包括)：?([^为]+)$/;

const NEXT_ROSTER_POST = /^([^，为是有]{2,24})[是为]：?([^为是]+)$/;

/** `P1由A出任、P2由B出任`: one clause after another, joined by 、. */
const NEXT_TAKE_OVER = /(?<=接任|担任|擔任|出任|继任|繼任)、(?=[^、，]{2,30}由)/;

export const readPostFirst: FragmentReader = (fragment, ctx) => {
  if (fragment.includes('由') && NEXT_TAKE_OVER.test(fragment)) {
    const readings: Reading[] = [];
    for (const part of fragment.split(NEXT_TAKE_OVER)) {
      const read = readPostFirstOne(part, ctx);
      if (read === null || Array.isArray(read)) return null;
      readings.push(read);
    }
    return readings;
  }
  return readPostFirstOne(fragment, ctx);
};

function readPostFirstOne(fragment: string, ctx: ReaderContext): Reading | Reading[] | null {
  const roster = ROSTER_SENTENCE.exec(fragment);
  if (roster && endsWithTitle(roster[1])) {
    const persons = readPersonList(roster[2].replace(/(?:等|共)?[\d一二三四五六七八九十]{1,4}[人名位]$/, ''), true);
    if (persons) return { type: 'appoint', persons, posts: roster[1] };
  }
  // Under a roster (`聘请的法律顾问是：…；`), `市政府法律顾问助理是A` names the next post and its people.
  const next = ctx.rosterPost !== null ? NEXT_ROSTER_POST.exec(fragment) : null;
  if (next && endsWithTitle(next[1])) {
    const persons = readPersonList(next[2], true);
    if (persons) return { type: 'appoint', persons, posts: next[1] };
  }
  const above = ABOVE_POSTS.exec(fragment);
  if (above && ctx.removedPosts.length > 0) {
    const persons = readPersonList(above[1], true);
    if (persons) return { type: 'appoint', persons, posts: [...new Set(ctx.removedPosts)].join('、') };
  }
  const taken = TAKE_OVER.exec(fragment);
  if (taken) {
    // `昨天新增衛福部長由A擔任`, `數位發展部長將由B接任`: when the story says it, not the post's words.
    let post = fragment.slice(0, taken.index).replace(POST_OF, '').replace(/^(?:决定|決定|并|另|包括|其中)/, '').replace(TOLD_WHEN, '').replace(/[将將改]$/, '');
    // `某部长A另有任用，（改）由B接任`, `…，新任主委由B接任`: the post the clause before says A left.
    const left = post.length === 0 || namesNoBody(post) ? postLeft(ctx.previousFragment) : null;
    if (left !== null && (post.length === 0 || left.endsWith(post))) post = left;
    // `由A及B担任`; a name may hold 和 itself (`司马清和`), so the text is read as it stands first.
    const persons = post.length >= 2 ? (readPersonList(taken[1], true) ?? readPersonList(taken[1].replace(/及|和/g, '、'), true)) : null;
    if (persons && isPostLike(outsideBrackets(post))) return { type: 'appoint', persons, posts: withoutLinkingDe(post) };
  }
  return readBodyTopic(fragment) ?? readPostPairs(fragment) ?? readListed(fragment, ctx) ?? readRow(fragment, ctx);
}

/** What a clause says of someone leaving: `另有任用`, `卸任`, `请辞`, `因…`. */
const LEAVING = /另有任用|另有任[务務]|卸任|请辞|請辭|辞职|辭職|退休|离任|離任|因/;

/** `陸委會主委張小月另有任用` → `陸委會主委`: the post of the person a clause says is leaving it. */
function postLeft(previous: string): string | null {
  const at = previous.search(LEAVING);
  if (at < 4) return null;
  const head = previous.slice(0, at);
  const name = describedPerson(head);
  const post = name === null ? '' : head.slice(0, head.length - name.length);
  return post.length >= 2 && endsWithTitle(post) ? post : null;
}

/** A title with no body before it (`主委`, `副局长`). */
function namesNoBody(post: string): boolean {
  return post.length <= 5 && endsWithTitle(post) && organisationPrefix(post) === null;
}

/**
 * `体委会副主委为立委A、客委会副主委B、交通部政次C`: a post, 为, its holder, then more pairs each a
 * post and its holder (a name after its title). Read only when every item after the first is such
 * a pair, at least two of them.
 */
const POST_THEN_WEI = /^(?:包括|其中)?([^，为為]{2,20})[为為]([^，]{4,})$/;

function readPostPairs(fragment: string): Reading[] | null {
  const m = POST_THEN_WEI.exec(fragment);
  if (!m || !endsWithTitle(m[1]) || readPersonList(m[1]) !== null) return null;
  const items = m[2].split('、');
  if (items.length < 3) return null;
  const first = readPersonList(items[0]);
  if (!first || first.length !== 1) return null;
  const readings: Reading[] = [{ type: 'appoint', persons: first, posts: m[1] }];
  for (const item of items.slice(1)) {
    const pair = postAndHolder(item);
    if (pair === null) return null;
    readings.push({ type: 'appoint', persons: [pair.name], posts: pair.post });
  }
  return readings;
}

/** `客委会副主委彭某`, `交通部政次李某`: a post (a title, or a body and its short title), then a name. */
function postAndHolder(item: string): { post: string; name: string } | null {
  const described = describedPerson(item);
  if (described !== null) return { post: item.slice(0, item.length - described.length), name: described };
  for (const n of [3, 2]) {
    const name = item.slice(-n);
    const post = item.slice(0, -n);
    if (post.length >= 3 && isPersonName(name) && organisationPrefix(post) !== null) return { post, name };
  }
  return null;
}

/**
 * `某某开发办公室由A同志任主任`: the body is the topic, the person follows 由 and the title the verb;
 * titles in the clauses after it (`B同志兼任副主任`) inherit the body as any bare title does.
 */
const BODY_TOPIC = /^(?:决定|決定)?(.{4,40}?)由(.{2,12}?)(?:任|兼任|担任|擔任|出任)(.{1,8})$/;

function readBodyTopic(fragment: string): Reading | null {
  const m = BODY_TOPIC.exec(fragment);
  if (!m || !endsAsBody(m[1]) || !endsWithTitle(m[3])) return null;
  const persons = readPersonList(m[2], true);
  return persons ? { type: 'appoint', persons, posts: m[1] + m[3] } : null;
}

/**
 * A table row under a block header: `王某某市财政局局长` under `任命：` (the name, then the post, as
 * a two-column table lays them out), `李某某市财政局局长职务` under `免去：`.
 */
function readRow(fragment: string, ctx: Parameters<FragmentReader>[1]): Reading | null {
  if (ctx.mode === null || ctx.column === null || ctx.column >= fragment.length) return null;
  const persons = readPersonList(fragment.slice(0, ctx.column), true);
  const post = cutAtDuty(fragment.slice(ctx.column));
  return persons && endsWithTitle(outsideBrackets(post)) ? { type: ctx.mode, persons, posts: post } : null;
}

const APPOINTING = /^(?:决定)?(?:任命|聘任|委任|聘请|续聘)/;
const DECISION_INSIDE = /任命|聘任|委任|聘请|续聘|委派/;

function readListed(fragment: string, ctx: ReaderContext): Reading | Reading[] | null {
  const verb = APPOINTING.exec(fragment);
  // Without its own decision word a fragment continues a list only after one (`，P2 B、C`).
  if (!verb && ctx.carried !== 'appoint' && ctx.mode !== 'appoint') return null;
  const rest = verb ? fragment.slice(verb[0].length) : fragment;
  if (/[为為的]|职务$/.test(rest)) return null;
  // A decision word inside the rest (`并委任两名新成员D及E`) makes it no post: another form reads it.
  if (DECISION_INSIDE.test(rest)) return null;
  // Without a decision word of its own, only names with a known surname: a signature
  // (`青禾市人民政府`) must not read as a post and a name.
  return rowOfPosts(rest) ?? (ctx.rosterPost !== null ? namesThenRow(rest, ctx.rosterPost) : null) ?? postThenNames(rest, verb !== null);
}

/**
 * `某部部长 A 副部长 B`, split at its first space into the roster's post and `A副部长B`: the names
 * of the roster's post, then more groups of the same row, each a title of the same body.
 */
function namesThenRow(text: string, rosterPost: string): Reading[] | null {
  for (let m = 2; m <= Math.min(text.length - 4, MAX_ROW_NAMES); m++) {
    if (!startsWithRowTitle(text.slice(m))) continue;
    const persons = namesAlone(text.slice(0, m));
    const rest = persons ? rowGroups(text, m) : null;
    if (persons && rest !== null) return [{ type: 'appoint', persons, posts: rosterPost }, ...rest];
  }
  return null;
}

/** `A、B` or `AB` run together — names and nothing else (`助理张明` is the end of a post and a name). */
function namesAlone(chunk: string): string[] | null {
  // Names with a listed surname only: a row's words (`代理`) are not to be taken for names.
  const persons = readPersonList(chunk) ?? (chunk.includes('、') ? null : splitNameRun(chunk));
  return persons && persons.join('').length === chunk.replace(/、/g, '').length ? persons : null;
}

const MAX_ROW = 120;
const MAX_ROW_POST = 30;
const MAX_ROW_NAMES = 48;

/**
 * `某省人民政府主席A副主席B、C`: a list's row holding several posts each followed by its holders,
 * the spaces between them lost. The first post names its body; each later one is a title alone,
 * which the first one's body is given where posts are expanded. Read only when the whole row parts
 * into at least two such groups.
 */
export function rowOfPosts(text: string): Reading[] | null {
  if (text.length > MAX_ROW) return null;
  const groups = rowGroups(text, 0);
  return groups !== null && groups.length >= 2 ? groups : null;
}

function rowGroups(text: string, from: number): Reading[] | null {
  const first = from === 0;
  for (let k = from + 2; k <= Math.min(text.length - 2, from + MAX_ROW_POST); k++) {
    const post = text.slice(from, k);
    if (first ? !endsWithTitle(post) : !isLaterRowTitle(post)) continue;
    for (let m = k + 2; m <= Math.min(text.length, k + MAX_ROW_NAMES); m++) {
      // The names end where the next group's title begins (or at the row's end).
      if (m < text.length && !startsWithRowTitle(text.slice(m))) continue;
      const persons = namesAlone(text.slice(k, m));
      if (!persons) continue;
      const rest = m === text.length ? [] : rowGroups(text, m);
      if (rest !== null) return [{ type: 'appoint', persons, posts: post }, ...rest];
    }
  }
  return null;
}

/**
 * `青禾市财政局局长葛云舟` → a post-like start followed by names only. Names with a known surname are
 * tried first (`副市长简书航`, not `副市长简书` + `航`), then any two to four characters.
 */
export function postThenNames(text: string, lenient = true): Reading | null {
  // `2名副秘书长分别是A及B`: a sentence that says who the holders are is no post and names.
  if (STATES_WHO.test(text)) return null;
  for (const loose of lenient ? [false, true] : [false]) {
    for (let k = text.length - 2; k >= 2; k--) {
      const post = text.slice(0, k);
      if (!endsWithTitle(cutAtDuty(outsideBrackets(post)))) continue;
      const persons = readPersonList(text.slice(k), loose);
      if (persons) return { type: 'appoint', persons, posts: post };
    }
  }
  return null;
}
