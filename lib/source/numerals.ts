import { chineseNumeralToNumber } from '../text/chinese-numerals';

/**
 * Chinese clause numerals (一、 … 九十九、). Clause numbers in the joint
 * statements never go past the nineties, but parsing 百 keeps odd input total.
 */

export const NUMERAL_CHARS = '零〇一二两三四五六七八九十百';

/** The value of a Chinese numeral, or undefined when it is not one. */
export const parseChineseNumeral = chineseNumeralToNumber;

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
