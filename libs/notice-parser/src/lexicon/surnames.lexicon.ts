import { charTable } from '../text/normalise.util';

/**
 * Chinese surnames, simplified and traditional. A clause's subject is only read as a person when it
 * starts with one: this is what keeps prose such as `各地为…` or `本院为…` from becoming appointments.
 */

const SINGLE =
  // common surnames (simplified)
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
  '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝' +
  '封储衡揭满樊淡修候幸索栗扈乐宿鞠宣蔺钮劳贝逄洪练郁奚荀郦计伏成戈於厉蓬喻堵卓茅亢霍阎湛谈宓尉晁暴居汲钭廉牧隗山谷车侯全班仰秋仲伊宫宁仇栾暴甘斜厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公' +
  '仉督岳帅缑亢况郈有琴归海晋楚闫法汝鄢涂钦商牟佘佴伯赏墨哈谯笪年爱阳佟言福邸' +
  // the rest of the 百家姓 single surnames (those that are common words — 水, 和, 公… — left out)
  '昌凤酆萧禹狄昝裘贲杭诸嵇滑羊惠芮羿邴糜乌巴弓郗' +
  // further surnames of the population registers' most common few hundred (Cantonese 区 and 冼 among them)
  '区冼亓庹粟谌仝强鹿阚展恽檀' +
  // traditional forms of the above where they differ
  '張劉陳楊黃趙吳孫馬許韓馮鄧曹彭曾蕭肖葉蘇魏呂沈盧姜崔鍾譚陸範賈韋鄒孟熊邱閆段雷龍賀顧毛郝龔邵萬錢嚴覃戴莫湯溫龐顏聶鮑華饒穆盧簡項蘆婁竇戚衛臧閔鄔邊師欒隋鞏龐閻談滕屈羅鄭謝宋唐許馮鄧彭曾蕭葉程蘇魏呂丁任沈姚盧薛閆段雷侯龍史陶黎賀顧毛郝龔邵萬錢嚴覃武戴莫孔向湯常溫康施文牛樊葛邢安齊易喬伍龐顏倪莊聶章魯岳翟殷詹申歐耿關蘭焦俞左柳甘祝包寧尚符舒阮柯紀梅童凌畢單季裴霍塗成苗谷盛曲翁冉駱藍路游辛靳管柴蒙鮑華喻祁蒲房滕屈饒解牟艾尤陽時穆農司卓古吉繆簡車項連蘆麥褚婁竇戚岑景黨宮費卜冷晏席衛米柏宗瞿桂全佟應臧閔苟鄔邊卞姬師和仇欒隋商刁沙榮巫寇桑郎甄叢仲虞敖鞏明佘池查麻苑遲鄺賴傅楊餘萬黃賴周朱胡郭何高林梁' +
  '區蔣鐘聞晉闕闞練壽權荊祿郟酈藺鈕勞貝儲滿衞欽譙緱帥況諶惲';

const COMPOUND = [
  '欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '皇甫', '慕容', '东方', '東方', '尉迟', '尉遲',
  '夏侯', '公孙', '公孫', '令狐', '长孙', '長孫', '宇文', '司徒', '端木', '澹台', '万俟', '独孤', '獨孤',
  '呼延', '南宫', '南宮', '西门', '西門', '申屠', '轩辕', '軒轅', '闻人', '聞人', '赫连', '赫連', '第五',
];

// By character code: `s[0]` of a CJK string would make a new string on every call.
const SINGLE_CODES = charTable(SINGLE);
const COMPOUND_FIRST = charTable(COMPOUND.map((c) => c[0]).join(''));

function hasCompoundSurname(s: string): boolean {
  return COMPOUND_FIRST[s.charCodeAt(0)] === 1 && COMPOUND.some((c) => s.startsWith(c));
}

export function startsWithSurname(s: string): boolean {
  return SINGLE_CODES[s.charCodeAt(0)] === 1 || hasCompoundSurname(s);
}

export function compoundSurnameLength(s: string): number {
  return hasCompoundSurname(s) ? 2 : 1;
}

/**
 * How common a name's surname is, as its place in the list above (the common surnames come first):
 * lower is commoner; a compound surname counts as common. For choosing between readings of names
 * run together (`钱明远` over `明远` after `童岚钱`).
 */
export function surnameRank(name: string): number {
  if (compoundSurnameLength(name) === 2) return 0;
  const at = SINGLE.indexOf(name[0]);
  return at < 0 ? SINGLE.length : at;
}
