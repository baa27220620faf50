import type { EventSource, ParsedEvent } from '../notice.types';
import { endsWithTitle, inheritOrganisation, isBareTitle, isPostLike, organisationOrPlace, organisationPrefix, sharedTitle } from '../lexicon/organisation.lexicon';
import { isPersonName } from '../lexicon/person-name.util';
import type { Reading } from '../readers/reader.types';
import { cutAtDuty } from '../readers/subject.util';
import { cleanPost } from '../text/post-text.util';
import { firstTopLevel, indexOfTopLevel, outsideBrackets, splitBrackets, splitTopLevel } from '../text/brackets.util';
import { readSmallNumber } from '../text/chinese-date.util';
import { append } from '../text/list.util';
import { charTable } from '../text/normalise.util';

/**
 * Step 5 (refine): a reading's post text becomes posts. `P1、P2` gives P2 the organisation of P1
 * when P2 names only a title; brackets after a post carry its probation, rank, precedence or the
 * posts held concurrently — and each concurrent post is also an event of its own.
 */

interface PostSegment {
  post: string;
  probationMonths: number | null;
  rank: string | null;
  precedenceAfter: string | null;
  concurrent: string[];
  /** Bracket notes that are none of the above (`（挂职时间一年）`): kept for the unread report. */
  unread: string[];
}

const MAX_POST_LENGTH = 80;

/**
 * A post's text that tells a story rather than names a post: another decision inside it (`…的主席A
 * 接替B为P`), when it takes effect or a clock time (`任期4月1日生效(11:15)`), a source (`据…报道`),
 * or a time word at its end (`…大使目前`). Such a text was cut wrongly; it is reported, not read.
 */
function narrates(post: string): boolean {
  return NARRATION.test(post) || TIME_AT_END.test(post) || endsWithPerson(post) || namesWhoTakes(post);
}

/** `…杜某某任副省长`: a name and 任 inside a post is another clause (任 after 主, 兼, 担 and the like is not). */
function namesWhoTakes(post: string): boolean {
  for (let i = post.indexOf('任', 2); i >= 2; i = post.indexOf('任', i + 1)) {
    if (post[i + 1] === '何') continue;
    if (NOT_A_VERB_BEFORE.has(post[i - 1])) continue;
    if (isPersonName(post.slice(i - 2, i)) || (i >= 3 && isPersonName(post.slice(i - 3, i)))) return true;
  }
  return false;
}
const NOT_A_VERB_BEFORE = new Set([...'主责責兼担擔出接继繼现現离離卸专專聘委信新历歷首前原留连連续續调調改转轉升选選再常无無在一二三四五六七八九十两兩']);

// `徐某同志某市副市长`, `等9人原任…`: a person or a count of people is no part of a post.
const NARRATION = /接替|接任|當選|当选|出任|生效|报道|報道|据悉|據悉|同志|^等[\d一二三四五六七八九十]|\d{1,2}[:：]\d{2}|\d{1,2}月\d{1,2}日/;
const TIME_AT_END = /(?:目前|此前|日前|近日|现在|現在)$/;

/**
 * `某部部长助理郭某`: a title, then a name with a listed surname, where the next person of a list was
 * run into the post. Only where the text does not itself end in a title (`…总经理`, `…委员`).
 */
function endsWithPerson(post: string): boolean {
  if (post.length < 6 || endsWithTitle(post)) return false;
  for (const n of [2, 3]) {
    const name = post.slice(-n);
    if (isPersonName(name) && endsWithTitle(post.slice(0, -n))) return true;
  }
  return false;
}
const CONCURRENT_MARKS = new Set(['兼', '兼任', '兼职', '兼職']);

export interface Expanded {
  events: ParsedEvent[];
  /** The first post the reading names, for a later clause of the same sentence to inherit from. */
  firstPost: string | null;
  /** What of the post text was not understood: bracket notes of no known kind, posts too long to be one. */
  unread: readonly string[];
}

