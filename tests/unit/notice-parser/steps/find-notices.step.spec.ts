import { parseNotices } from '@renmian/notice-parser/parse-notices';
import { noticeSpans } from '@renmian/notice-parser/steps/find-notices.step';
import { normaliseLines } from '@renmian/notice-parser/steps/normalise-lines.step';

const spansOf = (rows: string[]) => [...noticeSpans(normaliseLines(rows.join('\n')))];

describe('noticeSpans', () => {
  it('finds two notices of a gazette and leaves another document between them out', () => {
    const rows = [
      /* 0 */ '青禾市人民政府公报',
      /* 1 */ '',
      /* 2 */ '青禾市人民政府 关于任免张晓明等同志职务的通知',
      /* 3 */ '青政任〔2024〕7号',
      /* 4 */ '各县（市、区）人民政府，市政府各部门：',
      /* 5 */ '市人民政府决定，任命：',
      /* 6 */ '张晓明为青禾市财政局局长；',
      /* 7 */ '免去：',
      /* 8 */ '李春华的青禾市财政局副局长职务。',
      /* 9 */ '青禾市人民政府',
      /* 10 */ '2024年3月5日',
      /* 11 */ '',
      /* 12 */ '# 青禾市人民政府办公室关于做好春季森林防火工作的通知',
      /* 13 */ '各县（市、区）人民政府：',
      /* 14 */ '为做好春季森林防火工作，现将有关事项通知如下。',
      /* 15 */ '一、加强组织领导。',
      /* 16 */ '青禾市人民政府办公室',
      /* 17 */ '2024年3月8日',
      /* 18 */ '',
      /* 19 */ '云岭县人民政府',
      /* 20 */ '关于王建国等同志职务任免的通知',
      /* 21 */ '云政任〔2024〕2号',
      /* 22 */ '县政府决定：',
      /* 23 */ '王建国为云岭县教育局局长；',
      /* 24 */ '赵丽的云岭县教育局局长职务自然免除。',
      /* 25 */ '云岭县人民政府',
      /* 26 */ '2024年3月20日',
    ];
    const spans = spansOf(rows);
    expect(spans.map((s) => [s.titleStart, s.titleEnd, s.end, s.dateLine, s.kind, s.negative, s.floor])).toEqual([
      [2, 2, 11, 10, 'about', false, 0],
      [20, 20, 27, 26, 'about', false, 11],
    ]);
    expect(spans[0].title).toBe('青禾市人民政府关于任免张晓明等同志职务的通知');
    expect(spans[0].rawTitle).toBe('青禾市人民政府 关于任免张晓明等同志职务的通知');
    expect(spans[1].title).toBe('关于王建国等同志职务任免的通知');
  });

  it('ends a notice without a date at a markdown heading', () => {
    const spans = spansOf([
      /* 0 */ '青禾市人民政府关于任免张晓明等同志职务的通知',
      /* 1 */ '任命张晓明为青禾市财政局局长。',
      /* 2 */ '# 青禾市统计公报',
      /* 3 */ '全市生产总值增长百分之五。',
    ]);
    expect(spans.map((s) => [s.titleStart, s.end, s.dateLine])).toEqual([[0, 2, null]]);
  });

  it('ends an undated notice before the issuer line above the next title', () => {
    const spans = spansOf([
      /* 0 */ '青禾市人民政府关于任免张晓明等同志职务的通知',
      /* 1 */ '任命张晓明为青禾市财政局局长。',
      /* 2 */ '云岭县人民政府',
      /* 3 */ '关于王建国等同志职务任免的通知',
      /* 4 */ '任命王建国为云岭县教育局局长。',
    ]);
    expect(spans.map((s) => [s.titleStart, s.titleEnd, s.end, s.floor])).toEqual([
      [0, 0, 2, 0],
      [3, 3, 5, 2],
    ]);
  });

  it('joins a title broken over two lines', () => {
    const spans = spansOf([
      '青禾市人民代表大会常务委员会关于接受',
      '张晓明辞去青禾市人民政府副市长职务请求的决定',
      '（2025年10月24日青禾市第八届人民代表大会常务委员会第二十八次会议通过）',
      '青禾市第八届人民代表大会常务委员会第二十八次会议决定：接受张晓明辞去青禾市人民政府副市长职务的请求。',
    ]);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({
      titleStart: 0,
      titleEnd: 1,
      kind: 'about',
      negative: false,
      title: '青禾市人民代表大会常务委员会关于接受张晓明辞去青禾市人民政府副市长职务请求的决定',
      rawTitle: '青禾市人民代表大会常务委员会关于接受 张晓明辞去青禾市人民政府副市长职务请求的决定',
    });
  });

  it('joins a title broken over three lines, across a blank line', () => {
    const spans = spansOf(['青禾市人民政府', '关于张晓明等', '', '同志职务任免', '的通知', '任命张晓明为青禾市财政局局长。']);
    expect(spans.map((s) => [s.titleStart, s.titleEnd, s.title])).toEqual([[1, 4, '关于张晓明等同志职务任免的通知']]);
  });

  it('does not join a 关于 line to a following sentence', () => {
    const spans = spansOf(['关于张晓明等', '同志的情况说明。', '张晓明为青禾市财政局局长。']);
    expect(spans).toEqual([]);
  });

  it('gives table-of-contents titles spans that yield no notice', () => {
    const rows = [
      '目录',
      '青禾市人民政府关于任免张晓明等同志职务的通知',
      '青禾市人民政府关于任免李春华等同志职务的通知',
      '青禾市人民政府关于印发青禾市干部任免工作规程的通知',
    ];
    const spans = spansOf(rows);
    expect(spans.map((s) => [s.titleStart, s.end])).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    expect(spans.map((s) => s.negative)).toEqual([false, false, true]);
    expect(parseNotices(rows.join('\n'))).toEqual({ notices: [], unparsed: [] });
  });

  it.each([
    '青禾市人民政府关于印发青禾市干部任免工作规程的通知',
    '关于张晓明同志任职问题的通知',
    '关于提请任命张晓明为青禾市财政局局长的议案',
  ])('marks the span of %s negative', (title) => {
    const spans = spansOf([title, '任命张晓明为青禾市财政局局长。', '2024年3月5日']);
    expect(spans).toHaveLength(1);
    expect(spans[0].negative).toBe(true);
  });

  it('marks a notice whose body asks the congress to decide negative', () => {
    const spans = spansOf([
      '青禾市人民政府关于任免张晓明等同志职务的通知',
      '任命张晓明为青禾市财政局局长。',
      '以上人选，请大会决定。',
      '青禾市人民政府',
      '2024年3月5日',
    ]);
    expect(spans.map((s) => s.negative)).toEqual([true]);
  });

  it('does not start a new notice at a headline-like broken clause inside a body', () => {
    const spans = spansOf([
      /* 0 */ '青禾市人民代表大会常务委员会关于任免张晓明等同志职务的决定',
      /* 1 */ '青禾市人民代表大会常务委员会决定：',
      /* 2 */ '任命张晓明为青禾市财政局局长；',
      /* 3 */ '免去王建国的青禾市人大常委会人事任免工作委员会副主任职',
      /* 4 */ '务；',
      /* 5 */ '2024年3月5日',
    ]);
    expect(spans.map((s) => [s.titleStart, s.titleEnd, s.end, s.dateLine])).toEqual([[0, 0, 6, 5]]);
  });

  it('does not close a notice at a date line before the body begins', () => {
    const spans = spansOf([
      /* 0 */ '青禾市人民代表大会常务委员会关于任免张晓明等同志职务的决定',
      /* 1 */ '（2025年10月24日青禾市第八届人民代表大会常务委员会第二十八次会议通过）',
      /* 2 */ '2025年10月24日',
      /* 3 */ '任命张晓明为青禾市财政局局长。',
      /* 4 */ '2025年10月25日',
    ]);
    expect(spans.map((s) => [s.end, s.dateLine])).toEqual([[5, 4]]);
  });

  it('treats a text with a decision block but no title as one untitled notice', () => {
    const spans = spansOf(['任命：', '张晓明为青禾市财政局局长；', '青禾市人民政府', '2024年3月5日']);
    expect(spans).toEqual([
      {
        titleStart: 0,
        titleEnd: -1,
        end: 4,
        dateLine: 3,
        title: '',
        rawTitle: '',
        kind: 'untitled',
        negative: false,
        floor: 0,
      },
    ]);
  });

  it('finds nothing in prose without a title or a decision block', () => {
    expect(spansOf(['全市生产总值增长百分之五。', '青禾市统计局', '2024年3月5日'])).toEqual([]);
  });
});
