import type { Clause, DocumentRecord } from '../index/types';
import { parseFold } from '../text/fold';
import { createNormalizer, type NormalizedText, type Normalizer } from '../text/normalize';
import { findQuotes } from '../text/quotes';
import {
  attributedToStatements,
  type ContextDetector,
  type ContextLevel,
  contextOverlap,
  createContextDetector,
} from './context';
import { buildCorpus, type Corpus, clauseAt } from './corpus';
import { accept, MAX_EQUAL_CANDIDATES, searchBudget } from './decide';
import { buildPostings, deserializePostings, type Postings } from './postings';
import { type QuotePiece, splitPieces } from './pieces';
import { alignIn, approximateHits, dedupe, exactHits, type Hit, MAX_HITS, type Searchable } from './search';
import { type CandidateClause, MATCH_DATA_VERSION, type MatchData, type PieceAlignment, type QuoteMatch } from './types';

export type MatchClause = Pick<Clause, 'id' | 'docId' | 'label' | 'text'>;

export interface MatchIndex {
  readonly clauses: ReadonlyArray<MatchClause>;
  readonly corpus: Corpus;
  readonly postings: Postings;
  /** The corpus text with its postings, as the search functions take them. */
  readonly searchable: Searchable;
  readonly normalizer: Normalizer;
  readonly context: ContextDetector;
  /** Matching forms of the phrases the clauses themselves put in quotation marks. */
  readonly borrowedPhrases: ReadonlySet<string>;
  /** Matching forms of clauses with offset maps, made when a clause is first reported. */
  readonly forms: Map<number, NormalizedText>;
}

/** What the caller knows about the quote's surroundings. */
export interface QuoteContext {
  /** Text just before and after the quote: the tie-breaker between equal clauses. */
  before?: string;
  after?: string;
  /** The whole page (or any longer text around the quote), to tell whether it is about the documents. */
  page?: string;
  /** Already worked out from the page, or a function working it out once when first needed. */
  level?: ContextLevel | (() => ContextLevel);
}

/**
 * Builds the runtime matcher from the index's clauses, in index order, and its
 * stored matching data. Without usable stored data (an older index, or clauses
 * filtered after building), the postings are built here instead: slower to
 * load, same results, except that traditional script is not folded.
 */
export function createMatchIndex(
  clauses: ReadonlyArray<MatchClause>,
  documents: ReadonlyArray<Pick<DocumentRecord, 'title' | 'shortTitle'>>,
  data?: Partial<MatchData>,
): MatchIndex {
  const normalizer = createNormalizer(parseFold(data?.fold));
  const corpus = buildCorpus(
    clauses.map((clause) => clause.text),
    normalizer,
  );
  const stored = data?.version === MATCH_DATA_VERSION && data.corpusLength === corpus.text.length && data.postings;
  const postings = stored ? deserializePostings(stored) : buildPostings(corpus.text);
  const names = documents.flatMap((doc) => [doc.title, doc.shortTitle.zh]);
  return {
    clauses,
    corpus,
    postings,
    searchable: { text: corpus.text, postings },
    normalizer,
    context: createContextDetector(normalizer, names),
    borrowedPhrases: new Set(
      clauses.flatMap((clause) => findQuotes(clause.text).map((span) => normalizer.normalizeText(span.quote))),
    ),
    forms: new Map(),
  };
}

/** A candidate before offsets are mapped back to clause text. */
interface Located {
  clause: number;
  errors: number;
  /** Clauses the pieces touch: fewer is a tighter placement. */
  spread: number;
  /** One corpus span per piece, in order. */
  spans: Array<{ piece: QuotePiece; hit: Hit }>;
}

export interface Ranking {
  /** Length of the quote's matching form (all pieces). */
  length: number;
  candidates: CandidateClause[];
  /** Clauses fitting as well as the best one. */
  equalCandidates: number;
  /** The quote is exactly a phrase some clause itself puts in quotation marks. */
  borrowed: boolean;
}

/** Every clause the quote may come from, best first, with no decision made. */
export function rankQuote(index: MatchIndex, quote: string, context: QuoteContext = {}): Ranking {
  const pieces = splitPieces(quote, index.normalizer);
  const length = pieces.reduce((sum, piece) => sum + piece.form.text.length, 0);
  const none = { length, candidates: [], equalCandidates: 0, borrowed: false };
  if (length < 2) return none;
  const located = pieces.length === 1 ? locateWhole(index, pieces[0] as QuotePiece) : locatePieces(index, pieces);
  if (located.length === 0) return none;

  // Fewest errors first; between equals, a placement inside one clause beats
  // the same pieces spread over two (an ellipsis quote), then the context decides.
  located.sort((a, b) => a.errors - b.errors || a.spread - b.spread || a.clause - b.clause);
  const best = located[0] as Located;
  const equal = located.filter((c) => c.errors === best.errors && c.spread === best.spread);
  if (equal.length > 1 && equal.length <= MAX_EQUAL_CANDIDATES) {
    breakTies(index, equal, context);
    located.splice(0, equal.length, ...equal);
  }
  const candidates = located.slice(0, MAX_EQUAL_CANDIDATES + 1).map((c) => describe(index, c, length));
  const borrowed = pieces.length === 1 && index.borrowedPhrases.has(pieces[0]?.form.text ?? '');
  return { length, candidates, equalCandidates: equal.length, borrowed };
}

