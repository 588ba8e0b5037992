/**
 * A cross-language match in the shape of a Chinese one (QuoteMatch), so that
 * annotateText, matchQuote, the lookup command and the card take both alike,
 * plus what only a cross-language match has: the language, the method and
 * where the quote lies in the clause's rendering.
 */
import type { EvidenceRuntime } from '../evidence/runtime';
import type { CandidateClause, QuoteMatch } from '../types';
import type { CrossCandidate, CrossJudgeContext, CrossMatch, CrossMatcher, MatchedTerm } from './match';
import { markOriginal } from './alignment';
import { matchCross } from './match';
import type { CrossLang } from './words';

export type { MatchedTerm } from './match';

/** Where an English or Russian quote lies in the clause's rendering in its language. */
export interface RenderingMatch {
  lang: CrossLang;
  /** Offsets in `clause.renderings[lang]` of the first and last matched word, end exclusive. */
  start: number;
  end: number;
  /** The matched words in the rendering, runs of adjacent words merged: what the card highlights. */
  spans: Array<{ start: number; end: number }>;
  /** The quote's words the clause accounts for, as offsets in the quote. */
  quoteSpans: Array<{ start: number; end: number }>;
  /** Weighted share of the quote's content words the rendering and the clause's terms cover (0–1). */
  coverage: number;
  /**
   * Glossary terms the quote names, with the Chinese form and its offsets in
   * the clause text: inside `original` (−1 when the clause holds no form there).
   */
  terms: MatchedTerm[];
  /**
   * The stretch of the Chinese clause the quote corresponds to, through the
   * index's alignment of the rendering with it (see alignment.ts); absent
   * without an alignment.
   */
  original?: { start: number; end: number };
}

/** What a match says about how it was found: every match carries it. */
export interface MatchOrigin {
  /** The language the quote was matched in: 'zh' against the Chinese text, 'en' or 'ru' against a rendering. */
  lang: 'zh' | CrossLang;
  /** 'direct': the quote is the clause's own Chinese wording; 'cross-language': matched through a rendering. */
  method: 'direct' | 'cross-language';
  /** Cross-language matches only. */
  rendering?: RenderingMatch;
}

export type CrossQuoteMatch = QuoteMatch & MatchOrigin & { rendering: RenderingMatch };

/**
 * A cross-language match is never exact: its score is the coverage, kept
 * below 1 so that nothing calls it verbatim. `errors` counts the quote's
 * content words the clause does not account for. The span in the Chinese text
 * is empty (words do not align one to one with characters); the rendering
 * part says which stretch of the Chinese the quote corresponds to.
 */
const MAX_CROSS_SCORE = 0.99;

export function crossQuoteMatch(
  matcher: CrossMatcher,
  evidence: EvidenceRuntime,
  quote: string,
  lang: CrossLang,
  context: CrossJudgeContext,
): CrossQuoteMatch | null {
  const found = matchCross(matcher, evidence, quote, lang, context);
  return found && crossQuoteMatchOf(matcher, found);
}

/** A cross-language match (accepted or not) in the shape of a Chinese one. */
export function crossQuoteMatchOf(matcher: CrossMatcher, found: CrossMatch): CrossQuoteMatch {
  const { lang } = found;
  const candidate = (c: CrossCandidate): CandidateClause => {
    const clause = matcher.clauses[c.clause];
    return {
      clauseId: c.clauseId,
      docId: clause?.docId ?? '',
      label: clause?.label ?? '',
      score: Math.min(MAX_CROSS_SCORE, c.coverage),
      start: 0,
      end: 0,
      errors: Math.max(0, found.words - c.coveredWords),
      pieces: [],
      continuesIn: [],
    };
  };
  const best = found.best;
  const clause = matcher.clauses[best.clause];
  const original = clause ? markOriginal(clause, lang, best.spans, best.terms) : null;
  return {
    ...candidate(best),
    candidates: found.equal.map(candidate),
    lang,
    method: 'cross-language',
    rendering: {
      lang,
      start: best.spans[0]?.start ?? 0,
      end: best.spans[best.spans.length - 1]?.end ?? 0,
      spans: best.spans,
      quoteSpans: best.quoteSpans,
      coverage: best.coverage,
      terms: original?.terms ?? best.terms.map((term) => ({ ...term, clauseStart: -1, clauseEnd: -1 })),
      ...(original ? { original: original.span } : {}),
    },
  };
}
