// opencc-js's CommonJS build, as the parser loads it (its types are ESM-only).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC: { Converter(options: { from: 'cn'; to: 'hk' }): (text: string) => string } = require('opencc-js/cn2t');

/**
 * Decision sentences composed from their parts — people, posts, decision words and list shapes —
 * with invented names, each with the events it states. The parser must read every composition: a
 * new arrangement of known parts is not a new form. Nothing here comes from a corpus file.
 */

export interface Expected {
  type: 'appoint' | 'remove' | 'auto_remove';
  person: string;
  position: string;
}

export interface Composition {
  /** Which parts made it, for the test's name and for counting misses by part. */
  parts: { verb: string; shape: string; name: string; script: string; frame: string };
  text: string;
  events: Expected[];
}

/** A person as written and as the name the event must carry. */
export interface NameShape {
  id: string;
  write: (name: string) => string;
}

/** Invented people: a two-, three- and four-character name (a compound surname), none famous. */
const PEOPLE = [
  ['葛云舟', '童岚', '欧阳秋实'],
  ['简书航', '柏宁', '上官念真'],
  ['庞子衿', '戚远', '司马清和'],
];

export const NAME_SHAPES: NameShape[] = [
  { id: 'bare', write: (n) => n },
  { id: '同志', write: (n) => `${n}同志` },
  { id: '（女）', write: (n) => `${n}（女）` },
];

/** Posts: an organisation and a title, some whose later titles inherit the organisation. */
export interface PostPart {
  org: string;
  title: string;
  /** A second title that, written bare after `、`, belongs to the same organisation. */
  second?: string;
}

export const POSTS: PostPart[] = [
  { org: '青禾市财政局', title: '局长' },
  { org: '青禾市人民政府', title: '副市长' },
  { org: '中共青禾县委员会', title: '常委', second: '副书记' },
  { org: '青禾市中级人民法院', title: '副院长', second: '审判员' },
  { org: '东林理工大学', title: '副校长' },
  { org: '青禾矿业(集团)有限公司', title: '总经理' },
];

export interface VerbPart {
  id: string;
  type: Expected['type'];
  /** One person, one post. */
  one: (person: string, post: string) => string;
  /** Several people, one post (`A、B为P`); absent where the form takes one person. */
  many?: (persons: string, post: string) => string;
  /** Several people each with a post, one decision word: `任命A为P1，B为P2`. */
  pairs?: (pairs: [string, string][]) => string;
}

const join = (pairs: [string, string][], each: (p: string, q: string) => string, sep = '，') => pairs.map(([p, q]) => each(p, q)).join(sep);

