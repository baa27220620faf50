import type { EventSource } from '@renmian/notice-parser/notice.types';
import type { Reading } from '@renmian/notice-parser/readers/reader.types';
import { expandReading, probationMonths } from '@renmian/notice-parser/steps/expand-posts.step';

const source: EventSource = { line: 7, text: '张晓明为青禾市财政局局长' };

const appoint = (posts: string, persons = ['张晓明']): Reading => ({ type: 'appoint', persons, posts });

/** The event fields that the post text decides. */
const posts = (reading: Reading, previousFirst: string | null = null) =>
  expandReading(reading, previousFirst, source).events.map((e) => ({
    person: e.person,
    position: e.position,
    probationMonths: e.probationMonths,
    rank: e.rank,
    precedenceAfter: e.precedenceAfter,
    concurrent: e.concurrent,
  }));

const plain = { probationMonths: null, rank: null, precedenceAfter: null, concurrent: [] };

describe('expandReading', () => {
  it('makes one event per post with the reading’s type and source', () => {
    const { events, firstPost } = expandReading(appoint('青禾市财政局局长'), null, source);
    expect(events).toEqual([
      {
        type: 'appoint',
        person: '张晓明',
        position: '青禾市财政局局长',
        probationMonths: null,
        rank: null,
        precedenceAfter: null,
        concurrent: [],
        effectiveOn: null,
        source,
      },
    ]);
    expect(firstPost).toBe('青禾市财政局局长');
  });

  it('gives each person each post, person by person', () => {
    expect(posts(appoint('青禾市财政局副局长、党组成员', ['张晓明', '李春华'])).map((e) => [e.person, e.position])).toEqual([
      ['张晓明', '青禾市财政局副局长'],
      ['张晓明', '青禾市财政局党组成员'],
      ['李春华', '青禾市财政局副局长'],
      ['李春华', '青禾市财政局党组成员'],
    ]);
  });

  it('gives P2 of `P1、P2` the organisation of P1 when P2 is a bare title', () => {
    expect(posts(appoint('青禾行政学院副院长、院务委员会委员'))).toEqual([
      { person: '张晓明', position: '青禾行政学院副院长', ...plain },
      { person: '张晓明', position: '青禾行政学院院务委员会委员', ...plain },
    ]);
  });

  it('leaves P2 alone when it names its own organisation', () => {
    expect(posts(appoint('青禾市财政局局长、云岭县审计局局长')).map((e) => e.position)).toEqual(['青禾市财政局局长', '云岭县审计局局长']);
  });

  it('inherits from the first post of the previous clause of the sentence', () => {
    const { events } = expandReading(appoint('院务委员会委员', ['李春华']), '青禾行政学院副院长', source);
    expect(events.map((e) => e.position)).toEqual(['青禾行政学院院务委员会委员']);
  });

  it('cuts a removal’s post at 职务', () => {
    const { events } = expandReading({ type: 'remove', persons: ['李春华'], posts: '青禾市审计局副局长职务' }, null, source);
    expect(events.map((e) => [e.type, e.position])).toEqual([['remove', '青禾市审计局副局长']]);
  });

  it('lists the concurrent posts and adds an event for each, after the main post, with the same probation', () => {
    const reading = appoint('青禾市疾病预防控制中心主任（青禾市卫生监督所所长、青禾市健康教育所所长）（试用期一年）');
    expect(posts(reading)).toEqual([
      {
        person: '张晓明',
        position: '青禾市疾病预防控制中心主任',
        probationMonths: 12,
        rank: null,
        precedenceAfter: null,
        concurrent: ['青禾市卫生监督所所长', '青禾市健康教育所所长'],
      },
      { person: '张晓明', position: '青禾市卫生监督所所长', ...plain, probationMonths: 12 },
      { person: '张晓明', position: '青禾市健康教育所所长', ...plain, probationMonths: 12 },
    ]);
  });

  it('reads a post text again to the same events, whatever a caller did to the first ones', () => {
    // Post texts are remembered (a gazette repeats them): an event must not share what the table keeps.
    const reading = () => appoint('青禾市疾病预防控制中心主任（青禾市卫生监督所所长）（试用期一年）');
    const first = expandReading(reading(), null, source);
    first.events[0].concurrent.push('乱改的职务');
    first.events[0].position = '乱改';
    const again = expandReading(reading(), null, source);
    expect(again.events.map((e) => [e.position, e.concurrent])).toEqual([
      ['青禾市疾病预防控制中心主任', ['青禾市卫生监督所所长']],
      ['青禾市卫生监督所所长', []],
    ]);
    // Inherited from another reading's first post: a different question, a different answer.
    expect(expandReading(appoint('副主任'), '青禾市档案馆馆长', source).events.map((e) => e.position)).toEqual(['青禾市档案馆副主任']);
    expect(expandReading(appoint('副主任'), '青禾市图书馆馆长', source).events.map((e) => e.position)).toEqual(['青禾市图书馆副主任']);
  });

  it('gives a bare concurrent title the organisation of its main post', () => {
    const reading = appoint('青禾市第一人民医院院长（党委副书记）');
    expect(posts(reading).map((e) => [e.position, e.concurrent])).toEqual([
      ['青禾市第一人民医院院长', ['青禾市第一人民医院党委副书记']],
      ['青禾市第一人民医院党委副书记', []],
    ]);
  });

  it('does not copy rank or precedence to the concurrent posts', () => {
    const reading = appoint('青禾市档案馆馆长（青禾市方志馆馆长）（正县级）（列王建国之后）');
    expect(posts(reading)).toEqual([
      {
        person: '张晓明',
        position: '青禾市档案馆馆长',
        probationMonths: null,
        rank: '正县级',
        precedenceAfter: '王建国',
        concurrent: ['青禾市方志馆馆长'],
      },
      { person: '张晓明', position: '青禾市方志馆馆长', ...plain },
    ]);
  });

  it('reads a rank', () => {
    expect(posts(appoint('青禾市档案馆副馆长（副县级）'))).toEqual([
      { person: '张晓明', position: '青禾市档案馆副馆长', ...plain, rank: '副县级' },
    ]);
  });

  it('reads several notes in one bracket', () => {
    expect(posts(appoint('云岭县审计局副局长（正科级，试用期一年）'))).toEqual([
      { person: '张晓明', position: '云岭县审计局副局长', ...plain, rank: '正科级', probationMonths: 12 },
    ]);
  });

  it.each([
    ['列张晓明之后', '张晓明'],
    ['排在李春华同志之后', '李春华'],
    ['列王建国后', '王建国'],
    ['列欧阳丽华同志之后', '欧阳丽华'],
  ])('reads the precedence （%s）', (note, after) => {
    expect(posts(appoint(`青禾市人民政府副秘书长（${note}）`))).toEqual([
      { person: '张晓明', position: '青禾市人民政府副秘书长', ...plain, precedenceAfter: after },
    ]);
  });

  it('lets a probation written once at the end cover every post of the list', () => {
    expect(posts(appoint('青禾市财政局副局长、云岭县审计局副局长（试用期六个月）')).map((e) => e.probationMonths)).toEqual([6, 6]);
  });

  it('keeps a probation of one post to that post when another post states its own', () => {
    expect(posts(appoint('青禾市财政局副局长（试用期一年）、云岭县审计局副局长（试用期六个月）')).map((e) => e.probationMonths)).toEqual([12, 6]);
  });

  it('merges a bracket standing alone after 、 into the post before it', () => {
    expect(posts(appoint('青禾市档案馆副馆长（试用期一年）、（副县级）'))).toEqual([
      { person: '张晓明', position: '青禾市档案馆副馆长', ...plain, probationMonths: 12, rank: '副县级' },
    ]);
  });

  it('drops a trailing punctuation mark from a post', () => {
    expect(posts(appoint('青禾市财政局局长。')).map((e) => e.position)).toEqual(['青禾市财政局局长']);
  });

  it('makes no event from an empty post text', () => {
    expect(expandReading(appoint(''), null, source)).toEqual({ events: [], firstPost: null, unread: [] });
  });

  it('keeps bracket notes of no known kind for the unread report, and takes （兼） as known', () => {
    const { events, unread } = expandReading(appoint('青禾市商务局副局长（挂职时间一年）、青禾市外事办主任（兼）'), null, source);
    expect(events.map((e) => e.position)).toEqual(['青禾市商务局副局长', '青禾市外事办主任']);
    expect(unread).toEqual(['挂职时间一年']);
  });
});

