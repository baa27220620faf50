import { foldScript } from '@renmian/notice-parser';
import { CHARACTER_CONFUSIONS } from '@renmian/tenure-rules';

describe('CHARACTER_CONFUSIONS', () => {
  const chars = CHARACTER_CONFUSIONS.flatMap((g) => g.chars);

  it('puts each character in one group only (a character stands for one group)', () => {
    const repeated = chars.filter((c, i) => chars.indexOf(c) !== i);
    expect(repeated).toEqual([]);
  });

  it('lists characters as they are after folding (names are compared folded)', () => {
    expect(chars.filter((c) => foldScript(c).text !== c)).toEqual([]);
  });

  it('groups only single characters, at least two to a group', () => {
    for (const g of CHARACTER_CONFUSIONS) {
      expect(g.chars.length).toBeGreaterThanOrEqual(2);
      for (const c of g.chars) expect([...c]).toHaveLength(1);
    }
  });

  it('never groups characters that tell bureaus apart', () => {
    const groupOf = (c: string) => CHARACTER_CONFUSIONS.find((g) => g.chars.includes(c));
    for (const [a, b] of [['审', '监'], ['计', '察'], ['统', '财'], ['政', '法'], ['一', '二']]) {
      const g = groupOf(a);
      expect(g?.chars.includes(b) ?? false).toBe(false);
    }
  });
});
