/**
 * Calendar dates as each style writes them. Dates are plain year-month-day
 * triples: the document date is a calendar day (no time zone), and the access
 * date is the reader's calendar day, taken from the Date in local time.
 */

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(iso: string): CalendarDate {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`not a yyyy-mm-dd date: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function calendarDateOf(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** 2025-05-08 (GB/T 7408, as GB/T 7714 asks; also BibTeX `date`). */
export function isoDate(d: CalendarDate): string {
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
}

/** 2025/05/08/ — RIS dates: year/month/day/other, slash-terminated. */
export function risDate(d: CalendarDate): string {
  return `${d.year}/${pad2(d.month)}/${pad2(d.day)}/`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function monthName(d: CalendarDate): string {
  return MONTHS[d.month - 1] ?? String(d.month);
}

/** MLA shortens months longer than four letters: Jan., Feb., …, June, July, Sept. */
function mlaMonth(d: CalendarDate): string {
  const name = monthName(d);
  if (name.length <= 4) return name;
  return name === 'September' ? 'Sept.' : `${name.slice(0, 3)}.`;
}

/** 2025, May 8 (APA's date in parentheses). */
export function apaDate(d: CalendarDate): string {
  return `${d.year}, ${monthName(d)} ${d.day}`;
}

/** 8 May 2025, 1 June 2025, 3 Sept. 2025 (MLA 9). */
export function mlaDate(d: CalendarDate): string {
  return `${d.day} ${mlaMonth(d)} ${d.year}`;
}

/** May 8, 2025 (Chicago). */
export function chicagoDate(d: CalendarDate): string {
  return `${monthName(d)} ${d.day}, ${d.year}`;
}

/** 2025年5月8日 (Chinese running text). */
export function chineseDate(d: CalendarDate): string {
  return `${d.year}年${d.month}月${d.day}日`;
}
