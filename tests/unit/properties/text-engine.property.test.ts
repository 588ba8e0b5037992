import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotateText, findQuotes, matchQuote, type QuoteMatch } from '../../../lib/clauselens';
import { hostileText, megabyteOfHostileText, quotedClause, realIndex } from './arbitraries';

/** Hostile text with real quoted clauses mixed in, so that matches happen. */
const pageText = () =>
  fc.array(fc.oneof(hostileText(8), quotedClause()), { maxLength: 12 }).map((parts) => parts.join(''));

function checkSpans(text: string, spans: ReturnType<typeof findQuotes>): void {
  for (const span of spans) {
    if (!(span.start >= 1 && span.start <= span.end && span.end < text.length)) {
      throw new Error(`span [${span.start}, ${span.end}) out of bounds in ${text.length} units`);
    }
    expect(text.slice(span.start, span.end)).toBe(span.quote);
    expect(text.slice(span.start - span.open.length, span.start)).toBe(span.open);
    expect(text.slice(span.end, span.end + span.close.length)).toBe(span.close);
    expect(span.depth).toBeGreaterThanOrEqual(0);
  }
  for (let i = 1; i < spans.length; i++) {
    expect((spans[i] as { start: number }).start).toBeGreaterThanOrEqual((spans[i - 1] as { start: number }).start);
  }
}

function checkMatch(quote: string, match: QuoteMatch | null): void {
  if (!match) return;
  const { clausesById } = realIndex().loaded;
  const clause = clausesById.get(match.clauseId);
  expect(clause).toBeDefined();
  const length = clause?.text.length ?? 0;
  if (!(match.start >= 0 && match.start <= match.end && match.end <= length)) {
    throw new Error(`match [${match.start}, ${match.end}) outside clause ${match.clauseId} of ${length}`);
  }
  expect(match.score).toBeGreaterThanOrEqual(0);
  expect(match.score).toBeLessThanOrEqual(1);
  for (const piece of match.pieces) {
    const pieceClause = clausesById.get(piece.clauseId);
    expect(pieceClause).toBeDefined();
    if (!(piece.quoteStart >= 0 && piece.quoteStart <= piece.quoteEnd && piece.quoteEnd <= quote.length)) {
      throw new Error(`piece [${piece.quoteStart}, ${piece.quoteEnd}) outside the ${quote.length}-unit quote`);
    }
    if (!(piece.clauseStart >= 0 && piece.clauseStart <= piece.clauseEnd && piece.clauseEnd <= (pieceClause?.text.length ?? 0))) {
      throw new Error(`piece [${piece.clauseStart}, ${piece.clauseEnd}) outside clause ${piece.clauseId}`);
    }
  }
  for (const candidate of match.candidates) {
    const c = clausesById.get(candidate.clauseId);
    expect(c).toBeDefined();
    expect(candidate.start).toBeGreaterThanOrEqual(0);
    expect(candidate.end).toBeLessThanOrEqual(c?.text.length ?? 0);
  }
}

describe('quote finder and matching on hostile text (property)', () => {
  const { loaded } = realIndex();

  it('findQuotes never throws and returns spans inside the text, between their marks', () => {
    fc.assert(
      fc.property(pageText(), (text) => checkSpans(text, findQuotes(text))),
      { numRuns: 400 },
    );
  });

  it('findQuotes honours any maxLength and contextLength', () => {
    fc.assert(
      fc.property(pageText(), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (text, maxLength, contextLength) => {
        const spans = findQuotes(text, { maxLength, contextLength });
        checkSpans(text, spans);
        for (const span of spans) {
          expect(span.quote.length).toBeLessThanOrEqual(maxLength);
          expect(span.before.length).toBeLessThanOrEqual(contextLength);
          expect(span.after.length).toBeLessThanOrEqual(contextLength);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('matchQuote never throws and its offsets lie inside the quote and the clauses', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText(10), quotedClause()), hostileText(6), (quote, context) => {
        checkMatch(quote, matchQuote(loaded, quote, context));
        checkMatch(quote, matchQuote(loaded, quote, { before: context, after: quote }));
      }),
      { numRuns: 300 },
    );
  });

  it('annotateText never throws and every match is a quote of the text at its offsets', () => {
    fc.assert(
      fc.property(pageText(), hostileText(4), (text, pageContext) => {
        const annotation = annotateText(loaded, text, { pageContext });
        for (const q of annotation.quotes) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(q.start, q.end)).toBe(q.quote);
        }
        let previousEnd = -1;
        for (const m of annotation.matches) {
          expect(text.slice(m.start, m.end)).toBe(m.quote);
          expect(m.start).toBeGreaterThanOrEqual(previousEnd); // matches never overlap
          previousEnd = m.end;
          checkMatch(m.quote, { ...m, start: m.clauseStart, end: m.clauseEnd } as unknown as QuoteMatch);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('real quotes inside hostile surroundings are still matched', () => {
    // 30 characters of each clause that hold no quotation mark of their own.
    const samples = realIndex()
      .index.clauses.map((c) => ({ id: c.id, quote: c.text.split(/[“”‘’"'「」『』《》]/).find((part) => part.length >= 30)?.slice(0, 30) }))
      .filter((s): s is { id: string; quote: string } => s.quote !== undefined);
    expect(samples.length).toBeGreaterThan(40);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: samples.length - 1 }), hostileText(6), (which, noise) => {
        const { id, quote } = samples[which] as { id: string; quote: string };
        // The noise stays outside the marks and off the quote's line.
        const text = `${noise}\n中俄联合声明指出：“${quote}”。\n${noise}`;
        const { matches } = annotateText(loaded, text);
        const found = matches.find((m) => m.quote === quote);
        expect(found).toBeDefined();
        expect(found?.candidates.map((c) => c.clauseId)).toContain(id);
      }),
      { numRuns: 100 },
    );
  });

  it('holds on a 1 MB string (findQuotes, annotateText and matchQuote of the whole string)', () => {
    const text = megabyteOfHostileText();
    checkSpans(text, findQuotes(text));
    const annotation = annotateText(loaded, text);
    for (const m of annotation.matches) expect(text.slice(m.start, m.end)).toBe(m.quote);
    expect(annotation.matches.length).toBeGreaterThan(0);
    checkMatch(text, matchQuote(loaded, text, text.slice(0, 2000)));
  }, 60_000);
});
