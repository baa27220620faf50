import { charTable } from '../text/normalise.util';

/**
 * Just enough knowledge of post names to expand `P1、P2` when P2 names only a title
 * (`聊城行政学院副院长、院务委员会委员` → P2 is `聊城行政学院院务委员会委员`).
 */

/** Endings of an organisation's name; the earliest one in a post marks the top-level organisation. */
const ORG_SUFFIXES = [
  '人民政府', '常务委员会', '常務委員會', '委员会', '委員會', '常委会', '常委會', '政府',
  // Associations and boards, which name their titles like any body (`某某协会会长、副会长`).
  '协会', '協會', '学会', '學會', '联合会', '聯合會', '商会', '商會', '基金会', '基金會', '研究会', '研究會',
  '促进会', '促進會', '总会', '總會', '工会', '工會', '理事会', '理事會', '董事会', '董事會', '监事会', '監事會', '委员团', '委員團',
  // A university's council and court in Hong Kong (`某大校董會`, `某大諮議會`).
  '校董会', '校董會', '谘议会', '咨议会', '諮議會',
  '幼兒園', '法院', '检察院', '檢察院', '学院', '學院', '大学', '大學',
  '学校', '學校', '中学', '中學', '小学', '小學', '幼儿园', '医院', '醫院', '研究院', '研究所', '办公室',
  '辦公室', '中心', '联合社', '聯合社', '公司', '集团', '集團', '银行', '銀行',
  '院', '局', '厅', '廳', '部', '署', '所', '站', '队', '隊', '馆', '館', '团', '團', '委',
];

/** Characters that end a place name: a post that contains one names its own organisation. */
const PLACE_MARKERS = charTable('省市县区州盟旗镇乡国縣區鎮鄉國');

/** Posts that begin with these name their own organisation even without a place marker. */
const ROOTS = ['中华人民共和国', '中華人民共和國', '中国', '中國', '国务院', '國務院', '国务委员', '國務委員', '全国', '全國', '中央', '中共'];

/** The endings by their first character, longest first: a post is scanned once, not once per ending. */
const SUFFIXES_BY_HEAD = new Map<string, string[]>();
for (const suffix of [...ORG_SUFFIXES].sort((a, b) => b.length - a.length)) {
  const list = SUFFIXES_BY_HEAD.get(suffix[0]);
  if (list) list.push(suffix);
  else SUFFIXES_BY_HEAD.set(suffix[0], [suffix]);
}

/** Whether `name` ends as a body's name does (`…办公室`, `…大学`): a body, not a title. */
export function endsAsBody(name: string): boolean {
  return name.length >= 3 && ORG_SUFFIXES.some((e) => e.length >= 2 && name.endsWith(e)) && !endsWithTitle(name);
}

/**
 * The top-level organisation at the start of `post`: the text up to the organisation ending that
 * starts earliest (longest ending at that place), leaving a title after it. Null when none is found.
 */
export function organisationPrefix(post: string): string | null {
  // `国务院某某办公室主任`: a body under the State Council is named after it, not the Council itself.
  for (const root of ROOT_BODIES) {
    if (!post.startsWith(root)) continue;
    const inner = organisationPrefix(post.slice(root.length));
    if (inner !== null) return root + inner;
  }
  // `董事会秘书长`, `政府主席`: a board or a government named alone is the body of the titles after it.
  const board = BOARDS.find((b) => post.startsWith(b) && post.length > b.length + 1);
  return firstBody(post) ?? board ?? null;
}

const VERB_AFTER_WEI = '任托託派';

const BOARDS = ['董事会', '董事會', '监事会', '監事會', '理事会', '理事會', '人民政府', '政府'];

const ROOT_BODIES = ['国务院', '國務院'];

