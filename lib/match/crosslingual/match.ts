/**
 * An English or Russian quote to the clause it comes from: BM25 over the
 * clauses' renderings and glossary terms picks a few candidates; each is
 * verified by how much of the quote's content, in order, its rendering and
 * terms cover; the words beside the quote break ties and back short quotes;
 * `acceptCross` decides.
 */
import type { Clause, GlossaryEntry } from '../../index/types';
import type { Features } from '../evidence/data';
import { ambiguityOf, closeness, contextFeatures, noFeatures, scaledBits } from '../evidence/features';
import { judge, type Verdict } from '../evidence/model';
import type { EvidenceRuntime } from '../evidence/runtime';
import { buildUnitIndex, surroundLift, type UnitIndex } from '../evidence/surround';
import type { PageTopic } from '../evidence/topic';
import { buildLangModel, type ClauseDoc, type FoundTerm, findTerms, type LangModel } from './model';
import { type CrossLang, createWordReader, type Word } from './words';
import type { Lexicon } from './lexicon';

/** BM25 parameters: clauses are short, so length matters less than in long documents. */
const K1 = 1.2;
const B = 0.5;
/** Candidates verified after BM25 (plus any clause holding a term found in the quote). */
const TOP_K = 16;
/**
 * A word's weight is its IDF, capped: a word no clause has (a translator's
 * synonym, a name) costs the quote no more than a rare word of ours.
 */
const WEIGHT_CAP = 3;
const WEIGHT_FLOOR = 0.3;
/** How far beside the quote a reporter names its subject (characters each side). */
const BESIDE = 100;
/** Equal candidates whose matched words are worked out for the card. */
const MAX_DETAILED = 5;
/** Share of the quote's weight that borrowed terms must make up for the quote to count as borrowed. */
const BORROWED_SHARE = 0.7;
/** Characters on each side of a quote whose words are compared with the clause's rendering. */
const SURROUND_WINDOW = 150;

export interface CrossMatcher {
  model(lang: CrossLang): LangModel;
  readonly clauses: ReadonlyArray<Pick<Clause, 'id' | 'docId' | 'label' | 'text' | 'renderings' | 'alignment'>>;
  /** Clause id → index in `clauses`. */
  readonly positions: ReadonlyMap<string, number>;
}

export function createCrossMatcher(
  clauses: ReadonlyArray<Pick<Clause, 'id' | 'docId' | 'label' | 'text' | 'renderings' | 'alignment'>>,
  glossary: ReadonlyArray<GlossaryEntry>,
  lexicon?: Lexicon,
): CrossMatcher | null {
  if (!clauses.some((clause) => clause.renderings)) return null;
  const reader = createWordReader(lexicon);
  const models: Partial<Record<CrossLang, LangModel>> = {};
  return {
    clauses,
    positions: new Map(clauses.map((clause, i) => [clause.id, i])),
    model(lang) {
      let model = models[lang];
      if (!model) {
        model = buildLangModel(clauses, glossary, lang, reader);
        models[lang] = model;
      }
      return model;
    },
  };
}

/** A glossary term matched in the quote, with where its Chinese form is in the clause. */
export interface MatchedTerm {
  id: string;
  /** Offsets in the quote. */
  quoteStart: number;
  quoteEnd: number;
  /** The Chinese form found in the clause, and its offsets there (−1 when the clause prints another form). */
  zh: string;
  clauseStart: number;
  clauseEnd: number;
}

export interface CrossCandidate {
  /** Index in the clause list. */
  clause: number;
  clauseId: string;
  coverage: number;
  bm25: number;
  termInQuote: boolean;
  termBeside: boolean;
  /** Matched words in the rendering, merged into runs, offsets in the rendering. */
  spans: Array<{ start: number; end: number }>;
  /** Offsets in the quote of the words the clause covers. */
  quoteSpans: Array<{ start: number; end: number }>;
  /** How many of the quote's content words the clause covers. */
  coveredWords: number;
  terms: MatchedTerm[];
}

