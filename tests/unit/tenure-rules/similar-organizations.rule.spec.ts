import { foldScript } from '@renmian/notice-parser';
import { OrganizationRecord, SimilarityReason, similarOrganizations } from '@renmian/tenure-rules';

const fold = (s: string) => foldScript(s).text;

/** A name, with the issuer whose notices use it when it is written short (`市公安局@鹤川市人大…`). */
function org(id: string, spec: string): OrganizationRecord {
  const [name, issuer] = spec.split('@');
  return { id, name, issuers: issuer ? [issuer] : [] };
}

function compare(a: string, b: string): SimilarityReason[] {
  return similarOrganizations([org('1', a), org('2', b)], fold).map((p) => p.reason);
}

describe('similarOrganizations', () => {
  it.each([
    ['青禾市卫生检验检测中心', '青禾市卫生检验监测中心', 'CONFUSION'],
    ['青禾市环境监测站', '青禾市环境检测站', 'CONFUSION'],
    ['青禾市巿场监督管理局', '青禾市市场监督管理局', 'CONFUSION'],
    ['青禾市旅游发展委员会', '青禾市族游发展委员会', 'CONFUSION'],
    ['青禾市体育局', '青禾市休育局', 'CONFUSION'],
    ['青禾市住房和城乡建设局', '青禾市住房和城乡建没局', 'CONFUSION'],
    ['青禾市园林管理处', '青禾市圆林菅理处', 'CONFUSION'],
    ['青禾市人民防空办公室', '青禾市入民防空办公室', 'CONFUSION'],
    ['青禾市广播电视台', '青禾市厂播电视台', 'CONFUSION'],
    ['青禾市科学技术研究所', '青禾市科学技术硏究所', 'CONFUSION'],
    ['鹤川市衞生健康委员会', '鹤川市卫生健康委员会', 'CONFUSION'],
    ['鹤川市審計局', '鹤川市审计局', 'SAME_FOLDED'],
    ['云岭縣財政局', '云岭县财政局', 'SAME_FOLDED'],
    ['市公安局@鹤川市人民代表大会常务委员会', '鹤川市公安局', 'SAME_IN_PLACE'],
    ['区人民政府@鹤川市白溪区人民政府', '白溪区人民政府', 'SAME_IN_PLACE'],
    ['县教育局@云岭县人民政府', '云岭县教育局', 'SAME_IN_PLACE'],
    ['市政府办公室@青禾市人民政府', '青禾市政府办公室', 'SAME_IN_PLACE'],
    ['江岭省青禾市财政局', '青禾市财政局', 'SAME_IN_PLACE'],
    ['中共青禾市委组织部', '青禾市委组织部', 'SAME_IN_PLACE'],
    ['青禾市农业农农村局', '青禾市农业农村局', 'DOUBLED'],
    ['青禾市工商行政管管理局', '青禾市工商行政管理局', 'DOUBLED'],
    ['青禾市发展和改革委员会', '青禾市发展和改委员会', 'DROPPED'],
    ['青禾市人力资源和社会保障局', '青禾市人力资源和社会障局', 'DROPPED'],
  ])('offers %s / %s (%s)', (a, b, kind) => {
    expect(compare(a, b).map((r) => r.kind)).toEqual([kind]);
  });

  it.each([
    ['青禾市审计局', '青禾市监察局'],
    ['青禾市统计局', '青禾市财政局'],
    ['青禾市地震局', '青禾市档案局'],
    ['青禾市水利局', '青禾市林业局'],
    ['鹤川市公安局', '青禾市公安局'],
    ['市公安局@鹤川市人民代表大会常务委员会', '青禾市公安局'],
    ['白溪区人民政府', '白溪区人民法院'],
    ['白溪区人民检察院', '白溪区人民法院'],
    ['青禾大学', '青禾大学党委'],
    ['青禾市交通运输局', '青禾市交通运输局党组'],
    ['青禾市第一中学', '青禾市第二中学'],
    ['青禾市第十一中学', '青禾市第十中学'],
    ['青禾市第三中学', '青禾市第三小学'],
    ['青禾市公安局', '青禾市公安分局'],
    ['青禾市税务局', '青禾市税务总局'],
    ['青禾市人民医院', '青禾市人民医学院'],
    ['青禾市城东小学', '青禾市城西小学'],
    ['青禾市大数据局', '青禾市数据局'],
    ['青禾市妇幼保健院', '青禾市妇幼保健所'],
    ['青禾市委宣传部', '青禾市委统战部'],
    ['青禾市人大常委会', '青禾市政协'],
    ['青禾市教育局', '云岭县教育局'],
    ['青禾市市场监督管理局', '青禾市市政工程管理处'],
  ])('does not offer %s / %s', (a, b) => {
    expect(compare(a, b)).toEqual([]);
  });

  it('names the confused characters, and each pair once in id order', () => {
    const pairs = similarOrganizations([org('10', '青禾市园林管理处'), org('9', '青禾市圆林菅理处'), org('11', '青禾市财政局')], fold);
    expect(pairs).toHaveLength(1);
    expect([pairs[0].a.id, pairs[0].b.id]).toEqual(['9', '10']);
    expect(pairs[0].reason).toEqual({ kind: 'CONFUSION', pairs: [['圆', '园'], ['菅', '管']] });
  });

  it('reads a short name under each of its issuers', () => {
    const short = { id: '1', name: '市公安局', issuers: ['鹤川市人民政府', '青禾市人民代表大会常务委员会'] };
    const pairs = similarOrganizations([short, org('2', '青禾市公安局'), org('3', '鹤川市公安局')], fold);
    expect(pairs.map((p) => [p.a.id, p.b.id, p.reason])).toEqual([
      ['1', '2', { kind: 'SAME_IN_PLACE', place: '青禾市', issuer: '青禾市人民代表大会常务委员会' }],
      ['1', '3', { kind: 'SAME_IN_PLACE', place: '鹤川市', issuer: '鹤川市人民政府' }],
    ]);
  });
});

describe('similarOrganizations across places', () => {
  it('never pairs two zones or bureaus of one name in two cities', () => {
    const pairs = similarOrganizations(
      [org('1', '凤湄市高新新区管理委员会'), org('2', '松峰县高新新区管理委员会'), org('3', '柳湾县城市管理局'), org('4', '桐峰市城市管理局')],
      fold,
    );
    expect(pairs).toEqual([]);
  });
});
