import { endsAsBody, endsWithTitle, isLaterRowTitle, isPostLike, organisationPrefix } from '../lexicon/organisation.lexicon';
import { readPersonList } from '../lexicon/person-name.util';
import { postThenNames, rowOfPosts } from '../readers/post-first.reader';
import type { BlockMode, ReaderContext, Reading } from '../readers/reader.types';
import { firstTopLevel, outsideBrackets } from '../text/brackets.util';
import { speaksOfDecisionNotTaken } from '../text/decision-kind.util';
import type { PieceKind } from './report-unread.step';
import { Piece, isBodyLine, isFolded, slicePiece, unfoldInPiece } from './split-clauses.step';

/**
 * Step 5, the headers a clause stands under: block headers (`任命：`, `免去：`), rosters (`新聘的馆员
 * 是：`, `某某委员会委员：`), lists a sentence announces (`决定聘请下列人员担任P。名单如下：`), and the
 * fuller post a bare title of such a list stands for (`聘任的参事有：` after `为市政府参事`).
 */

const APPOINT_HEADERS = ['任命', '聘任', '聘用', '任命为', '委任', '聘请', '续聘'];
/**
 * `根据国务院总理的提名，决定：` heads what was decided, a list in which a line may be no more than
 * `A兼P`; not `…于某日的决定：`, which cites a decision (its signature may follow the list).
 */
const DECIDED_HEADER = /(?:^|，)(?:会议|會議|大会|大會)?(?:决定|決定)(?:如下)?$/;
const REMOVE_HEADERS = ['免去', '免职', '免職', '解聘'];
export const DECISION_WORDS = ['决定', '決定', '任免', '任命', '免去', '聘任', '解聘', '免職', '免职'];

/** `当天新聘的15位馆员是：`: a roster of the people a decision named, all to one post. */
const ROSTER_HEADER =
  /(?:(?:新聘|新任命|新委任|聘任|聘请|聘用|续聘|任命|委任)的|新聘任?|续聘)(?:[\d一二三四五六七八九十百]{1,4}[位名])?(.{2,30}?)(?:[是为有]|名单如下|如下)$/;

/** What a roster header may name that is no post: `新聘人员如下`. */
const NO_ROSTER_POST = /^(?:人员|人員|同志|干部|幹部|名单|名單)$/;

/**
 * `…成员包括三名当然成员及十五名非官守成员。非官守成员名单如下：` after a decision reported: the
 * members' title alone heads the roster (its body is the one the story named).
 */
const MEMBERS_HEADER = /^((?:非官守|官守|当然|當然)?(?:成员|成員|委员|委員))(?:名单|名單)如下$/;

/** The sentences just before say someone was appointed (not merely that a body has members). */
function appointedJustBefore(earlier: Piece[]): boolean {
  return earlier.some((p) => APPOINTING_WORDS.some((w) => p.text.includes(w)));
}

const APPOINTING_WORDS = ['委任', '任命', '出任', '聘任'];

/** `公布「某某委员会」的成员名单`: a body's name a story puts in quotes. */
const QUOTED_BODY = /[「“]([^「」“”，。；：]{3,40})[」”]/g;

/** The last body the piece names in quotes, in the piece's own script; null when none. */
export function quotedBody(piece: Piece): string | null {
  const text = piece.text;
  if (text.indexOf('「') < 0 && text.indexOf('“') < 0) return null;
  let found: string | null = null;
  for (const m of text.matchAll(QUOTED_BODY)) if (endsAsBody(m[1])) found = m[1];
  return found === null ? null : unfoldInPiece(piece, found);
}

/** `选举自治区人民政府委员会成员：`: the body an assembly elected, heading the titles that follow. */
const ELECTED_MEMBERS = /(?:选举|選舉|选出|選出)(?:产生|產生)?了?([^，。；：]{3,30}?)的?(?:组成人员|組成人員|成员|成員)(?:名单|名單)?(?:如下)?$/;