export interface CrossRanking {
  lang: CrossLang;
  words: number;
  candidates: CrossCandidate[];
  equalCandidates: number;
  equalWithTerm: number;
  borrowed: boolean;
}

export interface CrossContext {
  before?: string;
  after?: string;
}

/** Every clause the quote may come from, best first; no decision made. */
export function rankCross(matcher: CrossMatcher, quote: string, lang: CrossLang, context: CrossContext = {}): CrossRanking {
  const model = matcher.model(lang);
  const words = model.reader.contentWords(quote, lang);
  const none: CrossRanking = { lang, words: words.length, candidates: [], equalCandidates: 0, equalWithTerm: 0, borrowed: false };
  if (words.length === 0) return none;
  const weights = words.map((word) => clampWeight(model.idf.get(word.key) ?? model.maxIdf));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const terms = findTerms(model, words);
  const beside = besideTerms(model, context);

  const scores = bm25(model, words);
  const pool = new Set<number>(
    [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, TOP_K)
      .map(([doc]) => doc),
  );
  const docOfClause = new Map(model.docs.map((doc, d) => [doc.clause, d]));
  for (const term of terms) {
    if (!model.distinctive.has(term.entry)) continue;
    for (const id of model.glossary[term.entry]?.clauseIds ?? []) {
      const d = docOfClause.get(matcher.positions.get(id) ?? -1);
      if (d !== undefined) pool.add(d);
    }
  }

  const candidates: CrossCandidate[] = [];
  for (const d of pool) {
    const doc = model.docs[d] as ClauseDoc;
    const verified = verify(model, doc, words, weights, terms, false);
    const clause = matcher.clauses[doc.clause] as CrossMatcher['clauses'][number];
    candidates.push({
      clause: doc.clause,
      clauseId: clause.id,
      coverage: total === 0 ? 0 : verified.covered / total,
      bm25: scores.get(d) ?? 0,
      termInQuote: terms.some((term) => model.distinctive.has(term.entry) && doc.entries.has(term.entry)),
      termBeside: beside.some((entry) => doc.entries.has(entry)),
      spans: verified.spans,
      quoteSpans: verified.quoteSpans,
      coveredWords: verified.coveredWords,
      terms: [],
    });
  }
  const hasTerm = (c: CrossCandidate) => (c.termInQuote ? 1 : 0) + (c.termBeside ? 1 : 0);
  candidates.sort(
    (a, b) => b.coverage - a.coverage || hasTerm(b) - hasTerm(a) || b.bm25 - a.bm25 || a.clause - b.clause,
  );
  const best = candidates[0];
  if (!best) return none;
  const equal = candidates.filter((c) => c.coverage >= best.coverage - 0.005);
  const strongest = Math.max(...equal.map(hasTerm));
  // Highlights and terms only for the clauses that can be shown.
  for (const c of equal.length <= MAX_DETAILED ? equal : []) {
    const d = docOfClause.get(c.clause) as number;
    const doc = model.docs[d] as ClauseDoc;
    const verified = verify(model, doc, words, weights, terms, true);
    c.spans = verified.spans;
    c.quoteSpans = verified.quoteSpans;
    c.terms = describeTerms(model, matcher.clauses[c.clause] as CrossMatcher['clauses'][number], doc, words, terms);
  }
  const borrowedWeight = terms
    .filter((term) => model.glossary[term.entry]?.quoted)
    .reduce((sum, term) => sum + weights.slice(term.from, term.to).reduce((s, w) => s + w, 0), 0);
  return {
    lang,
    words: words.length,
    candidates,
    equalCandidates: equal.length,
    equalWithTerm: strongest === 0 ? 0 : equal.filter((c) => hasTerm(c) === strongest).length,
    borrowed: total > 0 && borrowedWeight >= BORROWED_SHARE * total,
  };
}

