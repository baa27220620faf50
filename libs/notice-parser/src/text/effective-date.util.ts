import { findDate } from './chinese-date.util';

/**
 * `自2024年3月1日起执行`, `任职时间自2024年3月1日起计算`, `以上任免从2024年3月1日起生效`: the day a
 * decision takes effect when the notice names one other than its signing date. The whole fragment
 * must be that statement — a date inside other text (`2024年3月1日任命…`) is not one.
 * Returns the day as yyyy-mm-dd, or null.
 */
export function effectiveDateNote(fragment: string): string | null {
  if (!fragment.includes('起')) return null;
  const found = findDate(fragment);
  if (!found || found.iso === null) return null;
  const before = fragment.slice(0, found.index);
  const after = fragment.slice(found.index + found.length);
  return BEFORE.test(before) && AFTER.test(after) ? found.iso : null;
}

// What may stand before the date: who or what it is about, then 自/从. Nothing else.
const BEFORE = /^(?:以上|上述)?(?:人员|同志|各同志)?的?(?:任免|任职|任職|免职|免職|聘任|解聘)?(?:时间|時間)?(?:均|一律)?[自从從于於]?$/;
// And after it: 起, then at most the word for taking effect.
const AFTER = /^起(?:执行|執行|生效|施行|实施|實施|计算|計算|算起)?$/;