/** The decision: the best clause with the others that fit, or null when the evidence is too weak. */
export function matchQuote(index: MatchIndex, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  const ranking = rankQuote(index, quote, context);
  const best = ranking.candidates[0];
  if (!best) return null;
  const level = contextLevel(index, context);
  const evidence = {
    length: ranking.length,
    errors: best.errors,
    equalCandidates: ranking.equalCandidates,
    borrowed: ranking.borrowed,
    attributed: ranking.length <= 4 ? attributedToStatements(index.normalizer, context.before) : undefined,
    context: level,
  };
  if (!accept(evidence)) return null;
  return { ...best, candidates: ranking.candidates.slice(0, ranking.equalCandidates) };
}

function contextLevel(index: MatchIndex, context: QuoteContext): ContextLevel {
  if (typeof context.level === 'function') return context.level();
  if (context.level !== undefined) return context.level;
  return index.context.level(context.page ?? `${context.before ?? ''}\n${context.after ?? ''}`);
}

function locateWhole(index: MatchIndex, piece: QuotePiece): Located[] {
  const hits = firstClauses(index, searchPiece(index, piece.form.text));
  return groupByClause(
    index,
    hits.map((hit) => ({ errors: hit.errors, spans: [{ piece, hit }] })),
  );
}

/**
 * The hits in the first few clauses only: once a piece fits more clauses than
 * the decision accepts, the rest cannot change the outcome, only its cost.
 */
function firstClauses(index: MatchIndex, hits: Hit[]): Hit[] {
  const seen = new Set<number>();
  for (let i = 0; i < hits.length; i++) {
    seen.add(clauseAt(index.corpus, (hits[i] as Hit).start));
    if (seen.size > MAX_EQUAL_CANDIDATES + 1) return hits.slice(0, i);
  }
  return hits;
}

/** Exact first; then approximate with a small budget; the full budget only when both fail. */
function searchPiece(index: MatchIndex, form: string): Hit[] {
  const exact = exactHits(index.searchable, form);
  if (exact.length > 0) return exact;
  const budget = searchBudget(form.length);
  if (budget === 0) return [];
  const small = Math.min(budget, Math.max(1, Math.ceil(form.length * 0.1)));
  const near = approximateHits(index.searchable, form, small);
  if (near.length > 0 || small === budget) return near;
  return approximateHits(index.searchable, form, budget);
}

/**
 * A quote shortened with ellipses: find its longest piece, then the other
 * pieces in order around it, within the clause it is in and its neighbours.
 * The gaps the ellipses mark cost nothing; a piece that cannot be found costs
 * its whole length.
 */
function locatePieces(index: MatchIndex, pieces: QuotePiece[]): Located[] {
  let anchorAt = 0;
  pieces.forEach((piece, i) => {
    if (piece.form.text.length > (pieces[anchorAt]?.form.text.length ?? 0)) anchorAt = i;
  });
  const anchor = pieces[anchorAt] as QuotePiece;
  const located: Array<Omit<Located, 'clause' | 'spread'>> = [];
  for (const hit of searchPiece(index, anchor.form.text).slice(0, MAX_HITS)) {
    const { from, to } = neighbourhood(index, hit);
    const spans: Array<{ piece: QuotePiece; hit: Hit }> = [{ piece: anchor, hit }];
    let errors = hit.errors;
    let cursor = hit.end;
    for (const piece of pieces.slice(anchorAt + 1)) {
      const found = nearest(index, piece.form.text, cursor, to, 'first');
      if (found) {
        spans.push({ piece, hit: found });
        cursor = found.end;
      }
      errors += found ? found.errors : piece.form.text.length;
    }
    cursor = hit.start;
    for (const piece of pieces.slice(0, anchorAt).reverse()) {
      const found = nearest(index, piece.form.text, from, cursor, 'last');
      if (found) {
        spans.unshift({ piece, hit: found });
        cursor = found.start;
      }
      errors += found ? found.errors : piece.form.text.length;
    }
    located.push({ errors, spans });
  }
  return groupByClause(index, located);
}

/** The corpus stretch from the clause before the hit's to the clause after it. */
function neighbourhood(index: MatchIndex, hit: Hit): { from: number; to: number } {
  const { clauseStarts } = index.corpus;
  const first = clauseAt(index.corpus, hit.start);
  const last = clauseAt(index.corpus, Math.max(hit.start, hit.end - 1));
  const docId = index.clauses[first]?.docId;
  const before = index.clauses[first - 1]?.docId === docId ? first - 1 : first;
  const after = index.clauses[last + 1]?.docId === docId ? last + 1 : last;
  return { from: clauseStarts[before] ?? 0, to: clauseStarts[after + 1] ?? index.corpus.text.length };
}