export interface CrossMatch {
  lang: CrossLang;
  best: CrossCandidate;
  /** Clauses that fit as well, best first (the match included). */
  equal: CrossCandidate[];
  words: number;
}

export interface CrossJudged {
  ranking: CrossRanking;
  best: CrossCandidate;
  features: Features;
  verdict: Verdict;
}

export interface CrossJudgeContext extends CrossContext {
  topic?: PageTopic;
}

/** The best clause for an English or Russian quote, its evidence and the model's verdict; null when none fits. */
export function judgeCross(
  matcher: CrossMatcher,
  evidence: EvidenceRuntime,
  quote: string,
  lang: CrossLang,
  context: CrossJudgeContext,
): CrossJudged | null {
  const ranking = rankCross(matcher, quote, lang, context);
  if (!ranking.candidates[0]) return null;
  const model = matcher.model(lang);
  const equal = ranking.candidates.slice(0, ranking.equalCandidates);
  const lifts = surroundLift(unitsOf(matcher, model), windowKeys(model, context), equal.map((c) => c.clause));
  const order = equal.map((c, i) => ({ c, lift: lifts[i] ?? 0 })).sort((a, b) => b.lift - a.lift || a.c.clause - b.c.clause);
  ranking.candidates.splice(0, equal.length, ...order.map((o) => o.c));
  const best = ranking.candidates[0] as CrossCandidate;
  const keys = model.reader.contentWords(quote, lang).map((w) => w.key);
  const clause = matcher.clauses[best.clause];
  const bits = evidence.specificity.words(keys, lang) * best.coverage;
  const features: Features = {
    ...noFeatures(),
    ...contextFeatures(evidence, context, clause?.text ?? ''),
    crossCloseness: closeness(1 - best.coverage),
    crossTermInQuote: best.termInQuote ? 1 : 0,
    crossTermBeside: best.termBeside ? 1 : 0,
    crossSpecificity: scaledBits(bits),
    surround: order[0]?.lift ?? 0,
    ambiguity: ambiguityOf(order.map((o) => o.lift)),
    innerTerm: ranking.borrowed ? 1 : 0,
    cross: 1,
  };
  return { ranking, best, features, verdict: judge(evidence.model, features) };
}

/** The decision: the best clause, or null when the evidence is too weak. */
export function matchCross(
  matcher: CrossMatcher,
  evidence: EvidenceRuntime,
  quote: string,
  lang: CrossLang,
  context: CrossJudgeContext,
): CrossMatch | null {
  const judged = judgeCross(matcher, evidence, quote, lang, context);
  if (!judged?.verdict.accepted) return null;
  return crossMatchOf(judged);
}

export function crossMatchOf(judged: CrossJudged): CrossMatch {
  const { ranking, best } = judged;
  const equal = Math.max(1, Math.min(ranking.equalCandidates, MAX_DETAILED));
  return { lang: ranking.lang, best, equal: ranking.candidates.slice(0, equal), words: ranking.words };
}

const unitIndexes = new WeakMap<LangModel, UnitIndex>();

/** Each clause's rendering words, for comparing with the words around a quote. */
function unitsOf(matcher: CrossMatcher, model: LangModel): UnitIndex {
  let units = unitIndexes.get(model);
  if (!units) {
    const perClause: string[][] = matcher.clauses.map(() => []);
    for (const doc of model.docs) perClause[doc.clause] = [...doc.positions.keys()];
    units = buildUnitIndex(perClause);
    unitIndexes.set(model, units);
  }
  return units;
}

function windowKeys(model: LangModel, context: CrossContext): string[] {
  const text = `${(context.before ?? '').slice(-SURROUND_WINDOW)} \n ${(context.after ?? '').slice(0, SURROUND_WINDOW)}`;
  return model.reader.contentWords(text, model.lang).map((w) => w.key);
}

let scratchTree = new Float64Array(512);
let scratchAt = new Int32Array(512);

