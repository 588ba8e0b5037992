import type { Clause } from '../index/types';
import { chineseNumeralToNumber } from '../text/chinese-numerals';

/**
 * Where in its document a clause is, as citation styles need it. The index
 * label is what the source prints: 一、二… for numbered clauses, 第5段 for
 * unnumbered paragraphs, 序言 for a preamble, 片段3 for a piece of a
 * document the source holds only in parts.
 */
export type ClauseLocator =
  | { kind: 'clause'; number: number }
  | { kind: 'paragraph'; number: number }
  | { kind: 'preamble' }
  /** A piece of a document the source holds only in parts (片段3). */
  | { kind: 'fragment'; number: number }
  /** A label this module cannot read: cited as printed. */
  | { kind: 'other'; label: string };

const PARAGRAPH_LABEL = /^第\s*(\d+)\s*段$/;
const FRAGMENT_LABEL = /^片段\s*(\d+)$/;
const NUMBERED_LABEL = /^第?([零〇一二两三四五六七八九十百千]+)条?[、.．]?$/u;

export function clauseLocator(clause: Pick<Clause, 'label' | 'kind'>): ClauseLocator {
  const label = clause.label.trim();
  if (clause.kind === 'preamble' || label === '序言') return { kind: 'preamble' };

  const paragraph = PARAGRAPH_LABEL.exec(label);
  if (paragraph?.[1] !== undefined) return { kind: 'paragraph', number: Number(paragraph[1]) };

  const fragment = FRAGMENT_LABEL.exec(label);
  if (fragment?.[1] !== undefined) return { kind: 'fragment', number: Number(fragment[1]) };

  const numbered = NUMBERED_LABEL.exec(label);
  const value = numbered?.[1] === undefined ? undefined : chineseNumeralToNumber(numbered[1]);
  if (value !== undefined) return { kind: 'clause', number: value };

  if (/^\d+$/.test(label)) return { kind: 'clause', number: Number(label) };
  return { kind: 'other', label };
}

/** Arabic number to the Chinese numeral the statements print (12 → 十二). */
export function numberToChineseNumeral(value: number): string {
  const digits = '零一二三四五六七八九';
  if (!Number.isInteger(value) || value < 0 || value >= 10000) return String(value);
  if (value < 10) return digits[value] ?? String(value);
  const parts: string[] = [];
  const units: Array<[number, string]> = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ];
  let rest = value;
  let needZero = false;
  for (const [size, name] of units) {
    const digit = Math.floor(rest / size);
    rest %= size;
    if (digit === 0) {
      if (parts.length > 0) needZero = true;
      continue;
    }
    if (needZero) parts.push('零');
    needZero = false;
    // 十二, not 一十二, when ten is the leading unit.
    parts.push(size === 10 && digit === 1 && parts.length === 0 ? name : `${digits[digit]}${name}`);
  }
  if (rest > 0) {
    if (needZero) parts.push('零');
    parts.push(digits[rest] ?? '');
  }
  return parts.join('');
}

/** Chinese-language styles: 第十二条, 第5段, 序言. */
export function chineseLocator(locator: ClauseLocator): string {
  switch (locator.kind) {
    case 'clause':
      return `第${numberToChineseNumeral(locator.number)}条`;
    case 'paragraph':
      return `第${locator.number}段`;
    case 'preamble':
      return '序言';
    case 'fragment':
      return `片段${locator.number}`;
    case 'other':
      return locator.label;
  }
}

/**
 * English-language styles: "clause 12", and the paragraph abbreviation of the
 * style ("para." in APA and Chicago, "par." in MLA).
 */
export function englishLocator(locator: ClauseLocator, paragraphAbbreviation = 'para.'): string {
  switch (locator.kind) {
    case 'clause':
      return `clause ${locator.number}`;
    case 'paragraph':
      return `${paragraphAbbreviation} ${locator.number}`;
    case 'preamble':
      return 'preamble';
    case 'fragment':
      return `fragment ${locator.number}`;
    case 'other':
      return locator.label;
  }
}
