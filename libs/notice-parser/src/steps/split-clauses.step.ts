import { endsAsBody, endsWithTitle, isLaterRowTitle, isPostLike, organisationPrefix } from '../lexicon/organisation.lexicon';
import { outsideBrackets } from '../text/brackets.util';
import { DECISION_INTRO } from '../text/decision-kind.util';
import { postsTable } from './list-headers.step';
import { readPersonList, splitNameRun } from '../lexicon/person-name.util';
import { rowOfPosts } from '../readers/post-first.reader';
import { isIssuerLine } from '../lexicon/title.lexicon';
import { standaloneDocNumber } from '../text/doc-number.util';
import { isSignatureLike, readDateLine, startsNewsItem } from '../text/line-kind.util';
import { LIST_BULLET, type Line, type Lines } from './normalise-lines.step';
import { unfold } from '../text/script-fold.util';
import { append } from '../text/list.util';

/**
 * Step 4: the notice body as clauses. OCR breaks clauses anywhere — inside a name, between 职 and
 * 务, across a blank page-break line — so lines are joined and the text is cut at clause ends
 * (；。！) and after block headers (`任命：`), not at line ends.
 */
export interface Piece {
  /** Normalised clause text without its terminator. */
  text: string;
  /** 1-based numbers of the input lines the clause was read from. */
  lines: number[];
  /** For each of `lines`, the offset in `text` where that line's part begins. */
  offsets: number[];
  /** `：` for a block header such as `免去：`; otherwise the clause end, or '' at a stop. */
  terminator: string;
  /** For each of `lines`, the line and the part of its `text` taken (to cut output back out). */
  spans: PieceSpan[];
  /** A table row (`王某 某局局长`): where its second column begins in `text`; -1 for any other clause. */
  column: number;
}

export interface PieceSpan {
  line: Line;
  from: number;
  to: number;
}

/**
 * A string read on the clause's folded text, in the script the clause was written in (see
 * script-fold.util). Identity for the usual clause, whose lines needed no folding.
 */
export function unfoldInPiece(piece: Piece, s: string, before: Piece | null = null): string {
  const pieces = before ? [before, piece] : [piece];
  if (!pieces.some(isFolded)) return s;
  return unfoldSpans(s, pieces.map((p) => p.text).join(''), pieces.flatMap((p) => p.spans));
}

/**
 * The part [from, to) of a clause as a clause of its own, its spans cut to match (so that what is
 * read on it is given back in its own script).
 */
export function slicePiece(piece: Piece, from: number, to: number, terminator = piece.terminator): Piece {
  const lines: number[] = [];
  const offsets: number[] = [];
  const spans: PieceSpan[] = [];
  for (let k = 0; k < piece.spans.length; k++) {
    const start = piece.offsets[k];
    const sp = piece.spans[k];
    const end = start + (sp.to - sp.from);
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (a >= b) continue;
    lines.push(piece.lines[k]);
    offsets.push(a - from);
    spans.push({ line: sp.line, from: sp.from + (a - start), to: sp.from + (b - start) });
  }
  return { text: piece.text.slice(from, to), lines, offsets, terminator, spans, column: -1 };
}

/** Whether any line the clause was read from was folded (traditional script, variants, pinyin). */
export function isFolded(piece: Piece): boolean {
  for (const sp of piece.spans) if (sp.line.folded) return true;
  return false;
}

/**
 * `s`, read on `folded` (the spans' folded text joined in order), in the script the spans were
 * written in: the spans' own text is joined alongside, each character remembering where it stood.
 */
export function unfoldSpans(s: string, folded: string, spans: readonly PieceSpan[]): string {
  let source = '';
  const origin: number[] = [];
  for (const sp of spans) {
    const base = source.length - sp.line.shownIndex(sp.from);
    source += sp.line.shown.slice(sp.line.shownIndex(sp.from), sp.line.shownIndex(sp.to));
    for (let k = sp.from; k < sp.to; k++) origin.push(base + sp.line.shownIndex(k));
  }
  return unfold(s, folded, source, origin);
}

