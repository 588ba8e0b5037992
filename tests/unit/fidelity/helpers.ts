import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { type AnnotatedMatch, annotatedMatch, explainQuote, type Fidelity, type LoadedIndex, loadIndex } from '../../../lib/clauselens';
import { findQuotes } from '../../../lib/text/quotes';
import type { ClauseIndex } from '../../../lib/index/types';

const INDEX_PATH = 'data/generated/clause-index.json';
if (!existsSync(INDEX_PATH)) execSync('npm run --silent index', { stdio: 'inherit' });

export const index = JSON.parse(readFileSync(INDEX_PATH, 'utf8')) as ClauseIndex;
export const loaded: LoadedIndex = loadIndex(index);

export function clauseText(id: string): string {
  const text = loaded.clausesById.get(id)?.text;
  if (text === undefined) throw new Error(`no clause ${id} in the index`);
  return text;
}

/** A news paragraph naming the documents, with the quote in quotation marks. */
export const article = (quote: string) => `新华社莫斯科5月8日电 中俄两国元首签署联合声明。声明指出，“${quote}”。`;

/**
 * The best clause for `quote` on a page about the documents, with its fidelity,
 * whatever the evidence model decides: these tests are about how a quote's
 * wording compares with its clause, not about whether it is shown. Fails the
 * test when no clause fits at all.
 */
export function matchOf(quote: string, clauseId?: string): AnnotatedMatch {
  const text = article(quote);
  const span = findQuotes(text).find((s) => s.quote === quote);
  const explained = span && explainQuote(loaded, quote, { before: span.before, after: span.after, page: text });
  const match = span && explained ? annotatedMatch(loaded, span, explained.match) : undefined;
  expect(match, `no match for “${quote}”`).toBeDefined();
  if (clauseId) expect(match?.clauseId).toBe(clauseId);
  expectConsistent(match as AnnotatedMatch);
  return match as AnnotatedMatch;
}

export function fidelityOf(quote: string, clauseId?: string): Fidelity {
  return matchOf(quote, clauseId).fidelity;
}

/** Every edit's texts are the slices its offsets name, in the quote and in its clause. */
export function expectConsistent(match: Pick<AnnotatedMatch, 'quote' | 'fidelity'>): void {
  for (const edit of match.fidelity.edits) {
    expect(edit.quoteStart).toBeLessThanOrEqual(edit.quoteEnd);
    expect(edit.sourceStart).toBeLessThanOrEqual(edit.sourceEnd);
    expect(match.quote.slice(edit.quoteStart, edit.quoteEnd)).toBe(edit.quote);
    expect(clauseText(edit.clauseId).slice(edit.sourceStart, edit.sourceEnd)).toBe(edit.source);
  }
  for (const span of match.fidelity.spans) {
    expect(span.start).toBeLessThanOrEqual(span.end);
    expect(span.end).toBeLessThanOrEqual(clauseText(span.clauseId).length);
  }
}

/** The edits as [kind, quote, source], for compact expectations. */
export const summary = (fidelity: Fidelity) => fidelity.edits.map((edit) => [edit.kind, edit.quote, edit.source]);