export function expandReading(reading: Reading, previousFirst: string | null, clause: EventSource): Expanded {
  const { segments, unread } = cachedSegments(reading.posts, previousFirst);
  // One source object for all the reading's events.
  const source: EventSource = reading.reader ? { line: clause.line, text: clause.text, reader: reading.reader, span: reading.span } : clause;
  let events: ParsedEvent[] = [];
  for (const person of reading.persons) {
    for (const seg of segments) {
      // A deputy's seat in a congress is a mandate, not a post anyone appoints to or removes from.
      if (isMandate(seg.post)) continue;
      events = append(events, event(reading, person, seg.post, seg, seg.concurrent.length === 0 ? [] : seg.concurrent.slice(), source));
      for (const post of seg.concurrent) {
        const inherited = { probationMonths: seg.probationMonths, rank: null, precedenceAfter: null };
        events.push(event(reading, person, post, inherited, [], source));
      }
    }
  }
  return { events, firstPost: segments[0]?.post ?? null, unread };
}

function event(
  reading: Reading,
  person: string,
  position: string,
  attrs: Pick<PostSegment, 'probationMonths' | 'rank' | 'precedenceAfter'>,
  concurrent: string[],
  source: EventSource,
): ParsedEvent {
  return {
    type: reading.type,
    person,
    position,
    probationMonths: attrs.probationMonths,
    rank: attrs.rank,
    precedenceAfter: attrs.precedenceAfter,
    concurrent,
    effectiveOn: reading.effectiveOn ?? null,
    source,
  };
}

/** The posts of a reading, and what of its text was not understood (gathered here, once). */
/** The segments read so far from a reading's post text (most hold one post and nothing unread). */
interface SegmentList {
  segments: PostSegment[];
  unread: string[];
  /** Posts after 兼 that name their own office (they do not inherit the first post's). */
  ownNamed: PostSegment[];
}

/**
 * readSegments' results so far, by the post inherited from and then the post text. A gazette names
 * the same posts again and again (a county's bureaus, its schools, its hospitals), and reading one
 * is the costliest part of a clause: the lexicon's look-ups, brackets, inheritance. The result is a
 * function of the two strings, and it is never changed after it is made (events copy what they
 * keep). Two tables rather than one joined key: joining would build a string to hash on every
 * clause. Bounded: cleared when full.
 */
type Segments = Readonly<{ segments: readonly PostSegment[]; unread: readonly string[] }>;
const segmentCache = new Map<string, Map<string, Segments>>();
let cachedCount = 0;
const MAX_CACHED_SEGMENTS = 20_000;
/** Longer post texts are rare and seldom repeated: not worth a key. */
const MAX_CACHED_POSTS = 120;

function cachedSegments(posts: string, previousFirst: string | null): Segments {
  if (posts.length > MAX_CACHED_POSTS) return readSegments(posts, previousFirst);
  const under = previousFirst ?? '';
  let table = segmentCache.get(under);
  let read = table?.get(posts);
  if (read === undefined) {
    if (cachedCount >= MAX_CACHED_SEGMENTS) {
      segmentCache.clear();
      cachedCount = 0;
      table = undefined;
    }
    if (table === undefined) {
      table = new Map();
      segmentCache.set(under, table);
    }
    read = readSegments(posts, previousFirst);
    table.set(posts, read);
    cachedCount++;
  }
  return read;
}

function readSegments(written: string, previousFirst: string | null): { segments: PostSegment[]; unread: string[] } {
  const posts = bodiesJoined(written);
  const groups = splitJoinedPosts(posts);
  if (groups.length === 1) return readGroup(posts, previousFirst);
  // `某公司党委书记和某市委常委、委员`: each side of 和 is a list of its own, inheriting within itself.
  const out: { segments: PostSegment[]; unread: string[] } = { segments: [], unread: [] };
  for (const [k, group] of groups.entries()) {
    const read = readGroup(group, k === 0 ? previousFirst : null);
    out.segments.push(...read.segments);
    out.unread.push(...read.unread);
  }
  return out;
}

/** `某院第一附属医院和第一临床医学院院长`: two bodies joined by 和 that share the title, as by 、. */
function bodiesJoined(posts: string): string {
  for (const joint of ['和', '及']) {
    const at = posts.indexOf(joint);
    if (at < 3) continue;
    const right = posts.slice(at + 1);
    if (sharedTitle([posts.slice(0, at), outsideBrackets(cutAtDuty(firstTopLevel(right, '、') ?? ''))]) !== null) return `${posts.slice(0, at)}、${right}`;
  }
  return posts;
}

/** Words that join two posts (each perhaps a list) in one clause. */
const POST_JOINTS = ['和', '及', '以及'];

