import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../lib/clauselens';
import { article, expectConsistent, index, loaded } from './helpers';

// Clauses without located source defects, long enough to quote from.
const clauses = index.clauses.filter((clause) => clause.text.length >= 50 && !clause.flags.some((f) => f.start !== undefined));
const forms = index.clauses.map((clause) => loaded.matcher.normalizer.normalizeText(clause.text));
const inAnyClause = (quote: string) => {
  const form = loaded.matcher.normalizer.normalizeText(quote);
  return forms.some((text) => text.includes(form));
};
const PUNCTUATION = /[\p{P}\p{S}\s]/u;
const FILLERS = [...'的是了在和有不这也就都而及与之其'];
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** A quote of a real clause: a slice neither starting nor ending on punctuation. */
const excerpt = fc
  .record({ clause: fc.integer({ min: 0, max: clauses.length - 1 }), start: fc.nat(), length: fc.integer({ min: 16, max: 48 }) })
  .map(({ clause, start, length }) => {
    const text = clauses[clause]?.text ?? '';
    const from = start % Math.max(1, text.length - length);
    return text.slice(from, from + length).replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
  })
  .filter((quote) => quote.length >= 12 && !/[“”‘’]/.test(quote));

function fidelityOf(quote: string) {
  const match = annotateText(loaded, article(quote)).matches.find((m) => m.quote === quote);
  if (match) expectConsistent(match);
  return match?.fidelity;
}

describe('fidelity properties on real clauses', () => {
  it('one character replaced, added or dropped is altered, never verbatim or form', () => {
    fc.assert(
      fc.property(excerpt, fc.nat(), fc.constantFrom('replace', 'add', 'drop'), fc.constantFrom(...FILLERS), (quote, at, how, filler) => {
        const positions = [...quote].map((ch, i) => (PUNCTUATION.test(ch) ? -1 : i)).filter((i) => i >= 0);
        const i = positions[at % positions.length] ?? 0;
        if (how === 'replace' && quote[i] === filler) return;
        const mutated =
          how === 'replace'
            ? quote.slice(0, i) + filler + quote.slice(i + 1)
            : how === 'add'
              ? quote.slice(0, i) + filler + quote.slice(i)
              : quote.slice(0, i) + quote.slice(i + 1);
        if (inAnyClause(mutated)) return;
        const fidelity = fidelityOf(mutated);
        if (!fidelity) return;
        expect(fidelity.verdict, `${mutated}: ${JSON.stringify(fidelity.edits)}`).toBe('altered');
        expect(fidelity.edits.filter((edit) => edit.kind !== 'omitted').length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('punctuation, width, spacing and script changes are never alterations', () => {
    fc.assert(
      fc.property(
        excerpt,
        fc.constantFrom('fullwidth', 'no-commas', 'semicolons', 'spaces', 'traditional', 'all'),
        (quote, how) => {
          let changed = quote;
          if (how === 'fullwidth' || how === 'all') changed = changed.replaceAll(',', '，').replaceAll('(', '（').replaceAll(')', '）');
          if (how === 'no-commas') changed = changed.replace(/[,、]/g, '');
          if (how === 'semicolons' || how === 'all') changed = changed.replace(/,/g, '；');
          if (how === 'spaces' || how === 'all') changed = [...changed].join(' ').replace(/ {2,}/g, ' ');
          if (how === 'traditional' || how === 'all') changed = toTaiwan(changed);
          const fidelity = fidelityOf(changed);
          if (!fidelity) return;
          expect(['verbatim', 'form'], `${changed}: ${JSON.stringify(fidelity.edits)}`).toContain(fidelity.verdict);
          expect(fidelity.edits).toEqual([]);
          if (how === 'fullwidth' || how === 'spaces') expect(fidelity.verdict).toBe('verbatim');
        },
      ),
      { numRuns: 300 },
    );
  });
});