/** The input line on which the character at `offset` of the clause stands. */
export function lineAt(piece: Piece, offset: number): number {
  let k = 0;
  while (k + 1 < piece.offsets.length && piece.offsets[k + 1] <= offset) k++;
  return piece.lines[k];
}

/** A clause longer than this is not a clause: it is cut off and reported instead of scanned. */
export const MAX_PIECE_LENGTH = 2000;

const SEMICOLON = '；'.charCodeAt(0);
const FULL_STOP = '。'.charCodeAt(0);
const EXCLAMATION = '！'.charCodeAt(0);
const COLON = '：'.charCodeAt(0);
const OPEN = '（'.charCodeAt(0);
const CLOSE = '）'.charCodeAt(0);
const OPEN_LENTICULAR = '【'.charCodeAt(0);
const CLOSE_LENTICULAR = '】'.charCodeAt(0);

/** `副委员长：A B C`: names set apart by spaces after the colon (read one by one, below). */
const SPACED_AFTER_COLON = /[：:][^：:]*\S\s+\S/;

export function splitClauses(lines: Lines, from: number, to: number): Piece[] {
  const pieces: Piece[] = [];
  let text = '';
  let used: number[] = [];
  let offsets: number[] = [];
  let spans: PieceSpan[] = [];
  let depth = 0;
  // After a header (`名单如下：`), lines that each give a name (and perhaps a description) are a
  // list, one item per line, until a line that is not one.
  // Under a verb's block header (`免去：`) each clause may break anywhere, so only a table row (a
  // name, a space, a post) is an item; under any other header (`名单如下：`) a name alone is one too.
  let listing: 'names' | 'rows' | null = null;
  let column = -1;
  const flush = (terminator: string) => {
    // One shape for every piece (the column always set): the readers touch millions of them.
    if (text.length > 0) pieces.push({ text, lines: used, offsets, terminator, spans, column });
    column = -1;
    listing = terminator === '：' ? (VERB_HEADER.test(text) ? 'rows' : 'names') : terminator === '' ? listing : null;
    text = '';
    used = [];
    offsets = [];
    spans = [];
    depth = 0;
  };
  // The line being scanned and where its untaken part starts; `take` is made once, not per line.
  let line: Line = lines.at(from);
  let t = '';
  let segment = 0;
  const take = (until: number) => {
    if (until <= segment) return;
    if (used[used.length - 1] !== line.no) {
      used = append(used, line.no);
      offsets = append(offsets, text.length);
      spans = append(spans, { line, from: segment, to: until });
    } else spans[spans.length - 1].to = until;
    text += t.slice(segment, until);
  };
  for (let k = from; k < to; k++) {
    line = lines.at(k);
    if (line.blank) continue;
    t = line.text;
    if (t.length === 0) continue;
    // `| 职务 | 姓名 |`, `|---|---|`: a table's column labels and rules are furniture between its rows.
    if (listing !== null && text.length === 0 && t.length <= MAX_TABLE_LABELS && TABLE_BAR.test(line.raw) && TABLE_LABELS.test(t)) continue;
    if (listing === 'names' && text.length === 0 && (t.endsWith('）') || t.length <= 3) && TABLE_NOTE.test(t)) {
      // `（1949年10月19日…会议通过任命）`, `后任命` between a table's rows: notes on the rows, not rows.
      continue;
    }
    // `中央人民政府任命名单（1949年10月19日）`: a date in brackets after the heading is still its own.
    const heading = t.endsWith('）') && t.length <= MAX_TABLE_HEADING ? outsideBrackets(t) : t;
    if (heading.length <= MAX_TABLE_HEADING && (heading.endsWith('名单') || heading.endsWith('名單')) && (postsTable(heading) !== null || APPOINTED_HEADING.test(heading))) {
      // `某某院总理、副总理、秘书长名单`: the heading of a table whose rows name who holds each post.
      flush('');
      segment = 0;
      take(t.length);
      flush('：');
      continue;
    }
    if (readDateLine(t) || standaloneDocNumber(t, 1) !== null) {
      // A date line or a document number stands alone: it is never part of a clause, and a
      // clause on the next line must not run into it (`青政任〔2024〕9号` / `钱六同志试用期满…`).
      flush('');
      continue;
    }
    // Scan by char code and append whole slices: this loop sees every character of the gazette.
    segment = 0;
    for (let c = 0; c < t.length; c++) {
      const code = t.charCodeAt(c);
      if (code === SEMICOLON || code === FULL_STOP || code === EXCLAMATION) {
        take(c);
        segment = c + 1;
        flush(code === SEMICOLON ? '；' : code === FULL_STOP ? '。' : '！');
      } else if (code === OPEN || code === OPEN_LENTICULAR) depth++;
      else if ((code === CLOSE || code === CLOSE_LENTICULAR) && depth > 0) depth--;
      else if (code === COLON && depth === 0) {
        take(c);
        segment = c + 1;
        flush('：');
      }
    }
    // `副总理：A、B、C` (or the names run together): after a post's colon the rest of the line is the
    // list, whatever the next line holds.
    if (segment > 0 && segment < t.length && listing === 'names' && !SPACED_AFTER_COLON.test(line.raw) && readPersonList(t.slice(segment), true) !== null) {
      take(t.length);
      flush('');
      continue;
    }
    // `副委员长：A B（壮族） C`: after a post's colon, names set apart by spaces are one item each.
    const spaced = segment > 0 && segment < t.length && listing === 'names' ? spacedNames(line, segment) : null;
    if (spaced !== null) {
      for (const end of spaced) {
        take(end);
        flush('');
        segment = end;
      }
      continue;
    }
    // `董必武 陈 云 郭沫若`: a row of names set apart by spaces, each an item.
    const row = segment === 0 && listing === 'names' && text.length === 0 ? spacedNames(line, 0) : null;
    if (row !== null) {
      for (const end of row) {
        take(end);
        flush('');
        segment = end;
      }
      continue;
    }
    if (listing !== null && segment === 0 && text.length === 0 && isBodyLine(t)) {
      // `华东军政委员会` / `主席 饶某` / `副主席 粟某`: a body alone heads the rows of its posts.
      take(t.length);
      flush('：');
      continue;
    }
    if (segment < t.length && listing !== null && segment === 0 && text.length === 0) {
      // `主席` / `A先生`, `副主席 B、C`: a title heading the names after it, on its line or before them.
      const heading = titleHeading(line);
      if (heading !== null) {
        // The title as a header of its own, then each name (or run of names) as an item.
        for (const { end, title } of heading) {
          take(end);
          flush(title ? '：' : '');
          segment = end;
        }
        continue;
      }
    }
    if (segment < t.length && listing !== null) {
      const item = segment === 0 && text.length === 0 ? listItemLength(line, lines, k, to) : null;
      // `某省人民政府主席 A 副主席 B C`: a row of several posts and their holders is an item of its own.
      if (item === null && listing === 'names' && segment === 0 && text.length === 0 && rowOfPosts(t) !== null) {
        take(t.length);
        flush('');
        continue;
      }
      // `政务司司长（主席）` among the names: a member who sits by virtue of a post, named by it alone.
      // An item of its own (no one is named), so that the list goes on after it.
      if (item === null && listing === 'names' && segment === 0 && text.length === 0 && isExOfficioItem(t)) {
        take(t.length);
        flush('');
        continue;
      }
      if (item !== null && (listing === 'names' || item.post)) {
        // The item's name alone is the clause: the description after it (`王某 某律师事务所`) states
        // nothing — unless it is a post, the second column of a table row.
        take(item.post ? t.length : item.name);
        if (item.post) column = item.name;
        flush('');
        continue;
      }
      listing = null;
    }
    take(t.length);
    if (text.length > MAX_PIECE_LENGTH) flush('');
    if (text.length > 0 && (stopsAfter(lines, k, to) || nextClauseBegins(text, lines, k, to))) flush('');
  }
  flush('');
  return pieces;
}

