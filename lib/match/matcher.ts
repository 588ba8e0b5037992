import type { Clause } from '../index/types';
import { parseFold } from '../text/fold';
import { createNormalizer, type NormalizedText, type Normalizer } from '../text/normalize';
import { findQuotes } from '../text/quotes';
import { buildCorpus, type Corpus, clauseAt } from './corpus';
import { MAX_EQUAL_CANDIDATES, MAX_RANKED_CLAUSES, searchBudget } from './budget';
import type { Features } from './evidence/data';
import { ambiguityOf, chanceLogOdds, closeness, contextFeatures, logCount, noFeatures, scaledBits } from './evidence/features';
import { judge, type Verdict } from './evidence/model';
import { createEvidenceRuntime, type EvidenceRuntime } from './evidence/runtime';
import { bigrams, extension, surroundLift } from './evidence/surround';
import { type PageTopic, withoutRomanisation } from './evidence/topic';
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
  /** The evidence model: page topic, cues, word frequencies, weights. */
  readonly evidence: EvidenceRuntime;
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
  topic?: PageTopic | (() => PageTopic);
}

/** What the page says about itself, from what the caller gave. */
export function topicOf(evidence: EvidenceRuntime, context: QuoteContext): PageTopic {
  if (typeof context.topic === 'function') return context.topic();
  if (context.topic !== undefined) return context.topic;
  return evidence.topic.page(context.page ?? `${context.before ?? ''}\n${context.after ?? ''}`);
}

/**
 * Builds the runtime matcher from the index's clauses, in index order, and its
 * stored matching data. Without usable stored data (an older index, or clauses
 * filtered after building), the postings are built here instead: slower to
 * load, same results, except that traditional script is not folded.
 */
