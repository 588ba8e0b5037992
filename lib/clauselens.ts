/**
 * ClauseLens public API: load the index, find quotes in text, and say which
 * clause each quote comes from. Pure TypeScript: runs in the content script,
 * the popup, Node tests and the command line alike.
 */
import type { Clause, ClauseIndex, DocumentRecord } from './index/types';
import {
  computeFidelity,
  createFidelitySource,
  type Fidelity,
  type FidelityMatch,
  type FidelitySource,
  fallbackFidelity,
} from './match/fidelity';
import { type CrossMatcher, createCrossMatcher } from './match/crosslingual/match';
import { crossMatchOf, judgeCross } from './match/crosslingual/match';
import { crossQuoteMatch, crossQuoteMatchOf, type MatchOrigin } from './match/crosslingual/result';
import type { Features } from './match/evidence/data';
import type { Verdict } from './match/evidence/model';
import type { PageTopic } from './match/evidence/topic';
import type { Lexicon } from './match/crosslingual/lexicon';
import { quoteLanguage } from './match/crosslingual/words';
import { accepted, createMatchIndex, judgeQuote, type MatchIndex, matchQuote as matchInIndex, type QuoteContext, topicOf } from './match/matcher';
import type { CandidateClause, MatchData, QuoteMatch } from './match/types';
import { findQuotes, type QuoteSpan } from './text/quotes';

export type { CandidateClause, PieceAlignment, QuoteMatch } from './match/types';
export type { QuoteContext } from './match/matcher';
export type { QuoteSpan } from './text/quotes';
export type { CrossQuoteMatch, MatchedTerm, MatchOrigin, RenderingMatch } from './match/crosslingual/result';
export { quoteLanguage } from './match/crosslingual/words';
export { type CrossCardView, crossCardView, markSegments, type TextSegment } from './match/crosslingual/card';
export type {
  Fidelity,
  FidelityEdit,
  FidelityEditKind,
  FidelityVerdict,
  FormDifference,
  InlinePart,
  SourceDefect,
} from './match/fidelity';
export { compareInline } from './match/fidelity';
export { findQuotes };

export interface LoadedIndex {
  readonly index: ClauseIndex;
  readonly matcher: MatchIndex;
  readonly clausesById: ReadonlyMap<string, Clause>;
  readonly documentsById: ReadonlyMap<string, DocumentRecord>;
  /** English and Russian quotes, through the renderings; null for an index built without them. */
  readonly cross: CrossMatcher | null;
}

/** Accepts the index as JSON text or as the parsed object. */
export function loadIndex(json: string | ClauseIndex): LoadedIndex {
  const index: ClauseIndex = typeof json === 'string' ? JSON.parse(json) : json;
  const matcher = createMatchIndex(index.clauses, index.match as Partial<MatchData> | undefined, index.evidence);
  return {
    index,
    matcher,
    clausesById: new Map(index.clauses.map((clause) => [clause.id, clause])),
    documentsById: new Map(index.documents.map((doc) => [doc.id, doc])),
    cross: createCrossMatcher(index.clauses, index.glossary ?? [], index.lexicon as Lexicon | undefined),
  };
}

/**
 * The clause a quote comes from, or null when the evidence is too weak.
 * `context` is the text around the quote (a string: the page or paragraph), or
 * its parts; it decides whether short quotes are accepted and breaks ties.
 */
export function matchQuote(
  loaded: LoadedIndex,
  quote: string,
  context?: string | QuoteContext,
): (QuoteMatch & MatchOrigin) | null {
  const around = typeof context === 'string' ? { page: context, before: context } : (context ?? {});
  const lang = quoteLanguage(quote);
  if ((lang === 'en' || lang === 'ru') && loaded.cross) {
    const topic = topicOf(loaded.matcher.evidence, around);
    return crossQuoteMatch(loaded.cross, loaded.matcher.evidence, quote, lang, { ...around, topic });
  }
  const match = matchInIndex(loaded.matcher, quote, around);
  return match && { ...match, lang: 'zh', method: 'direct' };
}

/** A quote's best clause with the evidence for it and the model's verdict, accepted or not. */
export interface Explained {
  match: QuoteMatch & MatchOrigin;
  features: Features;
  verdict: Verdict;
}

/**
 * The best clause for a quote whatever the verdict, with the evidence and the
 * verdict: for `lookup --explain`, for fitting the model on the real set, and
 * for a reader's own look-up, which shows a distant match plainly labelled.
 * Null when no clause fits at all.
 */