/**
 * A line of a list under a header: names (`王某`, `乔 某`, `王某、李某`), alone or followed, after a
 * space, by a description (`王某 某律师事务所`, `李某 教授`). Returns how much of the normalised line
 * is the item's names, or -1 when the line is not such an item — it states a clause (为, 的…职务),
 * or the next line continues it (`的…职务`), as an OCR break right after a name would.
 */
const MAX_LIST_ITEM_LENGTH = 60;
const MIN_NAME_RUN = 5;
const NOT_AN_ITEM = /^\S{0,3}(?:任免|免职|免職|任命|聘任|事项|事項|名单|名單|人员|人員)/;
// A name broken over lines (`孔某、余某` / `某的…职务`) shows by what follows its tail.
const CONTINUES_CLAUSE = /^(?:[的为為兼任]|同志|职务|職務)|^.{1,3}[的为為]/;

function listItemLength(line: Line, lines: Lines, k: number, to: number): { name: number; post: boolean } | null {
  const raw = line.raw.trim();
  const t = line.text;
  if (raw.length > MAX_LIST_ITEM_LENGTH || /[为為的，,；;。：:]/.test(t)) return null;
  const next = nextLine(lines, k + 1, to);
  if (next < to && CONTINUES_CLAUSE.test(lines.at(next).text)) return null;
  // `任免事项`, `免职人员`: a heading of the list's kind is no name, though 任 is a surname.
  if (NOT_AN_ITEM.test(t)) return null;
  // `董必武陈云郭沫若黄炎培`: names a page ran together under the post they hold.
  // A name with a courtesy title after it (`捷成汉先生`) is a name whatever its surname.
  if (readPersonList(t) || (t.length >= MIN_NAME_RUN && splitNameRun(t) !== null) || (COURTESY_END.test(outsideBrackets(t)) && readPersonList(t, true))) return { name: t.length, post: false };
  const tokens = cells(raw);
  if (tokens.length < 2) return null;
  // A two-character name padded to the width of three (`乔 航`) is one name in two tokens.
  const spaced = tokens.length > 2 && tokens[0].length === 1 && tokens[1].length <= 2;
  const length = spaced ? tokens[0].length + tokens[1].length : tokens[0].length;
  if (length < 2 || length > 12 || !readPersonList(t.slice(0, length))) return null;
  // A table row under `任命：` (`王某 某市财政局局长`, `李某 某局局长职务`): the post is the item's own.
  const rest = t.slice(length).replace(/(?:职务|職務)$/, '');
  return { name: length, post: endsWithTitle(outsideBrackets(rest)) };
}

