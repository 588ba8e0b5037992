import { describe, expect, it } from 'vitest';
import { clauseLabel } from '../../../lib/cite/clause-label';
import type { Clause } from '../../../lib/index/types';
import { readFileSync } from 'node:fs';

const numbered = { label: '八', kind: 'numbered' } as const;
const twelfth = { label: '十二', kind: 'numbered' } as const;
const paragraph = { label: '第10段', kind: 'paragraph' } as const;
const fragment = { label: '片段7', kind: 'fragment' } as const;
const preamble = { label: '序言', kind: 'preamble' } as const;
const secondPreamble = { label: '序言二', kind: 'preamble' } as const;

describe('clauseLabel', () => {
  it('writes labels as English readers expect them', () => {
    expect(clauseLabel(paragraph, 'en')).toBe('¶ 10');
    expect(clauseLabel(numbered, 'en')).toBe('Art. 8');
    expect(clauseLabel(twelfth, 'en')).toBe('Art. 12');
    expect(clauseLabel(fragment, 'en')).toBe('Fragment 7');
    expect(clauseLabel(preamble, 'en')).toBe('Preamble');
  });

  it('writes labels as Russian readers expect them', () => {
    expect(clauseLabel(paragraph, 'ru')).toBe('п. 10');
    expect(clauseLabel(numbered, 'ru')).toBe('ст. 8');
    expect(clauseLabel({ label: '二十三', kind: 'numbered' }, 'ru')).toBe('ст. 23');
    expect(clauseLabel(fragment, 'ru')).toBe('фрагмент 7');
    expect(clauseLabel(preamble, 'ru')).toBe('преамбула');
  });

  it('leaves Chinese labels as the source prints them', () => {
    for (const clause of [numbered, paragraph, fragment, preamble, secondPreamble]) {
      expect(clauseLabel(clause, 'zh')).toBe(clause.label);
    }
  });

  it('keeps the number of a second preamble', () => {
    expect(clauseLabel(secondPreamble, 'en')).toBe('Preamble 2');
    expect(clauseLabel(secondPreamble, 'ru')).toBe('преамбула 2');
  });

  it('shows a label it cannot read as printed rather than inventing one', () => {
    expect(clauseLabel({ label: '附件', kind: 'numbered' }, 'en')).toBe('附件');
  });

  it('gives every clause of the built index a label without Chinese characters in English and Russian', () => {
    const index = JSON.parse(readFileSync('data/generated/clause-index.json', 'utf8')) as { clauses: Clause[] };
    expect(index.clauses.length).toBeGreaterThan(0);
    for (const clause of index.clauses) {
      for (const lang of ['en', 'ru'] as const) {
        expect(clauseLabel(clause, lang), clause.id).toMatch(/^(Art\.|¶|Fragment|Preamble|ст\.|п\.|фрагмент|преамбула)( \d+)?$/u);
      }
    }
  });
});