export function explainQuote(loaded: LoadedIndex, quote: string, context?: string | QuoteContext): Explained | null {
  const around = typeof context === 'string' ? { page: context, before: context } : (context ?? {});
  const lang = quoteLanguage(quote);
  const topic = topicOf(loaded.matcher.evidence, around);
  if ((lang === 'en' || lang === 'ru') && loaded.cross) {
    const judged = judgeCross(loaded.cross, loaded.matcher.evidence, quote, lang, { ...around, topic });
    if (!judged) return null;
    return { match: crossQuoteMatchOf(loaded.cross, crossMatchOf(judged)), features: judged.features, verdict: judged.verdict };
  }
  const judged = judgeQuote(loaded.matcher, quote, { ...around, topic });
  if (!judged) return null;
  return { match: { ...accepted(judged), lang: 'zh', method: 'direct' }, features: judged.features, verdict: judged.verdict };
}

/**
 * A clause close enough to show a reader who looked the quote up themselves,
 * when the evidence does not make it the source: at least half the quote
 * aligns with it (errors under half its length, or half its words covered)
 * and the quote has some substance (6 characters, or 3 content words).
 * Labelled a distant match wherever it is shown; never used on pages.
 */
export function closestClause(loaded: LoadedIndex, quote: string, context?: string | QuoteContext): Explained | null {
  const explained = explainQuote(loaded, quote, context);
  if (!explained || explained.verdict.accepted) return null;
  const { match } = explained;
  if (match.method === 'cross-language') {
    const words = quote.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    return match.score >= DISTANT_SHARE && words >= 3 ? explained : null;
  }
  const length = match.pieces.reduce((sum, piece) => sum + piece.length, 0);
  return length >= 6 && match.errors <= (1 - DISTANT_SHARE) * length ? explained : null;
}

const DISTANT_SHARE = 0.5;

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
  /** The language the quote was matched in ('zh', or 'en'/'ru' through a rendering). */
  lang: MatchOrigin['lang'];
  /** 'direct' for a Chinese quote; 'cross-language' for an English or Russian one. */
  method: MatchOrigin['method'];
  /** Cross-language matches: where the quote lies in `clause.renderings[lang]`, and the terms it names. */
  rendering?: MatchOrigin['rendering'];
  /** How faithfully the quote renders the clause, with the edits (see lib/match/fidelity.ts). */
  fidelity: Fidelity;
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
  let pageTopic: PageTopic | undefined;
  const topic = (): PageTopic => {
    pageTopic ??= loaded.matcher.evidence.topic.page(options.pageContext ? `${options.pageContext}\n${text}` : text);
    return pageTopic;
  };
  let matchedUntil = -1;
  for (const span of spans) {
    result.quotes.push({ quote: span.quote, start: span.start, end: span.end });
    if (span.start < matchedUntil) continue;
    try {
      const lang = quoteLanguage(span.quote);
      if ((lang === 'en' || lang === 'ru') && loaded.cross) {
        const cross = crossQuoteMatch(loaded.cross, loaded.matcher.evidence, span.quote, lang, { ...span, topic: topic() });
        if (!cross) continue;
        matchedUntil = span.end;
        result.matches.push(annotatedMatch(loaded, span, cross));
        continue;
      }
      const match = matchInIndex(loaded.matcher, span.quote, { before: span.before, after: span.after, topic });
      if (!match) continue;
      matchedUntil = span.end;
      result.matches.push(annotatedMatch(loaded, span, { ...match, lang: 'zh', method: 'direct' }));
    } catch {
      // One quote's failure must not cost the page its other matches.
    }
  }
  return result;
}

/** A match at its place in the annotated text, with its fidelity. */
export function annotatedMatch(
  loaded: LoadedIndex,
  span: Pick<QuoteSpan, 'quote' | 'start' | 'end'>,
  match: QuoteMatch & MatchOrigin,
): AnnotatedMatch {
  return withFidelity(loaded, {
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
    lang: match.lang,
    method: match.method,
    ...(match.rendering ? { rendering: match.rendering } : {}),
  });
}

const fidelitySources = new WeakMap<LoadedIndex, FidelitySource>();

/**
 * How faithfully `match.quote` renders the matched clause: the verdict and the
 * edits (offsets in the quote and in the clause text). `match` is an
 * annotateText match without its fidelity, or a matchQuote result with
 * `quote` added. Cross-language matches (`method: 'cross-language'`, or `lang`
 * other than 'zh') are `translated`.
 */
export function quoteFidelity(loaded: LoadedIndex, match: FidelityMatch): Fidelity {
  let source = fidelitySources.get(loaded);
  if (!source) {
    source = createFidelitySource(loaded.matcher.normalizer, loaded.index.clauses);
    fidelitySources.set(loaded, source);
  }
  try {
    return computeFidelity(source, match);
  } catch {
    return fallbackFidelity(match);
  }
}

/** The match with its fidelity added: computed only for accepted matches. */
export function withFidelity<T extends Omit<AnnotatedMatch, 'fidelity'>>(loaded: LoadedIndex, match: T): T & { fidelity: Fidelity } {
  return { ...match, fidelity: quoteFidelity(loaded, match) };
}
