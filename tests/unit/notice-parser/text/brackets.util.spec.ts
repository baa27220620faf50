import { indexOfTopLevel, splitBrackets, splitTopLevel } from '@renmian/notice-parser/text/brackets.util';

describe('splitBrackets', () => {
  it('returns the text unchanged when there is no bracket', () => {
    expect(splitBrackets('张晓明为青禾市财政局局长')).toEqual({ text: '张晓明为青禾市财政局局长', groups: [] });
  });

  it('separates outside text from each top-level group', () => {
    expect(splitBrackets('李春华（女）')).toEqual({ text: '李春华', groups: ['女'] });
    expect(splitBrackets('青禾市档案馆副馆长（副县级）（试用期一年）')).toEqual({
      text: '青禾市档案馆副馆长',
      groups: ['副县级', '试用期一年'],
    });
    expect(splitBrackets('甲（一）乙【二】丙')).toEqual({ text: '甲乙丙', groups: ['一', '二'] });
  });

  it('keeps nested brackets inside their top-level group', () => {
    expect(splitBrackets('青禾市中心主任（青禾市所所长（兼）、云岭县站站长）尾')).toEqual({
      text: '青禾市中心主任尾',
      groups: ['青禾市所所长（兼）、云岭县站站长'],
    });
  });

  it('runs an unbalanced open bracket to the end of the text', () => {
    expect(splitBrackets('青禾市财政局副局长（试用期一年')).toEqual({ text: '青禾市财政局副局长', groups: ['试用期一年'] });
    expect(splitBrackets('甲（乙（丙）丁')).toEqual({ text: '甲', groups: ['乙（丙）丁'] });
  });

  it('drops a stray closing bracket', () => {
    expect(splitBrackets('青禾市）财政局局长')).toEqual({ text: '青禾市财政局局长', groups: [] });
    expect(splitBrackets('甲（乙）丙）丁')).toEqual({ text: '甲丙丁', groups: ['乙'] });
  });
});

describe('splitTopLevel', () => {
  it('splits on a separator outside brackets only', () => {
    expect(splitTopLevel('张晓明、李春华（女、汉族）、王建国', '、')).toEqual(['张晓明', '李春华（女、汉族）', '王建国']);
    expect(splitTopLevel('甲【乙、丙】、丁', '、')).toEqual(['甲【乙、丙】', '丁']);
  });

  it('splits on any of several separators', () => {
    expect(splitTopLevel('正科级，试用期一年；另注', '，；')).toEqual(['正科级', '试用期一年', '另注']);
  });

  it('leaves out empty parts', () => {
    expect(splitTopLevel('、张晓明、、李春华、', '、')).toEqual(['张晓明', '李春华']);
    expect(splitTopLevel('', '、')).toEqual([]);
    expect(splitTopLevel('、', '、')).toEqual([]);
  });

  it('returns the whole text when no separator occurs', () => {
    expect(splitTopLevel('青禾市财政局局长', '、')).toEqual(['青禾市财政局局长']);
  });

  it('treats a stray closing bracket as not nesting', () => {
    expect(splitTopLevel('甲）、乙', '、')).toEqual(['甲）', '乙']);
  });

  it('never splits after an unclosed open bracket', () => {
    expect(splitTopLevel('甲（乙、丙', '、')).toEqual(['甲（乙、丙']);
  });
});

describe('indexOfTopLevel', () => {
  it('finds the needle outside brackets', () => {
    expect(indexOfTopLevel('张（的）的P', '的')).toBe(4);
    expect(indexOfTopLevel('张晓明的青禾市财政局局长', '的')).toBe(3);
  });

  it('honours `from`', () => {
    expect(indexOfTopLevel('甲的乙的丙', '的', 2)).toBe(3);
    expect(indexOfTopLevel('甲（乙）的丙的', '的', 5)).toBe(6);
  });

  it('returns -1 when the needle stands only inside brackets or not at all', () => {
    expect(indexOfTopLevel('张晓明（的）', '的')).toBe(-1);
    expect(indexOfTopLevel('张晓明', '的')).toBe(-1);
  });
});
