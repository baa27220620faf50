import { normaliseLines } from '@renmian/notice-parser/steps/normalise-lines.step';
import { MAX_PIECE_LENGTH, splitClauses } from '@renmian/notice-parser/steps/split-clauses.step';

// The pieces without the line objects they keep for giving output back in the text’s own script, nor the table column.
const split = (rows: string[], from = 0, to = rows.length) =>
  splitClauses(normaliseLines(rows.join('\n')), from, to).map(({ spans: _spans, column: _column, ...piece }) => piece);

describe('splitClauses', () => {
  it('makes a block header a piece of its own with terminator ：', () => {
    expect(split(['任命：', '张晓明为青禾市财政局局长；'])).toEqual([
      { text: '任命', lines: [1], offsets: [0], terminator: '：' },
      { text: '张晓明为青禾市财政局局长', lines: [2], offsets: [0], terminator: '；' },
    ]);
  });

  it('cuts after a header and at clause ends within one line', () => {
    expect(split(['免去：李春华的青禾市审计局局长职务；王建国的云岭县教育局局长职务。']).map((p) => [p.text, p.terminator])).toEqual([
      ['免去', '：'],
      ['李春华的青禾市审计局局长职务', '；'],
      ['王建国的云岭县教育局局长职务', '。'],
    ]);
  });

  it('joins a clause broken inside a name across lines and a blank line', () => {
    const pieces = split(['张晓明为青禾市财政局局长；李', '', '春华为青禾市财政局副局长（试用期一年）；']);
    expect(pieces).toEqual([
      { text: '张晓明为青禾市财政局局长', lines: [1], offsets: [0], terminator: '；' },
      { text: '李春华为青禾市财政局副局长（试用期一年）', lines: [1, 3], offsets: [0, 1], terminator: '；' },
    ]);
  });

  it('keeps a document number line out of the clause on the next line', () => {
    expect(split(['青政任〔2024〕9号', '钱六同志试用期满，正式任命为青禾市教育局副局长。']).map((p) => p.text)).toEqual([
      '钱六同志试用期满，正式任命为青禾市教育局副局长',
    ]);
    // A clause that cites a number in brackets is still one clause.
    expect(split(['钱六为青禾市教育局副局长', '（青政任〔2024〕9号）；']).map((p) => p.text)).toEqual(['钱六为青禾市教育局副局长（青政任〔2024〕9号）']);
  });

  it('joins 职 and 务 split over two lines', () => {
    expect(split(['免去王建国的青禾市教育局局长职', '务；'])).toEqual([
      { text: '免去王建国的青禾市教育局局长职务', lines: [1, 2], offsets: [0, 15], terminator: '；' },
    ]);
  });

  it('does not cut at a colon inside brackets', () => {
    expect(split(['张晓明为青禾市财政局局长（备注：试用期一年）；']).map((p) => p.text)).toEqual([
      '张晓明为青禾市财政局局长（备注：试用期一年）',
    ]);
  });

  it('cuts at a colon after the brackets have closed', () => {
    expect(split(['青禾市人民政府（第五次常务会议）决定：任命张晓明为青禾市财政局局长。']).map((p) => [p.text, p.terminator])).toEqual([
      ['青禾市人民政府（第五次常务会议）决定', '：'],
      ['任命张晓明为青禾市财政局局长', '。'],
    ]);
  });

  it('never joins a date line to a clause', () => {
    expect(split(['张晓明为青禾市财政局局长', '2024年3月5日'])).toEqual([
      { text: '张晓明为青禾市财政局局长', lines: [1], offsets: [0], terminator: '' },
    ]);
    expect(split(['张晓明为青禾市财政局局长', '', '二〇二四年三月五日', '李春华为青禾市审计局局长。']).map((p) => p.text)).toEqual([
      '张晓明为青禾市财政局局长',
      '李春华为青禾市审计局局长',
    ]);
  });

  it('keeps a signature followed by a date apart from the last clause', () => {
    expect(split(['李春华为青禾市财政局副局长。', '青禾市人民政府', '2024年3月5日'])).toEqual([
      { text: '李春华为青禾市财政局副局长', lines: [1], offsets: [0], terminator: '。' },
      { text: '青禾市人民政府', lines: [2], offsets: [0], terminator: '' },
    ]);
  });

  it('keeps an unterminated clause apart from a signature that is followed by a date', () => {
    expect(split(['李春华为青禾市财政局副局长', '青禾市人民政府', '', '2024年3月5日']).map((p) => p.text)).toEqual([
      '李春华为青禾市财政局副局长',
      '青禾市人民政府',
    ]);
  });

  it('stops a clause at a heading', () => {
    expect(split(['张晓明为青禾市财政局局长', '# 青禾市统计公报']).map((p) => p.text)).toEqual([
      '张晓明为青禾市财政局局长',
      '青禾市统计公报',
    ]);
  });

  it('reads only lines from `from` up to `to`', () => {
    const rows = ['青禾市人民政府关于任免张晓明等同志职务的通知', '张晓明为青禾市财政局局长；', '李春华为青禾市审计局局长；', '王建国为青禾市教育局局长；'];
    expect(split(rows, 1, 3).map((p) => [p.text, p.lines])).toEqual([
      ['张晓明为青禾市财政局局长', [2]],
      ['李春华为青禾市审计局局长', [3]],
    ]);
  });

  it('skips page-number lines and continuation notes between the parts of a clause', () => {
    const pieces = split(['张晓明为青禾市财政局', '— 12 —', '（上接第11页）局长；']);
    expect(pieces).toEqual([{ text: '张晓明为青禾市财政局局长', lines: [1, 3], offsets: [0, 10], terminator: '；' }]);
  });

  it('cuts off a run of text longer than a clause can be', () => {
    const long = '青'.repeat(MAX_PIECE_LENGTH + 1);
    const pieces = split([long, '张晓明为青禾市财政局局长；']);
    expect(pieces.map((p) => [p.text.length, p.terminator])).toEqual([
      [MAX_PIECE_LENGTH + 1, ''],
      [12, '；'],
    ]);
  });

  it('gives nothing for blank input', () => {
    expect(split(['', '  ', ''])).toEqual([]);
  });
});