function firstBody(post: string): string | null {
  // An organisation has a name of two characters or more before its ending: `副院长` has none.
  for (let i = 2; i < post.length - 1; i++) {
    const candidates = SUFFIXES_BY_HEAD.get(post[i]);
    if (candidates === undefined) continue;
    for (const suffix of candidates) {
      if (!post.startsWith(suffix, i)) continue;
      let end = i + suffix.length;
      // `国务委员`: 委 before 员 is the title 委员, not a committee (`市委`).
      if (suffix === '委' && (post[end] === '员' || post[end] === '員')) continue;
      // `政治委任官员…委员会`: 委 before 任, 托 or 派 is a verb inside the name, not a committee.
      if (suffix === '委' && VERB_AFTER_WEI.includes(post[end])) continue;
      // `某某（集团）有限公司`: a bracketed ending is part of the name that goes on after it.
      if (post[end] === '）') end++;
      // `某省人民政府委员会主席` (1949–1954): the government's council is the body.
      if ((suffix === '人民政府' || suffix === '政府') && post.startsWith('委员会', end) && end + 3 < post.length) end += 3;
      // `…控股集团有限公司`: the company form belongs to the name.
      const form = COMPANY_FORMS.find((f) => post.startsWith(f, end));
      if (form && end + form.length < post.length) end += form.length;
      // `某某委员会办公室主任`: an office of the body is the body the title belongs to.
      const office = OFFICES.find((f) => post.startsWith(f, end));
      if (office && end + office.length < post.length) end += office.length;
      // `某某中学教育集团党委书记`: a group named after the body it grew from is the organisation.
      const group = GROUPED.exec(post.slice(end));
      if (group && end + group[0].length < post.length) end += group[0].length;
      // `某某股份有限公司某某分公司总经理`: a branch is the body its people work for.
      const branch = BRANCH.exec(post.slice(end));
      if (branch && end + branch[0].length < post.length) end += branch[0].length;
      if (end >= 2 && end < post.length) return post.slice(0, end);
    }
  }
  // `某某六中书记`: a school known by its number (第六中学 said short).
  const school = NUMBERED_SCHOOL.exec(post);
  return school !== null && school[0].length < post.length ? school[0] : null;
}

const NUMBERED_SCHOOL = /^[^、，]{2,8}?[一二三四五六七八九十\d]{1,3}[中小]/;

const COMPANY_FORMS = ['股份有限公司', '有限责任公司', '有限公司', '公司'];
const OFFICES = ['办公室', '辦公室', '办公厅', '辦公廳'];
const BRANCH = /^[^、，（）]{1,8}?(?:分公司|子公司|分行|支行|分院|分局|分厂|分廠|分校)/;
const GROUPED = /^[^、，（）]{0,4}?(?:集团|集團)(?:有限公司|公司)?/;

/** A party committee inside an organisation (`武汉大学党委`), and the titles that belong to it. */
const STATIONED = /^[驻駐](?![会會])/;

const PARTY_BODIES = ['党委', '党组', '党工委', '党总支', '党支部'];
const PARTY_TITLES = /^(?:常务)?副?书记$|^常委$|^委员$|^成员$/;

/**
 * Whether `post` (the second or later item of a list) names only a title and so belongs to the
 * organisation of the first item.
 */
export function isBareTitle(post: string, first: string): boolean {
  if (post.length === 0) return false;
  // `代理县长`, `副市长`: the head of a place's government, named without the place.
  if (PLACE_HEAD.test(post)) return true;
  // A post that begins as the first does names its own body — unless it is a short title that only
  // happens to (`政务委员` after `政务院总理`).
  if (first.length >= 2 && post.startsWith(first.slice(0, 2)) && post.length > MAX_SHORT_TITLE) return false;
  if (ROOTS.some((r) => post.startsWith(r))) return false;
  // `驻某国大使`: a post named by where it is stationed names its own place (not `驻会副主席`).
  if (STATIONED.test(post)) return false;
  // `厅党委副书记`, `局党组成员`: the body named short by its kind, as a notice may; kept as written.
  if (SHORT_BODY_PARTY.test(post)) return false;
  // `保利集团副总会计师、中轻集团监事会主席`: a post naming its own company, university or court.
  if (namesOwnBody(post)) return false;
  // `國發會主委`, `原民會副主委`: a council named by its abbreviation, as Taiwan's press does.
  if (ABBREVIATED_COUNCIL.test(post)) return false;
  // `海關關長`, `審計署審計長`: a body that is one of a kind in its government, named alone.
  if (SOLE_BODIES.some((b) => post.startsWith(b) && post.length > b.length + 1)) return false;
  // `市公安局局长`, `市政府法律顾问`: the place's own bureau or government, named short, not a title
  // of the body before.
  if (PLACE_MARKERS[post.charCodeAt(0)] === 1 && (organisationPrefix(post) !== null || PLACE_OWN_BODY.test(post))) return false;
  for (let i = 2; i < post.length - 1; i++) if (PLACE_MARKERS[post.charCodeAt(i)] === 1) return false;
  return true;
}

