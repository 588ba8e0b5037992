/**
 * The naive first design, for comparison: Fuse.js over all clause texts with
 * `ignoreLocation: true`, the best hit under its threshold taken as the match.
 */
import Fuse from 'fuse.js';
import type { ClauseIndex } from '../../lib/index/types';
import { findQuotes } from '../../lib/text/quotes';

export interface Baseline {
  matchQuote(quote: string): string | null;
  annotate(text: string): Array<{ start: number; end: number; clauseId: string }>;
}

export function createBaseline(index: ClauseIndex): Baseline {
  const fuse = new Fuse(index.clauses, { keys: ['text'], ignoreLocation: true, includeScore: true, threshold: 0.3 });
  const matchQuote = (quote: string) => fuse.search(quote, { limit: 1 })[0]?.item.id ?? null;
  return {
    matchQuote,
    annotate(text) {
      const out: Array<{ start: number; end: number; clauseId: string }> = [];
      for (const span of findQuotes(text)) {
        const clauseId = matchQuote(span.quote);
        if (clauseId) out.push({ start: span.start, end: span.end, clauseId });
      }
      return out;
    },
  };
}
