import type { SeatKind } from './tenure.types';

/**
 * Whether a post has one seat. Principal titles (局长, 主任, 校长…) have one holder at a time; deputies
 * (副局长) and members (委员, 审判员) have many. Only single seats let a new appointment imply that
 * the previous holder left.
 */
const PRINCIPAL_TITLES = [
  '主任委员', '主任委員', '秘书长', '支队长', '大队长', '理事长', '董事长', '总经理', '检察长', '行政长官', '特命全权大使',
  '局长', '主任', '所长', '校长', '院长', '队长', '站长', '馆长', '社长', '行长', '厅长', '部长', '省长', '市长',
  '县长', '区长', '镇长', '乡长', '主席', '会长', '庭长', '处长', '科长', '园长', '台长', '主编', '署长', '关长',
  '局長', '主任', '所長', '校長', '院長', '部長', '市長', '縣長', '區長', '秘書長', '檢察長', '行政長官',
];

/** Words before a title that make it one of several seats. */
const PLURAL_MARKERS = ['副', '委员', '委員', '助理'];

export function seatKind(postName: string): SeatKind {
  const title = PRINCIPAL_TITLES.find((t) => postName.endsWith(t));
  if (!title) return 'multi';
  const before = postName.slice(0, postName.length - title.length);
  if (PLURAL_MARKERS.some((m) => before.endsWith(m))) return 'multi';
  // `常务副局长`, `副主任`: a deputy anywhere right before the title.
  if (before.endsWith('常务副') || before.endsWith('常務副')) return 'multi';
  return 'single';
}
