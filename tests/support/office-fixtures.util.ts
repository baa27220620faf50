import { addDays } from '@renmian/tenure-rules';
import { today } from '../../apps/api/src/web/today.util';

/** A day as a notice writes it (2024年3月9日). */
function written(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The same day a whole number of years earlier (29 February becomes 28 February). */
function yearsBefore(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y - years}-${String(m).padStart(2, '0')}-${String(m === 2 && d === 29 ? 28 : d).padStart(2, '0')}`;
}

/**
 * Invented notices dated from today, so that the office home page has something in each list
 * whatever day the tests run: 柏青松's one-year probation ends in about ten days, 鲁一川's ended
 * about two years ago with nothing confirming it, a second notice names nobody on probation, and
 * 程远山's removal leaves the 档案局局长 seat empty.
 */
export function officeNotices(now = today()): { first: string; second: string; endingSoon: string; overdue: string; vacant: string } {
  const soon = addDays(yearsBefore(now, 1), 10);
  const long = yearsBefore(now, 3);
  return {
    first: [
      '# 松溪县人民政府 关于任免柏青松等同志职务的通知',
      '松政任〔2021〕4号',
      '县人民政府决定，任命：',
      '鲁一川为松溪县林业局局长（试用期一年）；',
      '程远山为松溪县档案局局长。',
      '松溪县人民政府',
      written(long),
    ].join('\n'),
    second: [
      '# 松溪县人民政府 关于任免柏青松等同志职务的通知',
      '松政任〔2025〕9号',
      '县人民政府决定，任命：',
      '柏青松为松溪县水利局局长（试用期一年）；',
      '单一鸣为松溪县水利局副局长。',
      '免去：',
      '程远山的松溪县档案局局长职务。',
      '松溪县人民政府',
      written(soon),
      '',
      '# 松溪县人民政府 关于任命曾晓岚的通知',
      '松政任〔2025〕10号',
      '县人民政府决定，任命：',
      '曾晓岚为松溪县统计局局长。',
      '松溪县人民政府',
      written(soon),
    ].join('\n'),
    endingSoon: '柏青松',
    overdue: '鲁一川',
    vacant: '松溪县档案局局长',
  };
}
