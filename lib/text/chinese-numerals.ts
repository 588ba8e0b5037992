/**
 * Chinese numerals as the statements number their clauses (一、二、…、十二、…).
 * The source parser reads them to find numbered clauses and repeats; citations in
 * English-language styles need the Arabic number ("clause 12").
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The value of a Chinese numeral below 10 000 (一 → 1, 十二 → 12, 二十 → 20,
 * 一百零五 → 105), or undefined when `numeral` is not one. Positional forms
 * such as 一〇五 are read digit by digit.
 */
export function chineseNumeralToNumber(numeral: string): number | undefined {
  const chars = Array.from(numeral.trim());
  if (chars.length === 0) return undefined;
  if (chars.every((c) => c in DIGITS) && chars.length > 1) {
    return Number(chars.map((c) => DIGITS[c]).join(''));
  }

  let total = 0;
  let pending: number | undefined; // a digit waiting for its unit
  let lastUnit = Number.POSITIVE_INFINITY;
  for (const c of chars) {
    const digit = DIGITS[c];
    const unit = UNITS[c];
    if (digit !== undefined) {
      if (pending !== undefined && pending !== 0) return undefined; // two digits in a row
      pending = digit;
    } else if (unit !== undefined) {
      if (unit >= lastUnit) return undefined; // units must fall: 十百 is not a number
      // A bare 十 at the start means 一十 (十二 = 12).
      total += (pending ?? (total === 0 ? 1 : Number.NaN)) * unit;
      if (Number.isNaN(total)) return undefined;
      pending = undefined;
      lastUnit = unit;
    } else {
      return undefined;
    }
  }
  return total + (pending ?? 0);
}
