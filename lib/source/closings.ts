/**
 * The closing lines of a statement or a news item: the date and place of
 * signing, the agency dateline and the signatories. They describe a document;
 * they are not clauses of it.
 */

const YEAR = '(?:[0-9]{4}|[〇零一二三四五六七八九]{4})';
const MONTH_DAY = '[0-9一二三四五六七八九十]{1,3}';
const DATE_LINE = new RegExp(`^${YEAR}年${MONTH_DAY}月${MONTH_DAY}日(?:于[^\\s，,。]{1,16})?$`, 'u');
/** `(新华社莫斯科5月8日电)`: an agency, a place and a date, closed by 电. */
const DATELINE = /^[(（][^()（）\n]{2,40}电[)）]$/u;
const SENTENCE_PUNCTUATION = /[。，,;；:：!?！？、“”]/u;

export type ClosingLineKind = 'date-line' | 'dateline' | 'signature';

export function closingLineKind(text: string): 'date-line' | 'dateline' | undefined {
  const line = text.trim();
  if (DATE_LINE.test(line)) return 'date-line';
  if (DATELINE.test(line)) return 'dateline';
  return undefined;
}

/**
 * A line that can be part of a signature block: short, no sentence punctuation.
 * Only trusted next to a date line or dateline, where a signature block sits.
 */
export function couldBeSignatureLine(text: string): boolean {
  const line = text.trim();
  return line.length > 0 && line.length <= 48 && !SENTENCE_PUNCTUATION.test(line);
}

/**
 * Splits a block's lines into a leading paragraph part and a closing part:
 * the closing part is the longest tail of lines that are all date lines,
 * datelines or signature lines and holds at least one date line or dateline.
 * Returns the index where the closing part begins (lines.length when none).
 */
export function closingStart(lines: readonly string[]): number {
  let start = lines.length;
  let anchored = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (closingLineKind(line)) anchored = true;
    else if (!couldBeSignatureLine(line)) break;
    start = i;
  }
  return anchored ? start : lines.length;
}
