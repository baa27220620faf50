import { joinPages } from '../../../libs/documents/src/readers/page-join.util';
import { unifyRadicals } from '../../../libs/documents/src/readers/cjk-radicals.util';
import { unifyScript } from '../../../libs/documents/src/readers/script-unify.util';

describe('joinPages: pages as a gazette prints them', () => {
  it('marks each page break with its page number and a blank line, and knows each line’s page', () => {
    expect(joinPages([['甲', '乙'], ['丙'], ['丁']])).toEqual({
      text: '甲\n乙\n— 1 —\n\n丙\n— 2 —\n\n丁',
      linePages: [1, 1, 1, null, 2, 2, null, 3],
    });
  });

  it('adds no number where the page already ends with one', () => {
    expect(joinPages([['甲', '— 7 —'], ['乙']]).text).toBe('甲\n— 7 —\n\n乙');
    expect(joinPages([['甲', '第 7 页'], ['乙']]).text).toBe('甲\n第 7 页\n\n乙');
  });
});

describe('unifyRadicals: radical code points from a text layer back to ideographs', () => {
  it('maps CJK Radicals Supplement and Kangxi radicals to the ideographs drawn the same', () => {
    expect(unifyRadicals('⻘⽲县⼈⺠政府各部⻔')).toBe('青禾县人民政府各部门');
    expect(unifyRadicals('局⻓')).toBe('局长');
    expect(unifyRadicals('无部首的文字')).toBe('无部首的文字');
  });
});

describe('unifyScript: OCR of a simplified page in one script', () => {
  it('makes stray traditional characters simplified on a simplified page', () => {
    expect(unifyScript('任命陶知遠為青禾縣水利局副局长；免去何清和的青禾县文化旅游局局长职务；免去江海平的交通运输局局长职务')).toBe(
      '任命陶知远为青禾县水利局副局长；免去何清和的青禾县文化旅游局局长职务；免去江海平的交通运输局局长职务',
    );
  });

  it('leaves a traditional page as read', () => {
    const page = '任命陶知遠為青禾縣水利局副局長；免去何清和的青禾縣文化旅遊局局長職務';
    expect(unifyScript(page)).toBe(page);
  });
});
