/**
 * Tables the synthetic gazette is composed from. Every name built from them is invented: people
 * from a surname and given-name characters, places from two syllables, offices from the usual
 * departments of a Chinese city or county government.
 */

/**
 * Common surnames. 任, 于 and 原 are real surnames but also words of the clauses themselves
 * (任命, 关于, 原…职务); they are left out so that the generator's gold stays unambiguous.
 */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';

export const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '令狐'];

/**
 * Given-name characters. Characters that are also clause words (为 的 之 后 列 原 职 务 长 副 主 等 免 任)
 * are left out for the same reason as above.
 */
export const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红林建国志文辉鹏宇晨浩然思远雨欣子涵博鸣晓东立新振海波峰斌宁凯亮俊彬琳瑶婷雪颖慧倩洁玲丹蕾璐晶莉萌佳怡嘉悦诗梦瑞泽轩睿哲翔宏毅坤荣德祥福昌盛兴旺庆春秋冬松柏桐梅竹菊莲荷晖耀炜煜铭锋锐钧永恒久康乐';

/** First syllables of place names; each issuer takes a different one, as its 文号 abbreviation. */
export const PLACE_FIRST = '青云澄柳桐澜栖芦宁清泰嘉丰瑞溪松雁蓉汀岚棠梧苍秀麓鹤槐榆凤翠芷楠蔚沅淇潞渠峪';
export const PLACE_SECOND = '禾岭江川泉塘阳州浦湾峰原台陵亭坪垣湄滨墩';
export const DISTRICT_WORDS = ['城东', '城西', '湖滨', '高新', '临港', '北湖', '南溪', '经开'];

/** How an office is headed: the principal's title, the deputy's, and optional extra posts. */
export interface OfficeKind {
  head: string;
  deputy: string;
  /** Posts that stand alone after a deputy title, inheriting the organisation (`院务委员会委员`). */
  council?: string;
  /** Titles outside the head/deputy pair, usually with a rank (`总督学（副县级）`). */
  special?: string[];
}

const BUREAU: OfficeKind = { head: '局长', deputy: '副局长' };
const COMMISSION: OfficeKind = { head: '主任', deputy: '副主任' };
const CENTRE: OfficeKind = { head: '主任', deputy: '副主任' };
const INSTITUTE: OfficeKind = { head: '所长', deputy: '副所长' };
export const SCHOOL: OfficeKind = { head: '校长', deputy: '副校长', council: '校务委员会委员' };
const COLLEGE: OfficeKind = { head: '院长', deputy: '副院长', council: '院务委员会委员' };
const HOSPITAL: OfficeKind = { head: '院长', deputy: '副院长' };
const SQUAD: OfficeKind = { head: '支队长', deputy: '副支队长' };
const HALL: OfficeKind = { head: '馆长', deputy: '副馆长' };

/** [department name without the place, kind]; schools drop the 市/县 of the place (`青禾第三中学`). */
export const DEPARTMENTS: readonly [string, OfficeKind][] = [
  ['财政局', { ...BUREAU, special: ['总会计师'] }],
  ['教育局', { ...BUREAU, special: ['总督学'] }],
  ['民政局', BUREAU],
  ['司法局', BUREAU],
  ['审计局', BUREAU],
  ['统计局', { ...BUREAU, special: ['总统计师'] }],
  ['水利局', BUREAU],
  ['商务局', BUREAU],
  ['应急管理局', BUREAU],
  ['自然资源和规划局', { ...BUREAU, special: ['总规划师'] }],
  ['交通运输局', { ...BUREAU, special: ['总工程师'] }],
  ['农业农村局', BUREAU],
  ['住房和城乡建设局', { ...BUREAU, special: ['总工程师'] }],
  ['市场监督管理局', BUREAU],
  ['行政审批服务局', BUREAU],
  ['机关事务管理局', BUREAU],
  ['医疗保障局', BUREAU],
  ['退役军人事务局', BUREAU],
  ['文化和旅游局', BUREAU],
  ['人力资源和社会保障局', BUREAU],
  ['林业局', BUREAU],
  ['城市管理局', BUREAU],
  ['发展和改革委员会', COMMISSION],
  ['卫生健康委员会', COMMISSION],
  ['民族宗教事务委员会', COMMISSION],
  ['人民政府', { head: '秘书长', deputy: '副秘书长' }],
  ['人民政府办公室', COMMISSION],
  ['人民政府研究室', COMMISSION],
  ['疾病预防控制中心', CENTRE],
  ['防震减灾中心', CENTRE],
  ['公共资源交易中心', CENTRE],
  ['大数据中心', CENTRE],
  ['政务服务中心', CENTRE],
  ['不动产登记中心', CENTRE],
  ['社会福利中心', CENTRE],
  ['档案服务中心', CENTRE],
  ['检验检测中心', CENTRE],
  ['卫生监督所', INSTITUTE],
  ['产品质量监督检验所', INSTITUTE],
  ['农业科学研究所', INSTITUTE],
  ['预防医学研究所', INSTITUTE],
  ['行政学院', COLLEGE],
  ['职业技术学院', COLLEGE],
  ['人民医院', HOSPITAL],
  ['中医医院', HOSPITAL],
  ['妇幼保健院', HOSPITAL],
  ['卫生健康综合执法支队', SQUAD],
  ['交通运输综合执法支队', SQUAD],
  ['市场监管综合执法支队', SQUAD],
  ['图书馆', HALL],
  ['博物馆', HALL],
  ['文化馆', HALL],
];

export const SCHOOLS = ['第一中学', '第二中学', '第三中学', '实验中学', '实验小学', '职业中等专业学校', '特殊教育学校'];

export const RANKS = ['副县级', '正县级', '正科级', '副科级', '副处级'];

/** [the words in the bracket, months]: 一年 is by far the usual probation. */
export const PROBATIONS: readonly [string, number][] = [
  ['试用期一年', 12],
  ['试用期一年', 12],
  ['试用期一年', 12],
  ['试用期一年', 12],
  ['试用期一年', 12],
  ['试用期为一年', 12],
  ['试用期六个月', 6],
];
