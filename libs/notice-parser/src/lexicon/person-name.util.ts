import { outsideBrackets, splitTopLevel } from '../text/brackets.util';
import { append } from '../text/list.util';
import { charTable, isHanCode } from '../text/normalise.util';
import { endsWithTitle, isPostLike } from './organisation.lexicon';
import { wordBoundaries } from './common-word.util';
import { compoundSurnameLength, startsWithSurname, surnameRank } from './surnames.lexicon';

/**
 * Characters that do not occur in the names a lenient reading accepts: words for places, bodies,
 * quantities and function words that begin prose such as `期限为三年` or `本院为…`.
 */
const NON_NAME = charTable('的为為市县縣省区區局部委会會院所长長主副各本该該其此我全有下上经經现現由对對在按年月日等及和或与與中人员員级級期限届屆次项項条條款位这這些');

/**
 * Whether `s` reads as one person's name: a surname and one to three more characters, or a
 * transliterated name joined with `·` (`买买提·艾力`). Under a `任命：` or `免去：` header every clause
 * names a person, so there a two- or three-character name with a surname missing from the list is
 * accepted too, and a four-character one (`lenient`).
 */
export function isPersonName(s: string, lenient = false): boolean {
  // `吴某此前任…`, `於上月底`: a time word after the subject is the sentence's, never a name's end.
  if (s.length >= 3 && TIME_AFTER_SUBJECT.has(s.slice(-2))) return false;
  // `A因工作调动…`: 因 after a subject gives the reason; it ends no name of three or more.
  if (s.length >= 3 && (s.endsWith('因') || s.endsWith('再'))) return false;
  // `党组书记`, `某局长`: a title is who someone is, not their name (no name of the corpora's gold ends in one).
  if (s.length >= 3 && endsWithTitle(s)) return false;
  if (isKnownName(s)) return true;
  // Up to four: Tibetan and other names written in four characters without a Han surname (扎西顿珠).
  if (!lenient || s.length < 2 || s.length > 4) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isHanCode(c) || NON_NAME[c] === 1) return false;
  }
  return true;
}

const CENSORED = new Set(['*', '＊', '×']);
const MIDDLE_DOT = '·'.charCodeAt(0);
const BULLET = '•'.charCodeAt(0);

function hasAny(s: string, table: Uint8Array): boolean {
  for (let i = 0; i < s.length; i++) if (table[s.charCodeAt(i)] === 1) return true;
  return false;
}

/** Words that begin with a surname (董, 常, 成, 时, 任) but are titles or time words, never names. */
const WORDS_LIKE_NAMES = new Set([
  '董事', '董事长', '董事長', '董事会', '董事會', '常委', '常务', '常務', '成员', '成員', '时任', '時任', '曾任', '原任', '任职', '任職', '任期', '于是', '高管', '万名',
  // `党组研究决定`, `全票通过`: a body and a vote, each opening with a surname.
  '党组', '黨組', '党委', '黨委', '全票', '全体', '全體', '全票通过', '全票通過',
  // A post left vacant (`空缺`, `暂缺`).
  '空缺', '暫缺', '暂缺',
]);

const FUTURE_MARKS = '将將';

/** Time words a story puts right after its subject (`A此前担任…`, `B日前获任…`). */
const TIME_AFTER_SUBJECT = new Set(['此前', '目前', '日前', '近日', '月底', '月初', '月中', '昨日', '今日', '昨天', '今天', '上月', '本月', '去年', '今年', '早前', '稍早', '随后', '隨後']);

function isKnownName(s: string): boolean {
  if (s.includes('·') || s.includes('•')) {
    if (s.length < 3 || s.length > 16) return false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (!isHanCode(c) && c !== MIDDLE_DOT && c !== BULLET) return false;
    }
    return true;
  }
  const min = compoundSurnameLength(s) + 1;
  // Nor does a name begin with one (`成员某某`: a title run into the name after it).
  if (s.length < min || s.length > 4 || WORDS_LIKE_NAMES.has(s) || (s.length >= 3 && WORDS_LIKE_NAMES.has(s.slice(0, 2)))) return false;
  // `A将出任…`: 将 after a name makes the sentence a future one, and is no part of the name.
  if (s.length >= 3 && FUTURE_MARKS.includes(s[s.length - 1])) return false;
  // A page that hides part of a name (`王*明`) still names a person: the mark stands for a character.
  for (let i = 1; i < s.length; i++) if (!isHanCode(s.charCodeAt(i)) && !CENSORED.has(s[i])) return false;
  return isHanCode(s.charCodeAt(0)) && startsWithSurname(s);
}

