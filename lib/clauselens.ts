/**
 * ClauseLens public API: load the index, find quotes in text, and say which
 * clause each quote comes from. Pure TypeScript: runs in the content script,
 * the popup, Node tests and the command line alike.
 */
import type { Clause, ClauseIndex, DocumentRecord } from './index/types';
import type { ContextLevel } from './match/context';
import { createMatchIndex, type MatchIndex, matchQuote as matchInIndex, type QuoteContext } from './match/matcher';
import type { CandidateClause, MatchData, QuoteMatch } from './match/types';
import { findQuotes, type QuoteSpan } from './text/quotes';

export type { CandidateClause, PieceAlignment, QuoteMatch } from './match/types';
export type { QuoteContext } from './match/matcher';
export type { QuoteSpan } from './text/quotes';
export { findQuotes };

export interface LoadedIndex {
  readonly index: ClauseIndex;
  readonly matcher: MatchIndex;
  readonly clausesById: ReadonlyMap<string, Clause>;
  readonly documentsById: ReadonlyMap<string, DocumentRecord>;
}

/** Accepts the index as JSON text or as the parsed object. */
export function loadIndex(json: string | ClauseIndex): LoadedIndex {
  const index: ClauseIndex = typeof json === 'string' ? JSON.parse(json) : json;
  const matcher = createMatchIndex(index.clauses, index.documents, index.match as Partial<MatchData> | undefined);
  return {
    index,
    matcher,
    clausesById: new Map(index.clauses.map((clause) => [clause.id, clause])),
    documentsById: new Map(index.documents.map((doc) => [doc.id, doc])),
  };
}

/**
 * The clause a quote comes from, or null when the evidence is too weak.
 * `context` is the text around the quote (a string: the page or paragraph), or
 * its parts; it decides whether short quotes are accepted and breaks ties.
 */
export function matchQuote(loaded: LoadedIndex, quote: string, context?: string | QuoteContext): QuoteMatch | null {
  const around = typeof context === 'string' ? { page: context, before: context } : (context ?? {});
  return matchInIndex(loaded.matcher, quote, around);
}

export interface AnnotatedMatch {
  quote: string;
  /** Offsets of the quote in the annotated text, end exclusive. */
  start: number;
  end: number;
  clauseId: string;
  docId: string;
  label: string;
  score: number;
  /** The matched span in the clause's text. */
  clauseStart: number;
  clauseEnd: number;
  errors: number;
  pieces: QuoteMatch['pieces'];
  continuesIn: string[];
  /** Every clause that fits as well, best first (this one included). */
  candidates: CandidateClause[];
}

export interface Annotation {
  matches: AnnotatedMatch[];
  quotes: Array<{ quote: string; start: number; end: number }>;
}

export interface AnnotateOptions {
  /** Passed to findQuotes. */
  maxQuoteLength?: number;
  contextLength?: number;
  /**
   * What else is known of the page (its title, headline) when `text` is only part of
   * it: whether the page is about the documents is read from this and `text` together.
   */
  pageContext?: string;
}

/**
 * Finds the quotes in `text` and the clause each comes from. A quote inside a
 * matched quote is part of that match and is not matched again; a quote inside
 * an unmatched one is tried on its own (an article quoting someone who quotes
 * the statement). Never throws: a failure leaves that quote unmatched.
 */
export function annotateText(loaded: LoadedIndex, text: string, options: AnnotateOptions = {}): Annotation {
  const result: Annotation = { matches: [], quotes: [] };
  let spans: QuoteSpan[];
  try {
    spans = findQuotes(text, { maxLength: options.maxQuoteLength, contextLength: options.contextLength });
  } catch {
    return result;
  }
  let pageLevel: ContextLevel | undefined;
  const level = (): ContextLevel => {
    pageLevel ??= loaded.matcher.context.level(options.pageContext ? `${options.pageContext}\n${text}` : text);
    return pageLevel;
  };
  let matchedUntil = -1;
  for (const span of spans) {
    result.quotes.push({ quote: span.quote, start: span.start, end: span.end });
    if (span.start < matchedUntil) continue;
    try {
      const match = matchInIndex(loaded.matcher, span.quote, { before: span.before, after: span.after, level });
      if (!match) continue;
      matchedUntil = span.end;
      result.matches.push({
        quote: span.quote,
        start: span.start,
        end: span.end,
        clauseId: match.clauseId,
        docId: match.docId,
        label: match.label,
        score: match.score,
        clauseStart: match.start,
        clauseEnd: match.end,
        errors: match.errors,
        pieces: match.pieces,
        continuesIn: match.continuesIn,
        candidates: match.candidates,
      });
    } catch {
      // One quote's failure must not cost the page its other matches.
    }
  }
  return result;
}
