/**
 * The popup search over our English and Russian renderings and the glossary:
 * what a reader types in English or Russian, to the clauses that say it. It
 * reads the same per-language model as cross-language quote matching (the
 * renderings as stemmed content words, with each clause's glossary terms), so
 * «санкции» finds санкций and санкциями, and "Golden Dome" finds the clauses
 * whose Chinese holds 金穹 whatever words their rendering uses.
 */
import type { Clause, GlossaryEntry, RenderingLang } from '../index/types';
import type { Lexicon } from '../match/crosslingual/lexicon';
import { buildLangModel, type ClauseDoc, findTerms, type LangModel } from '../match/crosslingual/model';
import { createWordReader, type KnownStems, quoteLanguage, type Word } from '../match/crosslingual/words';

export interface Span {
  start: number;
  end: number;
}

export interface RenderingHit {
  /** Index of the clause in the clause list. */
  clause: number;
  lang: RenderingLang;
  /** 1 is best: every word found, the query's glossary term held, its words side by side. */
  score: number;
  /** Matched words in the rendering, consecutive words merged. */
  renderingSpans: Span[];
  /** Where the Chinese text holds the glossary terms the query names. */
  textSpans: Span[];
}

export interface RenderingSearch {
  /** Clauses for an English or Russian query, best first; nothing for a Chinese one. */
  search(query: string, wanted: (clause: number) => boolean): RenderingHit[];
  /** Builds a language's model ahead of its first query (each is built once, on first need). */
  prepare(lang: RenderingLang): void;
}

/**
 * A word being typed also stands for the longer words it begins ("Golden Do" →
 * dome), and for a stem it already runs past (stabili → stabil), by at most
 * this many letters; but it counts less than a word found whole.
 */
const PAST_STEM = 3;
const PREFIX_WEIGHT = 0.75;
/** A partial word this short stands for too many words to mean any. */
const MIN_PREFIX = 2;

/** The parts of a hit's score: how much of the query is found dominates. */
const COVERAGE_SHARE = 0.7;
const TERM_SHARE = 0.15;
const ADJACENT_SHARE = 0.1;
const BM25_SHARE = 0.05;
const K1 = 1.2;
const B = 0.5;

interface QueryWord {
  /** Keys that count as this word, each with its weight factor (1 whole, less for a prefix). */
  keys: Map<string, number>;
  /** Inverse document frequency of its best key: rare words weigh more. */
  weight: number;
  /** A word being typed that is a stop word so far ("Golden Do"): counts only when it is found. */
  optional: boolean;
}

