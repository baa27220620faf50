import type { FormPart } from './decision-forms.util';
import type { Expected } from './decision-sentences.util';

/**
 * How an assembly's election results are written in reports and histories: the head stated
 * without a verb of its own, a long roll of members counted at its end, names without a Han surname
 * among them. Bodies are invented; the three people of each setting stand among invented others.
 */
const A = (person: string, position: string): Expected => ({ type: 'appoint', person, position });
const R = (person: string, position: string): Expected => ({ type: 'remove', person, position });

const BODY = '青禾人民政府委员会';
/** Invented members, one without a listed surname (as `赛福鼎` or `阿沛·阿旺晋美` stand among others). */
const MEMBERS = ['钱明远', '孙一鸣', '赵书言', '邵东篱', '阿木古', '聂青杉', '卜远山', '滕越'];

/** The bare name: a name counted in a roll is written without 同志 or （女） in these forms' events. */
const bare = (written: string) => written.replace(/同志$|（女）$/, '');

export const ELECTION_FORMS: FormPart[] = [
  {
    id: '首项无动词后当选',
    body: (n) => `会议选举产生了${BODY}，${n[0]}为${BODY}主席，${n[1]}、${n[2]}二人当选为副主席`,
    events: (n) => [A(n[0], `${BODY}主席`), A(n[1], `${BODY}副主席`), A(n[2], `${BODY}副主席`)],
  },
  {
    id: '名单后共几人当选',
    body: (n) => `${n.join('、')}，共3人当选为${BODY}委员`,
    events: (n) => n.map((a) => A(a, `${BODY}委员`)),
  },
  {
    id: '选出为',
    body: (n) => `大会选出${n[0]}为青禾省人民政府主席，${n[1]}、${n[2]}为副主席`,
    events: (n) => [A(n[0], '青禾省人民政府主席'), A(n[1], '青禾省人民政府副主席'), A(n[2], '青禾省人民政府副主席')],
  },
  {
    id: '选出后报请任命',
    body: (n) => `大会选出${n[0]}为青禾省人民政府主席，${n[1]}为副主席，一并报请政务院任命`,
    events: () => [],
  },
  {
    id: '另句的副省长照写',
    newsOnly: true,
    body: (n) => `大会选举${n[0]}为青禾省人民委员会委员。会议还增选${n[1]}为副省长`,
    events: (n) => [A(n[0], '青禾省人民委员会委员'), A(n[1], '副省长')],
  },
  {
    id: '国家主席副主席',
    body: (n) => `大会选举${n[0]}为中华人民共和国主席，${n[1]}为副主席`,
    events: (n) => [A(n[0], '中华人民共和国主席'), A(n[1], '中华人民共和国副主席')],
  },
  {
    // A chronicle: a congress formed a body, then who holds its posts, with no verb of their own.
    id: '成立人委后无动词',
    newsOnly: true,
    body: (n) => `4.25-30 青禾自治区首届人大二次会议举行。会议讨论通过了组织条例草案，选举成立了自治区人委。${n[0]}（蒙古）为自治区主席，${n[1]}、${n[2]}等六人为副主席。`,
    events: (n) => [A(n[0], '自治区主席'), A(n[1], '自治区副主席'), A(n[2], '自治区副主席')],
  },
  {
    // A resolution's items, numbered after its header: a body set up, then who convenes it.
    id: '决议编号各项设立委员会召集人',
    newsOnly: true,
    body: (n) => `${BODY}全体会议今日一致通过决议。决议内容如下：（一）通过议事规则。（二）设立青禾组织法草案整理委员会，由委员五十四人组成，${n[0]}为召集人。（三）设立青禾宣言起草委员会，由委员五十三人组成，${n[1]}为召集人`,
    events: (n) => [A(n[0], '青禾组织法草案整理委员会召集人'), A(n[1], '青禾宣言起草委员会召集人')],
  },
  {
    // An assembly's elections reported in a chronicle: the body elected, then its posts by ；.
    id: '选举产生由几人组成的常委会',
    newsOnly: true,
    body: (n) => `会议选举产生了由18人组成的青禾区第十五届人民代表大会常务委员会，${n[0]}为主任；${n[1]}、钱明远为副主任；${n[2]}、孙一鸣为委员`,
    events: (n) => [
      A(n[0], '青禾区第十五届人民代表大会常务委员会主任'),
      A(n[1], '青禾区第十五届人民代表大会常务委员会副主任'),
      A('钱明远', '青禾区第十五届人民代表大会常务委员会副主任'),
      A(n[2], '青禾区第十五届人民代表大会常务委员会委员'),
      A('孙一鸣', '青禾区第十五届人民代表大会常务委员会委员'),
    ],
  },
  {
    // A 1950s regional list: titles spaced to a column's width, nationality notes after names (long
    // names among them), two names whose space the page lost, each with its note.
    id: '选举成员主席副主席委员民族注',
    newsOnly: true,
    body: (n) =>
      `会议最后进行了选举事项。选举自治区人民政府委员会成员： 主 席：${n[0]}（藏） 副主席：${n[1]}、泽郎华尔德（藏）。 委 员：${n[0]}（藏）、${n[2]}、索朗旺姆（女、藏） 卜远山（土家）`,
    events: (n) => [
      A(n[0], '自治区人民政府委员会主席'),
      A(n[1], '自治区人民政府委员会副主席'),
      A('泽郎华尔德', '自治区人民政府委员会副主席'),
      A(n[0], '自治区人民政府委员会委员'),
      A(n[2], '自治区人民政府委员会委员'),
      A('索朗旺姆', '自治区人民政府委员会委员'),
      A('卜远山', '自治区人民政府委员会委员'),
    ],
  },
  {
    // Histories describe the person elected (`选举89岁的A为P`); the description ends in 的.
    id: '描述的人当选',
    body: (n) => `大会选举年已七十的${n[0]}为${BODY}主席，${n[1]}为副主席`,
    events: (n) => [A(n[0], `${BODY}主席`), A(n[1], `${BODY}副主席`)],
  },
  {
    id: '长名单含非汉姓',
    body: (n) => `${[...MEMBERS, ...n.map(bare)].join('、')}当选为${BODY}委员`,
    events: (n) => [...MEMBERS, ...n].map((a) => A(a, `${BODY}委员`)),
  },
];