/** `被罢免的人大常委有：`: the post those named after it were removed from. */
const REMOVED_ROSTER = /(?:被罢免|被免去|被撤销|被免职|被罷免|被撤銷)(?:职务|職務)?的(?:还有)?([^，：；。]{2,24}?)[有是为為]$/;
/** `撤销三位部长的职务`, `免去下列人员的职务`: a list of people, each with the post they lose. */
const DESCRIBED_REMOVALS = /(?:撤销|撤銷|免去|罢免|罷免|免除)[^，：；。]{0,12}?(?:下列|以下|[\d一二三四五六七八九十]{1,3}[位名个個])[^，：；。]{0,8}?的?(?:职务|職務)$/;

function readRemovalHeader(piece: Piece, ctx: ReaderContext): boolean {
  const text = piece.text;
  const removed = REMOVED_ROSTER.exec(text);
  if (removed !== null && endsWithTitle(removed[1])) {
    ctx.removedRoster = unfoldInPiece(piece, removed[1]);
    ctx.rosterPost = null;
    ctx.decided = true;
    return true;
  }
  if (DESCRIBED_REMOVALS.test(text) && !speaksOfDecisionNotTaken(text)) {
    ctx.describedRemovals = true;
    ctx.decided = true;
    return true;
  }
  return false;
}

export function readHeaderPiece(piece: Piece, ctx: ReaderContext, earlier: Piece[]): PieceKind {
  const text = piece.text;
  ctx.removedRoster = null;
  ctx.describedRemovals = false;
  if (readRemovalHeader(piece, ctx)) return 'block';
  const members = appointedJustBefore(earlier) ? MEMBERS_HEADER.exec(text) : null;
  if (members !== null && ctx.storyBody !== null) {
    // `非官守成员名单如下：` names the members of the body the story named.
    ctx.rosterPost = ctx.storyBody + unfoldInPiece(piece, members[1]);
    ctx.decided = true;
    return 'block';
  }
  const roster = ROSTER_HEADER.exec(text) ?? members;
  if (roster && isPostLike(roster[1]) && !NO_ROSTER_POST.test(roster[1])) {
    // `新聘任18人为市政府参事。…聘任的参事有：`: a bare title is the fuller post named just before.
    const fuller = namesNoOrganisation(roster[1]) ? (fullerPost(roster[1], earlier) ?? issuersPost(text.slice(0, roster.index), roster[1], piece)) : null;
    // The names come on later lines, perhaps in no folded script: the post is kept in the header's own.
    ctx.rosterPost = fuller ?? (isFolded(piece) ? unfoldInPiece(piece, roster[1]) : roster[1]);
    ctx.decided = true;
    return 'block';
  }
  // `选举自治区人民政府委员会成员：主席：A 副主席：B、C`: the body elected gives its titles a body.
  const elected = ELECTED_MEMBERS.exec(text);
  if (elected !== null && endsAsBody(elected[1]) && !speaksOfDecisionNotTaken(text)) {
    ctx.mode = 'appoint';
    ctx.decided = true;
    ctx.lastPost = `${elected[1]}成员`;
    ctx.lastPiece = piece;
    ctx.rosterPost = null;
    return 'block';
  }
  // `…任命名单` / `华东军政委员会` / `主席 饶某`: a body alone gives the bare titles of its rows a body.
  if (ctx.mode === 'appoint' && isBodyLine(text)) {
    ctx.lastPost = text;
    ctx.lastPiece = piece;
    ctx.rosterPost = null;
    return 'block';
  }
  // `任命：` … `某某委员会委员：A、B、C`: under a decision, a post alone heads the names that hold it.
  if ((ctx.decided || ctx.mode === 'appoint') && ctx.mode !== 'remove' && isPostHeading(text)) {
    ctx.rosterPost = isFolded(piece) ? unfoldInPiece(piece, text) : text;
    return 'block';
  }
  // `政务院总理、副总理、政务委员名单`: a table of who holds the posts it names, the first in full.
  const table = postsTable(text);
  if (table !== null) {
    ctx.mode = 'appoint';
    ctx.decided = true;
    ctx.lastPost = table;
    ctx.lastPiece = piece;
    return 'block';
  }
  // `…任命名单（1949年10月19日）`: the date a heading gives in brackets after itself.
  const heading = text.endsWith('）') ? outsideBrackets(text) : text;
  const mode: BlockMode = endsWithAny(text, APPOINT_HEADERS) || APPOINTED_LIST.test(heading) || DECIDED_HEADER.test(text) ? 'appoint' : endsWithAny(text, REMOVE_HEADERS) ? 'remove' : null;
  if (DECISION_WORDS.some((w) => text.includes(w))) ctx.decided = true;
  if (mode) {
    ctx.mode = mode;
    const members = mode === 'appoint' ? listedBody(text) : null;
    if (members !== null) {
      // Kept folded, as every clause's first post is: the title's event is given back in this piece's script.
      ctx.lastPost = members;
      ctx.lastPiece = piece;
    }
    return 'block';
  }
  return 'header';
}