/** Zeroed Fenwick arrays of at least `length`, reused between calls. */
function scratch(length: number): { tree: Float64Array; treeAt: Int32Array } {
  if (scratchTree.length < length) {
    scratchTree = new Float64Array(length * 2);
    scratchAt = new Int32Array(length * 2);
  }
  scratchTree.fill(0, 0, length);
  scratchAt.fill(-1, 0, length);
  return { tree: scratchTree, treeAt: scratchAt };
}

function clampWeight(idf: number): number {
  return Math.min(WEIGHT_CAP, Math.max(WEIGHT_FLOOR, idf));
}

function bm25(model: LangModel, words: ReadonlyArray<Word>): Map<number, number> {
  const scores = new Map<number, number>();
  const seen = new Set<string>();
  for (const word of words) {
    if (seen.has(word.key)) continue;
    seen.add(word.key);
    const list = model.postings.get(word.key);
    if (!list) continue;
    const idf = model.idf.get(word.key) ?? 0;
    for (const [doc, tf] of list) {
      const length = model.docs[doc]?.length ?? model.averageLength;
      const norm = tf + K1 * (1 - B + (B * length) / model.averageLength);
      scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (K1 + 1)) / norm);
    }
  }
  return scores;
}

/** Distinctive glossary entries named in the words just before and after the quote. */
function besideTerms(model: LangModel, context: CrossContext): number[] {
  const text = `${(context.before ?? '').slice(-BESIDE)} \n ${(context.after ?? '').slice(0, BESIDE)}`;
  if (text.trim() === '') return [];
  return findTerms(model, model.reader.contentWords(text, model.lang))
    .map((term) => term.entry)
    .filter((entry) => model.distinctive.has(entry));
}

/**
 * Weighted ordered coverage: the heaviest chain of quote words found in the
 * rendering in the same order (a weighted longest common subsequence over the
 * few positions where the words occur), plus the words that name a glossary
 * term of the clause, wherever the rendering puts them.
 */
function verify(
  model: LangModel,
  doc: ClauseDoc,
  words: ReadonlyArray<Word>,
  weights: ReadonlyArray<number>,
  terms: ReadonlyArray<FoundTerm>,
  details: boolean,
): {
  covered: number;
  coveredWords: number;
  spans: Array<{ start: number; end: number }>;
  quoteSpans: Array<{ start: number; end: number }>;
} {
  const byTerm = new Array<boolean>(words.length).fill(false);
  for (const term of terms) {
    if (!doc.entries.has(term.entry)) continue;
    for (let i = term.from; i < term.to; i++) byTerm[i] = true;
  }
  // The heaviest chain of (quote word i, rendering position p) pairs increasing in
  // both: quote words in order, a Fenwick tree over rendering positions holding the
  // best chain ending before each position. O(pairs · log(rendering length)).
  const size = doc.words.length + 1;
  const { tree, treeAt } = scratch(size + 1);
  const pairI: number[] = [];
  const pairP: number[] = [];
  const from: number[] = [];
  const best: number[] = [];
  let top = -1;
  let bag = 0;
  let distinct = 0;
  for (let i = 0; i < words.length; i++) {
    if (byTerm[i]) continue;
    const positions = doc.positions.get((words[i] as Word).key);
    if (!positions) continue;
    bag += weights[i] as number;
    distinct++;
    const groupStart = pairI.length;
    for (const p of positions) {
      // Best chain ending at a position < p (positions are 1-based in the tree).
      let value = 0;
      let at = -1;
      for (let k = p; k > 0; k -= k & -k) {
        if ((tree[k] as number) > value) {
          value = tree[k] as number;
          at = treeAt[k] as number;
        }
      }
      pairI.push(i);
      pairP.push(p);
      from.push(at);
      best.push(value + (weights[i] as number));
    }
    // Update after the whole group: two positions of one quote word never chain.
    for (let a = groupStart; a < pairI.length; a++) {
      const value = best[a] as number;
      if (top < 0 || value > (best[top] as number)) top = a;
      for (let k = (pairP[a] as number) + 1; k <= size; k += k & -k) {
        if (value > (tree[k] as number)) {
          tree[k] = value;
          treeAt[k] = a;
        }
      }
    }
  }
  if (!details) {
    let coveredWords = distinct;
    for (const inTerm of byTerm) if (inTerm) coveredWords++;
    let covered = ((top >= 0 ? (best[top] as number) : 0) + bag) / 2;
    byTerm.forEach((inTerm, i) => {
      if (inTerm) covered += weights[i] as number;
    });
    return { covered, coveredWords, spans: [], quoteSpans: [] };
  }
  const chain: Array<{ i: number; p: number }> = [];
  for (let a = top; a >= 0; a = from[a] as number) chain.unshift({ i: pairI[a] as number, p: pairP[a] as number });
  const ordered = top >= 0 ? (best[top] as number) : 0;
  // Translations reorder a sentence's parts: in-order coverage and plain coverage count half each.
  let covered = (ordered + bag) / 2;
  const quoteWords = new Set(chain.map((link) => link.i));
  byTerm.forEach((inTerm, i) => {
    if (!inTerm) return;
    covered += weights[i] as number;
    quoteWords.add(i);
  });
  const positions = chain.map((link) => link.p);
  // Where the rendering names a term more than once, the quote means the one among its other words.
  const centre = positions.length > 0 ? (positions[positions.length >> 1] as number) : 0;
  for (const term of terms) {
    if (!doc.entries.has(term.entry)) continue;
    const at = termInRendering(model, doc, term.entry, centre);
    if (at) for (let p = at.from; p < at.to; p++) positions.push(p);
  }
  return {
    covered,
    coveredWords: quoteWords.size,
    spans: runs(
      [...new Set(positions)].sort((a, b) => a - b),
      (p) => doc.words[p] as Word,
    ),
    quoteSpans: runs(
      [...quoteWords].sort((a, b) => a - b),
      (i) => words[i] as Word,
    ),
  };
}