export const VERBS: VerbPart[] = [
  { id: '任命', type: 'appoint', one: (a, p) => `任命${a}为${p}`, many: (a, p) => `任命${a}为${p}`, pairs: (ps) => `任命${join(ps, (a, p) => `${a}为${p}`)}` },
  { id: '决定任命', type: 'appoint', one: (a, p) => `决定任命${a}为${p}`, many: (a, p) => `决定任命${a}为${p}` },
  { id: '聘任', type: 'appoint', one: (a, p) => `聘任${a}为${p}`, many: (a, p) => `聘任${a}为${p}`, pairs: (ps) => `聘任${join(ps, (a, p) => `${a}为${p}`)}` },
  { id: '续聘', type: 'appoint', one: (a, p) => `续聘${a}为${p}`, many: (a, p) => `续聘${a}为${p}` },
  { id: '聘请', type: 'appoint', one: (a, p) => `聘请${a}为${p}`, many: (a, p) => `聘请${a}为${p}` },
  { id: '受聘', type: 'appoint', one: (a, p) => `${a}受聘为${p}`, many: (a, p) => `${a}受聘为${p}` },
  { id: '选举', type: 'appoint', one: (a, p) => `选举${a}为${p}`, many: (a, p) => `选举${a}为${p}` },
  { id: '当选', type: 'appoint', one: (a, p) => `${a}当选为${p}`, many: (a, p) => `${a}当选为${p}` },
  { id: '推选', type: 'appoint', one: (a, p) => `推选${a}为${p}`, many: (a, p) => `推选${a}为${p}` },
  { id: '任', type: 'appoint', one: (a, p) => `决定${a}任${p}`, pairs: (ps) => `决定${join(ps, (a, p) => `${a}任${p}`)}` },
  { id: '免去的', type: 'remove', one: (a, p) => `免去${a}的${p}职务`, many: (a, p) => `免去${a}的${p}职务`, pairs: (ps) => `免去${join(ps, (a, p) => `${a}的${p}职务`)}` },
  { id: '免去', type: 'remove', one: (a, p) => `免去${a}${p}职务` },
  { id: '免去的的', type: 'remove', one: (a, p) => `免去${a}的${p}的职务`, many: (a, p) => `免去${a}的${p}的职务` },
  { id: '免除', type: 'remove', one: (a, p) => `免除${a}的${p}职务`, many: (a, p) => `免除${a}的${p}职务` },
  { id: '撤销', type: 'remove', one: (a, p) => `撤销${a}的${p}职务` },
  { id: '不再担任', type: 'remove', one: (a, p) => `${a}不再担任${p}职务`, many: (a, p) => `${a}不再担任${p}职务` },
  { id: '接受辞去', type: 'remove', one: (a, p) => `决定接受${a}辞去${p}职务的请求` },
  { id: '自然免除', type: 'auto_remove', one: (a, p) => `${a}的原${p}职务自然免除` },
];

export const SCRIPTS = ['simplified', 'traditional'] as const;

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** How the decision stands in a document: a titled notice, or a news item's sentence. */
export const FRAMES = ['notice', 'news'] as const;

function frame(kind: (typeof FRAMES)[number], body: string): string {
  if (kind === 'notice') {
    return ['青禾市人民政府', '关于任免工作人员的通知', '青政任〔2024〕7号', '各县（市、区）人民政府：', `经研究，${body}。`, '青禾市人民政府', '2024年3月5日', ''].join('\n');
  }
  return [`本报讯 2024年3月5日，青禾市人大常委会举行第十二次会议。会议经表决，${body}。`, ''].join('\n');
}

function post(p: PostPart, withSecond: boolean): { text: string; full: string[] } {
  if (withSecond && p.second) return { text: `${p.org}${p.title}、${p.second}`, full: [p.org + p.title, p.org + p.second] };
  return { text: p.org + p.title, full: [p.org + p.title] };
}

/**
 * Arrangements beyond one verb over a list: acting posts, transfers, a post before its holders, the
 * subject left out of a second clause, `分别`, a resignation accepted. Each takes three people and
 * two posts (the first with a second title where it has one) and says what it states.
 */
export interface FormPart {
  id: string;
  /** A form only news writes (a ceremony's story), not a notice: composed in that frame alone. */
  newsOnly?: boolean;
  body: (n: string[], p1: PostPart, p2: PostPart) => string;
  events: (n: string[], p1: PostPart, p2: PostPart) => Expected[];
}

const A = (person: string, position: string): Expected => ({ type: 'appoint', person, position });
const R = (person: string, position: string): Expected => ({ type: 'remove', person, position });

/** A name followed by the person's title is written without 同志 or （女） between them. */
const bare = (written: string) => written.replace(/同志$|（女）$/, '');

