import { TextRun, readingOrder } from '../../../libs/documents/src/readers/reading-order.util';

/** Runs of one character each, as some producers write them, at a 10-unit font size. */
function line(text: string, x: number, y: number, size = 10): TextRun[] {
  return [...text].map((str, i) => ({ str, x: x + i * size, y, width: size, size }));
}

describe('readingOrder: lines of a PDF page from positioned runs', () => {
  it('joins runs on one baseline left to right whatever order the producer wrote them in', () => {
    const runs = [...line('局副局长；', 0, 30), ...line('任命甲为水利', 0, 15)].reverse();
    expect(readingOrder(runs)).toEqual(['任命甲为水利', '局副局长；']);
  });

  it('tolerates baselines a little apart (mixed fonts) and puts spaces only between Latin words', () => {
    const runs: TextRun[] = [
      { str: '第', x: 0, y: 10, width: 10, size: 10 },
      { str: '2031', x: 12, y: 10.8, width: 20, size: 8 },
      { str: '年', x: 34, y: 10, width: 10, size: 10 },
      { str: 'Office', x: 0, y: 30, width: 30, size: 10 },
      { str: 'Notice', x: 35, y: 30, width: 30, size: 10 },
    ];
    expect(readingOrder(runs)).toEqual(['第2031年', 'Office Notice']);
  });

  it('reads a two-column page column by column, a title across both columns first', () => {
    const left = ['左栏第一行文字内容一', '左栏第二行文字内容二', '左栏第三行文字内容三'];
    const right = ['右栏第一行文字内容一', '右栏第二行文字内容二', '右栏第三行文字内容三'];
    const runs = [
      ...line('横跨两栏的大标题横跨两栏的大标题横跨两栏的大标题', 0, 10),
      ...left.flatMap((t, i) => line(t, 0, 30 + i * 15)),
      ...right.flatMap((t, i) => line(t, 140, 30 + i * 15)),
    ];
    expect(readingOrder(runs)).toEqual(['横跨两栏的大标题横跨两栏的大标题横跨两栏的大标题', ...left, ...right]);
  });

  it('reads a table of short cells row by row, not as columns', () => {
    const rows = [
      ['姓名', '职务'],
      ['甲某', '局长'],
      ['乙某', '副局长'],
      ['丙某', '科长'],
    ];
    const runs = rows.flatMap(([a, b], i) => [...line(a, 0, 10 + i * 15), ...line(b, 100, 10 + i * 15)]);
    expect(readingOrder(runs)).toEqual(['姓名 职务', '甲某 局长', '乙某 副局长', '丙某 科长']);
  });

  it('keeps a single-column page with a right-aligned signature in order', () => {
    const runs = [
      ...line('经研究决定，任命甲某为某局局长。', 0, 10),
      ...line('短行。', 0, 25),
      ...line('某县人民政府', 200, 40),
      ...line('2031年3月1日', 200, 55),
    ];
    expect(readingOrder(runs)).toEqual(['经研究决定，任命甲某为某局局长。', '短行。', '某县人民政府', '2031年3月1日']);
  });
});
