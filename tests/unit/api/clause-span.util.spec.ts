import { clauseSpan } from '../../../apps/api/src/web/views/clause-span.util';

describe('clauseSpan', () => {
  const lines = ['免去：', '', '郭翠菊的聊城市能源发展服务中心副主任', '', '职务；', '', '江崇海的聊城市应急管理局副局长职务；', '聊城市人民政府'];

  it('follows a clause broken across lines, passing over blank ones', () => {
    expect(clauseSpan(lines, 10, 12, '郭翠菊的聊城市能源发展服务中心副主任职务')).toEqual([12, 14]);
  });

  it('stops at the clause’s own end and never claims the next clause', () => {
    expect(clauseSpan(lines, 10, 16, '江崇海的聊城市应急管理局副局长职务')).toEqual([16]);
  });

  it('takes a clause that starts after a header on the same line', () => {
    expect(clauseSpan(['任命：张三为青禾市财政局局长；'], 1, 1, '张三为青禾市财政局局长')).toEqual([1]);
  });

  it('falls back to the stated line when the text differs (OCR normalised)', () => {
    expect(clauseSpan(['张 三 為 青禾市財政局局長'], 1, 1, '李四为青禾市财政局局长')).toEqual([1]);
  });
});
