import { findDate } from './chinese-date.util';
import { hasClausePunctuation } from './normalise.util';

/**
 * Recognisers for the non-clause lines of a notice: the signing date, the "passed on" line of a
 * people's congress decision, the signature, and editorial notes. Each looks at one normalised line.
 */

export type DateLineKind = 'signing' | 'passed';

export interface DateLine {
  kind: DateLineKind;
  iso: string;
}

/** What may follow a signing date on its line: `（完）`, `发布`, `印发`. */
const SIGNING_TAILS = ['', '（完）', '完', '发布', '發佈', '發布', '印发', '印發', '签发', '簽發', '。', '）'];

export function readDateLine(text: string): DateLine | null {
  if (text.length > 120 || text.indexOf('年') < 0) return null;
  const d = findDate(text);
  if (!d || d.iso === null) return null;
  const before = text.slice(0, d.index);
  const after = text.slice(d.index + d.length);
  if ((before === '（' || before === '') && (after.endsWith('通过）') || after.endsWith('通過）'))) {
    return { kind: 'passed', iso: d.iso };
  }
  const tail = after.replace(/^）/, '').replace(/。$/, '');
  if (!SIGNING_TAILS.includes(tail)) return null;
  // A signature may share the line with the date: `聊城市人民政府2023年12月9日`.
  if (before === '' || before === '（' || (before.length <= 24 && !hasClauseEnd(before))) {
    return { kind: 'signing', iso: d.iso };
  }
  return null;
}

function hasClauseEnd(s: string): boolean {
  return hasClausePunctuation(s);
}

/** A signature line: an issuer or a signer's title and name, short and without punctuation. */
export function isSignatureLike(text: string): boolean {
  if (text.length === 0 || text.length > 40) return false;
  return !hasClausePunctuation(text, true);
}

/** Editorial notes and statements around the decision that carry no personnel change. */
const NOTE_MARKERS = [
  '责编', '編輯', '编辑', '来源', '來源', '特此通知', '此复', '此覆', '就职', '就職', '施行', '（完）', '起计算', '起算',
  '任职时间', '任職時間',
];

export function isEditorialNote(text: string): boolean {
  return NOTE_MARKERS.some((m) => text.includes(m));
}

/**
 * `【某报专讯】…`, `本报讯 …`, `新华社北京3月5日电 …`: the lead of a news item. What stands above it
 * is a headline, however much it reads like a notice's title, and what follows is running text.
 */
const NEWS_LEAD = /^(?:【[^【】]{1,16}】|(?:本报|本報)[讯訊]|[^，。；：]{0,12}?[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日[电電讯訊](?![\u4e00-\u9fff]))/;

export function startsNewsItem(text: string): boolean {
  return NEWS_LEAD.test(text);
}
