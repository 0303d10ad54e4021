// Chinese numerals as the regulations and official documents write them (第二十条, 三、, （十二）).

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 46 → 四十六 (1 to 99, enough for articles and headings). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`只支持1到99：${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : DIGITS[tens] + '十';
  return head + (ones === 0 ? '' : DIGITS[ones]);
}
