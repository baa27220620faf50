import { parseNotices } from '@renmian/notice-parser';
import { formatTable } from '../../../apps/cli/src/commands/parse.command';

describe('the parse command’s table', () => {
  it('shows each event with its attributes, the day of effect when the notice names one, and the unread lines', () => {
    const text = [
      '青禾市人民政府关于任免王一等同志职务的通知',
      '青政任〔2024〕5号',
      '经研究决定：',
      '任命王一为青禾市财政局局长（试用期一年），自2024年3月1日起执行；',
      '免去赵三的青禾市商务局局长职务；',
      '孙四同志挂职任青禾市商务局副局长（挂职时间一年）。',
      '青禾市人民政府',
      '2024年2月20日',
    ].join('\n');
    const lines = formatTable(parseNotices(text)).split('\n');
    expect(lines[0]).toContain('青政任〔2024〕5号');
    expect(lines.find((l) => l.startsWith('  L') && l.includes('王一'))).toMatch(/青禾市财政局局长 {2}试用期12个月 自2024-03-01起$/);
    expect(lines.find((l) => l.startsWith('  L') && l.includes('赵三'))).toMatch(/青禾市商务局局长$/);
    expect(lines.find((l) => l.startsWith('  L') && l.includes('孙四'))).toMatch(/青禾市商务局副局长$/);
    expect(lines).toContain('1 notices, 3 events, 1 unparsed lines');
    expect(lines.at(-1)).toMatch(/^ {2}unparsed L6: 孙四同志挂职任.*not understood: “挂职时间一年”/);
  });
});