/**
 * A presidential order as Taiwan's gazette prints it: 任命 and 特任, and a removal written post
 * first, name, reason and 应予免职. Its date is the Republic era's.
 */
export const ORDER_FORMS: FormPart[] = [
  {
    id: '总统令任免',
    body: (n) => `特任${n[0]}为行政院青禾委员会主任委员，任命${n[1]}为行政院东林部政务次长`,
    events: (n) => [A(n[0], '行政院青禾委员会主任委员'), A(n[1], '行政院东林部政务次长')],
  },
  {
    id: '新增由现任担任',
    newsOnly: true,
    body: (n) => `行政院昨公布内阁异动名单，昨天新增卫福部长由现任健保署长${bare(n[0])}担任，青禾部长将由现任次长${bare(n[1])}接任，东林研究院前院长${bare(n[2])}出任国发会主委`,
    events: (n) => [A(n[0], '卫福部长'), A(n[1], '青禾部长'), A(n[2], '国发会主委')],
  },
  {
    id: '改任与另有任用改由接任',
    newsOnly: true,
    body: (n) => `行政院宣布内阁人事异动，青禾部长${bare(n[0])}改任国安会秘书长；东林部长${bare(n[1])}因身体因素请辞，改由副市长${bare(n[2])}接任；退辅会主委钱明远另有任用，新任主委由孙一鸣接任`,
    events: (n) => [
      { type: 'remove', person: n[0], position: '青禾部长' },
      A(n[0], '国安会秘书长'),
      A(n[2], '东林部长'),
      A('孙一鸣', '退辅会主委'),
    ],
  },
  {
    id: '的秘书长将由出任',
    newsOnly: true,
    body: (n) => `青禾市政府发布人事信息指出，青禾市政府的秘书长将由${bare(n[0])}出任`,
    events: (n) => [A(n[0], '青禾市政府秘书长')],
  },
  {
    id: '另有任用应予免职',
    body: (n) => `行政院青禾委员会主任委员${bare(n[2])}另有任用，应予免职`,
    events: (n) => [{ type: 'remove', person: n[2], position: '行政院青禾委员会主任委员' }],
  },
];