/** Endings that make a body of its own wherever they stand (not `审判委员会`, `院务委员会`). */
const OWN_BODIES = ['集团', '集團', '公司', '大学', '大學', '银行', '銀行', '人民政府', '法院', '检察院', '醫院', '医院', '研究院', '研究所'];

function namesOwnBody(post: string): boolean {
  for (const b of OWN_BODIES) {
    const at = post.indexOf(b);
    if (at >= 2 && at + b.length < post.length) return true;
  }
  return false;
}

/** Last characters of a post's title: what separates `聊城市预防医学研究所副所长` from `女` or `三年`. */
const TITLE_ENDINGS = charTable('长長任记記员員师師官学學席理事士问問表辑輯监監使督导導书書编編裁人挥揮管谋謀令委董');

export function isPostLike(s: string): boolean {
  return s.length >= 2 && TITLE_ENDINGS[s.charCodeAt(s.length - 1)] === 1;
}

/** `辽东省主席` → `辽东省`: a place standing for its government when no body is named. */
/** The organisation at the start of `post`, or failing one the place it names (`某某市` of `某某市市长`). */
export function organisationOrPlace(post: string): string | null {
  return organisationPrefix(post) ?? placePrefix(post);
}

function placePrefix(first: string): string | null {
  // `常务副县长`, `副市长`: a title whose word for the place is no place name.
  if (TITLE_HEAD.test(first)) return null;
  // `中华人民共和国主席、副主席`: the state itself, named by its full name.
  const state = STATE.exec(first);
  if (state && state[0].length < first.length) return state[0];
  // `广西壮族自治区主席`: an autonomous area's name runs past the four characters of most places.
  const autonomous = AUTONOMOUS_AREA.exec(first);
  if (autonomous && autonomous[0].length < first.length) return autonomous[0];
  for (let i = 2; i <= 4 && i < first.length - 1; i++) if (PLACE_MARKERS[first.charCodeAt(i)] === 1) return first.slice(0, i + 1);
  return null;
}

/** A party committee named in full (`中共某某大学委员会`) or short (`中共某某市委`, `中共某某县委`). */
// Traditional forms too: a roster's heading keeps its own script (see read-clauses).
const PARTY_COMMITTEE_FULL = /^(?:中共|中国共产党|中國共產黨)[^、，（）]{1,20}?(?:委员会|委員會)/;
const PARTY_COMMITTEE = /^(?:中共|中国共产党|中國共產黨)[^、，（）]{1,20}?(?:[省市县区州旗盟縣區]委|党委|黨委|工委)/;

/** A place's own government, committee, congress or court, named by the place's marker alone. */
const PLACE_OWN_BODY = /^.(?:人民政府|政府|委|人大|人民法院|法院|人民检察院|检察院)/;

const MAX_SHORT_TITLE = 4;

const SHORT_BODY_PARTY = /^[局厅廳部院校所处處司署委][党黨]/;

const SOLE_BODIES = ['海关', '海關', '审计署', '審計署', '廉政公署', '检察院', '檢察院', '警察总局', '警察總局'];
const ABBREVIATED_COUNCIL = /^[^、，（）会會]{2}[会會](?:副|常务|常務)?(?:主委|主任委员|主任委員|主任|委员|委員|秘书长|秘書長|执行长|執行長)$/;

const STATE = /^(?:中华人民共和国|中華人民共和國|中华民国|中華民國)/;

const AUTONOMOUS_AREA = /^[^、，（）省市县縣]{2,10}?自治[区區州县縣旗]/;

const TITLE_HEAD = /^(?:副|常务|常務|代理|第一)/;

const PLACE_HEAD = /^(?:代理|常务|第一)?副?[省市县区州盟旗镇乡]长$/;