const COURTESY_END = /^[\u4e00-\u9fff]{2,4}(?:先生|女士|博士|教授|议员|議員)$/;

const MAX_EX_OFFICIO = 30;

/** A post alone on a line of a list of names, perhaps with its role in brackets (`某局局长（主席）`). */
function isExOfficioItem(t: string): boolean {
  return t.length <= MAX_EX_OFFICIO && !/[为為的，、；。：]/.test(t) && endsWithTitle(outsideBrackets(t)) && readPersonList(t) === null;
}

/** `中央人民政府委员会第三次会议任命名单`: the heading of the rows a body appointed, as a colon would end it. */
const APPOINTED_HEADING = /(?:任命|任免|委任|聘任)(?:人员|人員)?名[单單]$/;

const TABLE_LABELS = /^(?:[-:：—=+]+|(?:序号|序號|姓名|职务|職務|职位|職位|性别|性別|拟任职务|擬任職務|现任职务|現任職務|原任职务|原任職務|任职|任職|免职|免職|备注|備註|单位|單位)+)$/;
const MAX_TABLE_LABELS = 24;
const TABLE_BAR = /[|｜]/;

/** The words of a raw line set apart by spaces or a table's bars (`| 外交部部长 | 陈某 |`). */
const MAX_BODY_LINE = 24;