export function createMatchIndex(
  clauses: ReadonlyArray<MatchClause>,
  data: Partial<MatchData> | undefined,
  evidenceData: unknown,
): MatchIndex {
  const normalizer = createNormalizer(parseFold(data?.fold));
  const corpus = buildCorpus(
    clauses.map((clause) => clause.text),
    normalizer,
  );
  const stored = data?.version === MATCH_DATA_VERSION && data.corpusLength === corpus.text.length && data.postings;
  const postings = stored ? deserializePostings(stored) : buildPostings(corpus.text);
  const forms = clauses.map((_, i) => corpus.text.slice(corpus.clauseStarts[i] ?? 0, corpus.clauseStarts[i + 1] ?? 0));
  return {
    clauses,
    corpus,
    postings,
    searchable: { text: corpus.text, postings },
    normalizer,
    evidence: createEvidenceRuntime(evidenceData, normalizer, forms),
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
  /** For the clauses that fit equally (best first): how much better than an average clause the words around the quote fit them. */
  lifts: number[];
}

/** Every clause the quote may come from, best first, with no decision made. */
export function rankQuote(index: MatchIndex, quote: string, context: QuoteContext = {}): Ranking {
  const pieces = splitPieces(quote, index.normalizer);
  const length = pieces.reduce((sum, piece) => sum + piece.form.text.length, 0);
  const none = { length, candidates: [], equalCandidates: 0, borrowed: false, lifts: [] };
  if (length < 2) return none;
  const located = pieces.length === 1 ? locateWhole(index, pieces[0] as QuotePiece) : locatePieces(index, pieces);
  if (located.length === 0) return none;

  // Fewest errors first; between equals, a placement inside one clause beats
  // the same pieces spread over two (an ellipsis quote), then the words around
  // the quote decide (a reprint carries the clause's own words).
  located.sort((a, b) => a.errors - b.errors || a.spread - b.spread || a.clause - b.clause);
  const best = located[0] as Located;
  const equal = located.filter((c) => c.errors === best.errors && c.spread === best.spread);
  const lifts = surroundLifts(index, equal, context);
  if (equal.length > 1) {
    const order = equal.map((c, i) => ({ c, lift: lifts[i] ?? 0 })).sort((a, b) => b.lift - a.lift || a.c.clause - b.c.clause);
    located.splice(0, equal.length, ...order.map((o) => o.c));
    lifts.splice(0, lifts.length, ...order.map((o) => o.lift));
  }
  const shown = Math.max(MAX_EQUAL_CANDIDATES + 1, Math.min(equal.length, MAX_RANKED_CLAUSES));
  const candidates = located.slice(0, shown).map((c) => describe(index, c, length));
  const borrowed = pieces.length === 1 && index.borrowedPhrases.has(pieces[0]?.form.text ?? '');
  return { length, candidates, equalCandidates: equal.length, borrowed, lifts };
}

/** The best clause, the evidence for it and the model's verdict; null when no clause fits at all. */
export interface Judged {
  ranking: Ranking;
  best: CandidateClause;
  features: Features;
  verdict: Verdict;
}

export function judgeQuote(index: MatchIndex, quote: string, context: QuoteContext = {}): Judged | null {
  const ranking = rankQuote(index, quote, context);
  const best = ranking.candidates[0];
  if (!best) return null;
  const features = quoteFeatures(index, ranking, best, context);
  return { ranking, best, features, verdict: judge(index.evidence.model, features) };
}

/** The decision: the best clause with the others that fit, or null when the evidence is too weak. */
export function matchQuote(index: MatchIndex, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  const judged = judgeQuote(index, quote, context);
  if (!judged?.verdict.accepted) return null;
  return accepted(judged);
}

/** A judged quote as a match, with the clauses that fit as well (however the verdict went). */
export function accepted(judged: Judged): QuoteMatch {
  const { ranking, best } = judged;
  const equal = Math.min(ranking.equalCandidates, MAX_EQUAL_CANDIDATES);
  return { ...best, candidates: ranking.candidates.slice(0, Math.max(1, equal)) };
}

/** The evidence for the best clause of a Chinese quote (see lib/match/evidence/). */
function quoteFeatures(index: MatchIndex, ranking: Ranking, best: CandidateClause, context: QuoteContext): Features {
  const clause = index.clauses.findIndex((c) => c.id === best.clauseId);
  const form = clauseForm(index, clause);
  const spans = best.pieces.filter((p) => p.clauseId === best.clauseId && p.clauseEnd > p.clauseStart);
  const toForm = (offset: number): number => formOffset(form, offset);
  let bits = 0;
  for (const piece of spans) bits += index.evidence.specificity.chinese(form.text.slice(toForm(piece.clauseStart), toForm(piece.clauseEnd)));
  const first = spans[0];
  const last = spans[spans.length - 1];
  const reach =
    first && last
      ? extension(
          index.normalizer.normalizeText(withoutRomanisation(context.before ?? '')),
          index.normalizer.normalizeText(withoutRomanisation(context.after ?? '')),
          form.text,
          toForm(first.clauseStart),
          toForm(last.clauseEnd),
        )
      : 0;
  const equalLifts = ranking.lifts.slice(0, ranking.equalCandidates);
  // Bits that align: a quote a fifth rewritten says little of where it comes from, however long.
  const aligned = bits * Math.max(0, 1 - ERROR_DISCOUNT * (ranking.length === 0 ? 1 : best.errors / ranking.length));
  return {
    ...noFeatures(),
    ...contextFeatures(index.evidence, { ...context, topic: topicOf(index.evidence, context) }, index.clauses[clause]?.text ?? ''),
    zhExact: best.errors === 0 ? 1 : 0,
    zhCloseness: closeness(ranking.length === 0 ? 1 : best.errors / ranking.length),
    zhExtension: logCount(reach),
    specificity: scaledBits(aligned),
    chance: chanceLogOdds(aligned),
    surround: ranking.lifts[0] ?? 0,
    ambiguity: ranking.equalCandidates > equalLifts.length ? Math.log2(ranking.equalCandidates) : ambiguityOf(equalLifts),
    innerTerm: ranking.borrowed ? 1 : 0,
  };
}

/** The first matching-form offset at or after an offset in the original text. */
function formOffset(form: NormalizedText, offset: number): number {
  let low = 0;
  let high = form.text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((form.starts[mid] ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** How much better than an average clause each candidate's words fit the words around the quote. */
function surroundLifts(index: MatchIndex, located: ReadonlyArray<Located>, context: QuoteContext): number[] {
  const before = index.normalizer.normalizeText(withoutRomanisation(context.before ?? '').slice(-SURROUND_WINDOW));
  const after = index.normalizer.normalizeText(withoutRomanisation(context.after ?? '').slice(0, SURROUND_WINDOW));
  return surroundLift(
    index.evidence.chineseUnits,
    [...bigrams(before), ...bigrams(after)],
    located.map((c) => c.clause),
  );
}

/** Each edit per character takes this share of the quote's bits away (a fifth wrong: nothing left). */
const ERROR_DISCOUNT = 5;

/** Characters on each side of a quote whose words are compared with the clause's. */
const SURROUND_WINDOW = 60;

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
    if (seen.size > MAX_RANKED_CLAUSES) return hits.slice(0, i);
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