/** How many clauses before a roster header may name its post in full. */
export const LOOK_BACK = 3;

/**
 * The post `title` as an earlier clause named it in full after its verb (`为市政府参事`), in that
 * clause's script; null when none did.
 */
export function fullerPost(title: string, earlier: Piece[], ofKind = false): string | null {
  for (let k = earlier.length - 1; k >= 0; k--) {
    const text = earlier[k].text;
    for (let at = text.lastIndexOf(title); at > 0; at = text.lastIndexOf(title, at - 1)) {
      const verb = Math.max(text.lastIndexOf('为', at), text.lastIndexOf('為', at));
      // `镇长` inside `副镇长` is another title.
      if (verb < 0 || at - verb > MAX_ORGANISATION_LENGTH || TITLE_PREFIX.includes(text[at - 1]) || inBodyName(text, at + title.length)) continue;
      const post = text.slice(verb + 1, at + title.length);
      // `并为新聘任市政府参事颁发聘书`: a 为 that is a preposition has the verb after it.
      // `为该局副局长`: a post that points back (该, 本) names no body of its own to lend.
      // `会议听取了省人民政府副主席A的报告`: what the story says around a title is not its body.
      if (post.length > title.length && isPostLike(post) && !/[，、聘了]|任命|出任|担任|擔任|调派|听取|聽取|会议|會議|^[该該本此]/.test(post)) return unfoldInPiece(earlier[k], post);
    }
  }
  return namedBody(title, earlier) ?? (ofKind ? bodyOfKind(title, earlier) : null);
}

/** `委员` inside `某某委员会主席` is the body's name going on, not a title. */
function inBodyName(text: string, end: number): boolean {
  return text[end] === '会' || text[end] === '會';
}

/** Characters that make a title another one: `副镇长` is not `镇长`. */
const TITLE_PREFIX = '副代总總常';

/**
 * `上海市某某研究馆馆员聘任仪式举行`: the title as a body's own, named where the story begins — the
 * run of characters before it from the clause's start, when that run ends in a body's name.
 */
function namedBody(title: string, earlier: Piece[]): string | null {
  for (let k = earlier.length - 1; k >= 0; k--) {
    const text = earlier[k].text;
    for (let at = text.lastIndexOf(title); at > 0; at = text.lastIndexOf(title, at - 1)) {
      if (inBodyName(text, at + title.length)) continue;
      // `委任四名某某委员会（简称）新成员`: a short name in brackets and 新 may stand between.
      const end = bodyEndBefore(text, at);
      const from = bodyStart(text, end);
      const body = text.slice(from, end);
      if (body.length > 0 && organisationPrefix(body + title) === body) return unfoldInPiece(earlier[k], body) + unfoldInPiece(earlier[k], title);
    }
  }
  return null;
}