/**
 * Suffixes that are not part of the name: `张三同志`, and the titles a court or news item puts after
 * one (`何某法官`, `郑某博士`). Longest first.
 */
const HONORIFICS = ['外籍法官', '副教授', '研究员', '议员', '議員', '同志', '先生', '女士', '博士', '硕士', '碩士', '学士', '學士', '教授', '院士', '法官', '律师'];

/** Adverbs that follow a subject: `仍`, `则`, `亦` (not `将`, which makes the sentence a future one). */
const ADVERBS_AFTER_NAME = '仍則则亦也還还已';

const HOLDING_AFTER_NAME = /[仍亦还還现現所]?(?:兼任|担任|擔任|出任)$/;

const ELLIPSIS = charTable('…⋯.．');

function withoutEllipsis(s: string): string {
  let end = s.length;
  while (end > 0 && ELLIPSIS[s.charCodeAt(end - 1)] === 1) end--;
  return s.slice(0, end);
}

/** Cleans one mention: drops brackets (`(女)`, current posts) and honorifics. */
export function cleanPersonMention(s: string): string {
  // `A、B…等人`: an ellipsis says the list goes on; it is no part of the last name.
  let name = withoutEllipsis(outsideBrackets(s));
  // `免去A兼任的P职务`, `A同志仍兼任的P`: how A holds the post stands between the name and 的.
  const holding = name.length >= 4 ? HOLDING_AFTER_NAME.exec(name) : null;
  if (holding) {
    const before = name.slice(0, holding.index);
    const bare = before.replace(/同志$/, '');
    if (isKnownName(bare) || describedPerson(bare) !== null) name = before;
  }
  for (const h of HONORIFICS) {
    if (name.endsWith(h) && name.length > h.length + 1) {
      name = name.slice(0, -h.length);
      break;
    }
  }
  // `免去了A…`, `A仍兼任…`, `A则为…`: an aspect word before the name or an adverb after it is the
  // sentence's, when what is left is a name.
  if (name.length >= 3 && name[0] === '了' && isKnownName(name.slice(1))) name = name.slice(1);
  // `原某局代副局长A则获委任…`: also after a name read behind its description.
  if (name.length >= 3 && ADVERBS_AFTER_NAME.includes(name[name.length - 1]) && (isKnownName(name.slice(0, -1)) || describedPerson(name.slice(0, -1)) !== null)) name = name.slice(0, -1);
  return name;
}

/** `A、B等10人`, `A等同志`, `3人`: a count after a list says nothing of who is in it. */
const COUNT_ENDINGS = charTable('人名位志等');
const COUNT_TAIL = /(?:[等共][\d一二三四五六七八九十百两]{0,4}|[\d一二三四五六七八九十百两]{1,4})[人名位](?:同志)?$|等同志$|等$/;

/** A list of a hundred names (an assembly's members elected) with their separators; beyond it, not a list. */
const MAX_LIST_LENGTH = 480;

/**
 * Reads `A、B（女）、C同志`, `A及B`, `A、B等10人` as a list of names. Returns null unless every item
 * is a name: a subject that is not entirely names is not a list of people. Where a news item puts a
 * description before the name (`重庆市副市长、市公安局局长胡明朗`, `我校校长石铁矛`), the name is
 * read after it (`describedPerson`).
 */