/** The post text cut at each 和/及 that has a whole post on both sides (not `人力资源和社会保障局`). */
function splitJoinedPosts(posts: string): string[] {
  if (posts.indexOf('和') < 0 && posts.indexOf('及') < 0) return [posts];
  const groups: string[] = [];
  let from = 0;
  for (let at = nextJoint(posts, 0); at >= 0; at = nextJoint(posts, at + 1)) {
    const joint = POST_JOINTS.find((j) => posts.startsWith(j, at));
    if (!joint || indexOfTopLevel(posts, joint, at) !== at) continue;
    const left = outsideBrackets(posts.slice(from, at));
    const right = outsideBrackets(firstTopLevel(posts.slice(at + joint.length), '、') ?? '');
    if (!(endsWithTitle(left) || isMandate(left)) || !endsWithTitle(cutAtDuty(right))) continue;
    groups.push(posts.slice(from, at));
    from = at + joint.length;
  }
  groups.push(posts.slice(from));
  return groups;
}

/** The next 和 or 及 (以及 is found by its 以: checked where the joint is matched). */
function nextJoint(posts: string, from: number): number {
  const candidates = [posts.indexOf('和', from), posts.indexOf('及', from), posts.indexOf('以及', from)].filter((i) => i >= 0);
  return candidates.length === 0 ? -1 : Math.min(...candidates);
}

function readGroup(posts: string, previousFirst: string | null): { segments: PostSegment[]; unread: string[] } {
  const list: SegmentList = { segments: [], unread: [], ownNamed: [] };
  const items = sharedTails(splitTopLevel(posts, '、'));
  for (const listed of posts.indexOf('代理') < 0 ? items : items.flatMap(splitActing)) {
    if (listed.indexOf('兼') < 0) {
      readInto(list, listed, false);
      continue;
    }
    for (const { part, concurrent } of splitConcurrent(listed)) readInto(list, part, concurrent);
  }
  // A deputy's mandate listed first (`某区人大代表、人事工作委员会委员`) is no post, nor the
  // organisation of the titles after it.
  const held = list.segments.some((seg) => isMandate(seg.post)) ? list.segments.filter((seg) => !isMandate(seg.post)) : list.segments;
  return finishSegments(held, list.unread, previousFirst, list.ownNamed);
}

/**
 * `市、县人大代表`: a place's marker alone shares the rest of the next item (`市人大代表`).
 * `某市财政局、审计局局长`: bodies listed before the last post share its title.
 */
function sharedTails(items: string[]): string[] {
  if (items.length >= 2) {
    const head = items.slice(0, -1);
    const shared = head.every((item) => item === outsideBrackets(item)) ? sharedTitle([...head, outsideBrackets(items[items.length - 1])]) : null;
    if (shared !== null) return items.map((item, k) => (k < items.length - 1 ? item + shared : item));
  }
  if (!items.some((item) => item.length === 1)) return items;
  return items.map((item, k) => {
    const next = items[k + 1];
    if (item.length !== 1 || PLACE_ONLY[item.charCodeAt(0)] !== 1 || next === undefined || PLACE_ONLY[next.charCodeAt(0)] !== 1) return item;
    return item + next.slice(1);
  });
}

const PLACE_ONLY = charTable('省市县区乡镇州縣區鄉鎮');


function readInto(list: SegmentList, part: string, concurrent: boolean): void {
  const seg = readSegment(part);
  // `兼外交部长`: short, but naming its own ministry, so it inherits nothing.
  if (concurrent && (seg.post.length > MAX_CONCURRENT_TITLE || organisationPrefix(seg.post) !== null)) list.ownNamed = append(list.ownNamed, seg);
  for (const u of seg.unread) list.unread = append(list.unread, u);
  const last = list.segments[list.segments.length - 1];
  // `P（试用期一年）、（副县级）` — a bracket standing alone belongs to the post before it.
  if (seg.post.length === 0 && last) mergeAttributes(last, seg);
  else if (seg.post.length > 0 && seg.post.length <= MAX_POST_LENGTH && !narrates(seg.post)) list.segments = append(list.segments, seg);
  else if (seg.post.length > 0) list.unread = append(list.unread, part);
}