function nearest(index: MatchIndex, form: string, from: number, to: number, prefer: 'first' | 'last'): Hit | null {
  const hits = dedupe(alignIn(index.corpus.text, form, from, to, searchBudget(form.length)), form.length);
  if (hits.length === 0) return null;
  const best = Math.min(...hits.map((hit) => hit.errors));
  const bestHits = hits.filter((hit) => hit.errors === best);
  return (prefer === 'first' ? bestHits[0] : bestHits[bestHits.length - 1]) ?? null;
}

/** One candidate per clause (the clause holding most of the match), keeping its best placement. */
function groupByClause(index: MatchIndex, found: Array<Omit<Located, 'clause' | 'spread'>>): Located[] {
  const byClause = new Map<number, Located>();
  for (const candidate of found) {
    const { clause, spread } = mainClause(index, candidate.spans);
    const known = byClause.get(clause);
    if (!known || candidate.errors < known.errors || (candidate.errors === known.errors && spread < known.spread)) {
      byClause.set(clause, { ...candidate, clause, spread });
    }
  }
  return [...byClause.values()];
}

function mainClause(index: MatchIndex, spans: Located['spans']): { clause: number; spread: number } {
  const share = new Map<number, number>();
  for (const { hit } of spans) {
    const last = clauseAt(index.corpus, Math.max(hit.start, hit.end - 1));
    for (let c = clauseAt(index.corpus, hit.start); c <= last; c++) {
      const from = Math.max(hit.start, index.corpus.clauseStarts[c] ?? 0);
      const to = Math.min(hit.end, index.corpus.clauseStarts[c + 1] ?? 0);
      share.set(c, (share.get(c) ?? 0) + Math.max(0, to - from));
    }
  }
  let best = 0;
  let bestShare = -1;
  for (const [clause, amount] of share) {
    if (amount > bestShare) {
      best = clause;
      bestShare = amount;
    }
  }
  return { clause: best, spread: share.size };
}

/** Equally good clauses ordered by how much of the surrounding text they share, then by index order. */
function breakTies(index: MatchIndex, located: Located[], context: QuoteContext): void {
  const around = index.normalizer.normalizeText(`${context.before ?? ''} ${context.after ?? ''}`);
  const overlap = new Map<number, number>();
  for (const candidate of located) {
    const { clauseStarts, text } = index.corpus;
    const form = text.slice(clauseStarts[candidate.clause] ?? 0, clauseStarts[candidate.clause + 1] ?? 0);
    overlap.set(candidate.clause, contextOverlap(around, form));
  }
  located.sort(
    (a, b) =>
      (overlap.get(b.clause) ?? 0) - (overlap.get(a.clause) ?? 0) ||
      a.clause - b.clause,
  );
}

function clauseForm(index: MatchIndex, clause: number): NormalizedText {
  let form = index.forms.get(clause);
  if (!form) {
    form = index.normalizer.normalize(index.clauses[clause]?.text ?? '');
    index.forms.set(clause, form);
  }
  return form;
}

/** Corpus span → offsets in the clause's own text, clipped to that clause. */
function toClauseText(index: MatchIndex, clause: number, start: number, end: number): { start: number; end: number } {
  const base = index.corpus.clauseStarts[clause] ?? 0;
  const form = clauseForm(index, clause);
  const from = Math.min(Math.max(0, start - base), form.text.length);
  const to = Math.min(Math.max(from, end - base), form.text.length);
  if (to <= from) {
    const at = from >= form.text.length ? (index.clauses[clause]?.text.length ?? 0) : (form.starts[from] ?? 0);
    return { start: at, end: at };
  }
  return { start: form.starts[from] ?? 0, end: form.ends[to - 1] ?? 0 };
}

function describe(index: MatchIndex, candidate: Located, length: number): CandidateClause {
  const clause = index.clauses[candidate.clause] as MatchClause;
  const touched = new Set<number>();
  const pieces: PieceAlignment[] = candidate.spans.map(({ piece, hit }) => {
    const first = clauseAt(index.corpus, hit.start);
    const last = clauseAt(index.corpus, Math.max(hit.start, hit.end - 1));
    for (let c = first; c <= last; c++) touched.add(c);
    const inClause = toClauseText(index, candidate.clause, hit.start, hit.end);
    return {
      quoteStart: piece.rawStart,
      quoteEnd: piece.rawEnd,
      clauseId: clause.id,
      clauseStart: inClause.start,
      clauseEnd: inClause.end,
      errors: hit.errors,
      length: piece.form.text.length,
    };
  });
  const nonEmpty = pieces.filter((piece) => piece.clauseEnd > piece.clauseStart);
  const inMain = nonEmpty.length > 0 ? nonEmpty : pieces;
  touched.delete(candidate.clause);
  return {
    clauseId: clause.id,
    docId: clause.docId,
    label: clause.label,
    score: Math.max(0, 1 - candidate.errors / length),
    start: Math.min(...inMain.map((piece) => piece.clauseStart)),
    end: Math.max(...inMain.map((piece) => piece.clauseEnd)),
    errors: candidate.errors,
    pieces,
    continuesIn: [...touched].sort((a, b) => a - b).map((c) => index.clauses[c]?.id ?? ''),
  };
}
