import { remembered } from '@renmian/notice-parser/text/memo.util';

describe('remembered', () => {
  it('computes a string once and answers again from the table', () => {
    const calls: string[] = [];
    const f = remembered((s: string) => {
      calls.push(s);
      return s.length;
    });
    expect([f('青禾市财政局局长'), f('青禾市财政局局长'), f('副局长')]).toEqual([8, 8, 3]);
    expect(calls).toEqual(['青禾市财政局局长', '副局长']);
  });

  it('remembers an undefined or null answer as an answer', () => {
    let calls = 0;
    const f = remembered((): null => {
      calls++;
      return null;
    });
    f('甲');
    f('甲');
    expect(calls).toBe(1);
  });

  it('is bounded: past its size the table starts again, and long strings are never kept', () => {
    let calls = 0;
    const f = remembered(
      (s: string) => {
        calls++;
        return s;
      },
      2,
      4,
    );
    f('甲');
    f('乙');
    f('丙'); // the table was full: cleared, then 丙 kept
    f('甲');
    expect(calls).toBe(4);
    f('甲乙丙丁戊');
    f('甲乙丙丁戊');
    expect(calls).toBe(6);
  });
});
