import { normaliseLines } from '@renmian/notice-parser/steps/normalise-lines.step';
import { readClauses } from '@renmian/notice-parser/steps/read-clauses.step';
import { splitClauses } from '@renmian/notice-parser/steps/split-clauses.step';

/** Splits all of `rows` into clauses and reads them, as parseNotices does for a notice body. */
function read(rows: string[], explain = false) {
  const lines = normaliseLines(rows.join('\n'));
  return readClauses(splitClauses(lines, 0, lines.length), lines, 1, { explain });
}

const brief = (rows: string[]) => read(rows).events.map((e) => [e.type, e.person, e.position]);

describe('readClauses', () => {
  it('reports the decisions of a body where no clause could be read, and not its other sentences', () => {
    const { events, unparsed } = read([
      /* 1 */ '各县区人民政府，市政府各部门：',
      /* 2 */ '经研究，王一同志的青禾市财政局局长职务予以撤销。',
      /* 3 */ '望各单位认真做好交接工作。',
      /* 4 */ '经研究，李二同志的青禾市审计局局长职务另行安排。',
    ]);
    expect(events).toEqual([]);
    expect(unparsed.map((u) => [u.line, u.reason])).toEqual([
      [2, 'a decision in a form no reader knows (not understood: the list shape)'],
      [4, 'a decision in a form no reader knows (not understood: the decision word)'],
    ]);
  });

  const blocks = [
    /* 1 */ '市人民政府决定，任命：',
    /* 2 */ '张晓明为青禾市财政局局长；',
    /* 3 */ '免去：',
    /* 4 */ '李春华的青禾市财政局副局长职务；',
    /* 5 */ '王建国的原青禾市教育局局长职务自然免除。',
  ];

  it('reads clauses under the block header they stand in, each citing its line and clause', () => {
    const { events, unparsed } = read(blocks);
    expect(events.map((e) => [e.type, e.person, e.position, e.source])).toEqual([
      ['appoint', '张晓明', '青禾市财政局局长', { line: 2, text: '张晓明为青禾市财政局局长' }],
      ['remove', '李春华', '青禾市财政局副局长', { line: 4, text: '李春华的青禾市财政局副局长职务' }],
      ['auto_remove', '王建国', '青禾市教育局局长', { line: 5, text: '王建国的原青禾市教育局局长职务自然免除' }],
    ]);
    expect(unparsed).toEqual([]);
  });

  it('names the clause form and the text it read only when asked to explain', () => {
    const { events } = read(blocks, true);
    expect(events.map((e) => [e.type, e.person, e.position, e.source])).toEqual([
      ['appoint', '张晓明', '青禾市财政局局长', { line: 2, text: '张晓明为青禾市财政局局长', reader: 'appointment', span: '张晓明为青禾市财政局局长' }],
      ['remove', '李春华', '青禾市财政局副局长', { line: 4, text: '李春华的青禾市财政局副局长职务', reader: 'removal', span: '李春华的青禾市财政局副局长职务' }],
      [
        'auto_remove',
        '王建国',
        '青禾市教育局局长',
        { line: 5, text: '王建国的原青禾市教育局局长职务自然免除', reader: 'auto-removal', span: '王建国的原青禾市教育局局长职务自然免除' },
      ],
    ]);
  });

  it('reads procedure beside a decision as nothing to report, even where it looks like a name (任期三年)', () => {
    const { events, unparsed } = read(['任命蔡文斌为青禾市中级法院院长，任期三年，同时，并报青禾市人大常委会备案。']);
    expect(events.map((e) => [e.type, e.person, e.position])).toEqual([['appoint', '蔡文斌', '青禾市中级法院院长']]);
    expect(unparsed).toEqual([]);
  });

  it('in running text, reports neither the story around a decision nor rules and counts as missed decisions', () => {
    const lines = normaliseLines(
      [
        '会议决定任命周明远为青禾市财政局局长，副市长韦青山出席会议并讲话。',
        '《党政领导干部选拔任用工作条例》明确，试用期满后，经考核胜任现职的，正式任职。',
        '至此，我市共聘任了8名政府参事。',
        '会议同意韦青山同志转岗至青禾市审计局，职务另行安排。',
      ].join('\n'),
    );
    const { events, unparsed } = readClauses(splitClauses(lines, 0, lines.length), lines, 1, { prose: true });
    expect(events.map((e) => [e.type, e.person, e.position])).toEqual([['appoint', '周明远', '青禾市财政局局长']]);
    expect(unparsed.map((u) => u.line)).toEqual([4]);
  });

  it('in running text, reads a decision the story recalls from before as background', () => {
    const lines = normaliseLines(
      [
        '国务院决定，免去周明远的青禾部副部长职务。',
        '去年12月25日，中央决定免去周明远青禾部党组副书记等职务。',
        '此前，国务院已决定任命韦青山为青禾部部长。',
      ].join('\n'),
    );
    const { events } = readClauses(splitClauses(lines, 0, lines.length), lines, 1, { prose: true });
    expect(events.map((e) => [e.type, e.person, e.position])).toEqual([['remove', '周明远', '青禾部副部长']]);
  });

  it('reads an unlisted surname under a 任命 header or right after an appointing verb, not elsewhere', () => {
    expect(brief(['任命：', '禚晓明为青禾市财政局局长；'])).toEqual([['appoint', '禚晓明', '青禾市财政局局长']]);
    expect(brief(['决定任命禚晓明为青禾市财政局局长；'])).toEqual([['appoint', '禚晓明', '青禾市财政局局长']]);
    expect(brief(['聘任檀若谷为青禾市第一中学校长；'])).toEqual([['appoint', '檀若谷', '青禾市第一中学校长']]);
    // 决定 alone takes other objects too; there the surname must be known.
    expect(brief(['决定禚晓明为青禾市财政局局长；'])).toEqual([]);
    // Words after the verb that cannot be a name stay unread.
    expect(brief(['任命本局为青禾市财政局直属单位；'])).toEqual([]);
  });

  it('reads a verbless removal only under a 免去 header', () => {
    expect(brief(['免去：', '李春华的青禾市财政局副局长职务。'])).toEqual([['remove', '李春华', '青禾市财政局副局长']]);
    expect(brief(['任命：', '张晓明为青禾市财政局局长；', '李春华的青禾市财政局副局长职务。'])).toEqual([
      ['appoint', '张晓明', '青禾市财政局局长'],
    ]);
  });

  it('reads the clauses of one sentence separated by commas', () => {
    expect(brief(['决定任命张晓明为青禾市财政局局长，李春华为青禾市审计局局长，免去其青禾市财政局副局长职务。'])).toEqual([
      ['appoint', '张晓明', '青禾市财政局局长'],
      ['appoint', '李春华', '青禾市审计局局长'],
      ['remove', '李春华', '青禾市财政局副局长'],
    ]);
  });

  it('gives names waiting for a post the post of the next clause', () => {
    expect(brief(['任命：', '张晓明（女），李春华为青禾市审计局副局长；'])).toEqual([
      ['appoint', '张晓明', '青禾市审计局副局长'],
      ['appoint', '李春华', '青禾市审计局副局长'],
    ]);
  });

  it('attaches a probation note standing after a comma to the clause before it', () => {
    const { events } = read(['任命：', '张晓明为青禾市财政局副局长，试用期一年；']);
    expect(events.map((e) => [e.position, e.probationMonths])).toEqual([['青禾市财政局副局长', 12]]);
  });

  it('strips enumerators before reading', () => {
    expect(brief(['一、任命张晓明为青禾市财政局局长；', '（二）免去李春华的青禾市审计局局长职务。'])).toEqual([
      ['appoint', '张晓明', '青禾市财政局局长'],
      ['remove', '李春华', '青禾市审计局局长'],
    ]);
  });

  it('cites the line on which each fragment of a clause broken over lines begins', () => {
    const { events } = read(['决定任命张晓明为青禾市财政局局长，', '李春华为青禾市审计局局长。']);
    expect(events.map((e) => [e.person, e.source.line])).toEqual([
      ['张晓明', 1],
      ['李春华', 2],
    ]);
    expect(events[1].source.text).toBe('决定任命张晓明为青禾市财政局局长，李春华为青禾市审计局局长');
  });

  it('expands posts of each reading', () => {
    const { events } = read(['任命：', '张晓明为青禾行政学院副院长、院务委员会委员（试用期一年）。']);
    expect(events.map((e) => [e.position, e.probationMonths])).toEqual([
      ['青禾行政学院副院长', 12],
      ['青禾行政学院院务委员会委员', 12],
    ]);
  });

  it('reports a garbled line between two clauses with its number and raw text', () => {
    const { events, unparsed } = read([
      /* 1 */ '任命：',
      /* 2 */ '张晓明为青禾市财政局局长；',
      /* 3 */ '  本条内容因扫描 不清无法辨认；',
      /* 4 */ '李春华为青禾市审计局局长；',
      /* 5 */ '青禾市人民政府',
      /* 6 */ '2024年3月5日',
    ]);
    expect(events.map((e) => e.person)).toEqual(['张晓明', '李春华']);
    expect(unparsed).toEqual([{ line: 3, text: '本条内容因扫描 不清无法辨认；', reason: 'no clause form matched' }]);
  });

  it('reports each line of an unread clause broken over lines once', () => {
    const { unparsed } = read(['任命：', '张晓明为青禾市财政局局长；', '本条内容因扫描', '不清无法辨认；', '李春华为青禾市审计局局长。']);
    expect(unparsed.map((u) => u.line)).toEqual([3, 4]);
  });

  it('does not report the signature after the last clause', () => {
    const { unparsed } = read(['任命：', '张晓明为青禾市财政局局长。', '青禾市人民政府', '2024年3月5日']);
    expect(unparsed).toEqual([]);
  });

  // OCR drops the last clause's 。 often enough; the clause must not vanish into the signature
  // (neither read nor reported).
  it('reads a last clause that lost its terminator before the signature and date', () => {
    const { events, unparsed } = read([
      /* 1 */ '任命：',
      /* 2 */ '张晓明为青禾市财政局局长；',
      /* 3 */ '李春华为青禾市审计局局长',
      /* 4 */ '青禾市人民政府',
      /* 5 */ '2024年3月5日',
    ]);
    expect({ events: events.map((e) => [e.person, e.position, e.source.line]), unparsed }).toEqual({
      events: [
        ['张晓明', '青禾市财政局局长', 2],
        ['李春华', '青禾市审计局局长', 3],
      ],
      unparsed: [],
    });
  });

  it('does not report notes and closing formulas after the last clause', () => {
    const { unparsed } = read(['任命：', '张晓明为青禾市财政局局长。', '特此通知。', '（责编：孙小红）']);
    expect(unparsed).toEqual([]);
  });

  it('reports a sentence after the last clause that is not a signature', () => {
    const { unparsed } = read(['任命：', '张晓明为青禾市财政局局长。', '请各单位按照规定办理相关手续。', '青禾市人民政府', '2024年3月5日']);
    expect(unparsed).toEqual([
      { line: 3, text: '请各单位按照规定办理相关手续。', reason: 'text after the last clause that no reader understood' },
    ]);
  });

  it('reports a short unread clause before the signature even without punctuation: it names a post', () => {
    const { unparsed } = read(['任命：', '张晓明为青禾市财政局局长；', '为青禾市交通局总工程师', '无为市人民政府', '2024年3月5日']);
    expect(unparsed).toEqual([{ line: 3, text: '为青禾市交通局总工程师', reason: 'text after the last clause that no reader understood' }]);
  });

  it('reads precedence, probation and rank written after a comma instead of in brackets', () => {
    const { events, unparsed } = read(['任命：', '钱二为青禾市交通局副局长，列孙三之后；', '赵一为青禾市交通局局长，试用期一年，享受正县级待遇。']);
    expect(events.map((e) => [e.person, e.precedenceAfter, e.probationMonths, e.rank])).toEqual([
      ['钱二', '孙三', null, null],
      ['赵一', null, 12, '正县级'],
    ]);
    expect(unparsed).toEqual([]);
  });

  it('reports the part of a clause it did not understand, keeping what it did', () => {
    const { events, unparsed } = read(['任命：', '赵一为青禾市交通局局长，乱码一段；', '钱二为青禾市交通局副局长，孙三。']);
    expect(events.map((e) => e.person)).toEqual(['赵一', '钱二']);
    expect(unparsed).toEqual([
      { line: 2, text: '赵一为青禾市交通局局长，乱码一段；', reason: 'part of the clause not understood: “乱码一段”' },
      { line: 3, text: '钱二为青禾市交通局副局长，孙三。', reason: 'part of the clause not understood: “孙三”' },
    ]);
  });

  it('does not report procedure written after a clause', () => {
    const { unparsed } = read(['决定：', '接受许文澜辞去青禾市审计局局长职务的请求，报青禾市人民代表大会备案。']);
    expect(unparsed).toEqual([]);
  });

  it('does not report the preamble before the decision', () => {
    const { unparsed } = read(['各县（市、区）人民政府，市政府各部门：', '根据工作需要，经研究，市人民政府决定：', '任命张晓明为青禾市财政局局长。']);
    expect(unparsed).toEqual([]);
  });

  it('reports nothing when there is no clause at all', () => {
    expect(read(['全市生产总值增长百分之五。', '青禾市统计局'])).toEqual({ events: [], unparsed: [], setAside: [], announcing: [] });
  });
});
