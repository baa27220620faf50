/**
 * Characters that one organisation's name is mistakenly written or read with, as groups: a name
 * that differs from another only by characters of one group is offered as perhaps the same
 * organisation (聊城市卫生检验检测中心 / 聊城市卫生检验监测中心).
 *
 * Sources, all general knowledge rather than any corpus: the 形近字 (visually similar characters)
 * pairs of the 形近字辨析 lists taught in Chinese schools; the confusions OCR engines are known to
 * make on printed Song type (巿/市, 管/菅, 厂/广); and
 * variant forms (异体字) that the OpenCC traditional → mainland conversion the parser folds with does
 * not map (硏, 囘, 衞, 敍, 戸, 颕…). Traditional/simplified pairs are not listed: names are
 * compared after folding, which settles 測/测 and 審/审.
 *
 * Entries are in folded (mainland simplified) form, each character in at most one group (the tests
 * check both), and a group is only as wide as real confusion goes: 审/监 or 统/财 are never here,
 * because two names differing there are two organisations.
 */
export interface ConfusionGroup {
  chars: readonly string[];
  why: 'visual' | 'ocr' | 'variant' | 'usage';
}

export const CHARACTER_CONFUSIONS: readonly ConfusionGroup[] = [
  // Written interchangeably in names of testing and monitoring bodies (检测/监测, 检验/监验).
  { chars: ['检', '监'], why: 'usage' },
  { chars: ['己', '已', '巳'], why: 'visual' },
  { chars: ['戊', '戌', '戍'], why: 'visual' },
  { chars: ['未', '末'], why: 'visual' },
  { chars: ['土', '士'], why: 'visual' },
  { chars: ['日', '曰'], why: 'visual' },
  { chars: ['人', '入'], why: 'visual' },
  { chars: ['大', '太', '犬'], why: 'visual' },
  { chars: ['干', '千', '于'], why: 'visual' },
  { chars: ['天', '夭'], why: 'visual' },
  { chars: ['刀', '力'], why: 'visual' },
  { chars: ['王', '玉'], why: 'visual' },
  { chars: ['贝', '见'], why: 'visual' },
  { chars: ['拔', '拨'], why: 'visual' },
  { chars: ['侯', '候'], why: 'visual' },
  { chars: ['辨', '辩', '辫'], why: 'visual' },
  { chars: ['治', '冶'], why: 'visual' },
  { chars: ['汩', '汨'], why: 'visual' },
  { chars: ['准', '淮'], why: 'visual' },
  { chars: ['沽', '沾'], why: 'visual' },
  { chars: ['乌', '鸟'], why: 'visual' },
  { chars: ['免', '兔'], why: 'visual' },
  { chars: ['母', '毋'], why: 'visual' },
  { chars: ['享', '亨'], why: 'visual' },
  { chars: ['历', '厉'], why: 'visual' },
  { chars: ['折', '拆'], why: 'visual' },
  { chars: ['徒', '徙'], why: 'visual' },
  { chars: ['崇', '祟'], why: 'visual' },
  { chars: ['旅', '族'], why: 'visual' },
  { chars: ['设', '没'], why: 'visual' },
  { chars: ['体', '休'], why: 'visual' },
  { chars: ['园', '圆'], why: 'visual' },
  { chars: ['测', '侧', '恻'], why: 'visual' },
  { chars: ['管', '菅'], why: 'ocr' },
  { chars: ['市', '巿'], why: 'ocr' },
  { chars: ['厂', '广'], why: 'ocr' },
  { chars: ['县', '具'], why: 'ocr' },
  { chars: ['口', '囗'], why: 'ocr' },
  { chars: ['间', '问'], why: 'ocr' },
  { chars: ['研', '硏'], why: 'variant' },
  { chars: ['回', '囘'], why: 'variant' },
  { chars: ['卫', '衞'], why: 'variant' },
  { chars: ['叙', '敍'], why: 'variant' },
  { chars: ['户', '戸'], why: 'variant' },
  { chars: ['强', '彊'], why: 'variant' },
  { chars: ['颖', '颕'], why: 'variant' },
  { chars: ['着', '著'], why: 'variant' },
];