/** Consecutive word positions merged into character runs. */
function runs(positions: number[], word: (p: number) => Word): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let previous = -2;
  for (const p of positions) {
    const w = word(p);
    const last = out[out.length - 1];
    if (last && p === previous + 1) last.end = w.end;
    else out.push({ start: w.start, end: w.end });
    previous = p;
  }
  return out;
}

/** Where the rendering itself names a glossary entry, if it uses one of its forms: the place nearest word position `near`. */
function termInRendering(model: LangModel, doc: ClauseDoc, entry: number, near: number): { from: number; to: number } | null {
  if (!doc.termSpans) {
    const spans = new Map<number, Array<{ from: number; to: number }>>();
    for (const found of findTerms(model, doc.words)) spans.set(found.entry, [...(spans.get(found.entry) ?? []), found]);
    doc.termSpans = spans;
  }
  let best: { from: number; to: number } | null = null;
  for (const at of doc.termSpans.get(entry) ?? []) {
    if (!best || Math.abs(at.from - near) < Math.abs(best.from - near)) best = at;
  }
  return best;
}

function describeTerms(
  model: LangModel,
  clause: Pick<Clause, 'text'>,
  doc: ClauseDoc,
  words: ReadonlyArray<Word>,
  terms: ReadonlyArray<FoundTerm>,
): MatchedTerm[] {
  const out: MatchedTerm[] = [];
  for (const term of terms) {
    if (!doc.entries.has(term.entry)) continue;
    const entry = model.glossary[term.entry] as GlossaryEntry;
    const zh = [...entry.zh].sort((a, b) => b.length - a.length).find((form) => clause.text.includes(form)) ?? entry.zh[0] ?? '';
    const at = clause.text.indexOf(zh);
    out.push({
      id: entry.id,
      quoteStart: (words[term.from] as Word).start,
      quoteEnd: (words[term.to - 1] as Word).end,
      zh,
      clauseStart: at,
      clauseEnd: at < 0 ? -1 : at + zh.length,
    });
  }
  return out;
}