/** A line that names a body and nothing more (`华东军政委员会`, `某某省人民政府`). */
export function isBodyLine(t: string): boolean {
  return t.length <= MAX_BODY_LINE && endsAsBody(t) && !/[，。；：、为為的]/.test(t) && organisationPrefix(t) === null;
}

function cells(raw: string): string[] {
  return raw.split(CELL_BREAK).filter((w) => w.length > 0);
}

const CELL_BREAK = /[\s|｜]+/;

const MAX_HEADING_TITLE = 8;
const MAX_ROW_TITLE = 24;

/**
 * In a list of names, a line that is a title alone (`主席`, `成員`) or a title, a space and names
 * (`副主席 王某、李某`, `委员 王某 李某`): where the title and each name item end in the normalised
 * line (the title's end first), or null.
 */
function titleHeading(line: Line): { end: number; title: boolean }[] | null {
  const t = line.text;
  if (t.length <= MAX_HEADING_TITLE && endsWithTitle(t) && !readPersonList(t) && !/[为為的，、]/.test(t)) return [{ end: t.length, title: true }];
  const tokens = padded(cells(line.raw));
  // The normalised line is the tokens without their spaces (folded to one script): read on it.
  // Before a space a post may be named in full (`国家计划委员会主任 A`): the space marks where it ends.
  if (tokens.length < 2 || tokens[0].length > MAX_ROW_TITLE || tokens.join('').length !== t.length) return null;
  const first = t.slice(0, tokens[0].length);
  if (!endsWithTitle(first) || readPersonList(first)) return null;
  // Names set apart by spaces: each token is names (a description may lead a name, so the run of
  // them read as one could take one name's description for the next one's).
  const ends = [first.length];
  const titles = new Set([first.length]);
  for (const [k, token] of tokens.slice(1).entries()) {
    const start = ends[ends.length - 1];
    const end = start + token.length;
    const cell = t.slice(start, end);
    if (readPersonList(cell)) ends.push(end);
    // `某省人民政府主席 A 副主席 B C`: a later title of the row, heading the names after it.
    else if (k + 2 < tokens.length && !titles.has(start) && isLaterRowTitle(cell)) {
      ends.push(end);
      titles.add(end);
    } else break;
  }
  if (ends[ends.length - 1] === t.length && !titles.has(t.length)) return ends.map((end) => ({ end, title: titles.has(end) }));
  return readPersonList(t.slice(first.length)) ? [{ end: first.length, title: true }, { end: t.length, title: false }] : null;
}

/**
 * Where each name ends in the normalised line when the rest of it from `from` is names set apart by
 * spaces (two or more), or null. Read on tokens of the raw line, which the normalised one is without
 * its spaces.
 */
function spacedNames(line: Line, from: number): number[] | null {
  if (line.raw.indexOf(' ') < 0 && line.raw.indexOf('\u3000') < 0) return null;
  const tokens = padded(cells(line.raw.replace(LIST_BULLET, '')));
  if (tokens.length < 2 || tokens.join('').length !== line.text.length) return null;
  const ends: number[] = [];
  let end = 0;
  let surnamed = 0;
  for (const token of tokens) {
    end += token.length;
    if (end <= from) continue;
    const item = line.text.slice(ends.length > 0 ? ends[ends.length - 1] : from, end);
    if (endsWithTitle(item)) return null;
    // A name without a listed surname (`赛福鼎`) stands in the list too, when most of the others have one.
    if (readPersonList(item)) surnamed++;
    else if (!readPersonList(item, true)) return null;
    ends.push(end);
  }
  return ends.length >= 2 && surnamed * 2 >= ends.length ? ends : null;
}

