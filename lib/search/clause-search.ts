import Fuse, { type FuseIndex } from 'fuse.js';
import type { LoadedIndex } from '../clauselens';
import type { Clause, RenderingLang } from '../index/types';
import { clauseAt } from '../match/corpus';
import type { Lexicon } from '../match/crosslingual/lexicon';
import { rankQuote } from '../match/matcher';
import { exactHits } from '../match/search';
import { toOriginalSpan } from '../text/normalize';
import { FUSE_KEYS, type SearchData } from './build';
import { createRenderingSearch } from './rendering-search';

/** Why a clause is in the results, strongest first: a rendering hit is a whole-word match in English or Russian. */
export type HitKind = 'exact' | 'rendering' | 'close' | 'fuzzy';

export interface SearchHit {
  clause: Clause;
  kind: HitKind;
  /** 1 is best. */
  score: number;
  /** What the query matched: the Chinese original, or our English or Russian rendering of it. */
  lang: 'zh' | RenderingLang;
  /** Spans of the clause text to highlight, in order (for a rendering hit: the glossary terms the query names). */
  highlights: Array<{ start: number; end: number }>;
  /** For a rendering hit: spans of `clause.renderings[lang]` to highlight, in order. */
  renderingHighlights?: Array<{ start: number; end: number }>;
}

export interface SearchOptions {
  docId?: string;
  limit?: number;
}

/** Searches the clauses as a person types: a popup box, not a page quote. */
export interface ClauseSearch {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Builds what queries in one rendering's language need, ahead of the first (a page calls it when idle). */
  prepare(lang: RenderingLang): void;
}

/** Enough exact hits for any real query; more means the query is a single common character pair. */
const EXACT_LIMIT = 2000;
/** Fuse's threshold: 0 is exact, 1 matches anything; 0.35 tolerates typos without noise. */
const FUSE_THRESHOLD = 0.35;

/**
 * Four sources, merged: exact hits of the matching form (so 核戰爭 in traditional
 * script or half-width punctuation finds the clause that contains 核战争), an
 * English or Russian query's words in our renderings and the glossary
 * (rendering-search.ts), close hits of the matching engine (a character off),
 * then Fuse.js for everything a substring search cannot rank (scattered words,
 * Latin, typos). A clause appears once, under its strongest source.
 */
export function createClauseSearch(loaded: LoadedIndex, data?: SearchData): ClauseSearch {
  const clauses = loaded.index.clauses;
  const fuseIndex: FuseIndex<Clause> | undefined = data?.fuse
    ? Fuse.parseIndex<Clause>(data.fuse as Parameters<typeof Fuse.parseIndex>[0])
    : undefined;
  const fuse = new Fuse(
    clauses,
    { keys: [...FUSE_KEYS], ignoreLocation: true, threshold: FUSE_THRESHOLD, includeScore: true, includeMatches: true },
    fuseIndex,
  );
  const { matcher } = loaded;
  const renderings = createRenderingSearch(
    clauses,
    loaded.index.glossary ?? [],
    loaded.index.lexicon as Lexicon | undefined,
    data?.stems,
  );
  const positions = new Map(clauses.map((clause, i) => [clause.id, i]));

  const highlightsOf = (clauseIndex: number, corpusStart: number, corpusEnd: number) => {
    const form = loaded.matcher.normalizer.normalize(clauses[clauseIndex]?.text ?? '');
    const base = matcher.corpus.clauseStarts[clauseIndex] ?? 0;
    return toOriginalSpan(form, corpusStart - base, corpusEnd - base);
  };

  return {
    prepare: (lang) => renderings.prepare(lang),
    search(query, options = {}) {
      const limit = options.limit ?? 50;
      const wanted = (clause: Clause | undefined): clause is Clause =>
        clause !== undefined && (!options.docId || clause.docId === options.docId);
      const results = new Map<string, SearchHit>();
      const add = (hit: SearchHit) => {
        const existing = results.get(hit.clause.id);
        if (!existing) results.set(hit.clause.id, hit);
        else if (existing.kind === hit.kind) existing.highlights.push(...hit.highlights);
      };

      const form = matcher.normalizer.normalizeText(query);
      if (form.length >= 2) {
        for (const hit of exactHits(matcher.searchable, form, EXACT_LIMIT)) {
          const at = clauseAt(matcher.corpus, hit.start);
          // A hit that runs on into the next clause is that clause's tail and the next one's head.
          const end = Math.min(hit.end, matcher.corpus.clauseStarts[at + 1] ?? hit.end);
          const clause = clauses[at];
          if (!wanted(clause)) continue;
          add({ clause, kind: 'exact', score: 1, lang: 'zh', highlights: [highlightsOf(at, hit.start, end)] });
        }
      } else if (form.length === 1) {
        // One character: a plain scan is cheap and the bigram postings cannot help.
        clauses.forEach((clause, at) => {
          if (!wanted(clause)) return;
          const base = matcher.corpus.clauseStarts[at] ?? 0;
          const next = matcher.corpus.clauseStarts[at + 1] ?? base;
          const i = matcher.corpus.text.slice(base, next).indexOf(form);
          if (i >= 0) add({ clause, kind: 'exact', score: 1, lang: 'zh', highlights: [highlightsOf(at, base + i, base + i + 1)] });
        });
      }

      // Enough clauses contain the text itself: nothing fuzzier could rank above them.
      if (results.size >= limit) return finish(results, limit);

      const inRenderings = renderings.search(query, (at) => wanted(clauses[at]));
      for (const hit of inRenderings.slice(0, limit)) {
        add({
          clause: clauses[hit.clause] as Clause,
          kind: 'rendering',
          score: hit.score,
          lang: hit.lang,
          highlights: hit.textSpans,
          renderingHighlights: hit.renderingSpans,
        });
      }

      if (form.length >= 5 && results.size < limit) {
        for (const c of rankQuote(matcher, query).candidates) {
          const clause = loaded.clausesById.get(c.clauseId);
          if (!wanted(clause)) continue;
          add({ clause, kind: 'close', score: c.score, lang: 'zh', highlights: [{ start: c.start, end: c.end }] });
        }
      }

      // Fuse reads the Chinese text: an English or Russian query found in the renderings needs no fuzzy Latin there.
      if (results.size < limit && query.trim().length > 0 && inRenderings.length === 0) {
        for (const r of fuse.search(query.trim(), { limit })) {
          if (!wanted(r.item)) continue;
          const highlights = (r.matches ?? [])
            .filter((m) => m.key === 'text')
            .flatMap((m) => m.indices.map(([start, end]) => ({ start, end: end + 1 })))
            .filter((h) => h.end - h.start >= Math.min(2, query.trim().length));
          add({ clause: r.item, kind: 'fuzzy', score: 1 - (r.score ?? 1), lang: 'zh', highlights });
        }
      }

      return finish(results, limit);
    },
  };

  function finish(results: Map<string, SearchHit>, limit: number): SearchHit[] {
    const order: Record<HitKind, number> = { exact: 0, rendering: 1, close: 2, fuzzy: 3 };
    return [...results.values()]
      .map((hit) => ({ ...hit, highlights: mergeSpans(hit.highlights) }))
      .sort(
        (a, b) =>
          order[a.kind] - order[b.kind] ||
          b.score - a.score ||
          b.highlights.length - a.highlights.length ||
          (positions.get(a.clause.id) ?? 0) - (positions.get(b.clause.id) ?? 0),
      )
      .slice(0, limit);
  }
}

function mergeSpans(spans: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
