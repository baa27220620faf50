/**
 * What a notice's title looks like, and which titles announce something that is not a personnel
 * decision (a regulation about appointment powers, a proposal, a recruitment notice).
 */

const ABOUT = ['关于', '關於', '关於', '關于'];
const DOCUMENT_ENDINGS = ['的通知', '的决定', '的決定', '的批复', '的批覆', '的公告', '的通告', '的命令'];
const PERSONNEL_WORDS = [
  '任免', '任命', '免去', '免职', '免職', '聘任', '解聘', '代理', '辞去', '辭去', '辞职', '辭職', '职务', '職務',
  '任职', '任職', '聘用',
];
const LIST_ENDINGS = ['任命名单', '免职名单', '任免名单', '任命名單', '免職名單', '任免名單', '人事任免'];
// `總統令`: Taiwan's presidential orders, three characters standing alone as the title.
const ORDERS = ['主席令', '国务院令', '國務院令', '总统令', '總統令'];
const SHORT_TITLE_WORDS = ['任免', '任命'];

const NEGATIVE_WORDS = [
  '问题', '問題', '印发', '印發', '办法', '辦法', '规定', '規定', '议案', '議案', '提请', '提請', '招聘', '公示',
  '拟任', '擬任', '权限', '權限', '意见', '意見', '通报', '通報', '条例', '條例', '程序', '工作的通知',
  '审查报告', '审议意见', '的提名', '的报告', '说明',
];

/** Body phrases that mark a proposal rather than a decision. */
export const PROPOSAL_PHRASES = ['请大会决定', '請大會決定', '请审议', '請審議', '提请审议', '提請審議', '请予审议', '請予審議'];

export type TitleKind = 'about' | 'list' | 'order' | 'headline';

const TITLE_MARK = /[关關名令任免]/;

/** Classifies a candidate title (normalised, whitespace-free). */
export function titleKind(s: string): TitleKind | null {
  if (s.length < 3 || s.length > 100 || (s.length === 3 && !ORDERS.includes(s))) return null;
  // Every kind needs one of these characters: most candidate lines are ruled out in one pass.
  if (!TITLE_MARK.test(s)) return null;
  if (
    DOCUMENT_ENDINGS.some((e) => s.endsWith(e)) &&
    ABOUT.some((a) => s.includes(a)) &&
    PERSONNEL_WORDS.some((w) => s.includes(w))
  ) {
    return 'about';
  }
  if (LIST_ENDINGS.some((e) => s.endsWith(e))) return 'list';
  if (s.length <= 40 && ORDERS.some((o) => s.includes(o))) return 'order';
  // `某某人事任免工作委员会` names a body (an issuer or signature), not a decision.
  if (s.length <= 30 && SHORT_TITLE_WORDS.some((w) => s.includes(w)) && isHeadline(s) && !isIssuerLine(s)) return 'headline';
  return null;
}

function isHeadline(s: string): boolean {
  const last = s[s.length - 1];
  if ('：，。；、'.includes(last)) return false;
  if (s.includes('被')) return false;
  return !/^[（\d一二三四五六七八九十]/.test(s);
}

export function isNegativeTitle(s: string): boolean {
  return NEGATIVE_WORDS.some((w) => s.includes(w));
}

const ISSUER_ENDINGS = [
  '人民政府', '委员会', '委員會', '常委会', '办公室', '辦公室', '办公厅', '辦公廳', '政府', '局', '厅', '廳', '部',
];

/** A line naming an issuer alone: `青禾市人民政府` above a title, or below a notice as its signature. */
export function isIssuerLine(t: string): boolean {
  if (t.length < 3 || t.length > 30) return false;
  if (!ISSUER_ENDINGS.some((e) => t.endsWith(e))) return false;
  return !/[，。；：、（）]/.test(t);
}