/** Where a body's name before `at` ends, past a 新 and a bracketed short name. */
function bodyEndBefore(text: string, at: number): number {
  let end = at;
  if (text[end - 1] === '新') end--;
  if (text[end - 1] === '）' || text[end - 1] === ')') {
    const open = Math.max(text.lastIndexOf('（', end), text.lastIndexOf('(', end));
    if (open >= 0 && end - open <= MAX_SHORT_NAME) end = open;
  }
  return end;
}

function bodyStart(text: string, end: number): number {
  let from = end;
  while (from > 0 && end - from < MAX_ORGANISATION_LENGTH && !BODY_RUN_STOP.test(text[from - 1])) from--;
  // `委任四名某某委员会`: a count of people ends what stands before the body.
  const counted = COUNT_BEFORE_BODY.exec(text.slice(from, end));
  return counted ? from + counted[0].length : from;
}

const COUNT_BEFORE_BODY = /^.*?[\d一二三四五六七八九十两兩]{1,3}[名位]/;

const MAX_SHORT_NAME = 8;

/**
 * `武汉市文史研究馆作为…` before `六名馆员分别是…` (asked only for a counted roster, whose title must
 * find a body or not be read): a title that begins with the ending of a body's
 * name (馆员 of a 馆, 院长 of a 院) belongs to the body of that kind the story named.
 */
function bodyOfKind(title: string, earlier: Piece[]): string | null {
  if (title[0] === '委') return null;
  // The fullest name the story gives (`武汉市某某馆` over a later `市某某馆`).
  let best: { body: string; piece: Piece } | null = null;
  for (const piece of earlier) {
    const text = piece.text;
    for (let at = text.indexOf(title[0], 1); at > 0; at = text.indexOf(title[0], at + 1)) {
      // `再度委任`: a body's ending used as a verb (委任, 院 of nothing) names no body.
      if (text.startsWith(title, at) || NOT_AFTER_BODY.includes(text[at + 1] ?? '')) continue;
      const body = text.slice(bodyStart(text, at + 1), at + 1);
      if (body.length >= MIN_BODY_OF_KIND && body.length > (best?.body.length ?? 0) && organisationPrefix(body + title) === body) best = { body, piece };
    }
  }
  return best === null ? null : unfoldInPiece(best.piece, best.body) + unfoldInPiece(best.piece, title);
}

const MIN_BODY_OF_KIND = 4;
const NOT_AFTER_BODY = '任托派员員会會长長';

/** What cannot stand inside a body's name: punctuation, digits, Latin, and the words of a story. */
const BODY_RUN_STOP = /[^\u4e00-\u9fff]|[在于的和及与为向对日]/;

const MAX_ORGANISATION_LENGTH = 24;

/** `市政府聘请的法律顾问是：` — the government that engages them is the bare title's organisation. */
const ENGAGING_GOVERNMENT = /[省市县区州](?:人民)?政府$/;

function issuersPost(before: string, title: string, piece: Piece): string | null {
  const government = ENGAGING_GOVERNMENT.exec(before);
  return government ? unfoldInPiece(piece, government[0] + title) : null;
}

/**
 * `市政府决定聘请下列人员担任某市人民政府法律顾问，聘期三年`: the people are listed after the
 * sentence (under `名单如下：` or straight away), all to the post it names.
 */
// `委任以下人士，由某日起为P，任期两年：` (Hong Kong's gazette): when the term begins may stand between.
const FOLLOWING_LIST =
  /(?:聘请|聘任|任命|委任|续聘|选举|聘)(?:下列|以下|如下)(?:人员|人士|同志|[\d一二三四五六七八九十]{1,3}[位名人](?:同志|人员)?)?(?:，?[由自从][^，。；：]{2,24}(?:起|开始)，?)?(?:担任|出任|为|為)([^，。；：]{2,40})/;

