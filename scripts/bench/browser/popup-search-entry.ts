/**
 * Bundled by the browser benchmark and evaluated in the extension's popup page:
 * the popup's own search module over an index handed in as JSON, so that a 100×
 * synthetic index is searched by the same code in the same JavaScript engine.
 */
import { loadIndex } from '../../../lib/clauselens';
import type { SearchData } from '../../../lib/search/build';
import { createClauseSearch } from '../../../lib/search/clause-search';

function timeQueries(json: string, queries: string[], rounds: number): { loadMs: number; perQuery: Record<string, number[]> } {
  const started = performance.now();
  const loaded = loadIndex(json);
  const search = createClauseSearch(loaded, loaded.index.search as SearchData | undefined);
  const loadMs = performance.now() - started;
  const perQuery: Record<string, number[]> = {};
  for (const q of queries) {
    perQuery[q] = [];
    for (let r = 0; r < rounds; r++) {
      const t = performance.now();
      search.search(q, { limit: 40 });
      perQuery[q].push(performance.now() - t);
    }
  }
  return { loadMs, perQuery };
}

(globalThis as unknown as { __clauseSearchBench: typeof timeQueries }).__clauseSearchBench = timeQueries;