/**
 * Lists that name several posts on one row (the spaces between lost or kept), and a `决定：` list
 * whose line may be no more than `A兼P`.
 */
export const ROW_FORMS: FormPart[] = [
  {
    id: '一行数职',
    body: (n) => `\n青禾人民政府委员会第三次会议任命名单\n青禾省人民政府主席 ${bare(n[0])} 副主席 ${bare(n[1])} ${bare(n[2])}\n东林省人民政府主席 钱明远`,
    events: (n) => [A(n[0], '青禾省人民政府主席'), A(n[1], '青禾省人民政府副主席'), A(n[2], '青禾省人民政府副主席'), A('钱明远', '东林省人民政府主席')],
  },
  {
    id: '一行数职无空格',
    body: (n) => `\n青禾人民政府委员会第三次会议任命名单\n青禾省人民政府主席${bare(n[0])}副主席${bare(n[1])}、${bare(n[2])}\n`,
    events: (n) => [A(n[0], '青禾省人民政府主席'), A(n[1], '青禾省人民政府副主席'), A(n[2], '青禾省人民政府副主席')],
  },
  {
    id: '冒号后逐行成句',
    body: (n) => `青禾人民政府委员会第四次会议任命：\n青禾人民政府主席${bare(n[0])}，副主席${bare(n[1])}、钱明远。\n东林军政委员会主席${bare(n[2])}，副主席孙一鸣`,
    events: (n) => [
      A(n[0], '青禾人民政府主席'),
      A(n[1], '青禾人民政府副主席'),
      A('钱明远', '青禾人民政府副主席'),
      A(n[2], '东林军政委员会主席'),
      A('孙一鸣', '东林军政委员会副主席'),
    ],
  },
  {
    id: '机构名领起职务行',
    body: () => `\n青禾人民政府委员会第四次会议通过的任命名单（1950年2月1日）\n东林军政委员会\n主席 钱明远\n副主席 孙一鸣 赵书言\n北山军政委员会\n主席 周书言\n最高人民检察署检察长 吴振邦`,
    events: () => [
      A('钱明远', '东林军政委员会主席'),
      A('孙一鸣', '东林军政委员会副主席'),
      A('赵书言', '东林军政委员会副主席'),
      A('周书言', '北山军政委员会主席'),
      A('吴振邦', '最高人民检察署检察长'),
    ],
  },
  {
    id: '决定冒号兼职',
    body: (n) => `根据青禾人民政府委员会主席的提名，决定：\n${n[0]}、${n[1]}为青禾政务院副总理；\n${n[2]}兼青禾外交部部长。\n`,
    events: (n) => [A(n[0], '青禾政务院副总理'), A(n[1], '青禾政务院副总理'), A(n[2], '青禾外交部部长')],
  },
];

/**
 * Hong Kong writes honours and JP after a name (`張某博士, SBS, JP`): neither name nor post; a
 * renewal is `獲再度委任`. Macao commissions `以定期委任方式` and ends one with `終止…的定期委任`.
 */
