/**
 * The development set's quotes of the clauses, by how they were made: faithful
 * quotes must never be called altered, and altered ones never verbatim or form.
 */
import { describe, expect, it } from 'vitest';
import { annotatedMatch, explainQuote } from '../../../lib/clauselens';
import { findQuotes } from '../../../lib/text/quotes';
import { VARIANTS } from '../../../lib/match/fidelity/variants';
import { generateDevset } from '../../fixtures/devset/generate';
import { clauseText, expectConsistent, index, loaded } from './helpers';

const cases = generateDevset(index);
/** Matching form, with the script variants the index fold misses folded too. */
const normalize = (text: string) =>
  [...loaded.matcher.normalizer.normalizeText(text)]
    .map((ch) => String.fromCodePoint(VARIANTS.get(ch.codePointAt(0) ?? 0) ?? ch.codePointAt(0) ?? 0))
    .join('');

/** Verdicts each category may get. */
const ALLOWED: Record<string, string[]> = {
  'exact-short': ['verbatim'],
  'exact-medium': ['verbatim'],
  'exact-long': ['verbatim'],
  'long-unframed': ['verbatim'],
  'quoted-term': ['verbatim'],
  'punctuation-changed': ['verbatim', 'form'],
  'punctuation-removed': ['verbatim', 'form'],
  'traditional-tw': ['form'],
  'traditional-hk': ['form'],
  // Joined with 。 whatever ends the first clause.
  'cross-clause': ['verbatim', 'form'],
  ellipsis: ['abridged'],
  'char-changed': ['altered'],
  'char-added': ['altered'],
  'char-dropped': ['altered'],
  'word-replaced': ['altered'],
  // Five characters cut: a whole punctuated unit now and then.
  'phrase-dropped': ['altered', 'abridged'],
};

describe('fidelity on the development set', () => {
  const results = cases.map((devCase) => {
    // The best clause whatever the evidence model decides: fidelity is about wording, not about being shown.
    const span = findQuotes(devCase.text).find((s) => s.start <= devCase.quoteStart && devCase.quoteStart + devCase.quote.length <= s.end);
    const explained = span && explainQuote(loaded, span.quote, { before: span.before, after: span.after, page: devCase.text });
    const match = span && explained ? annotatedMatch(loaded, span, explained.match) : undefined;
    return { devCase, match };
  });

  it.each(Object.keys(ALLOWED))('%s', (category) => {
    const inCategory = results.filter((r) => r.devCase.category === category && r.match && r.match.quote === r.devCase.quote);
    expect(inCategory.length).toBeGreaterThan(10);
    for (const { devCase, match } of inCategory) {
      if (!match) continue;
      expectConsistent(match);
      let allowed = ALLOWED[category] ?? [];
      // A character changed, added or dropped where it was punctuation changes no wording.
      const inSource = devCase.expect.some((id) => normalize(clauseText(id)).includes(normalize(devCase.quote)));
      if (allowed.includes('altered') && inSource) allowed = ['verbatim', 'form'];
      // Our source's own defects explain some differences.
      if (match.fidelity.edits.some((edit) => edit.sourceDefect?.explains)) allowed = [...allowed, 'verbatim', 'form'];
      expect(allowed, `${devCase.id} “${devCase.quote}”: ${JSON.stringify(match.fidelity.edits)}`).toContain(match.fidelity.verdict);
    }
  });

  it('never calls a quote found as it is in a clause altered, nor one not found so verbatim', () => {
    for (const { devCase, match } of results) {
      if (!match || match.quote !== devCase.quote) continue;
      const pieces = devCase.quote.split(/…+|\.{3}/);
      const inSource = devCase.expect.some((id) => pieces.every((piece) => normalize(clauseText(id)).includes(normalize(piece))));
      if (inSource) expect(match.fidelity.verdict, devCase.id).not.toBe('altered');
      if (!inSource && !match.continuesIn.length) expect(['verbatim', 'form'], devCase.id).not.toContain(match.fidelity.verdict);
    }
  });
});