export const FORMS: FormPart[] = [
  { id: '决定为代理', body: (n, p) => `决定${n[0]}为${p.org}代理${p.title}`, events: (n, p) => [A(n[0], `${p.org}代理${p.title}`)] },
  { id: '代理职务', body: (n, p) => `决定由${n[0]}代理${p.org}${p.title}职务`, events: (n, p) => [A(n[0], `${p.org}代理${p.title}`)] },
  { id: '转任', body: (n, p, q) => `决定${n[0]}由${p.org}${p.title}转任${q.org}${q.title}`, events: (n, p, q) => [A(n[0], q.org + q.title), R(n[0], p.org + p.title)] },
  { id: '免去任', body: (n, p, q) => `免去${n[0]}${p.org}${p.title}职务，任${q.org}${q.title}`, events: (n, p, q) => [R(n[0], p.org + p.title), A(n[0], q.org + q.title)] },
  { id: '任免去', body: (n, p, q) => `任命${n[0]}为${q.org}${q.title}，免去其${p.org}${p.title}职务`, events: (n, p, q) => [A(n[0], q.org + q.title), R(n[0], p.org + p.title)] },
  { id: '分别出任', body: (n, p, q) => `决定${n[0]}、${n[1]}分别出任${p.org}${p.title}、${q.org}${q.title}`, events: (n, p, q) => [A(n[0], p.org + p.title), A(n[1], q.org + q.title)] },
  { id: '由接任', body: (n, p) => `${p.org}${p.title}一职由${n[0]}接任`, events: (n, p) => [A(n[0], p.org + p.title)] },
  { id: '由担任', body: (n, p) => `决定${p.org}${p.title}由${n[0]}、${n[1]}担任`, events: (n, p) => [A(n[0], p.org + p.title), A(n[1], p.org + p.title)] },
  { id: '职在名前', body: (n, p) => `任命${p.org}${p.title}${n[0]}，${p.second ?? '秘书长'}${n[1]}、${n[2]}`, events: (n, p) => [A(n[0], p.org + p.title), A(n[1], p.org + (p.second ?? '秘书长')), A(n[2], p.org + (p.second ?? '秘书长'))] },
  { id: '接受请求辞去', body: (n, p) => `决定接受${n[0]}请求辞去${p.org}${p.title}职务`, events: (n, p) => [R(n[0], p.org + p.title)] },
  { id: '接受他辞去', body: (n, p) => `${n[0]}因工作变动提出辞职，会议决定接受他辞去${p.org}${p.title}职务的请求`, events: (n, p) => [R(n[0], p.org + p.title)] },
  { id: '撤销并列', body: (n, p) => `撤销${n[0]}的${p.org}${p.title}、${p.second ?? '委员'}职务`, events: (n, p) => [R(n[0], p.org + p.title), R(n[0], p.org + (p.second ?? '委员'))] },
  {
    id: '下列人员名单',
    body: (n, p) => `决定聘请下列人员担任${p.org}${p.title}，聘期三年。名单如下（按姓氏笔画排序）：\n${n[0]} 青禾明德律师事务所\n${n[1]} 东林理工大学教授\n${n[2]}\n`,
    events: (n, p) => n.map((a) => A(a, p.org + p.title)),
  },
  {
    id: '名单前有全称',
    body: (n, p) => `新聘任3人为${p.org}${p.title}。聘任的${p.title}有：${n[0]}（无党派）、${n[1]}（民盟）、${n[2]}等3人`,
    events: (n, p) => n.map((a) => A(a, p.org + p.title)),
  },
  { id: '描述后获聘', body: (n, p) => `此外，本校${n[0]}（无党派）、${n[1]}（民进）2人获聘${p.org}${p.title}`, events: (n, p) => [A(n[0], p.org + p.title), A(n[1], p.org + p.title)] },
  { id: '副职代理', body: (n, p) => `任命${n[0]}为${p.org}副主任代理主任`, events: (n, p) => [A(n[0], `${p.org}副主任`), A(n[0], `${p.org}代理主任`)] },
  { id: '宣布了为', body: (n, p) => `会上宣布了${n[0]}、${n[1]}为${p.org}${p.title}`, events: (n, p) => [A(n[0], p.org + p.title), A(n[1], p.org + p.title)] },
  {
    id: '兼任担任链',
    body: (n, p, q) => `决定${n[0]}兼任${p.org}${p.title}、${n[1]}担任${q.org}${q.title}、${q.second ?? '秘书长'}`,
    events: (n, p, q) => [A(n[0], p.org + p.title), A(n[1], q.org + q.title), A(n[1], q.org + (q.second ?? '秘书长'))],
  },
  {
    id: '和连接职务',
    body: (n, p, q) => `免去${n[0]}的${p.org}${p.title}和${q.org}${q.title}、${q.second ?? '委员'}职务`,
    events: (n, p, q) => [R(n[0], p.org + p.title), R(n[0], q.org + q.title), R(n[0], q.org + (q.second ?? '委员'))],
  },
  { id: '名后职称代理', body: (n, p) => `决定${bare(n[0])}副市长代理${p.org}${p.title}职务`, events: (n, p) => [A(n[0], `${p.org}代理${p.title}`)] },
  {
    id: '请求后他',
    body: (n, p) => `会议审议了${bare(n[0])}市长提出的要求辞去${p.org}${p.title}职务的请求，决定接受他辞去${p.org}${p.title}职务`,
    events: (n, p) => [R(n[0], p.org + p.title)],
  },
  {
    id: '聘请的是',
    body: (n) => `市政府聘请的法律顾问是：东林大学法学院院长${n[0]}、青禾明德律师事务所主任${n[1]}；市政府法律顾问助理是市司法局${n[2]}`,
    events: (n) => [A(n[0], '市政府法律顾问'), A(n[1], '市政府法律顾问'), A(n[2], '市政府法律顾问助理')],
  },
  { id: '引用决定标题', body: (n, p) => `会议表决通过了《青禾市人大常委会关于${n[0]}为${p.org}${p.title}的决定》`, events: (n, p) => [A(n[0], p.org + p.title)] },
  { id: '委员与部长', body: (n) => `任命${n[0]}为国务委员、国防部部长`, events: (n) => [A(n[0], '国务委员'), A(n[0], '国防部部长')] },
  { id: '新聘描述', body: (n, p) => `新聘东林大学教授${n[0]}、${n[1]}为${p.org}${p.title}`, events: (n, p) => [A(n[0], p.org + p.title), A(n[1], p.org + p.title)] },
  { id: '新聘为冒号', body: (n, p) => `新聘${p.title}为：${n[0]}、${n[1]}、${n[2]}`, events: (n, p) => n.map((a) => A(a, p.title)) },
  {
    id: '表格行',
    body: (n, p, q) => `任免如下：\n任命：\n${bare(n[0])} ${p.org}${p.title}\n${bare(n[1])} ${q.org}${q.title}\n免去：\n${bare(n[2])} ${q.org}${q.title}职务\n`,
    events: (n, p, q) => [A(n[0], p.org + p.title), A(n[1], q.org + q.title), R(n[2], q.org + q.title)],
  },
  {
    id: '委任块',
    body: (n, p, q) => `委任：\n${n[0]}为${p.org}${p.title}，\n${n[1]}为${q.org}${q.title}；\n免去：\n${n[2]}的${q.org}${q.title}职务`,
    events: (n, p, q) => [A(n[0], p.org + p.title), A(n[1], q.org + q.title), R(n[2], q.org + q.title)],
  },
  { id: '任并免其', body: (n, p, q) => `${n[0]}任${q.org}${q.title}，免去其${p.org}${p.title}职务`, events: (n, p, q) => [A(n[0], q.org + q.title), R(n[0], p.org + p.title)] },
  {
    id: '职务冒号名单',
    body: (n, p) => `决定任命：\n${p.org}${p.title}：${n[0]}\n${p.second ?? '委员'}：${n[1]}、${n[2]}\n`,
    events: (n, p) => [A(n[0], p.org + p.title), A(n[1], p.org + (p.second ?? '委员')), A(n[2], p.org + (p.second ?? '委员'))],
  },
  {
    id: '下列人士冒号',
    body: (n) => `委任下列人士为青禾上诉委员团成员，任期两年：${bare(n[0])}先生、${bare(n[1])}女士、${bare(n[2])}博士`,
    events: (n) => n.map((a) => A(a, '青禾上诉委员团成员')),
  },
  {
    id: '委员会成员',
    body: (n) => `委任${n[0]}为青禾咨询委员会主席，任期两年。再度委任${n[1]}、${n[2]}为委员会成员`,
    events: (n) => [A(n[0], '青禾咨询委员会主席'), A(n[1], '青禾咨询委员会成员'), A(n[2], '青禾咨询委员会成员')],
  },
  {
    id: '仪式名在前',
    newsOnly: true,
    body: (n) => `11日，青禾市文史研究馆馆员聘任仪式举行。市长为${n[0]}、${n[1]}、${n[2]}等3位新聘馆员颁发聘书`,
    events: (n) => n.map((a) => A(a, '青禾市文史研究馆馆员')),
  },
  {
    id: '发布通知包括',
    newsOnly: true,
    body: (n, p, q) => `2025年12月30日，人事局发布《关于${bare(n[0])}等同志职务任免的通知》，其中涉及多个机构。包括：\n${bare(n[0])}同志任${p.org}${p.title}（兼），${bare(n[1])}同志任${q.org}${q.title}（试用期至2026年4月）；`,
    events: (n, p, q) => [A(n[0], p.org + p.title), A(n[1], q.org + q.title)],
  },
  {
    id: '代理在前',
    body: (n) => `决定任命${n[0]}为青禾市人民政府副市长、代理青禾市人民政府市长职务`,
    events: (n) => [A(n[0], '青禾市人民政府副市长'), A(n[0], '青禾市人民政府代理市长')],
  },
  { id: '名后职称为', body: (n) => `决定${bare(n[0])}副市长为青禾市人民政府代理市长`, events: (n) => [A(n[0], '青禾市人民政府代理市长')] },
  {
    id: '市局简称',
    body: (n) => `决定免去${n[0]}青禾市人民政府副市长、市公安局局长职务`,
    events: (n) => [R(n[0], '青禾市人民政府副市长'), R(n[0], '市公安局局长')],
  },
  {
    id: '代表在前',
    body: (n) => `决定接受${n[0]}辞去青禾区第十五届人大代表、人事工作委员会委员职务的请求`,
    events: (n) => [R(n[0], '人事工作委员会委员')],
  },
  {
    id: '集团公司',
    body: (n) => `${n[0]}任青禾汽车集团公司董事长、党委书记，免去其青禾装备集团公司总经理、党组副书记职务`,
    events: (n) => [A(n[0], '青禾汽车集团公司董事长'), A(n[0], '青禾汽车集团公司党委书记'), R(n[0], '青禾装备集团公司总经理'), R(n[0], '青禾装备集团公司党组副书记')],
  },
  {
    id: '公告不再由担任',
    newsOnly: true,
    body: (n) => `青禾集团15日晚间发布公告称，${bare(n[0])}由于年龄原因不再担任集团董事长职务，由集团董事${bare(n[1])}、${bare(n[2])}担任集团轮值董事长`,
    events: (n) => [R(n[0], '集团董事长'), A(n[1], '集团轮值董事长'), A(n[2], '集团轮值董事长')],
  },
  {
    id: '兼部长',
    body: (n) => `任命${n[0]}为政务院总理兼外交部长，${n[1]}为政务院副总理兼秘书长`,
    events: (n) => [A(n[0], '政务院总理'), A(n[0], '外交部长'), A(n[1], '政务院副总理'), A(n[1], '政务院秘书长')],
  },
  {
    id: '逗号续职',
    body: (n, p, q) => `决定${n[0]}任${p.org}${p.title}、${p.second ?? '委员'}，${q.org}${q.title}、${q.second ?? '秘书长'}`,
    events: (n, p, q) => [A(n[0], p.org + p.title), A(n[0], p.org + (p.second ?? '委员')), A(n[0], q.org + q.title), A(n[0], q.org + (q.second ?? '秘书长'))],
  },
  {
    id: '名后副职免去',
    body: (n, p) => `任命${n[0]}为${p.org}主任，免去${bare(n[1])}副主任职务`,
    events: (n, p) => [A(n[0], `${p.org}主任`), R(n[1], `${p.org}副主任`)],
  },
  { id: '名后职称不再兼任', body: (n, p) => `决定${n[0]}任${p.org}${p.title}，${bare(n[1])}院长不再兼任${p.org}${p.title}`, events: (n, p) => [A(n[0], p.org + p.title), R(n[1], p.org + p.title)] },
  {
    id: '将于出任',
    newsOnly: true,
    body: (n, p, q) => `政府今日宣布，现任${p.org}${p.title}${bare(n[0])}将于2025年3月1日出任${q.org}${q.title}，接替将于同日退休的${bare(n[1])}`,
    events: (n, p, q) => [A(n[0], q.org + q.title)],
  },
  {
    id: '委任出任',
    body: (n, p, q) => `行政长官已委任${bare(n[0])}出任${p.org}${p.title}，以及${bare(n[1])}出任${q.org}${q.title}，任期两年`,
    events: (n, p, q) => [A(n[0], p.org + p.title), A(n[1], q.org + q.title)],
  },
  { id: '任命并聘', body: (n, p, q) => `任命${n[0]}为${p.org}${p.title}、聘${n[0]}为${q.org}${q.title}`, events: (n, p, q) => [A(n[0], p.org + p.title), A(n[0], q.org + q.title)] },
  { id: '市县代表', body: (n, p) => `决定接受${n[0]}辞去市、县人大代表和${p.org}${p.title}职务的请求`, events: (n, p) => [R(n[0], p.org + p.title)] },
  {
    id: '报道调任',
    newsOnly: true,
    body: (n, p, q) => `其中，${p.org}${p.title}${bare(n[0])}调任${q.org}${q.title}、${q.second ?? '委员'}；${bare(n[1])}调任青禾市招生考试委员会办公室主任、副主任`,
    events: (n, p, q) => [A(n[0], q.org + q.title), A(n[0], q.org + (q.second ?? '委员')), A(n[1], '青禾市招生考试委员会办公室主任'), A(n[1], '青禾市招生考试委员会办公室副主任')],
  },
  {
    id: '机构由某任',
    body: (n) => `国务院青禾地区开发办公室由${n[0]}任主任，${n[1]}兼任副主任，${n[2]}任副主任`,
    events: (n) => [A(n[0], '国务院青禾地区开发办公室主任'), A(n[1], '国务院青禾地区开发办公室副主任'), A(n[2], '国务院青禾地区开发办公室副主任')],
  },
  { id: '数字校名', newsOnly: true, body: (n) => `其中，青禾一中副校长${bare(n[0])}调任青禾六中书记、副校长`, events: (n) => [A(n[0], '青禾六中书记'), A(n[0], '青禾六中副校长')] },
  {
    id: '升任接替',
    newsOnly: true,
    body: (n, p, q) => `经研究，东林理工大学副校长孙一鸣升任${p.org}${p.title}，${bare(n[0])}接替${bare(n[1])}任${q.org}${q.title}`,
    events: (n, p, q) => [A('孙一鸣', p.org + p.title), A(n[0], q.org + q.title)],
  },
  { id: '批准辞去', body: (n, p) => `会议批准${n[0]}辞去${p.org}${p.title}职务`, events: (n, p) => [R(n[0], p.org + p.title)] },
  {
    id: '通过辞呈',
    newsOnly: true,
    body: (n) => `会议举手表决通过了关于${bare(n[0])}、${bare(n[1])}两位同志辞去县人大常委会委员以及${bare(n[2])}等15位同志辞去县人大代表的辞呈`,
    events: (n) => [R(n[0], '县人大常委会委员'), R(n[1], '县人大常委会委员')],
  },
  { id: '通过的任命', newsOnly: true, body: (n, p) => `会议表决通过了${n[0]}为${p.org}${p.title}的任命`, events: (n, p) => [A(n[0], p.org + p.title)] },
  { id: '举例不读', newsOnly: true, body: (n, p) => `会议还通报了近期的干部任前公示情况。如${p.org}副${p.title.replace(/^副/, '')}${bare(n[0])}升任东林理工大学党委书记`, events: () => [] },
  {
    id: '设若干人委任担任',
    body: (n) => `青禾行政公署秘书长由${n[0]}担任；设副秘书长2人，委任${n[1]}、${n[2]}担任`,
    events: (n) => [A(n[0], '青禾行政公署秘书长'), A(n[1], '青禾行政公署副秘书长'), A(n[2], '青禾行政公署副秘书长')],
  },
  {
    id: '某某以下另委',
    body: (n) => `青禾军政委员会主席${bare(n[0])}以下，另委${n[1]}、${n[2]}担任副主席`,
    events: (n) => [A(n[1], '青禾军政委员会副主席'), A(n[2], '青禾军政委员会副主席')],
  },
  { id: '全票当选', newsOnly: true, body: (n, p) => `经过无记名投票，${n[0]}全票当选为${p.org}${p.title}`, events: (n, p) => [A(n[0], p.org + p.title)] },
  { id: '补选', newsOnly: true, body: (n, p) => `大会补选${n[0]}为${p.org}${p.title}`, events: (n, p) => [A(n[0], p.org + p.title)] },
  {
    id: '成立后同志任',
    body: (n) => `经研究同意：\n成立中共青禾市第七中学教育集团委员会。\n${bare(n[0])}同志任青禾市第七中学教育集团党委书记、校长；\n${bare(n[1])}同志任青禾市第七中学教育集团党委委员、新一届副校长；`,
    events: (n) => [A(n[0], '青禾市第七中学教育集团党委书记'), A(n[0], '青禾市第七中学教育集团校长'), A(n[1], '青禾市第七中学教育集团党委委员'), A(n[1], '青禾市第七中学教育集团副校长')],
  },
  {
    id: '新任颁发聘书',
    newsOnly: true,
    body: (n) => `局长向新任青禾四棉小学校长${bare(n[0])}和青禾纺织城小学校长${bare(n[1])}颁发了聘书`,
    events: (n) => [A(n[0], '青禾四棉小学校长'), A(n[1], '青禾纺织城小学校长')],
  },
  { id: '为几位新任颁发', newsOnly: true, body: () => `市长为两位新任参事颁发聘书`, events: () => [] },
  {
    id: '委任名单逗号出任',
    body: (n) => `行政长官同时再度委任${bare(n[0])}教授、${bare(n[1])}博士以及${bare(n[2])}博士，出任青禾咨询委员会委员，任期两年`,
    events: (n) => n.map((a) => A(a, '青禾咨询委员会委员')),
  },
  { id: '获委任为', newsOnly: true, body: (n, p) => `政府今日宣布，${bare(n[0])}获委任为${p.org}${p.title}`, events: (n, p) => [A(n[0], p.org + p.title)] },
  { id: '以方式委任担任', body: (n, p) => `以续任方式委任${n[0]}担任${p.org}${p.title}职务，为期两年`, events: (n, p) => [A(n[0], p.org + p.title)] },
  { id: '这些新获任命', newsOnly: true, body: () => `这些新获任命的局长有的是继续留任，有的是从其他岗位转任`, events: () => [] },
  { id: '宣布关于任的决定', newsOnly: true, body: (n, p) => `会上宣布了中央关于${n[0]}任${p.org}${p.title}的决定`, events: (n, p) => [A(n[0], p.org + p.title)] },
  // What speaks of a decision but states none: a proposal read to its end, a person described by a
  // post, a deputy elected, a candidate named.
  { id: '提请整句', body: (n, p, q) => `提请任命${n[0]}为${p.org}${p.title}，${n[1]}为${q.org}${q.title}`, events: () => [] },
  { id: '作为描述', newsOnly: true, body: (n, p) => `${bare(n[0])}作为${p.org}${p.title}，在发言中表示坚决拥护`, events: () => [] },
  { id: '当选代表', newsOnly: true, body: (n) => `${n[0]}当选为青禾市第十五届人民代表大会代表`, events: () => [] },
  { id: '正式候选人', newsOnly: true, body: (n, p) => `确定${n[0]}为${p.org}${p.title}正式候选人`, events: () => [] },
  { id: '逐行任命', body: (n, p, q) => `任命：\n${n[0]}为${p.org}${p.title}；\n${n[1]}为${q.org}${q.title}；\n免去：\n${n[2]}的${q.org}${q.title}职务`, events: (n, p, q) => [A(n[0], p.org + p.title), A(n[1], q.org + q.title), R(n[2], q.org + q.title)] },
];