export function readPersonList(s: string, lenient = false): string[] | null {
  if (s.length === 0 || s.length > MAX_LIST_LENGTH) return null;
  const body = s.length > 2 && COUNT_ENDINGS[s.charCodeAt(s.length - 1)] === 1 ? s.replace(COUNT_TAIL, '') : s;
  if (body.length === 0) return null;
  const listed = splitTopLevel(body, '、');
  // `泽郎某某（藏）王某（土家）`: a page that lost the space between two names kept their notes.
  const items = lenient && body.includes('）') ? listed.flatMap(splitAfterNotes) : listed;
  if (items.length === 0) return null;
  // In a long list of names a few without a listed surname (`赛福鼎`, `乌兰夫`) are names too.
  if (!lenient && items.length >= LONG_LIST) lenient = mostlyNames(items);
  let names: string[] = [];
  for (let k = 0; k < items.length; k++) {
    const item = cleanPersonMention(items[k]);
    if (isPersonName(item, lenient) || (lenient && hasEthnicNote(items[k]) && LONG_NAME.test(item) && items[k].startsWith(item))) {
      names = append(names, item);
      continue;
    }
    const described = describedPerson(item);
    // `林某邓某某贺某`: names a page ran together (its separators lost), in a list of names only —
    // unless a title describes one person (`国策顾问纪某`). Tried before 和 joins two names, since a
    // name may hold 和 (`司马清和`); a name of the run never begins with one (`张三和李四`).
    const plainJoin = lenient ? splitJoined(item, true) : null;
    if (plainJoin) {
      names.push(...plainJoin);
      continue;
    }
    const run = lenient && (described === null || !endsWithTitle(item.slice(0, item.length - described.length))) ? splitNameRun(item) : null;
    if (run) {
      names.push(...run);
      continue;
    }
    const joined = splitJoined(item);
    if (joined) names.push(...joined);
    else if (described) names = append(names, described);
    // `副市长、市公安局局长胡明朗`: a description may itself list posts before the name.
    else if (!(k < items.length - 1 && isPostLike(item) && names.length === 0)) return null;
  }
  return names.length > 0 ? names : null;
}

const LONG_LIST = 8;

/**
 * `华尔功臣烈（藏）`, `色郎旺姆（女、藏）`: a note of the person's nationality (one of the 56
 * recognised, as lists of the 1950s write them) marks a name, however long and whatever its first
 * character — Tibetan and other names are often five or six characters.
 */
const ETHNIC_NOTE =
  /[（(](?:女[、，,])?(?:[藏羌回]|蒙古?|维吾尔|[维苗彝壮僮满侗瑶白傣黎佤畲水]|布依|朝鲜|土家|哈尼|哈萨克|傈僳|拉祜|东乡|纳西|景颇|柯尔克孜|[土怒京]|达斡尔|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|乌孜别克|鄂温克|德昂|保安|裕固|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺)族?[）)]\s*$/;
const LONG_NAME = /^[\u4e00-\u9fff·]{2,8}$/;

function splitAfterNotes(item: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let close = item.indexOf('）'); close >= 0 && close < item.length - 1; close = item.indexOf('）', close + 1)) {
    if (!hasEthnicNote(item.slice(from, close + 1))) continue;
    parts.push(item.slice(from, close + 1));
    from = close + 1;
  }
  if (parts.length === 0) return [item];
  parts.push(item.slice(from));
  return parts;
}

function hasEthnicNote(item: string): boolean {
  return item.endsWith('）') || item.endsWith(')') ? ETHNIC_NOTE.test(item) : false;
}

/** All but one in eight items are names with a listed surname. */
function mostlyNames(items: string[]): boolean {
  let unknown = 0;
  for (const item of items) if (!isKnownName(cleanPersonMention(item)) && ++unknown > items.length / LONG_LIST) return false;
  return true;
}

const MIN_RUN = 5;
/** Words that join names (`A和B`, `A及B`): a name in a run does not begin with one. */
const JOINS = '和及与與';
const JOINS_INSIDE = /[及与與]/;
const MAX_RUN = 48;
const MAX_PARSES = 16;

/**
 * Names written one after another with nothing between them: every way of cutting `item` into
 * names with a listed surname (two or three characters, four after a compound surname). One way is
 * taken; of several, those with the fewest names (most names are three characters), then those whose
 * surnames are commonest, and of those the one whose cuts jieba's segmentation agrees with best (its cuts jieba makes too, less those it does
 * not), if it is the only one that does; none when no way cuts it whole.
 */