describe('probationMonths', () => {
  it.each([
    ['试用期一年', 12],
    ['试用期为一年', 12],
    ['试用期六个月', 6],
    ['试用期为六个月', 6],
    ['试用期三个月', 3],
    ['试用期十二个月', 12],
    ['试用期6个月', 6],
    ['试用期半年', 6],
    ['试用期一年半', 18],
    ['试用期两年', 24],
    ['試用期一年', 12],
  ])('reads %s as %d months', (text, months) => {
    expect(probationMonths(text)).toBe(months);
  });

  it.each(['试用期', '试用期满', '试用期另行规定'])('gives null for %s', (text) => {
    expect(probationMonths(text)).toBeNull();
  });
});

describe('a post text that tells a story', () => {
  it.each([
    ['another decision inside it', '某审裁处的主席葛云舟接替童岚为某管理局主席'],
    ['when it takes effect', '某局主席任期4月1日生效'],
    ['a clock time', '某局主席(11:15)特首委任某法官'],
    ['a source', '某市中心医院书记据某报7月27日报道'],
    ['a time word at its end', '中华人民共和国驻某国特命全权大使目前'],
    ['a person named in it', '童岚同志某市人民政府副市长'],
    ['a count of people before it', '等9人原任某省人民政府委员会委员'],
    ['the next person of a list run into it', '某国务院商务部部长助理葛云舟'],
  ])('is reported, not read: %s', (_, text) => {
    const { events, unread } = expandReading(appoint(text), null, source);
    expect(events).toEqual([]);
    expect(unread).toEqual([text]);
  });

  it('keeps a post that ends in a title, whatever its last characters could also spell', () => {
    expect(posts(appoint('某市国有资产经营公司总经理')).map((e) => e.position)).toEqual(['某市国有资产经营公司总经理']);
    expect(posts(appoint('某市人民政府副秘书长')).map((e) => e.position)).toEqual(['某市人民政府副秘书长']);
  });
});