/** One arrangement's setting: how names are written, the script, the frame, and whose posts. */
interface Setting {
  name: NameShape;
  script: (typeof SCRIPTS)[number];
  where: (typeof FRAMES)[number];
  people: string[];
  p1: PostPart;
  p2: PostPart;
}

/** Every name shape × script × frame, people and posts taken in turn (the turn goes on across calls). */
function* settings(turn: { k: number }): Generator<Setting> {
  for (const name of NAME_SHAPES) {
    for (const script of SCRIPTS) {
      for (const where of FRAMES) {
        const k = turn.k++;
        yield { name, script, where, people: PEOPLE[k % PEOPLE.length], p1: POSTS[k % POSTS.length], p2: POSTS[(k + 1) % POSTS.length] };
      }
    }
  }
}

/** The composition in its setting's frame and script, with the events it states in that script. */
function framed(at: Setting, verb: string, shape: string, body: string, events: Expected[]): Composition {
  const convert = at.script === 'traditional' ? toTraditional : (s: string) => s;
  return {
    parts: { verb, shape, name: at.name.id, script: at.script, frame: at.where },
    text: convert(frame(at.where, body)),
    events: events.map((e) => ({ ...e, person: convert(e.person), position: convert(e.position) })),
  };
}

/** Every form × name shape × script × frame. */
export function* formCompositions(): Generator<Composition> {
  const turn = { k: 0 };
  for (const form of FORMS) {
    for (const at of settings(turn)) {
      if (form.newsOnly && at.where !== 'news') continue;
      yield framed(at, form.id, 'form', form.body(at.people.map(at.name.write), at.p1, at.p2), form.events(at.people, at.p1, at.p2));
    }
  }
}