/** `副省长`, `代理市长`: the head of a place's government, the place left unsaid. */
export function isPlaceHead(post: string): boolean {
  return PLACE_HEAD.test(post);
}

/**
 * `P2` of `P1、P2`, with P1's organisation added when P2 names only a title. A party title after a
 * post in the organisation's party committee stays in the committee (`武汉大学党委委员、常委` →
 * `武汉大学党委常委`); any other title belongs to the organisation (`…、副校长` → `武汉大学副校长`).
 */
export function inheritOrganisation(post: string, first: string): string {
  if (!isBareTitle(post, first)) return post;
  // `中共某某大学委员会委员、常委`: the party committee is the organisation, not the university.
  const committee = PARTY_COMMITTEE_FULL.exec(first) ?? PARTY_COMMITTEE.exec(first);
  if (committee && committee[0].length < first.length) return committee[0] + post;
  // A list's body standing alone above its rows (`华东军政委员会`) is the organisation itself.
  let org = organisationPrefix(first) ?? placePrefix(first) ?? (endsAsBody(first) ? first : null);
  if (org === null || post.startsWith(org)) return post;
  // `某市财政局局长、审计局局长`: a body of the same kind as the first is its peer, under the same
  // parent (`某市`), not inside it.
  const peer = peerParent(org, organisationPrefix(post));
  if (peer !== null) return post.startsWith(peer) ? post : peer + post;
  // `某县人民政府办公室主任、副县长`: a place's head belongs to its government, not to the office.
  const office = OFFICES.find((f) => (org as string).endsWith(f));
  if (office && PLACE_HEAD.test(post)) org = org.slice(0, -office.length);
  const party = PARTY_BODIES.find((b) => first.startsWith(b, (org as string).length));
  if (party && PARTY_TITLES.test(post)) org += party;
  // `某某咨询委员会主席、委员会成员`: the title names the body by its ending; it is said once.
  const said = ORG_SUFFIXES.find((e) => e.length >= 2 && org.endsWith(e) && post.startsWith(e) && post.length > e.length);
  return said ? org + post.slice(said.length) : org + post;
}

/**
 * Title words a post ends with. `isPostLike` looks at one character (enough after 为, where a post
 * must follow); where nothing but the order of words says a post stands before a name
 * (`任命P A`), the whole title word must be there: `办理` ends in 理 but is not `经理`.
 */
const TITLE_WORDS = [
  '长', '長', '主席', '主任', '书记', '書記', '委员', '委員', '常委', '经理', '經理', '总理', '總理', '助理', '总监', '總監',
  '馆员', '館員', '参事', '參事', '顾问', '顧問', '审判员', '審判員', '检察员', '檢察員', '法官', '秘书', '秘書', '干事', '幹事',
  '董事', '监事', '監事', '会计师', '工程师', '總工程師', '专员', '專員', '参赞', '參贊', '大使', '领事', '領事', '司令员', '政委',
  '政治委员', '成员', '成員', '理事', '督学', '督學', '巡视员', '调研员', '秘书长', '委员长', '委員長', '主委', '次长', '次長',
  // Heads whose 长 follows a character the single-长 rule does not take (`检察长`, `署长`, `关长`).
  '检察长', '檢察長', '署长', '署長', '关长', '關長', '审计长', '審計長', '参谋长', '參謀長', '审判长', '審判長', '监狱长', '監獄長',
];

/**
 * TITLE_WORDS by their last character: every name a list reads is asked whether it ends in a title,
 * and a look-up by its last character rules almost all out without comparing each word.
 */
const TITLES_BY_LAST = new Map<number, string[]>();
for (const w of TITLE_WORDS) {
  const last = w.charCodeAt(w.length - 1);
  const words = TITLES_BY_LAST.get(last);
  if (words) words.push(w);
  else TITLES_BY_LAST.set(last, [w]);
}

const BODY_BEFORE_HEAD = /[局厅處处部院校所科室站队隊社团團庭组組区區市县縣省镇鎮乡鄉州盟旗村行馆館台臺会會司署办辦股班场場厂廠店]$/;
const RANK_BEFORE_HEAD = /(?:[副总總事书班组社团會会]|秘书)$/;

