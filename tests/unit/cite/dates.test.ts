import { describe, expect, it } from 'vitest';
import {
  apaDate,
  calendarDateOf,
  chicagoDate,
  chineseDate,
  isoDate,
  mlaDate,
  parseIsoDate,
  risDate,
} from '../../../lib/cite/dates';

describe('dates', () => {
  const may8 = parseIsoDate('2025-05-08');

  it('writes each style’s form', () => {
    expect(isoDate(may8)).toBe('2025-05-08');
    expect(risDate(may8)).toBe('2025/05/08/');
    expect(apaDate(may8)).toBe('2025, May 8');
    expect(mlaDate(may8)).toBe('8 May 2025');
    expect(chicagoDate(may8)).toBe('May 8, 2025');
    expect(chineseDate(may8)).toBe('2025年5月8日');
  });

  it('abbreviates MLA months longer than four letters', () => {
    const mla = (iso: string) => mlaDate(parseIsoDate(iso));
    expect(mla('2025-01-03')).toBe('3 Jan. 2025');
    expect(mla('2025-06-01')).toBe('1 June 2025');
    expect(mla('2025-07-01')).toBe('1 July 2025');
    expect(mla('2025-09-30')).toBe('30 Sept. 2025');
    expect(mla('2025-12-31')).toBe('31 Dec. 2025');
  });

  it('takes the access date from the reader’s calendar', () => {
    expect(calendarDateOf(new Date(2025, 5, 1, 23, 59))).toEqual({ year: 2025, month: 6, day: 1 });
  });

  it('rejects a date that is not yyyy-mm-dd', () => {
    expect(() => parseIsoDate('8 May 2025')).toThrow();
  });
});