export function splitNameRun(item: string): string[] | null {
  if (item.length < MIN_RUN || item.length > MAX_RUN) return null;
  for (let i = 0; i < item.length; i++) if (!isHanCode(item.charCodeAt(i))) return null;
  const parses: number[][] = [];
  const walk = (from: number, cuts: number[]) => {
    if (parses.length > MAX_PARSES) return;
    if (from === item.length) {
      parses.push(cuts);
      return;
    }
    for (const n of compoundSurnameLength(item.slice(from)) === 2 ? [3, 4] : [2, 3]) {
      const name = item.slice(from, from + n);
      if (name.length === n && !JOINS.includes(name[0]) && !JOINS_INSIDE.test(name) && isKnownName(name) && !hasAny(givenName(name), NOT_IN_DESCRIBED_NAME)) walk(from + n, [...cuts, from + n]);
    }
  };
  walk(0, []);
  if (parses.length === 0 || parses.length > MAX_PARSES) return null;
  // Most names are three characters: of several ways, those with the fewest (longest) names.
  const fewest = Math.min(...parses.map((p) => p.length));
  const shortest = parses.filter((p) => p.length === fewest);
  // Then those whose surnames are commonest (`钱明远` over `明远`).
  const rank = (cuts: number[]) => cuts.reduce((sum, end, k) => sum + surnameRank(item.slice(k === 0 ? 0 : cuts[k - 1], end)), 0);
  const best1 = Math.min(...shortest.map(rank));
  const candidates = shortest.filter((p) => rank(p) === best1);
  let best = candidates[0];
  if (candidates.length > 1) {
    const bounds = wordBoundaries(item);
    // Each cut jieba also makes counts for a way, each it does not make against it.
    const agree = (cuts: number[]) => cuts.reduce((sum, c) => sum + (c === item.length || bounds.has(c) ? 1 : -1), 0);
    const scores = candidates.map(agree);
    const top = Math.max(...scores);
    if (scores.filter((x) => x === top).length !== 1) return null;
    best = candidates[scores.indexOf(top)];
  }
  return best.map((end, k) => item.slice(k === 0 ? 0 : best[k - 1], end));
}

/** `陈某及谭某`, `甲和乙`: two names joined by a word (only when both sides are names). */
function splitJoined(item: string, namesOnly = false): string[] | null {
  for (const joint of ['以及', '及', '和', '与']) {
    let at = item.indexOf(joint);
    // `司马清和和钱明远`: the join is the 和 after which a name begins, not one inside a name.
    while (at >= 0 && JOINS.includes(item[at + joint.length] ?? '')) at = item.indexOf(joint, at + 1);
    if (at < 2) continue;
    const leftText = item.slice(0, at);
    const rightText = item.slice(at + joint.length);
    // `names only`: each side a name as it stands, no description read off it.
    if (namesOnly && !(isKnownName(cleanPersonMention(leftText)) && isKnownName(cleanPersonMention(rightText)))) continue;
    const left = readPersonList(leftText);
    const right = readPersonList(rightText);
    if (left && right) return [...left, ...right];
  }
  return null;
}

/** Characters that end a description before a name: a title (`校长`) or a body (`法院`, `市委`). */
const DESCRIPTION_ENDINGS = charTable('长長任记记员師师官席理事士问表辑监使督导书编裁委院部局厅所校司会团组处室授');

/** Characters never in a name read after a description (they belong to the description). */
const NOT_IN_DESCRIBED_NAME = charTable('的为长院局部委会厅处司室员任副市省县区');

/**
 * `市公安局局长胡明朗` → `胡明朗`: a description ending in a title or a body, then a name with a
 * known surname. Three-character names are tried first (two when a compound surname allows four).
 */
export function describedPerson(item: string): string | null {
  if (item.length < 4) return null;
  // `市司法局司马某某`: a compound surname at the name's head wins over a description ending in 司.
  const order = item.length >= 6 && compoundSurnameLength(item.slice(-4)) === 2 ? [4, 3, 2] : [3, 2, 4];
  for (const n of order) {
    if (item.length - n < 2) continue;
    const name = item.slice(item.length - n);
    const description = item.slice(0, item.length - n);
    if (DESCRIPTION_ENDINGS[description.charCodeAt(description.length - 1)] !== 1) continue;
    // `副校长孙某某`: 长孙 is a compound surname, but here 长 ends the title before the name.
    if (n === 4 && !description.endsWith('的') && endsWithTitle(description + name[0])) continue;
    if (!isKnownName(name)) continue;
    if (hasAny(givenName(name), NOT_IN_DESCRIBED_NAME)) continue;
    return name;
  }
  return null;
}

