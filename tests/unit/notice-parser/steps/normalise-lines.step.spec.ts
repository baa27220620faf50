import { Line, normaliseLines } from '@renmian/notice-parser/steps/normalise-lines.step';
import { charTable } from '@renmian/notice-parser/text/normalise.util';

describe('normaliseLines', () => {
  it('numbers lines from 1 and strips the CR of CRLF line ends', () => {
    const lines = normaliseLines('任命：\r\n张晓明为青禾市财政局局长；\r\n');
    expect([...lines].map((l) => [l.no, l.raw])).toEqual([
      [1, '任命：'],
      [2, '张晓明为青禾市财政局局长；'],
      [3, ''],
    ]);
    expect(lines.at(1).text).toBe('张晓明为青禾市财政局局长；');
  });

  it('answers questions about a line from the input without making it, and makes each line once', () => {
    const lines = normaliseLines('关于任免张晓明职务的通知\r\n\u3000 \n张晓明为青禾市财政局局长； \n以上同志试用期一年');
    expect(lines.length).toBe(4);
    expect([0, 1, 2, 3].map((k) => lines.isBlank(k))).toEqual([false, true, false, false]);
    expect([0, 1, 2, 3].map((k) => lines.rawLength(k))).toEqual([12, 2, 14, 9]);
    const terminators = charTable('；。');
    expect([0, 2, 3].map((k) => lines.rawEndsWithAny(k, terminators))).toEqual([false, true, false]);
    expect([0, 2, 3].map((k) => lines.rawHasAny(k, charTable('为')))).toEqual([false, true, false]);
    // A match must lie inside the line, not run on into the next one.
    expect(lines.rawIncludes(3, '一年')).toBe(true);
    expect(lines.rawIncludes(2, '一年')).toBe(false);
    expect(lines.rawIncludes(0, '知\r')).toBe(false);
    expect(lines.at(2)).toBe(lines.at(2));
    expect(lines.slice(2, 9).map((l) => l.no)).toEqual([3, 4]);
  });

  it('normalises whitespace and half-width punctuation in text but keeps raw', () => {
    const [line] = normaliseLines('李春华为 青禾市审计局副局长(试用期一年);');
    expect(line.raw).toBe('李春华为 青禾市审计局副局长(试用期一年);');
    expect(line.text).toBe('李春华为青禾市审计局副局长（试用期一年）；');
  });

  it('flags markdown headings and drops the marker from text', () => {
    const [h1, h2, notHeading, hash] = normaliseLines('# 青禾市人民政府 关于任免张晓明等同志职务的通知\n  ## 目录\n#话题\n#');
    expect(h1.heading).toBe(true);
    expect(h1.text).toBe('青禾市人民政府关于任免张晓明等同志职务的通知');
    expect(h2.heading).toBe(true);
    expect(h2.text).toBe('目录');
    expect(notHeading.heading).toBe(false);
    expect(hash.heading).toBe(false);
  });

  it('drops bold markers', () => {
    expect(new Line(1, '**任命：**').text).toBe('任命：');
  });

  it('strips a leading "continued from" note and flags the line as a continuation', () => {
    const line = new Line(7, '（上接第61页）春华为青禾市审计局副局长；');
    expect(line.continuation).toBe(true);
    expect(line.text).toBe('春华为青禾市审计局副局长；');
    const half = new Line(8, '(上接第 61 页)春华为青禾市审计局副局长；');
    expect(half.continuation).toBe(true);
    expect(half.text).toBe('春华为青禾市审计局副局长；');
  });

  it('does not flag an ordinary line as a continuation', () => {
    const line = new Line(1, '张晓明为青禾市财政局局长；');
    expect(line.continuation).toBe(false);
  });

  it('removes a "continued at" note wherever it stands', () => {
    expect(new Line(1, '张晓明为青禾市财政局局长（下转第59页）').text).toBe('张晓明为青禾市财政局局长');
    expect(new Line(1, '张晓明为青禾市（下转第59页）财政局局长；').text).toBe('张晓明为青禾市财政局局长；');
  });

  it('empties a line that is only a page number', () => {
    for (const raw of ['— 77 —', '·12·', '第3页', '12', '-5-']) expect(new Line(1, raw).text).toBe('');
  });

  it('keeps a short line that is not a page number', () => {
    expect(new Line(1, '任命：').text).toBe('任命：');
    expect(new Line(1, '2024年').text).toBe('2024年');
  });

  it('tells blank lines apart from lines with visible characters', () => {
    for (const raw of ['', '   ', '\t', '\u3000\u3000', '\u00a0', '\u200b', '\ufeff']) expect(new Line(1, raw).blank).toBe(true);
    for (const raw of ['一', ' x ', '—']) expect(new Line(1, raw).blank).toBe(false);
  });
});