export const SAR_FORMS: FormPart[] = [
  {
    id: '获再度委任',
    body: (n) => `${bare(n[0])}获再度委任为青禾咨询委员会主席，任期两年`,
    events: (n) => [A(n[0], '青禾咨询委员会主席')],
  },
  {
    id: '定期委任方式',
    body: (n) => `以定期委任方式委任${n[0]}担任青禾局局长职务，为期一年`,
    events: (n) => [A(n[0], '青禾局局长')],
  },
  {
    id: '分别获再度委任的及',
    newsOnly: true,
    body: (n) => `政府今日公布，${bare(n[0])}和${bare(n[1])}分别获再度委任为青禾上诉委员团的主席及副主席，而${bare(n[2])}、钱明远获再度委任为成员`,
    events: (n) => [A(n[0], '青禾上诉委员团主席'), A(n[1], '青禾上诉委员团副主席'), A(n[2], '青禾上诉委员团成员'), A('钱明远', '青禾上诉委员团成员')],
  },
  {
    id: '新委任的成员包括',
    newsOnly: true,
    body: (n) => `政府今日公布，${bare(n[0])}获再度委任为青禾上诉委员团主席。新委任的成员包括${bare(n[1])}博士、${bare(n[2])}和钱明远`,
    events: (n) => [A(n[0], '青禾上诉委员团主席'), A(n[1], '青禾上诉委员团成员'), A(n[2], '青禾上诉委员团成员'), A('钱明远', '青禾上诉委员团成员')],
  },
  {
    id: '破折号领起聘用其为',
    body: (n) => `${bare(n[0])}——根据现行《青禾公共行政工作人员通则》的规定，以编制外合同方式聘用其为青禾局一等技术辅导员，为期一年`,
    events: (n) => [A(n[0], '青禾局一等技术辅导员')],
  },
  {
    id: '任命了官员后逐一为',
    newsOnly: true,
    body: (n) => `根据行政长官的提名，国务院11月30日任命了青禾特区第六届政府主要官员。${bare(n[0])}为行政法务司司长，${bare(n[1])}为警察总局局长，${bare(n[2])}为海关关长`,
    events: (n) => [A(n[0], '行政法务司司长'), A(n[1], '警察总局局长'), A(n[2], '海关关长')],
  },
  {
    id: '委任硕士担任一职',
    body: (n) => `以定期委任方式委任${bare(n[0])}硕士担任立法会辅助部门秘书长一职`,
    events: (n) => [A(n[0], '立法会辅助部门秘书长')],
  },
  {
    id: '终止定期委任',
    body: (n) => `终止${bare(n[1])}东林局副局长的定期委任`,
    events: (n) => [{ type: 'remove', person: n[1], position: '东林局副局长' }],
  },
  {
    // A roster a line per member: courtesy titles, post-nominals, a role in brackets, and members who
    // sit by virtue of a post (named by it alone, no event). 钱明远 stands in for a name of no listed
    // surname among them.
    id: '委任以下人士逐行名单',
    newsOnly: true,
    body: (n) =>
      [
        `政府今日宣布行政长官已委任以下人士，由二〇〇三年三月一日起为青禾发展委员会委员，任期两年：`,
        '政务司司长（主席）',
        `${bare(n[0])}博士, GBS, JP（副主席）`,
        `${bare(n[1])}女士`,
        '捷远山先生, BBS',
        `${bare(n[2])}教授, JP`,
        '房屋局局长',
        '政府发言人表示，委员会的成员来自各主要界别。',
      ].join('\n\n'),
    events: (n) => [
      A(n[0], '青禾发展委员会委员'),
      A(n[0], '青禾发展委员会副主席'),
      A(n[1], '青禾发展委员会委员'),
      A('捷远山', '青禾发展委员会委员'),
      A(n[2], '青禾发展委员会委员'),
    ],
  },
  {
    // A press release names the committee in quotes; later sentences say only 委员会, and the
    // members' list has a heading of its own.
    id: '引号中的委员会成员名单如下',
    newsOnly: true,
    body: (n) =>
      [
        `政府今日公布「青禾人才咨询委员会」的成员名单。该委员会的成员由行政长官委任，任期两年。`,
        `委员会秘书长由${bare(n[0])}议员, SBS, JP出任，成员包括三名当然成员及两名非官守成员。非官守成员名单如下：`,
        `${bare(n[1])}先生, JP`,
        `${bare(n[2])}女士`,
      ].join('\n\n'),
    events: (n) => [A(n[0], '青禾人才咨询委员会秘书长'), A(n[1], '青禾人才咨询委员会非官守成员'), A(n[2], '青禾人才咨询委员会非官守成员')],
  },
  {
    id: '委任主席及委员包括描述的人',
    body: (n) => `行政长官委任青禾选举管理委员会主席及委员，包括终审法院法官${bare(n[0])}（委员会主席）、检察院助理检察长${bare(n[1])}及新闻局局长${bare(n[2])}`,
    events: (n) => [A(n[0], '青禾选举管理委员会主席'), A(n[1], '青禾选举管理委员会委员'), A(n[2], '青禾选举管理委员会委员')],
  },
  {
    // A council named in full once, then by the end of its name.
    id: '校董会全称后再以简称',
    body: (n) => `除委任${bare(n[0])}为青大校董会主席外，亦委任${bare(n[1])}和${bare(n[2])}出任校董会成员`,
    events: (n) => [A(n[0], '青大校董会主席'), A(n[1], '青大校董会成员'), A(n[2], '青大校董会成员')],
  },
  {
    // The appointing word once, then each person described by the post given: 现任 before a title
    // held again, a count before it, 新 before a membership title, names joined by 及.
    id: '再度委任现任及两名新成员',
    newsOnly: true,
    body: (n) =>
      `政府今日公布再度委任青禾管理局现任主席${bare(n[0])}、两名现任成员${bare(n[1])}及${bare(n[2])}，并委任两名新成员卜远山及聂青杉，任期两年`,
    events: (n) => [
      A(n[0], '青禾管理局主席'),
      A(n[1], '青禾管理局成员'),
      A(n[2], '青禾管理局成员'),
      A('卜远山', '青禾管理局成员'),
      A('聂青杉', '青禾管理局成员'),
    ],
  },
  {
    id: '勋衔后缀',
    body: (n) => `行政长官已委任${bare(n[0])}博士, SBS, JP为青禾咨询委员会主席，此外，${bare(n[1])}女士, BBS, MH及${bare(n[2])}先生, JP获委任为青禾咨询委员会成员`,
    events: (n) => [A(n[0], '青禾咨询委员会主席'), A(n[1], '青禾咨询委员会成员'), A(n[2], '青禾咨询委员会成员')],
  },
];