export function createRenderingSearch(
  clauses: ReadonlyArray<Pick<Clause, 'id' | 'text' | 'renderings'>>,
  glossary: ReadonlyArray<GlossaryEntry>,
  lexicon?: Lexicon,
  stems?: KnownStems,
): RenderingSearch {
  const reader = createWordReader(lexicon, stems);
  const models: Partial<Record<RenderingLang, { model: LangModel; vocabulary: string[] }>> = {};
  const modelOf = (lang: RenderingLang) => {
    models[lang] ??= (() => {
      const model = buildLangModel(clauses, glossary, lang, reader);
      return { model, vocabulary: [...model.postings.keys()].sort() };
    })();
    return models[lang];
  };

  return {
    prepare(lang) {
      if (clauses.some((clause) => clause.renderings?.[lang])) modelOf(lang);
    },
    search(query, wanted) {
      const lang = quoteLanguage(query);
      if (lang !== 'en' && lang !== 'ru') return [];
      if (!clauses.some((clause) => clause.renderings?.[lang])) return [];
      const { model, vocabulary } = modelOf(lang);
      const words = reader.contentWords(query, lang);
      const queryWords = readQuery(model, vocabulary, query, words);
      if (queryWords.length === 0) return [];
      const total = queryWords.reduce((sum, w) => sum + (w.optional ? 0 : w.weight), 0) || 1;
      const terms = findTerms(model, words).map((term) => term.entry);

      const hits: Array<RenderingHit & { bm25: number; coverage: number; held: number; adjacent: number }> = [];
      model.docs.forEach((doc) => {
        if (!wanted(doc.clause)) return;
        const matched = queryWords.map((word) => matchWord(model, doc, word));
        const found = matched.reduce((sum, m, i) => sum + m.factor * (queryWords[i] as QueryWord).weight, 0);
        if (found === 0) return;
        const coverage = Math.min(1, found / total);
        const adjacent = adjacentPairs(matched);
        const heldTerms = terms.filter((entry) => doc.entries.has(entry));
        // The rendering may word a term the query names in another of its forms (экстрадиция, выдаче).
        const positions = [...matched.flatMap((m) => m.positions), ...termPositions(model, doc, heldTerms)];
        hits.push({
          clause: doc.clause,
          lang,
          score: 0,
          renderingSpans: wordRuns(doc.words, positions),
          textSpans: termSpans(model, clauses[doc.clause]?.text ?? '', heldTerms),
          bm25: bm25(model, doc, matched),
          coverage,
          held: heldTerms.length,
          adjacent,
        });
      });
      const bestBm25 = Math.max(0, ...hits.map((hit) => hit.bm25)) || 1;
      const pairs = Math.max(1, queryWords.length - 1);
      for (const hit of hits) {
        hit.score =
          hit.coverage *
          (COVERAGE_SHARE +
            (terms.length > 0 ? (TERM_SHARE * hit.held) / terms.length : 0) +
            (ADJACENT_SHARE * hit.adjacent) / pairs +
            (BM25_SHARE * hit.bm25) / bestBm25);
      }
      return hits
        .sort((a, b) => b.score - a.score || a.clause - b.clause)
        .map(({ clause, lang: l, score, renderingSpans, textSpans }) => ({ clause, lang: l, score, renderingSpans, textSpans }));
    },
  };
}

/** The query's content words, and the word being typed at its end with the longer words it may become. */
function readQuery(model: LangModel, vocabulary: ReadonlyArray<string>, query: string, words: ReadonlyArray<Word>): QueryWord[] {
  const weightOf = (key: string) => model.idf.get(key) ?? model.maxIdf;
  const out: QueryWord[] = words.map((word) => ({ keys: new Map([[word.key, 1]]), weight: weightOf(word.key), optional: false }));
  const typing = /[\p{L}\p{N}]+$/u.exec(query);
  if (!typing) return out;
  const partial = typing[0].toLowerCase().replace(/ё/gu, 'е');
  if (partial.length < MIN_PREFIX) return out;
  const last = words[words.length - 1];
  const word: QueryWord =
    last && last.end === query.length ? (out[out.length - 1] as QueryWord) : { keys: new Map(), weight: 0, optional: true };
  for (const key of keysBeginning(vocabulary, partial)) if (!word.keys.has(key)) word.keys.set(key, PREFIX_WEIGHT);
  for (let cut = Math.max(MIN_PREFIX + 1, partial.length - PAST_STEM); cut < partial.length; cut++) {
    const key = partial.slice(0, cut);
    if (model.postings.has(key) && !word.keys.has(key)) word.keys.set(key, PREFIX_WEIGHT);
  }
  if (word.optional) {
    if (word.keys.size === 0) return out;
    word.weight = Math.max(...[...word.keys.keys()].map(weightOf));
    out.push(word);
  }
  return out;
}

/** Vocabulary keys that begin with `prefix` (the vocabulary is sorted). */
function keysBeginning(vocabulary: ReadonlyArray<string>, prefix: string): string[] {
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((vocabulary[mid] as string) < prefix) low = mid + 1;
    else high = mid;
  }
  const out: string[] = [];
  for (let i = low; i < vocabulary.length && (vocabulary[i] as string).startsWith(prefix); i++) out.push(vocabulary[i] as string);
  return out;
}

