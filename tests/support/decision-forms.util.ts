import type { Expected, PostPart } from './decision-sentences.util';

/**
 * Arrangements beyond one verb over a list: acting posts, transfers, a post before its holders, the
 * subject left out of a second clause, `分别`, a resignation accepted. Each takes three people and
 * two posts (the first with a second title where it has one) and says what it states.
 */
export interface FormPart {
  id: string;
  /** A form only news writes (a ceremony's story), not a notice: composed in that frame alone. */
  newsOnly?: boolean;
  body: (n: string[], p1: PostPart, p2: PostPart) => string;
  events: (n: string[], p1: PostPart, p2: PostPart) => Expected[];
}

const A = (person: string, position: string): Expected => ({ type: 'appoint', person, position });
const R = (person: string, position: string): Expected => ({ type: 'remove', person, position });

/** A name followed by the person's title is written without 同志 or （女） between them. */
const bare = (written: string) => written.replace(/同志$|（女）$/, '');

export const FORMS: FormPart[] = [
  { id: '决定为代理', body: (n, p) => `决定${n[0]}为${p.org}代理${p.title}`, events: (n, p) => [A(n[0], `${p.org}代理${p.title}`)] },
  { id: '代理职务', body: (n, p) => `决定由${n[0]}代理${p.org}${p.title}职务`, events: (n, p) => [A(n[0], `${p.org}代理${p.title}`)] },
  { id: '转任', body: (n, p, q) => `决定${n[0]}由${p.org}${p.title}转任${q.org}${q.title}`, events: (n, p, q) => [A(n[0], q.org + q.title), R(n[0], p.org + p.title)] },
  { id: '免去任', body: (n, p, q) => `免去${n[0]}${p.org}${p.title}职务，任${q.org}${q.title}`, events: (n, p, q) => [R(n[0], p.org + p.title), A(n[0], q.org + q.title)] },
  { id: '任免去', body: (n, p, q) => `任命${n[0]}为${q.org}${q.title}，免去其${p.org}${p.title}职务`, events: (n, p, q) => [A(n[0], q.org + q.title), R(n[0], p.org + p.title)] },
  { id: '分别出任', body: (n, p, q) => `决定${n[0]}、${n[1]}分别出任${p.org}${p.title}、${q.org}${q.title}`, events: (n, p, q) => [A(n[0], p.org + p.title), A(n[1], q.org + q.title)] },
  { id: '由接任', body: (n, p) => `${p.org}${p.title}一职由${n[0]}接任`, events: (n, p) => [A(n[0], p.org + p.title)] },
  { id: '由担任', body: (n, p) => `决定${p.org}${p.title}由${n[0]}、${n[1]}担任`, events: (n, p) => [A(n[0], p.org + p.title), A(n[1], p.org + p.title)] },
  { id: '职在名前', body: (n, p) => `任命${p.org}${p.title}${n[0]}，${p.second ?? '秘书长'}${n[1]}、${n[2]}`, events: (n, p) => [A(n[0], p.org + p.title), A(n[1], p.org + (p.second ?? '秘书长')), A(n[2], p.org + (p.second ?? '秘书长'))] },
  { id: '接受请求辞去', body: (n, p) => `决定接受${n[0]}请求辞去${p.org}${p.title}职务`, events: (n, p) => [R(n[0], p.org + p.title)] },
  { id: '接受他辞去', body: (n, p) => `${n[0]}因工作变动提出辞职，会议决定接受他辞去${p.org}${p.title}职务的请求`, events: (n, p) => [R(n[0], p.org + p.title)] },
  { id: '撤销并列', body: (n, p) => `撤销${n[0]}的${p.org}${p.title}、${p.second ?? '委员'}职务`, events: (n, p) => [R(n[0], p.org + p.title), R(n[0], p.org + (p.second ?? '委员'))] },
  {
    id: '下列人员名单',
    body: (n, p) => `决定聘请下列人员担任${p.org}${p.title}，聘期三年。名单如下（按姓氏笔画排序）：\n${n[0]} 青禾明德律师事务所\n${n[1]} 东林理工大学教授\n${n[2]}\n`,
    events: (n, p) => n.map((a) => A(a, p.org + p.title)),
  },
  {
    id: '名单前有全称',
    body: (n, p) => `新聘任3人为${p.org}${p.title}。聘任的${p.title}有：${n[0]}（无党派）、${n[1]}（民盟）、${n[2]}等3人`,
    events: (n, p) => n.map((a) => A(a, p.org + p.title)),
  },
  { id: '描述后获聘', body: (n, p) => `此外，本校${n[0]}（无党派）、${n[1]}（民进）2人获聘${p.org}${p.title}`, events: (n, p) => [A(n[0], p.org + p.title), A(n[1], p.org + p.title)] },
  { id: '副职代理', body: (n, p) => `任命${n[0]}为${p.org}副主任代理主任`, events: (n, p) => [A(n[0], `${p.org}副主任`), A(n[0], `${p.org}代理主任`)] },
  { id: '宣布了为', body: (n, p) => `会上宣布了${n[0]}、${n[1]}为${p.org}${p.title}`, events: (n, p) => [A(n[0], p.org + p.title), A(n[1], p.org + p.title)] },
  {
    id: '兼任担任链',
    body: (n, p, q) => `决定${n[0]}兼任${p.org}${p.title}、${n[1]}担任${q.org}${q.title}、${q.second ?? '秘书长'}`,
    events: (n, p, q) => [A(n[0], p.org + p.title), A(n[1], q.org + q.title), A(n[1], q.org + (q.second ?? '秘书长'))],
  },
  {
    id: '和连接职务',
    body: (n, p, q) => `免去${n[0]}的${p.org}${p.title}和${q.org}${q.title}、${q.second ?? '委员'}职务`,
    events: (n, p, q) => [R(n[0], p.org + p.title), R(n[0], q.org + q.title), R(n[0], q.org + (q.second ?? '委员'))],
  },
  { id: '名后职称代理', body: (n, p) => `决定${bare(n[0])}副市长代理${p.org}${p.title}职务`, events: (n, p) => [A(n[0], `${p.org}代理${p.title}`)] },
  {
    id: '请求后他',
    body: (n, p) => `会议审议了${bare(n[0])}市长提出的要求辞去${p.org}${p.title}职务的请求，决定接受他辞去${p.org}${p.title}职务`,
    events: (n, p) => [R(n[0], p.org + p.title)],
  },
  {
    id: '聘请的是',
    body: (n) => `市政府聘请的法律顾问是：东林大学法学院院长${n[0]}、青禾明德律师事务所主任${n[1]}；市政府法律顾问助理是市司法局${n[2]}`,
    events: (n) => [A(n[0], '市政府法律顾问'), A(n[1], '市政府法律顾问'), A(n[2], '市政府法律顾问助理')],
  },
  { id: '引用决定标题', body: (n, p) => `会议表决通过了《青禾市人大常委会关于${n[0]}为${p.org}${p.title}的决定》`, events: (n, p) => [A(n[0], p.org + p.title)] },
  { id: '委员与部长', body: (n) => `任命${n[0]}为国务委员、国防部部长`, events: (n) => [A(n[0], '国务委员'), A(n[0], '国防部部长')] },
  { id: '新聘描述', body: (n, p) => `新聘东林大学教授${n[0]}、${n[1]}为${p.org}${p.title}`, events: (n, p) => [A(n[0], p.org + p.title), A(n[1], p.org + p.title)] },
  { id: '新聘为冒号', body: (n, p) => `新聘${p.title}为：${n[0]}、${n[1]}、${n[2]}`, events: (n, p) => n.map((a) => A(a, p.title)) },
  {
    id: '表格行',
    body: (n, p, q) => `任免如下：\n任命：\n${bare(n[0])} ${p.org}${p.title}\n${bare(n[1])} ${q.org}${q.title}\n免去：\n${bare(n[2])} ${q.org}${q.title}职务\n`,
    events: (n, p, q) => [A(n[0], p.org + p.title), A(n[1], q.org + q.title), R(n[2], q.org + q.title)],
  },
  {
    id: '委任块',
    body: (n, p, q) => `委任：\n${n[0]}为${p.org}${p.title}，\n${n[1]}为${q.org}${q.title}；\n免去：\n${n[2]}的${q.org}${q.title}职务`,
    events: (n, p, q) => [A(n[0], p.org + p.title), A(n[1], q.org + q.title), R(n[2], q.org + q.title)],
  },
  { id: '任并免其', body: (n, p, q) => `${n[0]}任${q.org}${q.title}，免去其${p.org}${p.title}职务`, events: (n, p, q) => [A(n[0], q.org + q.title), R(n[0], p.org + p.title)] },
  {
    id: '职务冒号名单',
    body: (n, p) => `决定任命：\n${p.org}${p.title}：${n[0]}\n${p.second ?? '委员'}：${n[1]}、${n[2]}\n`,
    events: (n, p) => [A(n[0], p.org + p.title), A(n[1], p.org + (p.second ?? '委员')), A(n[2], p.org + (p.second ?? '委员'))],
  },
  {
    id: '下列人士冒号',
    body: (n) => `委任下列人士为青禾上诉委员团成员，任期两年：${bare(n[0])}先生、${bare(n[1])}女士、${bare(n[2])}博士`,
    events: (n) => n.map((a) => A(a, '青禾上诉委员团成员')),
  },
  {
    id: '委员会成员',
    body: (n) => `委任${n[0]}为青禾咨询委员会主席，任期两年。再度委任${n[1]}、${n[2]}为委员会成员`,
    events: (n) => [A(n[0], '青禾咨询委员会主席'), A(n[1], '青禾咨询委员会成员'), A(n[2], '青禾咨询委员会成员')],
  },
  {
    id: '仪式名在前',
    newsOnly: true,
    body: (n) => `11日，青禾市文史研究馆馆员聘任仪式举行。市长为${n[0]}、${n[1]}、${n[2]}等3位新聘馆员颁发聘书`,
    events: (n) => n.map((a) => A(a, '青禾市文史研究馆馆员')),
  },
  {
    id: '发布通知包括',
    newsOnly: true,
    body: (n, p, q) => `2025年12月30日，人事局发布《关于${bare(n[0])}等同志职务任免的通知》，其中涉及多个机构。包括：\n${bare(n[0])}同志任${p.org}${p.title}（兼），${bare(n[1])}同志任${q.org}${q.title}（试用期至2026年4月）；`,
    events: (n, p, q) => [A(n[0], p.org + p.title), A(n[1], q.org + q.title)],
  },
  {
    id: '代理在前',
    body: (n) => `决定任命${n[0]}为青禾市人民政府副市长、代理青禾市人民政府市长职务`,
    events: (n) => [A(n[0], '青禾市人民政府副市长'), A(n[0], '青禾市人民政府代理市长')],
  },
  { id: '名后职称为', body: (n) => `决定${bare(n[0])}副市长为青禾市人民政府代理市长`, events: (n) => [A(n[0], '青禾市人民政府代理市长')] },
  {
    id: '市局简称',
    body: (n) => `决定免去${n[0]}青禾市人民政府副市长、市公安局局长职务`,
    events: (n) => [R(n[0], '青禾市人民政府副市长'), R(n[0], '市公安局局长')],
  },
  {
    id: '代表在前',
    body: (n) => `决定接受${n[0]}辞去青禾区第十五届人大代表、人事工作委员会委员职务的请求`,
    events: (n) => [R(n[0], '人事工作委员会委员')],
  },
  {
    id: '集团公司',
    body: (n) => `${n[0]}任青禾汽车集团公司董事长、党委书记，免去其青禾装备集团公司总经理、党组副书记职务`,
    events: (n) => [A(n[0], '青禾汽车集团公司董事长'), A(n[0], '青禾汽车集团公司党委书记'), R(n[0], '青禾装备集团公司总经理'), R(n[0], '青禾装备集团公司党组副书记')],
  },
  {
    id: '公告不再由担任',
    newsOnly: true,
    body: (n) => `青禾集团15日晚间发布公告称，${bare(n[0])}由于年龄原因不再担任集团董事长职务，由集团董事${bare(n[1])}、${bare(n[2])}担任集团轮值董事长`,
    events: (n) => [R(n[0], '集团董事长'), A(n[1], '集团轮值董事长'), A(n[2], '集团轮值董事长')],
  },
  {
    id: '兼部长',
    body: (n) => `任命${n[0]}为政务院总理兼外交部长，${n[1]}为政务院副总理兼秘书长`,
    events: (n) => [A(n[0], '政务院总理'), A(n[0], '外交部长'), A(n[1], '政务院副总理'), A(n[1], '政务院秘书长')],
  },
  {
    id: '逗号续职',
    body: (n, p, q) => `决定${n[0]}任${p.org}${p.title}、${p.second ?? '委员'}，${q.org}${q.title}、${q.second ?? '秘书长'}`,
    events: (n, p, q) => [A(n[0], p.org + p.title), A(n[0], p.org + (p.second ?? '委员')), A(n[0], q.org + q.title), A(n[0], q.org + (q.second ?? '秘书长'))],
  },
  {
    id: '名后副职免去',
    body: (n, p) => `任命${n[0]}为${p.org}主任，免去${bare(n[1])}副主任职务`,
    events: (n, p) => [A(n[0], `${p.org}主任`), R(n[1], `${p.org}副主任`)],
  },
  { id: '名后职称不再兼任', body: (n, p) => `决定${n[0]}任${p.org}${p.title}，${bare(n[1])}院长不再兼任${p.org}${p.title}`, events: (n, p) => [A(n[0], p.org + p.title), R(n[1], p.org + p.title)] },
  {
    id: '将于出任',
    newsOnly: true,
    body: (n, p, q) => `政府今日宣布，现任${p.org}${p.title}${bare(n[0])}将于2025年3月1日出任${q.org}${q.title}，接替将于同日退休的${bare(n[1])}`,
    events: (n, p, q) => [A(n[0], q.org + q.title)],
  },
  {
    id: '委任出任',
    body: (n, p, q) => `行政长官已委任${bare(n[0])}出任${p.org}${p.title}，以及${bare(n[1])}出任${q.org}${q.title}，任期两年`,
    events: (n, p, q) => [A(n[0], p.org + p.title), A(n[1], q.org + q.title)],
  },
  { id: '任命并聘', body: (n, p, q) => `任命${n[0]}为${p.org}${p.title}、聘${n[0]}为${q.org}${q.title}`, events: (n, p, q) => [A(n[0], p.org + p.title), A(n[0], q.org + q.title)] },
  { id: '市县代表', body: (n, p) => `决定接受${n[0]}辞去市、县人大代表和${p.org}${p.title}职务的请求`, events: (n, p) => [R(n[0], p.org + p.title)] },
  {
    id: '报道调任',
    newsOnly: true,
    body: (n, p, q) => `其中，${p.org}${p.title}${bare(n[0])}调任${q.org}${q.title}、${q.second ?? '委员'}；${bare(n[1])}调任青禾市招生考试委员会办公室主任、副主任`,
    events: (n, p, q) => [A(n[0], q.org + q.title), A(n[0], q.org + (q.second ?? '委员')), A(n[1], '青禾市招生考试委员会办公室主任'), A(n[1], '青禾市招生考试委员会办公室副主任')],
  },
  {
    id: '机构由某任',
    body: (n) => `国务院青禾地区开发办公室由${n[0]}任主任，${n[1]}兼任副主任，${n[2]}任副主任`,
    events: (n) => [A(n[0], '国务院青禾地区开发办公室主任'), A(n[1], '国务院青禾地区开发办公室副主任'), A(n[2], '国务院青禾地区开发办公室副主任')],
  },
  { id: '数字校名', newsOnly: true, body: (n) => `其中，青禾一中副校长${bare(n[0])}调任青禾六中书记、副校长`, events: (n) => [A(n[0], '青禾六中书记'), A(n[0], '青禾六中副校长')] },
  {
    id: '升任接替',
    newsOnly: true,
    body: (n, p, q) => `经研究，东林理工大学副校长孙一鸣升任${p.org}${p.title}，${bare(n[0])}接替${bare(n[1])}任${q.org}${q.title}`,
    events: (n, p, q) => [A('孙一鸣', p.org + p.title), A(n[0], q.org + q.title)],
  },
  { id: '因故辞去', body: (n, p) => `决定接受${n[0]}因工作调动辞去${p.org}${p.title}职务的请求`, events: (n, p) => [R(n[0], p.org + p.title)] },
  {
    id: '原因请求辞去并列',
    body: (n, p, q) => `决定接受${n[0]}由于个人原因请求辞去${p.org}${p.title}职务、${n[1]}因年龄原因辞去${q.org}${q.title}职务的请求`,
    events: (n, p, q) => [R(n[0], p.org + p.title), R(n[1], q.org + q.title)],
  },
  {
    id: '委员会主席委员',
    body: (n) => `委任${n[0]}为青禾城市规划委员会主席，并委任${n[1]}及${bare(n[2])}为委员`,
    events: (n) => [A(n[0], '青禾城市规划委员会主席'), A(n[1], '青禾城市规划委员会委员'), A(n[2], '青禾城市规划委员会委员')],
  },
  { id: '协会会长副会长', body: (n) => `任命${n[0]}为东林市消费者协会会长，${n[1]}为副会长`, events: (n) => [A(n[0], '东林市消费者协会会长'), A(n[1], '东林市消费者协会副会长')] },
  {
    id: '辞去的决议',
    body: (n, p, q) => `通过了《关于${bare(n[0])}辞去${p.org}${p.title}职务和${bare(n[1])}、${bare(n[2])}辞去${q.org}${q.title}职务的决议》`,
    events: (n, p, q) => [R(n[0], p.org + p.title), R(n[1], q.org + q.title), R(n[2], q.org + q.title)],
  },
  {
    id: '表决结果',
    body: (n, p, q) => `根据表决结果，${n[0]}、${n[1]}为${p.org}${p.title}；${n[2]}为${q.org}${q.title}`,
    events: (n, p, q) => [A(n[0], p.org + p.title), A(n[1], p.org + p.title), A(n[2], q.org + q.title)],
  },
  {
    id: '结果列表',
    body: (n, p, q) => `选举和任命结果如下\n- ${p.org}${p.title}：${bare(n[0])}\n- ${q.org}${q.title}：${bare(n[1])} ${bare(n[2])}（壮族）\n`,
    events: (n, p, q) => [A(n[0], p.org + p.title), A(n[1], q.org + q.title), A(n[2], q.org + q.title)],
  },
  { id: '决定为代理', body: (n) => `任命${n[0]}为东林区人民政府副区长、决定为代理区长`, events: (n) => [A(n[0], '东林区人民政府副区长'), A(n[0], '东林区人民政府代理区长')] },
  { id: '代理某市市长职务', body: (n) => `决定任命${n[0]}为东林市副市长，代理东林市市长职务`, events: (n) => [A(n[0], '东林市副市长'), A(n[0], '东林市代理市长')] },
  {
    id: '免除一职后任命',
    body: (n) => `免除${n[0]}常务副县长一职，免除${n[1]}副县长一职，任命${n[2]}为县政府副县长`,
    events: (n) => [R(n[0], '常务副县长'), R(n[1], '副县长'), A(n[2], '县政府副县长')],
  },
  {
    id: '宣布关于提名任',
    newsOnly: true,
    body: (n) => `市委组织部负责同志宣布了市委关于${bare(n[0])}同志任东林市财政局党组书记、提名任局长，${bare(n[1])}同志任局党组副书记的决定`,
    events: (n) => [A(n[0], '东林市财政局党组书记'), A(n[1], '局党组副书记')],
  },
  {
    id: '上述职务由兼任',
    body: (n, p, q) => `免去${n[0]}的${p.org}${p.title}职务；免去${n[1]}的${q.org}${q.title}职务；上述两职务，由新到任的东林市委常委${bare(n[2])}兼任`,
    events: (n, p, q) => [R(n[0], p.org + p.title), R(n[1], q.org + q.title), A(n[2], p.org + p.title), A(n[2], q.org + q.title)],
  },
  {
    id: '通过关于的决定并列',
    newsOnly: true,
    body: (n, p, q) => `会议表决通过了关于接受${bare(n[0])}辞去${p.org}${p.title}职务请求的决定、关于接受${bare(n[1])}辞去${q.org}${q.title}职务请求的决定`,
    events: (n, p, q) => [R(n[0], p.org + p.title), R(n[1], q.org + q.title)],
  },
  { id: '将出任不读', newsOnly: true, body: (n, p) => `据悉，${bare(n[0])}将出任${p.org}${p.title}`, events: () => [] },
  {
    id: '宣布决定题目后全文',
    newsOnly: true,
    body: (n) =>
      `会上宣布了《东林集团党组关于免去${bare(n[0])}同志职务的决定》，根据工作需要，经研究决定，免去${n[0]}的东林矿业股份有限公司青禾分公司党委书记、党委委员、总经理职务`,
    events: (n) => [
      R(n[0], '东林矿业股份有限公司青禾分公司党委书记'),
      R(n[0], '东林矿业股份有限公司青禾分公司党委委员'),
      R(n[0], '东林矿业股份有限公司青禾分公司总经理'),
    ],
  },
  {
    id: '经提名确认',
    body: (n) => `经董事长提名，会议确认${n[0]}为董事会秘书长，${n[1]}为副秘书长`,
    events: (n) => [A(n[0], '董事会秘书长'), A(n[1], '董事会副秘书长')],
  },
  { id: '经提名拟任不读', body: (n, p) => `经市长提名，拟任命${n[0]}为${p.org}${p.title}`, events: () => [] },
  { id: '批准辞去', body: (n, p) => `会议批准${n[0]}辞去${p.org}${p.title}职务`, events: (n, p) => [R(n[0], p.org + p.title)] },
  {
    id: '通过辞呈',
    newsOnly: true,
    body: (n) => `会议举手表决通过了关于${bare(n[0])}、${bare(n[1])}两位同志辞去县人大常委会委员以及${bare(n[2])}等15位同志辞去县人大代表的辞呈`,
    events: (n) => [R(n[0], '县人大常委会委员'), R(n[1], '县人大常委会委员')],
  },
  { id: '通过的任命', newsOnly: true, body: (n, p) => `会议表决通过了${n[0]}为${p.org}${p.title}的任命`, events: (n, p) => [A(n[0], p.org + p.title)] },
  { id: '举例不读', newsOnly: true, body: (n, p) => `会议还通报了近期的干部任前公示情况。如${p.org}副${p.title.replace(/^副/, '')}${bare(n[0])}升任东林理工大学党委书记`, events: () => [] },
  {
    id: '设若干人委任担任',
    body: (n) => `青禾行政公署秘书长由${n[0]}担任；设副秘书长2人，委任${n[1]}、${n[2]}担任`,
    events: (n) => [A(n[0], '青禾行政公署秘书长'), A(n[1], '青禾行政公署副秘书长'), A(n[2], '青禾行政公署副秘书长')],
  },
  {
    id: '某某以下另委',
    body: (n) => `青禾军政委员会主席${bare(n[0])}以下，另委${n[1]}、${n[2]}担任副主席`,
    events: (n) => [A(n[1], '青禾军政委员会副主席'), A(n[2], '青禾军政委员会副主席')],
  },
  { id: '全票当选', newsOnly: true, body: (n, p) => `经过无记名投票，${n[0]}全票当选为${p.org}${p.title}`, events: (n, p) => [A(n[0], p.org + p.title)] },
  { id: '补选', newsOnly: true, body: (n, p) => `大会补选${n[0]}为${p.org}${p.title}`, events: (n, p) => [A(n[0], p.org + p.title)] },
  {
    id: '成立后同志任',
    body: (n) => `经研究同意：\n成立中共青禾市第七中学教育集团委员会。\n${bare(n[0])}同志任青禾市第七中学教育集团党委书记、校长；\n${bare(n[1])}同志任青禾市第七中学教育集团党委委员、新一届副校长；`,
    events: (n) => [A(n[0], '青禾市第七中学教育集团党委书记'), A(n[0], '青禾市第七中学教育集团校长'), A(n[1], '青禾市第七中学教育集团党委委员'), A(n[1], '青禾市第七中学教育集团副校长')],
  },
  {
    id: '新任颁发聘书',
    newsOnly: true,
    body: (n) => `局长向新任青禾四棉小学校长${bare(n[0])}和青禾纺织城小学校长${bare(n[1])}颁发了聘书`,
    events: (n) => [A(n[0], '青禾四棉小学校长'), A(n[1], '青禾纺织城小学校长')],
  },
  { id: '为几位新任颁发', newsOnly: true, body: () => `市长为两位新任参事颁发聘书`, events: () => [] },
  {
    id: '委任名单逗号出任',
    body: (n) => `行政长官同时再度委任${bare(n[0])}教授、${bare(n[1])}博士以及${bare(n[2])}博士，出任青禾咨询委员会委员，任期两年`,
    events: (n) => n.map((a) => A(a, '青禾咨询委员会委员')),
  },
  { id: '获委任为', newsOnly: true, body: (n, p) => `政府今日宣布，${bare(n[0])}获委任为${p.org}${p.title}`, events: (n, p) => [A(n[0], p.org + p.title)] },
  { id: '以方式委任担任', body: (n, p) => `以续任方式委任${n[0]}担任${p.org}${p.title}职务，为期两年`, events: (n, p) => [A(n[0], p.org + p.title)] },
  { id: '这些新获任命', newsOnly: true, body: () => `这些新获任命的局长有的是继续留任，有的是从其他岗位转任`, events: () => [] },
  { id: '宣布关于任的决定', newsOnly: true, body: (n, p) => `会上宣布了中央关于${n[0]}任${p.org}${p.title}的决定`, events: (n, p) => [A(n[0], p.org + p.title)] },
  // What speaks of a decision but states none: a proposal read to its end, a person described by a
  // post, a deputy elected, a candidate named.
  { id: '提请整句', body: (n, p, q) => `提请任命${n[0]}为${p.org}${p.title}，${n[1]}为${q.org}${q.title}`, events: () => [] },
  { id: '作为描述', newsOnly: true, body: (n, p) => `${bare(n[0])}作为${p.org}${p.title}，在发言中表示坚决拥护`, events: () => [] },
  { id: '当选代表', newsOnly: true, body: (n) => `${n[0]}当选为青禾市第十五届人民代表大会代表`, events: () => [] },
  { id: '正式候选人', newsOnly: true, body: (n, p) => `确定${n[0]}为${p.org}${p.title}正式候选人`, events: () => [] },
  { id: '免除担任的职务', body: (n, p) => `免除${n[0]}担任${p.org}${p.title}的职务`, events: (n, p) => [R(n[0], p.org + p.title)] },
  // A list under its header, a title heading the names after it: on a line of its own, before them
  // on their line (names set apart by spaces), or before a colon. The titles are the body's.
  {
    id: '以下人士职衔逐行',
    body: (n) => `委任以下人士为青禾咨询委员会成员：\n主席\n${bare(n[0])}先生\n成员\n${bare(n[1])}女士\n${bare(n[2])}教授\n`,
    events: (n) => [A(n[0], '青禾咨询委员会主席'), A(n[1], '青禾咨询委员会成员'), A(n[2], '青禾咨询委员会成员')],
  },
  {
    id: '组成人员职衔空格',
    body: (n) => `任命青禾军政委员会组成人员如下：\n主席 ${bare(n[0])}\n副主席 ${bare(n[1])} ${bare(n[2])}\n`,
    events: (n) => [A(n[0], '青禾军政委员会主席'), A(n[1], '青禾军政委员会副主席'), A(n[2], '青禾军政委员会副主席')],
  },
  {
    id: '以下人士职衔冒号',
    body: (n) => `委任以下人士为青禾咨询委员会成员：\n主席：${bare(n[0])}\n成员：${bare(n[1])}、${bare(n[2])}\n`,
    events: (n) => [A(n[0], '青禾咨询委员会主席'), A(n[1], '青禾咨询委员会成员'), A(n[2], '青禾咨询委员会成员')],
  },
  {
    id: '分别职务含及',
    body: (n, p) => `${n[0]}、${n[1]}和${n[2]}分别出任${p.org}${p.title}、东林运输及物流局副局长和东林规划及地政局政治助理`,
    events: (n, p) => [A(n[0], p.org + p.title), A(n[1], '东林运输及物流局副局长'), A(n[2], '东林规划及地政局政治助理')],
  },
  {
    id: '描述的人不再担任',
    newsOnly: true,
    body: (n, p, q) => `国务院任命${n[0]}为${p.org}${p.title}，已经60岁的${n[1]}不再担任${q.org}${q.title}职务`,
    events: (n, p, q) => [A(n[0], p.org + p.title), R(n[1], q.org + q.title)],
  },
  { id: '描述的人被任命', newsOnly: true, body: (n, p) => `不满46岁的${n[0]}被任命为${p.org}${p.title}`, events: (n, p) => [A(n[0], p.org + p.title)] },
  {
    id: '辞去后任代理',
    newsOnly: true,
    body: (n) => `3月27日，${bare(n[0])}辞去东林省省长职务，${bare(n[1])}任代理省长；3月28日，${bare(n[2])}辞去青禾壮族自治区主席职务`,
    events: (n) => [R(n[0], '东林省省长'), A(n[1], '东林省代理省长'), R(n[2], '青禾壮族自治区主席')],
  },
  { id: '自治区代理', newsOnly: true, body: (n) => `${bare(n[0])}辞去青禾壮族自治区主席职务，${bare(n[1])}任代理主席`, events: (n) => [R(n[0], '青禾壮族自治区主席'), A(n[1], '青禾壮族自治区代理主席')] },
  { id: '将成为不读', newsOnly: true, body: (n, p) => `待转正后，${bare(n[0])}将成为${p.org}${p.title}`, events: () => [] },
  { id: '因故辞去不读', newsOnly: true, body: (n, p) => `因工作调整，${bare(n[0])}辞去${p.org}${p.title}职务`, events: () => [] },
  { id: '申请辞去不读', newsOnly: true, body: (n, p) => `${bare(n[0])}申请辞去${p.org}${p.title}职务`, events: () => [] },
  {
    id: '并列省略为',
    body: (n) => `任命${n[0]}为中华人民共和国驻青禾共和国特命全权大使、${n[1].replace(/同志$/, '')}驻东林王国大使、${n[2].replace(/同志$/, '')}驻北岚联邦大使`,
    events: (n) => [A(n[0], '中华人民共和国驻青禾共和国特命全权大使'), A(n[1], '驻东林王国大使'), A(n[2], '驻北岚联邦大使')],
  },
  {
    id: '委任在机构名内',
    body: (n) => `委任${n[0]}为青禾政治委任官员离职后工作咨询委员会主席，${n[1]}和${n[2]}为委员`,
    events: (n) => [A(n[0], '青禾政治委任官员离职后工作咨询委员会主席'), A(n[1], '青禾政治委任官员离职后工作咨询委员会委员'), A(n[2], '青禾政治委任官员离职后工作咨询委员会委员')],
  },
  { id: '特聘', body: (n, p) => `特聘${n[0]}、${n[1]}为${p.org}${p.title}`, events: (n, p) => [A(n[0], p.org + p.title), A(n[1], p.org + p.title)] },
  {
    id: '兼任的职务',
    body: (n, p, q) => `决定免去${n[0]}兼任的${p.org}${p.title}职务，同时免去东林市前市长${bare(n[1])}仍兼任的${q.org}${q.title}职务`,
    events: (n, p, q) => [R(n[0], p.org + p.title), R(n[1], q.org + q.title)],
  },
  { id: '是否免去不读', newsOnly: true, body: (n, p) => `官方消息未披露是否免去${bare(n[0])}${p.org}${p.title}的职务`, events: () => [] },
  {
    id: '以及为',
    body: (n, p, q) => `委任${n[0]}为${p.org}${p.title}，以及${n[1]}为${q.org}${q.title}`,
    events: (n, p, q) => [A(n[0], p.org + p.title), A(n[1], q.org + q.title)],
  },
  {
    id: '页面插入方括号',
    newsOnly: true,
    body: (n, p, q) => `${bare(n[0])}和${bare(n[1])}分别出任${p.org}${p.title}和[注册公司流程]${q.org}${q.title}`,
    events: (n, p, q) => [A(n[0], p.org + p.title), A(n[1], q.org + q.title)],
  },
  {
    id: '几名新成员为',
    body: (n) => `政府今日宣布委任三名青禾咨询委员会（青咨会）新成员。三名新成员为${bare(n[0])}、${bare(n[1])}及${bare(n[2])}`,
    events: (n) => n.map((a) => A(a, '青禾咨询委员会成员')),
  },
  {
    id: '录用的几名馆员分别是',
    newsOnly: true,
    body: (n) => `东林市文史研究馆作为政府的智囊团发挥着作用。这次录用的三名馆员分别是${bare(n[0])}、${bare(n[1])}、${bare(n[2])}，他们有很深的造诣`,
    events: (n) => n.map((a) => A(a, '东林市文史研究馆馆员')),
  },
  {
    id: '句号丢失后冒号',
    newsOnly: true,
    body: (n) => `东林市文史研究馆举行仪式 这次录用的三名馆员分别是${bare(n[0])}、${bare(n[1])}、${bare(n[2])}，他们在书画等行业有很深的造诣 市领导出席了仪式 此稿来源为：参事室网站`,
    events: (n) => n.map((a) => A(a, '东林市文史研究馆馆员')),
  },
  { id: '目前几名分别是不读', newsOnly: true, body: (n) => `目前，东林市文史研究馆三名副馆长分别是${bare(n[0])}、${bare(n[1])}、${bare(n[2])}`, events: () => [] },
  { id: '计数不符不读', newsOnly: true, body: (n) => `东林市文史研究馆新聘的四名馆员分别是${bare(n[0])}、${bare(n[1])}、${bare(n[2])}`, events: () => [] },
  {
    id: '该局',
    newsOnly: true,
    body: (n) => `东林法务局前局长${bare(n[0])}调任东林行政公职局局长，而原东林行政公职局代副局长${bare(n[1])}则获委任为该局副局长`,
    events: (n) => [A(n[0], '东林行政公职局局长'), A(n[1], '东林行政公职局副局长')],
  },
  { id: '转任', newsOnly: true, body: (n, p) => `主席办公室主任${bare(n[0])}转任${p.org}${p.title}`, events: (n, p) => [A(n[0], p.org + p.title)] },
  {
    id: '表决了的职务决定',
    newsOnly: true,
    body: (n, p) => `在本次会议中，大会表决了关于${bare(n[0])}、${bare(n[1])}辞去${p.org}${p.title}的职务决定`,
    events: (n, p) => [R(n[0], p.org + p.title), R(n[1], p.org + p.title)],
  },
  { id: '逗号顿号', body: (n) => `任命${n[0]}为东林市人民政府副市长，、代理市长`, events: (n) => [A(n[0], '东林市人民政府副市长'), A(n[0], '东林市人民政府代理市长')] },
  {
    id: '选举后名单为',
    body: (n, p) => `选举${n[0]}为${p.org}${p.title}，禚明远、${n[1]}为青禾市人大常委会副主任`,
    events: (n, p) => [A(n[0], p.org + p.title), A('禚明远', '青禾市人大常委会副主任'), A(n[1], '青禾市人大常委会副主任')],
  },
  {
    id: '引号职衔由出任',
    newsOnly: true,
    body: (n) => `东林当局正式公布人事名单，包括「文化委员会主委」由资深「议员」${bare(n[0])}出任，「体育委员会副主委」为「议员」${bare(n[1])}、「交通部次长」${bare(n[2])}、「东林银行行长」钱明远`,
    events: (n) => [A(n[0], '文化委员会主委'), A(n[1], '体育委员会副主委'), A(n[2], '交通部次长'), A('钱明远', '东林银行行长')],
  },
  {
    id: '年份历史不读',
    newsOnly: true,
    body: (n) => `近年来由副书记兼任的状况逐年减少：2007年，东林省委副书记${bare(n[0])}不再兼任青禾市委书记；2009年，${bare(n[1])}不再兼任东林市委书记`,
    events: () => [],
  },
  {
    id: '免去并建议免去',
    newsOnly: true,
    body: (n) => `经省委常委会研究决定，免去${bare(n[0])}东林集团党委书记职务，建议免去其东林集团董事长职务`,
    events: (n) => [R(n[0], '东林集团党委书记')],
  },
  { id: '被免去', newsOnly: true, body: (n, p) => `${bare(n[0])}被免去${p.org}${p.title}职务`, events: (n, p) => [R(n[0], p.org + p.title)] },
  // The post before the name and nothing after the verb; a description before the name, 被免 without 去.
  { id: '职在名前被免职', newsOnly: true, body: (n, p) => `${p.org}${p.title}${bare(n[0])}被免职`, events: (n, p) => [R(n[0], p.org + p.title)] },
  { id: '描述的人被免', newsOnly: true, body: (n, p) => `已调任东林工作的${bare(n[0])}被免${p.org}${p.title}职务`, events: (n, p) => [R(n[0], p.org + p.title)] },
  {
    id: '投票结果当选',
    newsOnly: true,
    body: (n, p) => `在投票选举环节，${bare(n[0])}以赞成票90票、反对票0票的投票结果，当选为${p.org}${p.title}`,
    events: (n, p) => [A(n[0], p.org + p.title)],
  },
  { id: '同意选举担任', body: (n) => `全体董事一致同意选举${bare(n[0])}担任公司第三届董事会董事长`, events: (n) => [A(n[0], '公司第三届董事会董事长')] },
  {
    id: '同时原职调任',
    newsOnly: true,
    body: (n) => `中组部有关负责人宣布，${bare(n[0])}担任青禾大学校长，同时原青禾大学校长${bare(n[1])}调任东林大学校长`,
    events: (n) => [A(n[0], '青禾大学校长'), A(n[1], '东林大学校长')],
  },
  { id: '就任', newsOnly: true, body: (n) => `会议首先通过了董事长人选，${bare(n[0])}就任东林集团董事会董事长`, events: (n) => [A(n[0], '东林集团董事会董事长')] },
  {
    id: '名单后接冒号',
    body: (n, p) => `选举和任命结果如下\n- ${p.org}${p.title}：${bare(n[0])}、${bare(n[1])}，后任命${p.title}：${bare(n[2])}\n`,
    events: (n, p) => n.map((a) => A(a, p.org + p.title)),
  },
  {
    id: '名字连写',
    body: (n) => `选举和任命结果如下\n- 青禾军政委员会主席：${bare(n[0])}\n- 青禾军政委员会副主席：${bare(n[1])}${bare(n[2])}钱明远\n- 青禾军政委员会秘书长：孙一鸣\n`,
    events: (n) => [
      A(n[0], '青禾军政委员会主席'),
      A(n[1], '青禾军政委员会副主席'),
      A(n[2], '青禾军政委员会副主席'),
      A('钱明远', '青禾军政委员会副主席'),
      A('孙一鸣', '青禾军政委员会秘书长'),
    ],
  },
  {
    id: '组成人员长职务空格',
    body: (n) => `决定国务院组成人员如下：\n青禾部部长 ${bare(n[0])}\n国家青禾规划委员会主任 ${bare(n[1])}\n国家东林建设委员会主任${bare(n[2])}\n`,
    events: (n) => [A(n[0], '青禾部部长'), A(n[1], '国家青禾规划委员会主任'), A(n[2], '国家东林建设委员会主任')],
  },
  {
    id: '竖线表格',
    body: (n) => `决定任命下列人员：\n| 职务 | 姓名 |\n|---|---|\n| 青禾部部长 | ${bare(n[0])} |\n| 东林部部长 | ${bare(n[1])} |\n`,
    events: (n) => [A(n[0], '青禾部部长'), A(n[1], '东林部部长')],
  },
  {
    id: '任命名单标题行',
    body: (n) => `青禾人民政府委员会第三次会议任命名单\n青禾行政院院长 ${bare(n[0])}\n副院长 ${bare(n[1])} 钱明远\n青禾财政部部长${bare(n[2])}\n副部长孙一鸣、赵书言\n`,
    events: (n) => [
      A(n[0], '青禾行政院院长'),
      A(n[1], '青禾行政院副院长'),
      A('钱明远', '青禾行政院副院长'),
      A(n[2], '青禾财政部部长'),
      A('孙一鸣', '青禾财政部副部长'),
      A('赵书言', '青禾财政部副部长'),
    ],
  },
  {
    id: '政府主席副主席',
    body: (n) => `青禾人民政府委员会举行第一次会议，推选${n[0]}为政府主席，${n[1]}、${n[2]}为副主席`,
    events: (n) => [A(n[0], '政府主席'), A(n[1], '政府副主席'), A(n[2], '政府副主席')],
  },
  { id: '逐行任命', body: (n, p, q) => `任命：\n${n[0]}为${p.org}${p.title}；\n${n[1]}为${q.org}${q.title}；\n免去：\n${n[2]}的${q.org}${q.title}职务`, events: (n, p, q) => [A(n[0], p.org + p.title), A(n[1], q.org + q.title), R(n[2], q.org + q.title)] },
];
