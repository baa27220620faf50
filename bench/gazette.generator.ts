/**
 * A deterministic synthetic gazette: notices in the genre (invented names and places) with the
 * damage OCR really does — clauses broken inside names and words, page-break blank lines, mixed
 * brackets — and prose of other documents between them. The same seed and size give the same
 * bytes, so benchmarks and crash tests compare like with like. It also returns the events it
 * meant to write, so tests can check the parser against it.
 */

export interface ExpectedEvent {
  type: 'appoint' | 'remove' | 'auto_remove';
  person: string;
  position: string;
  probationMonths: number | null;
  rank: string | null;
  precedenceAfter: string | null;
}

export interface ExpectedNotice {
  docNumber: string;
  date: string;
  events: ExpectedEvent[];
}

export interface Gazette {
  text: string;
  notices: ExpectedNotice[];
}

/** mulberry32: small, fast and good enough to pick names; not for anything secret. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红娥林建国志文辉鹏宇晨浩然思远雨欣子涵博文一鸣晓东立新振华';
const CITIES = ['青禾市', '云岭市', '澄江市', '柳溪市', '石泉市', '桐川市', '安澜市', '北塘市'];
const ORGS = [
  '财政局', '教育局', '卫生健康委员会', '审计局', '统计局', '自然资源局', '交通运输局', '水利局', '农业农村局',
  '卫生监督所', '疾病预防控制中心', '防震减灾中心', '行政审批服务局', '机关事务管理局', '档案馆', '第一中学', '实验小学',
];
const TITLE_BY_ORG: Record<string, [string, string]> = { 中心: ['主任', '副主任'], 所: ['所长', '副所长'], 中学: ['校长', '副校长'], 小学: ['校长', '副校长'], 馆: ['馆长', '副馆长'], 委员会: ['主任', '副主任'] };
const RANKS = ['副县级', '正科级', '副处级'];
const FILLER = [
  '为进一步加强全市安全生产工作，切实保障人民群众生命财产安全，现就有关事项通知如下。',
  '各县（市、区）人民政府要高度重视，明确责任分工，确保各项措施落到实处。',
  '市政府常务会议研究了城区冬季供暖、东西部协作和对口支援等工作，会议强调要坚持问题导向。',
  '本办法自发布之日起施行，有效期五年。各有关部门要加强协调配合，形成工作合力。',
  '（上接第46页）住宿业发展推进力度，支持各县（市、区）围绕政策措施，结合自身实际制定实施细则。',
];

class Writer {
  private readonly parts: string[] = [];
  bytes = 0;
  push(s: string): void {
    this.parts.push(s);
    this.bytes += Buffer.byteLength(s, 'utf8');
  }
  text(): string {
    return this.parts.join('');
  }
}

export function generateGazette(options: { seed: number; targetBytes: number }): Gazette {
  const rnd = prng(options.seed);
  const pick = <T>(xs: readonly T[] | string): T => xs[Math.floor(rnd() * xs.length)] as T;
  const out = new Writer();
  const notices: ExpectedNotice[] = [];
  let serial = 0;
  while (out.bytes < options.targetBytes) {
    serial++;
    if (rnd() < 0.5) writeFiller(out, pick, 1 + Math.floor(rnd() * 4));
    notices.push(writeNotice(out, rnd, pick, serial));
  }
  return { text: out.text(), notices };
}

type Pick = <T>(xs: readonly T[] | string) => T;

function writeFiller(out: Writer, pick: Pick, paragraphs: number): void {
  out.push(`# ${pick(CITIES)}人民政府关于做好有关工作的通知\n\n`);
  for (let i = 0; i < paragraphs; i++) out.push(`${pick(FILLER)}\n\n`);
}

function person(rnd: () => number, pick: Pick): string {
  return pick<string>(SURNAMES) + pick<string>(GIVEN) + (rnd() < 0.6 ? pick<string>(GIVEN) : '');
}

function titles(org: string): [string, string] {
  for (const [suffix, t] of Object.entries(TITLE_BY_ORG)) if (org.endsWith(suffix)) return t;
  return ['局长', '副局长'];
}

function writeNotice(out: Writer, rnd: () => number, pick: Pick, serial: number): ExpectedNotice {
  const city = pick<string>(CITIES);
  const year = 2000 + Math.floor(serial / 400);
  const date = `${year}-${String(1 + (serial % 12)).padStart(2, '0')}-${String(1 + (serial % 28)).padStart(2, '0')}`;
  const docNumber = `${city.slice(0, 1)}政任〔${year}〕${serial}号`;
  const events: ExpectedEvent[] = [];
  const appoints: string[] = [];
  const removals: string[] = [];
  for (let i = 0, n = 2 + Math.floor(rnd() * 6); i < n; i++) {
    const org = city + pick<string>(ORGS);
    const [head, deputy] = titles(org);
    const who = person(rnd, pick);
    const deputyPost = rnd() < 0.6;
    const post = org + (deputyPost ? deputy : head);
    const probation = rnd() < 0.4 ? 12 : null;
    const rank = rnd() < 0.15 ? pick<string>(RANKS) : null;
    const after = deputyPost && rnd() < 0.15 ? person(rnd, pick) : null;
    const brackets = (rank ? `（${rank}）` : '') + (after ? `（列${after}之后）` : '') + (probation ? (rnd() < 0.5 ? '(试用期一年)' : '（试用期一年）') : '');
    appoints.push(`${who}为${post}${brackets}`);
    events.push({ type: 'appoint', person: who, position: post, probationMonths: probation, rank, precedenceAfter: after });
  }
  for (let i = 0, n = Math.floor(rnd() * 4); i < n; i++) {
    const post = city + pick<string>(ORGS) + titles(pick<string>(ORGS))[1];
    const who = person(rnd, pick);
    const auto = rnd() < 0.3;
    removals.push(auto ? `${who}的原${post}职务自然免除` : `${who}的${post}职务`);
    events.push({ type: auto ? 'auto_remove' : 'remove', person: who, position: post, probationMonths: null, rank: null, precedenceAfter: null });
  }
  out.push(`# ${city}人民政府 关于任免${events[0].person}等工作人员职务的通知\n\n${docNumber}\n\n各县（市、区）人民政府，市政府各部门：\n\n市人民政府决定，任命：\n\n`);
  appoints.forEach((c, i) => out.push(damage(c, rnd) + (i === appoints.length - 1 ? '。' : '；') + '\n\n'));
  if (removals.length > 0) {
    out.push('免去：\n\n');
    removals.forEach((c, i) => out.push(damage(c, rnd) + (i === removals.length - 1 ? '。' : '；') + '\n\n'));
  }
  const [y, m, d] = date.split('-').map(Number);
  out.push(`${city}人民政府\n\n${y}年${m}月${d}日\n\n`);
  const ordered = [...events.filter((e) => e.type === 'appoint'), ...events.filter((e) => e.type !== 'appoint')];
  return { docNumber, date, events: ordered };
}

/** OCR's line breaks: sometimes inside a word or a name, sometimes with a page-break blank line. */
function damage(clause: string, rnd: () => number): string {
  if (rnd() < 0.6 || clause.length < 6) return clause;
  const cut = 2 + Math.floor(rnd() * (clause.length - 3));
  return clause.slice(0, cut) + (rnd() < 0.3 ? '  \n\n' : '  \n') + clause.slice(cut);
}
