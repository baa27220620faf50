/** Numbers as gazettes print them in Chinese: dates (`二〇二四年三月九日`), articles (`第十二条`). */

const DIGITS = '〇一二三四五六七八九';

/** 1..99 as counted: 九, 十, 十二, 二十, 三十一. */
export function chineseNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return head + (ones === 0 ? '' : DIGITS[ones]);
}

/** A year digit by digit: 2024 → 二〇二四. */
export function chineseDigits(n: number): string {
  return [...String(n)].map((c) => DIGITS[Number(c)]).join('');
}
