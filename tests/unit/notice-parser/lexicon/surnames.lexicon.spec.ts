import { compoundSurnameLength, startsWithSurname } from '@renmian/notice-parser/lexicon/surnames.lexicon';

describe('surnames', () => {
  it('recognises single and compound surnames, simplified and traditional', () => {
    expect(startsWithSurname('张晓明')).toBe(true);
    expect(startsWithSurname('張曉明')).toBe(true);
    expect(startsWithSurname('欧阳丽华')).toBe(true);
    expect(startsWithSurname('歐陽麗華')).toBe(true);
  });

  it('does not take prose openers for surnames', () => {
    for (const s of ['各地', '本院', '我市', '该同志', '其他']) expect(startsWithSurname(s)).toBe(false);
  });

  it('gives the length of the surname', () => {
    expect(compoundSurnameLength('欧阳丽华')).toBe(2);
    expect(compoundSurnameLength('司马青')).toBe(2);
    expect(compoundSurnameLength('张晓明')).toBe(1);
    expect(compoundSurnameLength('欧晓明')).toBe(1);
  });
});
