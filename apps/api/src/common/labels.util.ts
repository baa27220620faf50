/** How the page words the data: the Chinese a personnel office uses. */
export const EVENT_LABELS: Record<string, string> = {
  APPOINT: '任命',
  REMOVE: '免去',
  AUTO_REMOVE: '职务自然免除',
  INFERRED_END: '离任（推断）',
};

export function probationLabel(months: number | null): string | null {
  if (!months) return null;
  return months % 12 === 0 ? `试用期${months / 12 === 1 ? '一' : months / 12}年` : `试用期${months}个月`;
}

/** yyyy-mm-dd as 2024年3月9日; null (never stated) as the words for it. */
export function chineseDate(iso: string | null, unknown = '未载明'): string {
  if (!iso) return unknown;
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The parser reports why a line went unread in English (for its command line); the pages say it in Chinese. */
const UNREAD_WORDS: Record<string, string> = {
  'a decision in a form no reader knows': '任免句式无法识别',
  'no clause form matched': '没有与之相符的任免句式',
  'clause too long to be read': '句子过长，无法读取',
  'text after the last clause that no reader understood': '最后一句之后的文字未能理解',
};

/** The part of a decision sentence the parser could not place (libs/notice-parser missing-part.util). */
const PART_WORDS: Record<string, string> = {
  'decision word': '任免用语',
  post: '职务',
  person: '人名',
  'list shape': '列举方式',
};

const UNREAD_DECISION = /^a decision in a form no reader knows \(not understood: the ([a-z ]+)\)(?:: “(.*)”)?$/s;

export function unreadReason(reason: string): string {
  if (UNREAD_WORDS[reason]) return UNREAD_WORDS[reason];
  const decision = UNREAD_DECISION.exec(reason);
  if (decision) {
    const part = `任免句式无法识别（未能理解：${PART_WORDS[decision[1]] ?? decision[1]}）`;
    return decision[2] === undefined ? part : `${part}：“${decision[2]}”`;
  }
  if (reason.startsWith('part of the clause not understood: ')) return `句中部分内容未能理解：${reason.slice('part of the clause not understood: '.length)}`;
  return reason;
}
