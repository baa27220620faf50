import { parseNotices } from '@renmian/notice-parser';

/**
 * A table of who holds the posts a heading names (`某某政府主席、副主席、秘书长名单`), rows of a title
 * and names set apart by spaces (a two-character name padded to three: `王 五`), notes on when each
 * row was decided between them. Invented names and bodies.
 */
const TABLE = [
  '东林省人民政府',
  '东林省人民政府主席、副主席、政务委员、秘书长名单',
  '(1950—1954年)',
  '主 席 葛云舟',
  '(1950年1月5日东林省人民代表会议通过任命)',
  '副主席',
  '童 岚 欧阳秋实 简书航',
  '(1950年1月5日东林省人民代表会议通过任命)',
  '政务委员',
  '柏 宁 庞子衿',
  '秘书长 戚远',
  '后任命',
  '副主席 司马清和',
  '',
].join('\n');

function events(text: string): string[] {
  return parseNotices(text)
    .notices.flatMap((n) => n.events)
    .map((e) => `${e.type}|${e.person}|${e.position}`)
    .sort();
}

describe('a table of posts and their holders', () => {
  it('reads each row under the heading, every title in the first post’s body', () => {
    expect(events(TABLE)).toEqual(
      [
        'appoint|葛云舟|东林省人民政府主席',
        'appoint|童岚|东林省人民政府副主席',
        'appoint|欧阳秋实|东林省人民政府副主席',
        'appoint|简书航|东林省人民政府副主席',
        'appoint|柏宁|东林省人民政府政务委员',
        'appoint|庞子衿|东林省人民政府政务委员',
        'appoint|戚远|东林省人民政府秘书长',
        'appoint|司马清和|东林省人民政府副主席',
      ].sort(),
    );
  });

  it('reads nothing from a list only published for comment', () => {
    expect(events(TABLE.replace('秘书长名单', '秘书长任前公示名单'))).toEqual([]);
  });
});