/** The post (folded, as the clause reads it), or null. */
export function followingList(piece: Piece): string | null {
  // Most clauses hold no 下 (of 下列, 以下, 如下): they are ruled out without the pattern.
  const t = piece.text;
  if (t.indexOf('下') < 0) return null;
  const m = FOLLOWING_LIST.exec(t);
  if (!m || !isPostLike(m[1])) return null;
  // Only the sentence's own fragment may make it a proposal: `经过考察，市政府决定聘请…` is taken.
  const from = piece.text.lastIndexOf('，', m.index) + 1;
  if (speaksOfDecisionNotTaken(piece.text.slice(from, m.index + m[0].length))) return null;
  return m[1];
}

const MAX_POST_HEADING = 30;

function isPostHeading(text: string): boolean {
  return text.length <= MAX_POST_HEADING && endsWithTitle(text) && !/[为為的，、]|任命|决定|通过|名单/.test(text);
}

/**
 * `任命某某委员会组成人员如下：`: the list's people are the body's members, and its bare titles (`主席`,
 * `副主席`) the body's. Returned as a member's post, for the titles to inherit the body from; null
 * when the header names no body.
 */
const MEMBERS_OF = /(?:任命|委任|聘任)了?([^，。；：]{3,30}?)的?(?:组成人员|組成人員|成员|成員|人选|人選)?(?:名单|名單)?如下$/;

function listedBody(text: string): string | null {
  const m = MEMBERS_OF.exec(text);
  return m !== null && endsAsBody(m[1]) ? `${m[1]}成员` : null;
}

/**
 * `某某院总理、副总理、秘书长名单`: a heading naming posts, each a title, the first with its body;
 * the first post, or null. A list only proposed or published for comment (`任前公示名单`,
 * `候选人名单`) is no such table.
 */
const POSTS_TABLE = /^([^，。；：]{2,60})名[单單]$/;

export function postsTable(text: string): string | null {
  const m = POSTS_TABLE.exec(text);
  if (m === null || speaksOfDecisionNotTaken(text)) return null;
  const posts = m[1].split('、');
  if (!posts.every((p) => endsWithTitle(p)) || organisationPrefix(posts[0]) === null) return null;
  return posts[0];
}

/** `…经重新任命，名单如下：`, `任命名单如下：`, a `…任命名单` heading: what follows lists the people appointed. */
const APPOINTED_LIST = /(?:任命|委任|聘任)[^，。；]{0,12}(?:，[^，。；]{0,12})?(?:名单如下|如下)$|(?:任命|任免|委任|聘任)(?:人员)?名单$/;

function endsWithAny(s: string, words: string[]): boolean {
  return words.some((w) => s.endsWith(w));
}


/** A post text that is one short title and nothing else (`馆员`, `参事`, `副市长`). */
export function isBareTitle(posts: string): boolean {
  return posts.length <= MAX_BARE_TITLE && endsWithTitle(posts) && organisationPrefix(posts) === null && !/[、（(]/.test(posts);
}

const MAX_BARE_TITLE = 6;

export function namesNoOrganisation(posts: string): boolean {
  if (firstItemLonger(posts, MAX_BARE)) return false;
  const first = outsideBrackets(firstTopLevel(posts, '、') ?? '');
  return first.length > 0 && first.length <= MAX_BARE && organisationPrefix(first) === null;
}

/** Longer than a title alone runs (`常务副秘书长`, `审判委员会委员`). */
const MAX_BARE = 8;

/**
 * Whether the first item of a post list, brackets left out, is longer than `n` characters: most
 * posts are, and are settled without cutting the item out. Counts as outsideBrackets(firstTopLevel())
 * does (a stray closing bracket is dropped; one left open runs to the end).
 */
function firstItemLonger(posts: string, n: number): boolean {
  let depth = 0;
  let count = 0;
  for (let i = 0; i < posts.length; i++) {
    const c = posts.charCodeAt(i);
    if (c === 0xff08 || c === 0x3010) depth++;
    else if (c === 0xff09 || c === 0x3011) depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0) {
      if (c === LIST_MARK && count > 0) return false;
      if (c !== LIST_MARK && ++count > n) return true;
    }
  }
  return false;
}

