import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { type CitationInput, formatCitation } from '../../../lib/cite';
import { ACCESSED, DOCUMENT_URL, OUTER_SPACE_CLAUSE, STRATEGIC_STABILITY } from './fixtures';

/*
 * Our BibTeX and RIS, read back by an independent parser (Citation.js, which
 * turns both into CSL-JSON): what a reference manager will import.
 */
const input: CitationInput = {
  clause: OUTER_SPACE_CLAUSE,
  document: STRATEGIC_STABILITY,
  documentUrl: DOCUMENT_URL,
  accessed: ACCESSED,
};
const link = JSON.parse(formatCitation('csl-json', input).text)[0].URL as string;

function parseOne(text: string): Record<string, unknown> {
  const items = new Cite(text).data;
  expect(items).toHaveLength(1);
  return items[0] ?? {};
}

describe('BibTeX reads back', () => {
  it('with every field', () => {
    const item = parseOne(formatCitation('bibtex', input).text);
    expect(item).toMatchObject({
      id: 'strategic-stability-2025-p9',
      type: 'document',
      title: '中华人民共和国和俄罗斯联邦关于全球战略稳定的联合声明',
      'title-short': '关于全球战略稳定的联合声明',
      // Braced corporate names stay whole: one name each, not split into given/family.
      author: [{ family: '中华人民共和国' }, { family: '俄罗斯联邦' }],
      issued: { 'date-parts': [[2025, 5, 8]] },
      accessed: { 'date-parts': [[2025, 6, 1]] },
      publisher: '新华社',
      'publisher-place': '莫斯科',
      note: 'para. 9',
      URL: link,
    });
  });

  it('with LaTeX specials in the values', () => {
    const document = { ...STRATEGIC_STABILITY, title: 'R&D {under} 100% review', publisher: { zh: 'A & B', en: 'A & B' } };
    const item = parseOne(formatCitation('bibtex', { ...input, document }).text);
    expect(item.title).toBe('R&D {under} 100% review');
    expect(item.publisher).toBe('A & B');
  });
});

describe('RIS reads back', () => {
  it('with every field', () => {
    const item = parseOne(formatCitation('ris', input).text);
    expect(item).toMatchObject({
      id: 'strategic-stability-2025-p9',
      title: '中华人民共和国和俄罗斯联邦关于全球战略稳定的联合声明',
      author: [{ family: '中华人民共和国' }, { family: '俄罗斯联邦' }],
      publisher: '新华社',
      'publisher-place': '莫斯科',
      language: 'zh-CN',
      note: 'para. 9',
      URL: link,
      accessed: { 'date-parts': [[2025, 6, 1]] },
    });
    // For GOVDOC this parser takes the date from PY (year) only; the full
    // date is in DA, pinned by the exact-string test.
    expect(item.issued).toEqual({ 'date-parts': [[2025]] });
  });

  it('with a value that had a line break in it', () => {
    const clause = { ...OUTER_SPACE_CLAUSE, label: '第9段' };
    const document = { ...STRATEGIC_STABILITY, title: '第一行\n第二行' };
    const item = parseOne(formatCitation('ris', { ...input, clause, document }).text);
    expect(item.title).toBe('第一行 第二行');
  });
});
