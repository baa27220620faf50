import { noticeSpans } from '@renmian/notice-parser/steps/find-notices.step';
import { normaliseLines } from '@renmian/notice-parser/steps/normalise-lines.step';
import { readHeader } from '@renmian/notice-parser/steps/read-header.step';
import { docNumberIn } from '@renmian/notice-parser/text/doc-number.util';

/** The header of each notice found in `rows`. */
function headers(rows: string[]) {
  const lines = normaliseLines(rows.join('\n'));
  return [...noticeSpans(lines)].map((span) => readHeader(lines, span));
}

const BODY = ['市人民政府决定，任命：', '张晓明为青禾市财政局局长；'];

describe('readHeader', () => {
  it('splits issuer and title at the space before 关于', () => {
    expect(headers(['青禾市人民政府 关于任免张晓明等同志职务的通知', '青政任〔2024〕7号', ...BODY, '青禾市人民政府', '2024年3月5日'])).toEqual([
      {
        issuer: '青禾市人民政府',
        title: '关于任免张晓明等同志职务的通知',
        docNumber: '青政任〔2024〕7号',
        date: '2024-03-05',
        firstLine: 0,
      },
    ]);
  });

  // The same header read as `issuer title`, `issuer` above `title`, or run together by OCR is one
  // header: issuer and title must not depend on whether a space survived.
  // The dev corpus's gold keeps such a title whole (e.g. a congress decision's title begins with
  // its issuer); only a space or a line break marks where an issuer stands apart.
  it('reads the issuer before 关于 when no space separates them, keeping the title whole', () => {
    const [h] = headers(['青禾市人民政府关于任免张晓明等同志职务的通知', ...BODY, '2024年3月5日']);
    expect(h.issuer).toBe('青禾市人民政府');
    expect(h.title).toBe('青禾市人民政府关于任免张晓明等同志职务的通知');
  });

  it('reads the issuer from the line above the title, where the notice then begins', () => {
    const [h] = headers(['', '云岭县人民政府', '', '关于王建国等同志职务任免的通知', '云政任〔2024〕2号', ...BODY, '2024年3月20日']);
    expect(h).toEqual({
      issuer: '云岭县人民政府',
      title: '关于王建国等同志职务任免的通知',
      docNumber: '云政任〔2024〕2号',
      date: '2024-03-20',
      firstLine: 1,
    });
  });

  it('takes no issuer from a line above that is not an issuer', () => {
    const [h] = headers(['青禾日报第三版', '关于王建国等同志职务任免的通知', ...BODY]);
    expect(h.issuer).toBeNull();
  });

  it('expands 人大常委会 in the issuer of a list title', () => {
    const [h] = headers(['青禾市人大常委会任命名单', '（2025年10月24日青禾市第八届人民代表大会常务委员会第二十八次会议通过）', '任命张晓明为青禾市人民政府副市长。']);
    expect(h).toEqual({
      issuer: '青禾市人民代表大会常务委员会',
      title: '青禾市人大常委会任命名单',
      docNumber: null,
      date: '2025-10-24',
      firstLine: 0,
    });
  });

  it('reads an order title and its number on the next line', () => {
    const [h] = headers(['中华人民共和国主席令', '第三号', '根据第十四届全国人民代表大会常务委员会第九次会议的决定：', '任命张晓明为驻青禾国特命全权大使。']);
    expect(h).toMatchObject({ issuer: '中华人民共和国主席', title: '中华人民共和国主席令', docNumber: '第三号' });
  });

  it('reads an order title with its number on the same line', () => {
    const [h] = headers(['中华人民共和国国务院令 第七号', '任命张晓明为青禾市人民政府副市长。']);
    expect(h).toMatchObject({ issuer: '国务院', title: '中华人民共和国国务院令', docNumber: '第七号' });
  });

  it.each([
    ['青政任[2024]7号', '青政任〔2024〕7号'],
    ['青政任(2024)7号', '青政任〔2024〕7号'],
    ['青政任（2024）7号', '青政任〔2024〕7号'],
    ['青政任【2024】12号', '青政任〔2024〕12号'],
  ])('normalises the OCR variant %s of a document number', (raw, docNumber) => {
    const [h] = headers(['青禾市人民政府关于任免张晓明等同志职务的通知', raw, ...BODY, '2024年3月5日']);
    expect(h.docNumber).toBe(docNumber);
  });

  it('finds a standalone document number just above the title', () => {
    const [h] = headers(['青政任〔2024〕9号', '青禾市人民政府关于任免张晓明等同志职务的通知', ...BODY]);
    expect(h.docNumber).toBe('青政任〔2024〕9号');
  });

  it('does not take a document number cited in a sentence for the notice’s own', () => {
    const [h] = headers(['青禾市人民政府关于任免张晓明等同志职务的通知', '根据第3/2020号法律的规定，市人民政府决定：', '任命张晓明为青禾市财政局局长。']);
    expect(h.docNumber).toBeNull();
  });

  it('takes the date of the "passed" line when there is no signing date', () => {
    const [h] = headers([
      '青禾市人民代表大会常务委员会关于任免张晓明等同志职务的决定',
      '（2025年10月24日青禾市第八届人民代表大会常务委员会第二十八次会议通过）',
      '决定任命：',
      '张晓明为青禾市人民政府秘书长。',
    ]);
    expect(h.date).toBe('2025-10-24');
  });

  it('prefers the signing date line that closed the notice', () => {
    const [h] = headers([
      '青禾市人民代表大会常务委员会关于任免张晓明等同志职务的决定',
      '（2025年10月24日青禾市第八届人民代表大会常务委员会第二十八次会议通过）',
      '决定任命：',
      '张晓明为青禾市人民政府秘书长。',
      '二〇二五年十月二十五日',
    ]);
    expect(h.date).toBe('2025-10-25');
  });

  it('reads a news dateline, taking the year from a full date elsewhere', () => {
    const [h] = headers([
      '青禾日报2024年3月13日第1版',
      '青禾市人大常委会任免名单',
      '新华社青禾3月12日电青禾市第八届人民代表大会常务委员会第五次会议决定：',
      '任命张晓明为青禾市人民政府副市长。',
    ]);
    expect(h.date).toBe('2024-03-12');
    expect(h.issuer).toBe('青禾市人民代表大会常务委员会');
  });

  it('gives no date when the text gives none', () => {
    const [h] = headers(['青禾市人民政府关于任免张晓明等同志职务的通知', ...BODY, '青禾市人民政府']);
    expect(h.date).toBeNull();
  });
});

describe('docNumberIn', () => {
  it.each([
    ['青政任〔2024〕7号', '青政任〔2024〕7号'],
    ['青政任[2024]7号', '青政任〔2024〕7号'],
    ['青政任（2024）7号', '青政任〔2024〕7号'],
    ['第三号', '第三号'],
    ['第三号。', '第三号'],
    ['（第十二号）', '第十二号'],
    ['第1/2024號行政長官公告', '第1/2024號'],
    ['根据第3/2020号法律的规定', '第3/2020号'],
  ])('reads %s as %s', (text, number) => {
    expect(docNumberIn(text)).toBe(number);
  });

  it.each(['任期三年', '青禾市第一中学', '第三次会议', '号召全市'])('finds no number in %s', (text) => {
    expect(docNumberIn(text)).toBeNull();
  });
});
