import { parseNotices } from '@renmian/notice-parser';
import { effectiveDateNote } from '../../../../libs/notice-parser/src/text/effective-date.util';

describe('effectiveDateNote', () => {
  it.each([
    ['自2024年3月1日起执行', '2024-03-01'],
    ['自2024年3月1日起', '2024-03-01'],
    ['从二〇二四年三月一日起生效', '2024-03-01'],
    ['2024年3月1日起施行', '2024-03-01'],
    ['任职时间自2024年3月1日起计算', '2024-03-01'],
    ['以上任免自2024年3月1日起执行', '2024-03-01'],
    ['上述人员任职时间均自2024年12月31日起计算', '2024-12-31'],
  ])('reads %s as %s', (text, day) => {
    expect(effectiveDateNote(text)).toBe(day);
  });

  it.each([
    ['2024年3月1日任命王一为局长'],
    ['自2024年3月起执行'],
    ['自2024年2月30日起执行'],
    ['试用期自2024年3月1日起'],
    ['自2024年3月1日起试用一年'],
    ['报市人大常委会备案'],
  ])('does not read %s', (text) => {
    expect(effectiveDateNote(text)).toBeNull();
  });
});

const notice = (body: string[]) =>
  ['青禾市人民政府关于任免王一等同志职务的通知', '青政任〔2024〕5号', '各县区人民政府，市政府各部门：', '经研究决定：', ...body, '青禾市人民政府', '2024年2月20日'].join('\n');

describe('a notice that names the day its decisions take effect', () => {
  it('dates the clause that names it, and only that clause', () => {
    const { notices, unparsed } = parseNotices(
      notice(['任命王一为青禾市财政局局长，孙二为青禾市财政局副局长，自2024年3月1日起执行；', '免去赵三的青禾市商务局局长职务。']),
    );
    expect(unparsed).toEqual([]);
    expect(notices[0].date).toBe('2024-02-20');
    expect(notices[0].events.map((e) => [e.person, e.effectiveOn])).toEqual([
      ['王一', '2024-03-01'],
      ['孙二', '2024-03-01'],
      ['赵三', null],
    ]);
  });

  it('dates every decision above a closing sentence, unless a clause named its own day', () => {
    const { notices, unparsed } = parseNotices(
      notice(['任命王一为青禾市财政局局长，自2024年4月1日起执行；', '免去赵三的青禾市商务局局长职务。', '以上任免自2024年3月1日起执行。']),
    );
    expect(unparsed).toEqual([]);
    expect(notices[0].events.map((e) => [e.person, e.effectiveOn])).toEqual([
      ['王一', '2024-04-01'],
      ['赵三', '2024-03-01'],
    ]);
  });

  it('leaves a notice that names no day to its signing date', () => {
    const { notices } = parseNotices(notice(['任命王一为青禾市财政局局长。']));
    expect(notices[0].events[0].effectiveOn).toBeNull();
  });
});
