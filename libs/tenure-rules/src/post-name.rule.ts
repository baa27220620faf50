/**
 * A post's full name as organisation + title: `聊城市人民政府办公室副主任` → `聊城市人民政府办公室` +
 * `副主任`. "Who leads this organisation" is answered from the organisation part, so it is cut at
 * the last organisation ending that still leaves a title of two or more characters.
 */
const ORG_ENDINGS = [
  '特别行政区', '特別行政區', '人民政府', '委员会', '委員會', '办公室', '辦公室', '中心', '政府', '法院', '检察院',
  '檢察院', '学院', '學院', '大学', '中学', '小学', '学校', '幼儿园', '医院', '研究所', '研究院', '联合社', '理事会',
  '公司', '集团', '银行', '院', '局', '厅', '部', '署', '所', '站', '队', '馆', '社', '团', '庭', '处', '科', '委',
];

export interface PostName {
  organization: string;
  title: string;
}

/**
 * Posts named without their organisation because everyone knows it: a State Councillor (国务委员)
 * sits in the State Council. Without this, `国务委员` would make an organisation `国务`.
 */
const IMPLICIT_ORGANISATION: Record<string, string> = {
  国务委员: '国务院',
  國務委員: '國務院',
};

export function splitPostName(name: string): PostName {
  const implicit = IMPLICIT_ORGANISATION[name];
  if (implicit !== undefined) return { organization: implicit, title: name };
  let cut = -1;
  for (let i = 1; i < name.length; i++) {
    for (const ending of ORG_ENDINGS) {
      if (!name.startsWith(ending, i)) continue;
      const end = i + ending.length;
      if (name.length - end >= 2 && end > cut) cut = end;
    }
  }
  if (cut > 0) return { organization: name.slice(0, cut), title: name.slice(cut) };
  // No organisation ending (`中华人民共和国驻加拿大特命全权大使`): the title is the known tail.
  const tail = KNOWN_TAILS.find((t) => name.endsWith(t) && name.length > t.length);
  const at = tail ? name.length - tail.length : Math.max(1, name.length - 2);
  return { organization: name.slice(0, at), title: name.slice(at) };
}

const KNOWN_TAILS = ['特命全权大使', '特命全權大使', '行政长官', '行政長官', '大使', '领事', '總領事', '总领事'];
