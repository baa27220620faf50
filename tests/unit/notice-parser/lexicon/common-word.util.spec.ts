import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldScript } from '@renmian/notice-parser';
import { isCommonWord } from '@renmian/notice-parser/lexicon/common-word.util';
import { COMPOUND_SURNAMES, GIVEN, SURNAMES } from '../../../../bench/gazette.lexicon';
import { cleanPersonMention } from '@renmian/notice-parser/lexicon/person-name.util';

describe('isCommonWord', () => {
  // Each begins with a character that is also a surname (慎, 后, 相, 宣, 公, 党), so the surname list alone lets it through.
  // 带领新, 自己能: a frequent verb or pronoun and a character over, which no surname and given name make.
  it.each(['慎重研究', '后者', '相同', '宣布', '党组研究', '研究', '带领新', '自己能'])('calls %s a word, not a name', (text) => {
    expect(isCommonWord(text)).toBe(true);
  });

  // Invented names, and names that are also place names, numerals or rare words in the dictionary.
  it.each(['葛云舟', '童岚', '欧阳秋实', '简书航', '柏宁', '王国', '万里', '周济', '季平', '高峰', '白云', '石子', '高新', '马力', '石子军', '高新民'])('leaves the name %s alone', (name) => {
    expect(isCommonWord(name)).toBe(false);
  });

  it('asks only about two to four characters', () => {
    expect(isCommonWord('研')).toBe(false);
    expect(isCommonWord('研究研究制度')).toBe(false);
  });
});

describe('cleanPersonMention: words of the sentence around a name', () => {
  it.each([
    ['了葛云舟', '葛云舟'],
    ['葛云舟仍', '葛云舟'],
    ['童岚则', '童岚'],
    ['童岚亦', '童岚'],
    ['童岚…', '童岚'],
  ])('%s → %s', (mention, name) => {
    expect(cleanPersonMention(mention)).toBe(name);
  });

  it('keeps 将 (a future, not a decision) and a character that is the name itself', () => {
    expect(cleanPersonMention('葛云舟将')).toBe('葛云舟将');
    expect(cleanPersonMention('王也')).toBe('王也');
  });
});

describe("isCommonWord over the names of the team's own corpus", () => {
  const dir = join(__dirname, '..', '..', '..', 'corpus', 'tune', 'gold');
  const names = new Set<string>();
  for (const f of readdirSync(dir)) {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { notices: { events: { person: string }[] }[] };
    for (const n of gold.notices) for (const e of n.events) names.add(foldScript(e.person).text);
  }

  it('calls none of the people in the gold a word', () => {
    expect(names.size).toBeGreaterThan(500);
    expect([...names].filter(isCommonWord)).toEqual([]);
  });
});

describe('isCommonWord over invented names', () => {
  it("calls none of the benchmark's surname × given-name pairs a word", () => {
    const names = [...SURNAMES, ...COMPOUND_SURNAMES].flatMap((s) => [...GIVEN].map((g) => s + g));
    const words = names.filter(isCommonWord);
    // Measured: none of the 16,500, nor of the 1.6 million three-character ones.
    expect(names.length).toBeGreaterThan(10000);
    expect(words).toEqual([]);
  });
});
