// opencc-js's CommonJS build, as the parser loads it (its types are ESM-only).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC: { Converter(options: { from: 'cn'; to: 'hk' }): (text: string) => string } = require('opencc-js/cn2t');

/**
 * Decision sentences composed from their parts — people, posts, decision words and list shapes —
 * with invented names, each with the events it states. The parser must read every composition: a
 * new arrangement of known parts is not a new form. Nothing here comes from a corpus file.
 */

import { FORMS } from './decision-forms.util';
import { ELECTION_FORMS, FOLLOWING_FORMS, ORDER_FORMS, ROW_FORMS, SAR_FORMS } from './list-forms.util';

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
  { id: '增选', type: 'appoint', one: (a, p) => `增选${a}为${p}`, many: (a, p) => `增选${a}为${p}` },
  { id: '增补', type: 'appoint', one: (a, p) => `经研究，增补${a}为${p}`, many: (a, p) => `经研究，增补${a}为${p}` },
  { id: '选举当选', type: 'appoint', one: (a, p) => `大会选举${a}当选为${p}`, many: (a, p) => `大会选举${a}当选为${p}` },
  { id: '被聘为', type: 'appoint', one: (a, p) => `${a}被聘为${p}`, many: (a, p) => `${a}等3人被聘为${p}` },
  { id: '被选为', type: 'appoint', one: (a, p) => `${a}被选为${p}`, many: (a, p) => `${a}被选为${p}` },
  { id: '推选', type: 'appoint', one: (a, p) => `推选${a}为${p}`, many: (a, p) => `推选${a}为${p}` },
  { id: '任', type: 'appoint', one: (a, p) => `决定${a}任${p}`, pairs: (ps) => `决定${join(ps, (a, p) => `${a}任${p}`)}` },
  { id: '免去的', type: 'remove', one: (a, p) => `免去${a}的${p}职务`, many: (a, p) => `免去${a}的${p}职务`, pairs: (ps) => `免去${join(ps, (a, p) => `${a}的${p}职务`)}` },
  { id: '免去', type: 'remove', one: (a, p) => `免去${a}${p}职务`, many: (a, p) => `免去${a}${p}职务` },
  { id: '免去的的', type: 'remove', one: (a, p) => `免去${a}的${p}的职务`, many: (a, p) => `免去${a}的${p}的职务` },
  { id: '免除', type: 'remove', one: (a, p) => `免除${a}的${p}职务`, many: (a, p) => `免除${a}的${p}职务` },
  { id: '女士的职务', type: 'remove', one: (a, p) => `解聘${a.replace(/同志$|（女）$/, '')}女士${p}职务` },
  { id: '一职', type: 'remove', one: (a, p) => `免除${a}${p}一职` },
  { id: '解除', type: 'remove', one: (a, p) => `解除${a}的${p}职务`, many: (a, p) => `解除${a}的${p}职务` },
  { id: '撤销', type: 'remove', one: (a, p) => `撤销${a}的${p}职务` },
  { id: '罢免', type: 'remove', one: (a, p) => `罢免${a}的${p}职务`, many: (a, p) => `罢免${a}的${p}职务` },
  { id: '不再担任', type: 'remove', one: (a, p) => `${a}不再担任${p}职务`, many: (a, p) => `${a}不再担任${p}职务` },
  { id: '接受辞去', type: 'remove', one: (a, p) => `决定接受${a}辞去${p}职务的请求` },
  { id: '要求解除其', type: 'remove', one: (a, p) => `决定接受${a}要求解除其${p}职务的请求` },
  { id: '自然免除', type: 'auto_remove', one: (a, p) => `${a}的原${p}职务自然免除` },
];

export const SCRIPTS = ['simplified', 'traditional'] as const;

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** How the decision stands in a document: a titled notice, or a news item's sentence. */
// `headline`: a news item as reprinted, its headline on a line of its own with no stop after it.
export const FRAMES = ['notice', 'news', 'headline'] as const;

function frame(kind: (typeof FRAMES)[number], body: string): string {
  if (kind === 'notice') {
    return ['青禾市人民政府', '关于任免工作人员的通知', '青政任〔2024〕7号', '各县（市、区）人民政府：', `经研究，${body}。`, '青禾市人民政府', '2024年3月5日', ''].join('\n');
  }
  if (kind === 'headline') {
    return ['青禾市人大常委会举行第十二次会议 通过一批人事任免', `【青禾日报讯】2024年3月5日，青禾市人大常委会举行第十二次会议。会议经表决，${body}。`, ''].join('\n');
  }
  return [`本报讯 2024年3月5日，青禾市人大常委会举行第十二次会议。会议经表决，${body}。`, ''].join('\n');
}

function post(p: PostPart, withSecond: boolean): { text: string; full: string[] } {
  if (withSecond && p.second) return { text: `${p.org}${p.title}、${p.second}`, full: [p.org + p.title, p.org + p.second] };
  return { text: p.org + p.title, full: [p.org + p.title] };
}

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
  for (const form of [...FORMS, ...ELECTION_FORMS, ...ORDER_FORMS, ...ROW_FORMS, ...SAR_FORMS, ...FOLLOWING_FORMS]) {
    for (const at of settings(turn)) {
      if (form.newsOnly && at.where === 'notice') continue;
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