/** What follows a name that opens a sentence: `A因…`, `A同志…`, `A提出…`, `A（女）…`. */
const AFTER_NAME = charTable('因同提辞辭向（的在于於由已请請表现現被任为為担擔，、曾自年于今是称稱说說');

/**
 * The name a sentence opens with (`葛某因工作变动提出辞职`), or null: a pronoun in a later sentence
 * (`接受他辞去…`) stands for it. Only a known surname and a word that commonly follows a name count.
 */
export function leadingName(s: string): string | null {
  for (const n of [3, 2, 4]) {
    if (s.length <= n) continue;
    const name = s.slice(0, n);
    if (AFTER_NAME[s.charCodeAt(n)] === 1 && isKnownName(name) && !hasAny(givenName(name), NOT_IN_DESCRIBED_NAME)) return name;
  }
  return null;
}

/**
 * `郑某副区长`, `钱某市长`: a name followed by the person's own title (a news item's way of naming
 * an official). Returns the name, or null when `s` is not a name and a title.
 */
export function nameBeforeTitle(s: string): string | null {
  for (const n of [3, 2, 4]) {
    if (s.length - n < 2 || s.length - n > MAX_TITLE_AFTER_NAME) continue;
    const name = s.slice(0, n);
    const title = s.slice(n);
    if (isKnownName(name) && !hasAny(givenName(name), NOT_IN_DESCRIBED_NAME) && PERSONAL_TITLE.test(title)) return name;
  }
  return null;
}

/**
 * A title standing after a name as an official's form of address: a whole title word, perhaps with
 * 副/常务/代, never part of a name (`王明主任`, not `王明主` + `任`).
 */
const PERSONAL_TITLE =
  /^(?:[副正代]|常务|常務|执行|執行)?(?:[省市县区州旗镇乡縣區鎮鄉]长|[省市县区州縣區]委书记|[省市县区州縣區]委書記|主任|主席|书记|書記|委员|委員|秘书长|秘書長|董事长|董事長|总经理|總經理|经理|經理|检察长|檢察長|[局院校部厅廳处處所庭行社会會馆館台臺司署科站队隊团團]长|[局院校部厅廳处處所庭行社会會馆館台臺司署科站队隊团團]長)$/;

const MAX_TITLE_AFTER_NAME = 6;

/** What stands right after a person who asks or is the subject of a request: `A（市长）提出…`. */
const ASKING = /提出|请求|請求|要求|申请|申請|因/g;

/**
 * The person a sentence speaks of, for a pronoun in a later one: the name it opens with, or a name
 * (perhaps with its title) right before 提出/请求/因 (`审议了钱某市长提出的…请求`).
 */
export function mentionedPerson(s: string): string | null {
  const lead = leadingName(s);
  if (lead !== null) return lead;
  ASKING.lastIndex = 0;
  for (let m = ASKING.exec(s); m; m = ASKING.exec(s)) {
    const before = s.slice(Math.max(0, m.index - 12), m.index);
    for (let title = 0; title <= MAX_TITLE_AFTER_NAME && title < before.length; title++) {
      if (title > 0 && !PERSONAL_TITLE.test(before.slice(before.length - title))) continue;
      const rest = before.slice(0, before.length - title);
      for (const n of [3, 2]) {
        const name = rest.slice(-n);
        if (name.length === n && isKnownName(name) && !hasAny(givenName(name), NOT_IN_DESCRIBED_NAME)) return name;
      }
    }
  }
  return null;
}

/** The name after its surname: a compound surname (`司徒`) may hold what a given name may not. */
function givenName(name: string): string {
  const compound = compoundSurnameLength(name);
  return compound > 1 ? name.slice(compound) : name;
}