/**
 * A clause after an appointment about the same person, who is `其` or left out; and a decision
 * read out at a meeting (`宣布A教授担任P一职`).
 */
export const FOLLOWING_FORMS: FormPart[] = [
  {
    id: '分别出任驻两国大使',
    body: (n) => `${n[0]}、${n[1]}分别出任驻青禾国、东林国大使`,
    events: (n) => [A(n[0], '驻青禾国大使'), A(n[1], '驻东林国大使')],
  },
  {
    id: '职务由某人出任顿号相连',
    newsOnly: true,
    body: (n) => `县府发布多名人事派令，民政处长由副处长${bare(n[0])}出任、卫生局长由副局长${bare(n[1])}出任、采购招标所长由社会处科长${bare(n[2])}出任`,
    events: (n) => [A(n[0], '民政处长'), A(n[1], '卫生局长'), A(n[2], '采购招标所长')],
  },
  {
    // Bodies listed before the title they share; a peer bureau after a full post is the city's.
    id: '并列机构共用职务',
    body: (n) => `任命${n[0]}为青禾市财政局、审计局局长，${n[1]}为青禾市教育局局长、体育局局长，${n[2]}为青禾医学院第一附属医院和第一临床医学院院长`,
    events: (n) => [
      A(n[0], '青禾市财政局局长'),
      A(n[0], '青禾市审计局局长'),
      A(n[1], '青禾市教育局局长'),
      A(n[1], '青禾市体育局局长'),
      A(n[2], '青禾医学院第一附属医院院长'),
      A(n[2], '青禾医学院第一临床医学院院长'),
    ],
  },
  {
    // Nothing marks where the name ends but the city the post begins with.
    id: '免去名后接城市',
    body: (n) => `免去${bare(n[0])}苏州市财政局局长职务`,
    events: (n) => [R(n[0], '苏州市财政局局长')],
  },
  {
    // A story names a company by its short name in quotes; the bare titles after are its.
    id: '下称简称的集团无主语职务',
    newsOnly: true,
    body: (n) => `此外，青禾电气集团（下称“青电集团”）也同日官宣换帅：${n[0]}任董事长、党委书记，免去其青电集团总经理职务`,
    events: (n) => [A(n[0], '青电集团董事长'), A(n[0], '青电集团党委书记'), R(n[0], '青电集团总经理')],
  },
  {
    // A history's roster of removals: the post, then names; more posts each before their names.
    id: '被罢免的有名单',
    newsOnly: true,
    body: (n) => `在这次会议上，被罢免的青禾人大常委有：${bare(n[0])}、${bare(n[1])}（注1），被罢免的还有青禾法案委员会委员${bare(n[1])}、${bare(n[2])}，青禾民族委员会委员滕越`,
    events: (n) => [R(n[0], '青禾人大常委'), R(n[1], '青禾人大常委'), R(n[1], '青禾法案委员会委员'), R(n[2], '青禾法案委员会委员'), R('滕越', '青禾民族委员会委员')],
  },
  {
    id: '撤销几位的职务后列出',
    body: (n) => `通过决议，撤销三位部长的职务：粮食部长${bare(n[0])}、交通部长${bare(n[1])}和森林工业部长${bare(n[2])}`,
    events: (n) => [R(n[0], '粮食部长'), R(n[1], '交通部长'), R(n[2], '森林工业部长')],
  },
  {
    id: '新成立的部的部长',
    body: (n) => `任命${n[0]}为新成立的青禾部部长，${n[1]}为新成立的青禾部政务次长`,
    events: (n) => [A(n[0], '青禾部部长'), A(n[1], '青禾部政务次长')],
  },
  {
    id: '宣布异动新任列职务和人',
    newsOnly: true,
    body: (n) => `行政院今日宣布内阁人事异动，新任青禾部长${bare(n[0])}、东林部长${bare(n[1])}、陆委会主委${bare(n[2])}`,
    events: (n) => [A(n[0], '青禾部长'), A(n[1], '东林部长'), A(n[2], '陆委会主委')],
  },
  {
    id: '卸任后转任',
    body: (n) => `${n[0]}卸任青禾市财政局局长，转任青禾市审计局局长`,
    events: (n) => [R(n[0], '青禾市财政局局长'), A(n[0], '青禾市审计局局长')],
  },
  {
    // 继任 takes the post; 卸任 leaves one (no appointment to it); 因 opens the reason, not the name.
    id: '继任与卸任和因',
    newsOnly: true,
    body: (n) => `青禾省人民政府宣布，${bare(n[0])}继任青禾省财政厅厅长，${bare(n[1])}卸任青禾省审计厅厅长。${bare(n[2])}因已调任东林省，请求辞去青禾市副市长职务`,
    events: (n) => [A(n[0], '青禾省财政厅厅长')],
  },
  {
    id: '分别免去分号相连',
    body: (n) => `分别免去${n[0]}的青禾市财政局局长、青禾市审计局副局长职务；${n[1]}的青禾市教育局局长职务；${n[2]}的青禾市档案馆馆长职务`,
    events: (n) => [R(n[0], '青禾市财政局局长'), R(n[0], '青禾市审计局副局长'), R(n[1], '青禾市教育局局长'), R(n[2], '青禾市档案馆馆长')],
  },
  {
    // A news item's lead states a decision; subheadings below it read like titles.
    id: '导语后小标题',
    newsOnly: true,
    body: (n) => `决定免去${n[0]}的青禾市人民政府副市长职务。\n\n市人大常委会主任提议任免2人次\n\n经大会表决通过，任命${n[1]}为青禾市财政局局长，${n[2]}为青禾市审计局局长`,
    events: (n) => [R(n[0], '青禾市人民政府副市长'), A(n[1], '青禾市财政局局长'), A(n[2], '青禾市审计局局长')],
  },
  {
    id: '新聘为的描述后颁发聘书',
    newsOnly: true,
    body: (n) => `会上，区领导向新聘为青禾区法律顾问团成员的东林律师事务所主任${bare(n[0])}律师、${bare(n[1])}颁发了聘书`,
    events: (n) => [A(n[0], '青禾区法律顾问团成员'), A(n[1], '青禾区法律顾问团成员')],
  },
  {
    id: '发布领导人员情况',
    newsOnly: true,
    body: (n) =>
      `青禾国资委官网发布青禾集团有限公司领导人员情况。${bare(n[0])}任青禾集团有限公司党委书记、董事长；${bare(n[1])}任青禾集团有限公司党委副书记、董事，提名为青禾集团有限公司总经理人选`,
    events: (n) => [A(n[0], '青禾集团有限公司党委书记'), A(n[0], '青禾集团有限公司董事长'), A(n[1], '青禾集团有限公司党委副书记'), A(n[1], '青禾集团有限公司董事')],
  },
  {
    id: '宣读了任命的文件',
    newsOnly: true,
    body: (n) => `会上，院人事局处长宣读了院党组任命${bare(n[0])}同志任青禾所副所长的文件`,
    events: (n) => [A(n[0], '青禾所副所长')],
  },
  {
    id: '应邀参加并再次受聘',
    newsOnly: true,
    body: (n) => `青禾区政府法律顾问聘任仪式举行，东林所主任${bare(n[0])}律师应邀参加，并再次受聘为青禾区政府法律顾问`,
    events: (n) => [A(n[0], '青禾区政府法律顾问')],
  },
  {
    id: '和其他几位一道受聘',
    newsOnly: true,
    body: (n) => `青禾市人民政府举行法律顾问聘任仪式。东林律师事务所主任${bare(n[0])}和其他11位法律专家一道，受聘为青禾市政府法律顾问`,
    events: (n) => [A(n[0], '青禾市政府法律顾问')],
  },
  {
    id: '宣布担任一职',
    newsOnly: true,
    body: (n) => `学校宣布了学院领导班子调整决定，宣布${bare(n[0])}教授担任东林大学外国语学院院长一职`,
    events: (n) => [A(n[0], '东林大学外国语学院院长')],
  },
  {
    id: '并决定其代理',
    body: (n) => `决定任命${n[0]}为青禾市人民政府副市长，并决定其代理市长职务`,
    events: (n) => [A(n[0], '青禾市人民政府副市长'), A(n[0], '青禾市人民政府代理市长')],
  },
  {
    id: '顿号后又一决定',
    body: (n) => `决定任命${n[0]}为青禾省人民政府副省长、决定${bare(n[0])}代理青禾省人民政府省长`,
    events: (n) => [A(n[0], '青禾省人民政府副省长'), A(n[0], '青禾省人民政府代理省长')],
  },
  {
    id: '会议决定代理职务',
    body: (n) => `会议决定${bare(n[1])}代理东林市人民政府市长职务，报东林市人民代表大会备案`,
    events: (n) => [A(n[1], '东林市人民政府代理市长')],
  },
  {
    id: '此前是不是职务',
    body: (n) => `任命${n[2]}为青禾省卫生健康委员会主任，${bare(n[2])}此前是青禾省卫生厅厅长`,
    events: (n) => [A(n[2], '青禾省卫生健康委员会主任')],
  },
  {
    id: '决定其为代理',
    body: (n) => `任命${n[1]}为东林县人民政府副县长，决定其为代理县长`,
    events: (n) => [A(n[1], '东林县人民政府副县长'), A(n[1], '东林县人民政府代理县长')],
  },
];