/** `陈 云`, `总 理`: two single characters set apart only to fill a table's column are one word. */
function padded(tokens: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].length === 1 && k + 1 < tokens.length && tokens[k + 1].length === 1) {
      out.push(tokens[k] + tokens[k + 1]);
      k++;
    } else out.push(tokens[k]);
  }
  return out;
}

/** Lines between a table's rows that note when its rows were decided. */
const TABLE_NOTE = /^（[^（）]{2,100}）$|^[后後又另]?(?:任命|增补|增補|补选|補選)$/;
const MAX_TABLE_HEADING = 64;

/** A clause does not run on into a date, a signature followed by a date, a heading, or the notice's end. */
function stopsAfter(lines: Lines, k: number, to: number): boolean {
  const next = nextLine(lines, k + 1, to);
  if (next >= to || lines.at(next).heading) return true;
  const t = lines.at(next).text;
  if (readDateLine(t) !== null) return true;
  if (!isIssuerLine(t) && !isSignerLine(t)) return false;
  const after = nextLine(lines, next + 1, to);
  return after >= to || readDateLine(lines.at(after).text) !== null;
}

const BLOCK_HEADER = /^(?:[（(]?[一二三四五六七八九十\d]{1,3}[、.．）)])?(?:决定)?(?:任命|委任|聘任|聘请|续聘|免去|解聘|免职|免職)：$/;

/**
 * A clause that lost its terminator: it ends with a post (or a bracket after one) and the next
 * line begins the next clause — a block header, or names followed by 为 or 的.
 */
function nextClauseBegins(text: string, lines: Lines, k: number, to: number): boolean {
  const next = nextLine(lines, k + 1, to);
  if (next >= to) return false;
  const last = text[text.length - 1];
  const endsLikeClause = last === '）' || last === '务' || last === '務' || isPostLike(text.slice(-2));
  const t = lines.at(next).text;
  if (t.endsWith('：') && BLOCK_HEADER.test(t)) return true;
  // `【某报专讯】…`, `本报讯 …`: a news item's lead begins a sentence; the headline above it has none.
  if (startsNewsItem(t)) return true;
  // `主席：A` / `委员：B、C`: names end the clause when the next line heads the next post.
  const heading = text.length <= MAX_NAMES_BEFORE_HEADING ? POST_HEADING.exec(t) : null;
  // `选举和任命结果` / `主任：A`: a heading that announces the decisions stands apart from the first post.
  if (heading && endsWithTitle(heading[1]) && (readPersonList(text) || (text.length <= MAX_ANNOUNCING_HEADING && DECISION_INTRO.test(text)))) return true;
  return endsLikeClause && startsWithNames(t);
}

const VERB_HEADER = /(?:任命|委任|聘任|聘请|续聘|免去|免除|解聘|免职|免職|撤销|决定|決定)$/;
const MAX_NAMES_BEFORE_HEADING = 80;
const MAX_ANNOUNCING_HEADING = 20;
const POST_HEADING = /^([^，。；：为為的]{2,30})：/;

/** `王芳为…`, `刘法立、魏琳的…`: one or more names, then 为 or 的. */
function startsWithNames(t: string): boolean {
  const head = t.slice(0, 13);
  for (const mark of ['为', '為', '的']) {
    const n = head.indexOf(mark, 2);
    if (n >= 2 && readPersonList(t.slice(0, n))) return true;
  }
  return false;
}

function nextLine(lines: Lines, from: number, to: number): number {
  let k = from;
  while (k < to && (lines.at(k).blank || lines.at(k).text.length === 0)) k++;
  return k;
}

/** `中华人民共和国主席 胡锦涛`, `总 理 温家宝`: a signer's title and name. */
const SIGNER_TITLES = ['主席', '总理', '總理', '省长', '省長', '市长', '市長', '县长', '縣長', '行政长官', '行政長官'];

function isSignerLine(t: string): boolean {
  return isSignatureLike(t) && SIGNER_TITLES.some((s) => t.includes(s)) && !t.includes('为') && !t.includes('為');
}