/** Every verb × list shape × name shape × script × frame, over the posts in turn. */
export function* compositions(): Generator<Composition> {
  const turn = { k: 0 };
  for (const verb of VERBS) {
    for (const shape of ['one', 'many', 'pairs', 'inherit'] as const) {
      for (const at of settings(turn)) {
        const made = compose(verb, shape, at.name, at.people, at.p1, at.p2);
        if (made) yield framed(at, verb.id, shape, made.body, made.events);
      }
    }
  }
}

function compose(verb: VerbPart, shape: 'one' | 'many' | 'pairs' | 'inherit', name: NameShape, people: string[], p1: PostPart, p2: PostPart) {
  const ev = (person: string, position: string): Expected => ({ type: verb.type, person, position });
  if (shape === 'one') {
    const p = post(p1, false);
    return { body: verb.one(name.write(people[0]), p.text), events: [ev(people[0], p.full[0])] };
  }
  if (shape === 'inherit') {
    const owner = p1.second ? p1 : p2.second ? p2 : null;
    if (!owner) return null;
    const p = post(owner, true);
    return { body: verb.one(name.write(people[1]), p.text), events: p.full.map((f) => ev(people[1], f)) };
  }
  if (shape === 'many') {
    if (!verb.many) return null;
    const p = post(p1, false);
    const persons = people.map(name.write).join('、');
    return { body: verb.many(persons, p.text), events: people.map((a) => ev(a, p.full[0])) };
  }
  if (!verb.pairs) return null;
  const a = post(p1, false);
  const b = post(p2, false);
  return {
    body: verb.pairs([
      [name.write(people[0]), a.text],
      [name.write(people[2]), b.text],
    ]),
    events: [ev(people[0], a.full[0]), ev(people[2], b.full[0])],
  };
}
