import { PinyinMatch, matchPinyin, pinyinKeys, pinyinQuery } from '../../../../apps/api/src/directory/pinyin/pinyin-key.util';

// Invented names.
describe('pinyinKeys', () => {
  it('reads a name as its syllables run together and their initials, with where each syllable starts', () => {
    expect(pinyinKeys('王永辉', 'person')).toEqual([{ full: 'wangyonghui', initials: 'wyh', starts: [0, 4, 8] }]);
    expect(pinyinKeys('松溪县水利局', 'place')).toEqual([{ full: 'songxixianshuiliju', initials: 'sxxslj', starts: [0, 4, 6, 10, 14, 16] }]);
  });

  it('reads a polyphonic surname as a surname first, and also as the common reading a clerk may type', () => {
    expect(pinyinKeys('单一鸣', 'person').map((k) => k.full)).toEqual(['shanyiming', 'danyiming']);
    expect(pinyinKeys('曾晓岚', 'person').map((k) => k.full)).toEqual(['zengxiaolan', 'cengxiaolan']);
    expect(pinyinKeys('解子墨', 'person')[0].full).toBe('xiezimo');
    expect(pinyinKeys('仇心远', 'person')[0].initials).toBe('qxy');
    // An organisation has no surname: 单位 is danwei, 曾经 is cengjing.
    expect(pinyinKeys('单县水务局', 'place').map((k) => k.full)).toEqual(['danxianshuiwuju']);
  });

  it('reads 长 of a post title as zhang (局长, 秘书长, 行长), and 长 elsewhere as chang', () => {
    expect(pinyinKeys('万川县审计局局长', 'place')[0].initials).toBe('wcxsjjjz');
    expect(pinyinKeys('秘书长', 'place')[0].full).toBe('mishuzhang');
    expect(pinyinKeys('银行行长', 'place')[0].full).toBe('yinhanghangzhang');
    expect(pinyinKeys('长江局', 'place')[0].full).toBe('changjiangju');
  });

  it('keeps letters and digits in a name as they are, lower-cased', () => {
    expect(pinyinKeys('长沙市IT局', 'place')[0]).toMatchObject({ initials: 'cssitj' });
  });
});

describe('pinyinQuery', () => {
  it('takes letters (spaces and apostrophes dropped, any case) and refuses anything else', () => {
    expect(pinyinQuery('Wang Yong’hui')).toBe('wangyonghui');
    expect(pinyinQuery('WYH')).toBe('wyh');
    for (const q of ['王永辉', 'w', 'wyh2', 'wang-yong', 'x'.repeat(61), '']) expect(pinyinQuery(q)).toBeNull();
  });
});

describe('matchPinyin', () => {
  const wang = pinyinKeys('王永辉', 'person');
  it('ranks a whole reading, then a prefix, then a syllable inside, then initials inside', () => {
    expect(matchPinyin(wang, 'wangyonghui')).toBe(PinyinMatch.WHOLE);
    expect(matchPinyin(wang, 'wyh')).toBe(PinyinMatch.WHOLE);
    expect(matchPinyin(wang, 'wangy')).toBe(PinyinMatch.PREFIX);
    expect(matchPinyin(wang, 'wy')).toBe(PinyinMatch.PREFIX);
    expect(matchPinyin(wang, 'yonghui')).toBe(PinyinMatch.SYLLABLE);
    expect(matchPinyin(pinyinKeys('松溪县水利局', 'place'), 'slj')).toBe(PinyinMatch.INITIALS_INSIDE);
  });

  it('does not match inside a syllable or a reading the name does not have', () => {
    expect(matchPinyin(wang, 'onghui')).toBeNull();
    expect(matchPinyin(wang, 'wangyonghuii')).toBeNull();
    expect(matchPinyin(wang, 'why')).toBeNull();
  });

  it('finds 单一鸣 by either reading of 单', () => {
    const shan = pinyinKeys('单一鸣', 'person');
    expect(matchPinyin(shan, 'shanyiming')).toBe(PinyinMatch.WHOLE);
    expect(matchPinyin(shan, 'danyiming')).toBe(PinyinMatch.WHOLE);
    expect(matchPinyin(shan, 'sym')).toBe(PinyinMatch.WHOLE);
  });
});