export function endsWithTitle(post: string): boolean {
  if (post.length < 2) return false;
  const words = TITLES_BY_LAST.get(post.charCodeAt(post.length - 1));
  if (words === undefined) return false;
  for (const w of words) {
    if (!post.endsWith(w)) continue;
    // A lone 长 after one character is rarely a title (`延长`, `增长`); `局长`, `校长` are.
    if (w.length === 1 && !BODY_BEFORE_HEAD.test(post.slice(0, -1)) && !RANK_BEFORE_HEAD.test(post.slice(0, -1))) continue;
    return true;
  }
  return false;
}

/** Words that make a fragment a clause (a decision, a verb), not a post standing alone. */
const CLAUSE_WORDS = /[为為任免聘辞辭兼是的]|担任|擔任|不再|代理|表示|讲话|講話|发言|發言|出席|主持|此前|曾经|曾經/;

/**
 * `任A为某集团董事长、总经理，某公司董事长`: after a reading, a fragment that is only posts, the first
 * naming its own organisation, continues the posts of the reading before (the comma stands where
 * `、` would). A bare title or anything with a verb in it is not such a fragment.
 */
export function isStandalonePost(fragment: string): boolean {
  if (fragment.length < 4 || CLAUSE_WORDS.test(fragment)) return false;
  const items = fragment.split('、');
  const first = items[0];
  const last = items[items.length - 1];
  if (!endsWithTitle(first) || !endsWithTitle(last)) return false;
  return organisationPrefix(first) !== null || ROOTS.some((r) => first.startsWith(r));
}

/** Titles a list's row names alone after its first, full post: `副主席`, `常务副主任`, `委员`. */
const ROW_TITLES = ['主席', '主任', '书记', '委员', '常委', '秘书长', '部长', '省长', '市长', '县长', '区长', '厅长', '局长', '院长', '校长', '司令员', '政治委员', '政委', '总理', '总经理', '董事长', '检察长', '馆长', '社长', '所长', '队长', '州长', '主任委员'];
// Longest first: `主任委员` is read whole, not as `主任` and more.
const ROW_TITLE = new RegExp(`^(?:常务|常務|第一)?副?(?:${[...ROW_TITLES].sort((a, b) => b.length - a.length).join("|")})`);

/** `副主席` as a whole: a later post of a row, the first post's body left out. */
export function isLaterRowTitle(s: string): boolean {
  return ROW_TITLE.exec(s)?.[0] === s;
}

export function startsWithRowTitle(s: string): boolean {
  return ROW_TITLE.test(s);
}

/**
 * `某市财政局、审计局局长`: the title every item but the last lacks, when each of them is a body the
 * title completes; null for any other list. Items are without brackets.
 */
export function sharedTitle(items: string[]): string | null {
  if (items.length < 2) return null;
  const last = items[items.length - 1];
  const body = organisationPrefix(last);
  if (body === null || body.length >= last.length) return null;
  const title = last.slice(body.length);
  for (let k = 0; k < items.length - 1; k++) {
    const item = items[k];
    if (item.length < 3 || endsWithTitle(item) || !(endsAsBody(item) || organisationPrefix(item + title) === item)) return null;
  }
  return title;
}

/** Kinds of body that stand side by side under one parent (a city's bureaus, a congress's committees). */
const PEER_KINDS = ['委员会', '委員會', '局', '厅', '廳'];
/** Characters that end a parent's name before its body (`某市`, `某省人大常委会`). */
const PARENT_ENDS = charTable('会會局厅廳市省县縣区區州部院');

/**
 * The parent of `org` when `own` (the second post's own body) is of the same kind as org's last
 * body: `某市财政局` and `审计局` → `某市`. Null when the kinds differ or org has no parent.
 */
function peerParent(org: string, own: string | null): string | null {
  if (own === null) return null;
  const kind = PEER_KINDS.find((k) => own.endsWith(k) && org.endsWith(k));
  if (kind === undefined) return null;
  for (let i = org.length - kind.length - 1; i >= 1; i--) if (PARENT_ENDS[org.charCodeAt(i)] === 1) return org.slice(0, i + 1);
  return null;
}