function finishSegments(
  segments: PostSegment[],
  unread: string[],
  previousFirst: string | null,
  ownNamed: PostSegment[],
): { segments: PostSegment[]; unread: string[] } {
  if (segments.length === 0) return { segments, unread };
  // From another reading only a title that names no organisation inherits (`B为副局长`); `中级法院法官`
  // after `A出任终审法院法官` keeps its own.
  const lead = segments[0].post;
  if (previousFirst && isBareTitle(lead, previousFirst) && (organisationPrefix(lead) === null || isSubBody(lead))) {
    segments[0].post = inheritOrganisation(lead, previousFirst);
  }
  const first = segments[0];
  for (let k = 1; k < segments.length; k++) {
    if (!ownNamed.includes(segments[k])) segments[k].post = inheritOrganisation(segments[k].post, first.post);
  }
  for (const seg of segments) {
    for (let k = 0; k < seg.concurrent.length; k++) seg.concurrent[k] = inheritOrganisation(seg.concurrent[k], seg.post);
  }
  // `P1、P2（试用期一年）`: a probation written once at the end covers every post of the list.
  const probation = segments[segments.length - 1].probationMonths;
  for (const seg of segments) seg.probationMonths ??= probation;
  return { segments, unread };
}

/** A body inside the organisation named before (`院务委员会`, `审判委员会`, `党组`), not one of its own. */
const SUB_BODY = /^(?:[院校局部厅所处会]务|党[委组]|党工委|审判委员会|检察委员会|学术委员会)/;

function isSubBody(post: string): boolean {
  return SUB_BODY.test(post);
}

/**
 * `医学部副部长兼教学管理处处长`: two posts, each an appointment. The second keeps its own name
 * unless it is only a short title (`副市长兼秘书长`), which then inherits like a list item.
 */
function splitConcurrent(part: string, concurrent = false): { part: string; concurrent: boolean }[] {
  const at = indexOfTopLevel(part, '兼');
  if (at < 2) return [{ part, concurrent }];
  const left = part.slice(0, at);
  const right = part.slice(at + 1).replace(/^任/, '');
  if (!isPostLike(outsideBrackets(left)) || !isPostLike(cutAtDuty(outsideBrackets(right)))) return [{ part, concurrent }];
  return [{ part: left, concurrent }, ...splitConcurrent(right, true)];
}

/**
 * `某省副主席代理主席`, `某市副市长代理市长`: the deputy's post and, by its side, the acting head's
 * (`代理主席`, a bare title that inherits the organisation like a list item).
 */
function splitActing(part: string): string[] {
  const at = indexOfTopLevel(part, '代理');
  if (at < 2) return [part];
  const left = part.slice(0, at);
  const right = part.slice(at + 2);
  // `天津市委代理书记` is one post: what stands before 代理 must itself end in a title.
  if (right.length > MAX_CONCURRENT_TITLE || !endsWithTitle(outsideBrackets(left)) || !isPostLike(cutAtDuty(outsideBrackets(right)))) return [part];
  return [left, part.slice(at)];
}

/** A post after 兼 longer than this names its own office (`教学管理处处长`); shorter, a title (`秘书长`). */
const MAX_CONCURRENT_TITLE = 4;

function mergeAttributes(into: PostSegment, from: PostSegment): void {
  into.probationMonths ??= from.probationMonths;
  into.rank ??= from.rank;
  into.precedenceAfter ??= from.precedenceAfter;
  into.concurrent.push(...from.concurrent);
}

/**
 * `代理某市人民政府市长`: the acting title is written, as the conventions write it, after the
 * organisation (`某市人民政府代理市长`).
 */
function actingAfterOrganisation(post: string): string {
  if (!post.startsWith('代理')) return post;
  const org = organisationOrPlace(post.slice(2));
  return org === null ? post : `${org}代理${post.slice(2 + org.length)}`;
}

function readSegment(part: string): PostSegment {
  const { text, groups } = postBrackets(part);
  const seg: PostSegment = {
    post: actingAfterOrganisation(cleanPost(text)),
    probationMonths: null,
    rank: null,
    precedenceAfter: null,
    concurrent: [],
    unread: [],
  };
  for (const g of groups) readBracket(g, seg);
  return seg;
}

/**
 * A post's own text and its bracket notes. A bracket with more of the name after it is part of the
 * name (`某某矿业（集团）有限公司总经理`, `某某大学（筹）校长`) and stays; one after the title
 * (`（试用期一年）`, `（副县级）`, `（Q1、Q2）`) is a note. An abbreviation a page inserted
 * (`（简称某某）`) is neither: it is dropped.
 */
