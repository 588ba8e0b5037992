/**
 * Chinese clause numerals (一、 … 九十九、). Clause numbers in the joint
 * statements never go past the nineties, but parsing 百 keeps odd input total.
 */

const DIGITS: Record<string, number> = {
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

export const NUMERAL_CHARS = '零〇一二两三四五六七八九十百';

/** The value of a Chinese numeral, or undefined when it is not one. */
export function parseChineseNumeral(numeral: string): number | undefined {
  if (numeral.length === 0) return undefined;
  let total = 0;
  let pending = 0;
  let seenDigit = false;
  for (const ch of numeral) {
    const digit = DIGITS[ch];
    if (digit !== undefined) {
      pending = pending * 10 + digit;
      seenDigit = true;
    } else if (ch === '十') {
      total += (seenDigit ? pending : 1) * 10;
      pending = 0;
      seenDigit = false;
    } else if (ch === '百') {
      total += (seenDigit ? pending : 1) * 100;
      pending = 0;
      seenDigit = false;
    } else {
      return undefined;
    }
  }
  return total + pending;
}

const NUMBERED_OPENING = new RegExp(`^([${NUMERAL_CHARS}]+)、`, 'u');

/** A numbered clause opening such as `十七、`: its numeral and length, or undefined. */
export function numberedOpening(text: string): { numeral: string; value: number; length: number } | undefined {
  const match = NUMBERED_OPENING.exec(text);
  const numeral = match?.[1];
  if (!match || numeral === undefined) return undefined;
  const value = parseChineseNumeral(numeral);
  if (value === undefined || value === 0) return undefined;
  return { numeral, value, length: match[0].length };
}

/** The clause body without its numbered opening (how repeats are compared). */
export function withoutOpening(text: string): string {
  const opening = numberedOpening(text);
  return opening ? text.slice(opening.length) : text;
}