const LIST_MARK = 0x3001;

/**
 * `设副秘书长5人`: a clause that sets up seats and counts them; the names that follow in the sentence
 * (`委任A、B担任`) hold that title. Null when the fragment is not such a clause.
 */
const SETS_UP = /^[另并並]?(?:设|設)有?([^，、；]{2,12}?)[\d一二三四五六七八九十两兩]{1,3}[人名位]$/;

export function setUpTitle(fragment: string): string | null {
  const m = SETS_UP.exec(fragment);
  return m !== null && endsWithTitle(m[1]) ? m[1] : null;
}

/** `委任A、B担任` after `设P N人`: the decision word before the names and 担任 after them. */
const AROUND_SET_UP_NAMES = /^[另并並]?(?:委任|任命|委)|(?:担任|擔任)$/g;

export function setUpNames(fragment: string): string {
  return fragment.replace(AROUND_SET_UP_NAMES, '');
}

/**
 * `人民革命军事委员会主席毛泽东以下，另委A、B担任副主席`: the body's head named first ("under P A"),
 * whose post gives the bare titles after it their body. The post, or null.
 */
export function headedByPost(fragment: string): string | null {
  if (!fragment.endsWith('以下') || fragment.length > 48) return null;
  const named = fragment.slice(0, -2);
  for (const n of [3, 2, 4]) {
    const post = named.slice(0, named.length - n);
    if (post.length >= 3 && endsWithTitle(post) && organisationPrefix(post) !== null && readPersonList(named.slice(-n)) !== null) return post;
  }
  return null;
}

/**
 * A colon piece that is a list of names, a comma, then a short header of its own (`A、B，后任命副总理`):
 * the two parts, each a piece over the same lines; null when the piece is not that.
 */
export function namesBeforeHeader(piece: Piece): { names: Piece; header: Piece } | null {
  const comma = piece.text.lastIndexOf('，');
  if (comma < 0) return namesBeforeTitle(piece);
  if (comma < 2 || piece.text.length - comma - 1 > MAX_RUN_ON_HEADER) return null;
  const names = piece.text.slice(0, comma);
  if (readPersonList(names, true) === null) return null;
  return { names: slicePiece(piece, 0, comma, '。'), header: slicePiece(piece, comma + 1, piece.text.length) };
}

const MAX_RUN_ON_HEADER = 12;

/** `天宝（藏）副主席：` (a page's space lost): the names, then the next row's title alone. */
function namesBeforeTitle(piece: Piece): { names: Piece; header: Piece } | null {
  const text = piece.text;
  for (let k = Math.min(5, text.length - 2); k >= 2; k--) {
    const title = text.slice(text.length - k);
    if (!isLaterRowTitle(title)) continue;
    const names = text.slice(0, text.length - k);
    // Only where a note closes the names (`天宝（藏）`): without it, `政务委员` or a table's
    // `某甲东林部部长` would be cut into a name and a title.
    if (!names.endsWith('）') || readPersonList(names, true) === null) continue;
    return { names: slicePiece(piece, 0, names.length, '。'), header: slicePiece(piece, names.length, text.length) };
  }
  return null;
}

/**
 * `国家计划委员会主任李某`, a line of its own under a roster: a post naming its own body, then
 * names — null for anything else.
 */
export function ownPostRow(fragment: string): Reading | Reading[] | null {
  if (fragment.length < 6) return null;
  // `某部部长A副部长B`: a row of several posts, the later ones titles of the first one's body.
  const groups = rowOfPosts(fragment);
  if (groups !== null && organisationPrefix(groups[0].posts) !== null) return groups;
  const row = postThenNames(fragment, false);
  // `某大学法学系主任A教授、某所主任B律师`: people described by their own posts, in one run, are the roster's.
  return row !== null && !row.posts.includes('、') && organisationPrefix(row.posts) !== null ? row : null;
}