interface WordMatch {
  /** 0 when the clause lacks the word, 1 when it has it whole, less for a prefix. */
  factor: number;
  /** The key found, for BM25. */
  key: string | undefined;
  /** Its positions in the rendering (none when only a glossary term of the clause names it). */
  positions: number[];
}

function matchWord(model: LangModel, doc: ClauseDoc, word: QueryWord): WordMatch {
  let best: WordMatch = { factor: 0, key: undefined, positions: [] };
  for (const [key, factor] of word.keys) {
    const positions = doc.positions.get(key);
    const inTerm = !positions && [...doc.entries].some((entry) => termHasKey(model, entry, key));
    if (!positions && !inTerm) continue;
    if (factor > best.factor) best = { factor, key, positions: [...(positions ?? [])] };
    else if (factor === best.factor) best.positions.push(...(positions ?? []));
  }
  return best;
}

const termKeys = new WeakMap<LangModel, Map<number, Set<string>>>();

/** Whether a form of glossary entry `entry` has the key (the model keeps forms by first key). */
function termHasKey(model: LangModel, entry: number, key: string): boolean {
  let byEntry = termKeys.get(model);
  if (!byEntry) {
    byEntry = new Map();
    for (const forms of model.forms.values()) {
      for (const form of forms) {
        const set = byEntry.get(form.entry) ?? new Set<string>();
        for (const k of form.keys) set.add(k);
        byEntry.set(form.entry, set);
      }
    }
    termKeys.set(model, byEntry);
  }
  return byEntry.get(entry)?.has(key) ?? false;
}

/** How many neighbouring query words stand next to each other in the rendering ("nuclear war"). */
function adjacentPairs(matched: ReadonlyArray<WordMatch>): number {
  let count = 0;
  for (let i = 0; i + 1 < matched.length; i++) {
    const next = new Set(matched[i + 1]?.positions ?? []);
    if ((matched[i]?.positions ?? []).some((p) => next.has(p + 1))) count++;
  }
  return count;
}

function bm25(model: LangModel, doc: ClauseDoc, matched: ReadonlyArray<WordMatch>): number {
  let score = 0;
  for (const m of matched) {
    if (!m.key) continue;
    const tf = Math.max(1, m.positions.length);
    const norm = tf + K1 * (1 - B + (B * doc.length) / model.averageLength);
    score += (m.factor * (model.idf.get(m.key) ?? 0) * tf * (K1 + 1)) / norm;
  }
  return score;
}

/** Word positions in the rendering of the forms of the given glossary entries. */
function termPositions(model: LangModel, doc: ClauseDoc, entries: ReadonlyArray<number>): number[] {
  if (entries.length === 0) return [];
  const out: number[] = [];
  for (const found of findTerms(model, doc.words)) {
    if (!entries.includes(found.entry)) continue;
    for (let p = found.from; p < found.to; p++) out.push(p);
  }
  return out;
}

/** Word positions to character runs; neighbouring words make one run, with what stands between them. */
function wordRuns(words: ReadonlyArray<Word>, positions: ReadonlyArray<number>): Span[] {
  const runs: Span[] = [];
  let previous = -2;
  for (const p of [...new Set(positions)].sort((a, b) => a - b)) {
    const word = words[p];
    if (!word) continue;
    const last = runs[runs.length - 1];
    if (last && p === previous + 1) last.end = word.end;
    else runs.push({ start: word.start, end: word.end });
    previous = p;
  }
  return runs;
}

/** Every place the Chinese text prints a form of the given glossary entries. */
function termSpans(model: LangModel, text: string, entries: ReadonlyArray<number>): Span[] {
  const spans: Span[] = [];
  for (const entry of entries) {
    for (const form of model.glossary[entry]?.zh ?? []) {
      for (let at = text.indexOf(form); at >= 0 && form; at = text.indexOf(form, at + form.length)) {
        spans.push({ start: at, end: at + form.length });
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