function postBrackets(part: string): { text: string; groups: string[] } {
  if (part.indexOf('（') < 0) return splitBrackets(part);
  let text = '';
  const groups: string[] = [];
  let from = 0;
  for (let open = part.indexOf('（'); open >= 0; open = part.indexOf('（', from)) {
    const close = closingBracket(part, open);
    const inner = part.slice(open + 1, close);
    const rest = part.slice(close + 1);
    text += part.slice(from, open);
    from = Math.min(part.length, close + 1);
    if (ABBREVIATION.test(inner) || shortens(inner, text)) continue;
    if (cleanPost(outsideBrackets(rest)).length > 0 && !isNote(inner)) text += part.slice(open, from);
    else groups.push(inner);
  }
  return { text: text + part.slice(from), groups };
}

const ABBREVIATION = /^(?:简称|簡稱|以下简称|以下簡稱)/;

function closingBracket(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '（') depth++;
    else if (s[i] === '）' && --depth === 0) return i;
  }
  return s.length;
}

/** A bracket that says something of the post rather than naming part of it. */
function isNote(inner: string): boolean {
  return /试用期|試用期|[级級]$|^[列排].*[后後]$|^兼/.test(inner);
}

/**
 * `某某咨询委员会（咨询委员会）成员`: a bracket holding a shorter form of the name before it, in
 * the same order, is the abbreviation a notice defines, not part of the post.
 */
function shortens(inner: string, before: string): boolean {
  if (inner.length < 2 || inner.length >= before.length - 1) return false;
  let at = 0;
  for (const ch of inner) {
    at = before.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

function readBracket(group: string, seg: PostSegment): void {
  const g = group.trim();
  // `（正科级，试用期一年）`: several notes in one bracket.
  if ((g.includes('，') || g.includes('；')) && (g.includes('试用期') || g.includes('試用期') || g.endsWith('级'))) {
    for (const part of splitTopLevel(g, '，；')) readBracket(part, seg);
    return;
  }
  if (g.includes('试用期') || g.includes('試用期')) {
    seg.probationMonths = probationMonths(g);
    return;
  }
  const precedence = readPrecedence(g);
  if (precedence) {
    seg.precedenceAfter = precedence;
    return;
  }
  if ((g.endsWith('级') || g.endsWith('級')) && g.length <= 6 && !g.includes('、')) {
    seg.rank = g;
    return;
  }
  // `（兼）`: the post is held besides another — nothing for the event to carry.
  if (CONCURRENT_MARKS.has(g)) return;
  const items = splitTopLevel(g, '、，').map(cleanPost);
  if (items.length > 0 && items.every(isPostLike)) seg.concurrent.push(...items);
  else if (g.length > 0) seg.unread.push(g);
}

/** `列潘玉峰之后`, `排在马建勋同志之后`, `列X后`. */
function readPrecedence(g: string): string | null {
  if (!(g.startsWith('列') || g.startsWith('排'))) return null;
  if (!(g.endsWith('后') || g.endsWith('後'))) return null;
  let name = g.slice(1, -1);
  if (name.startsWith('在')) name = name.slice(1);
  if (name.endsWith('之')) name = name.slice(0, -1);
  if (name.endsWith('同志')) name = name.slice(0, -2);
  return name.length >= 2 && name.length <= 8 ? name : null;
}

/** `试用期一年` → 12, `试用期为六个月` → 6, `试用期半年` → 6, `试用期一年半` → 18. */
export function probationMonths(g: string): number | null {
  const at = Math.max(g.indexOf('试用期'), g.indexOf('試用期'));
  let rest = g.slice(at + 3);
  if (rest.startsWith('为') || rest.startsWith('為')) rest = rest.slice(1);
  if (rest.startsWith('半年')) return 6;
  const year = rest.indexOf('年');
  if (year > 0) {
    const n = rest[0] === '两' || rest[0] === '兩' ? 2 : readSmallNumber(rest.slice(0, year));
    if (Number.isNaN(n)) return null;
    return n * 12 + (rest.slice(year + 1).startsWith('半') ? 6 : 0);
  }
  const month = rest.search(/[个個]?月/);
  if (month > 0) {
    const n = rest[0] === '两' || rest[0] === '兩' ? 2 : readSmallNumber(rest.slice(0, month));
    return Number.isNaN(n) ? null : n;
  }
  return null;
}


/** `某省第十三届人民代表大会代表`, `市人大代表`: a deputy's mandate (it ends by 代表资格终止, not removal). */
function isMandate(post: string): boolean {
  // Every mandate ends in 代表: most posts are ruled out by their last character alone.
  return post.endsWith('代表') && MANDATE.test(post);
}

const MANDATE = /(?:人民代表大会|人大)代表$/;
