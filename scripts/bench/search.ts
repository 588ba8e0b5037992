/**
 * The popup search (lib/search): time per query in Chinese, English and
 * Russian on the real index, and the first English and Russian query of a
 * freshly opened popup, which builds that language's words: with the stems the
 * index carries, and with the stemmers run in place.
 */
import { loadIndex } from '../../lib/clauselens';
import type { ClauseIndex } from '../../lib/index/types';
import type { SearchData } from '../../lib/search/build';
import { createClauseSearch } from '../../lib/search/clause-search';
import { kb, median, ms, quantile, timeEach } from './measure';

const QUERIES: Record<string, string[]> = {
  zh: ['外空', '核战争打不赢', '核戰爭', '联合国宪章', '战略稳定'],
  en: ['Golden Dome', 'strategic stability', 'nuclear war', 'sanctions', 'Arctic', 'double containment', 'outer sp'],
  ru: ['Золотой купол', 'стратегическая стабильность', 'ядерная война', 'санкциями', 'Арктика', 'космос', 'двойное сдерж'],
};

export function benchSearch(json: string): void {
  const index = JSON.parse(json) as ClauseIndex;
  const data = index.search as SearchData | undefined;
  console.log(
    `\nPopup search (${index.clauses.length} clauses; stored stems ${kb(JSON.stringify(data?.stems ?? {}).length)} of the popup's index):`,
  );
  // First queries: measured before any other search in this process, stored stems first (so the
  // engine's first compile of the code weighs on them, not on the stemmers run in place).
  for (const [label, searchData] of [
    ['stored stems', data],
    ['stemmers in place', data && { fuse: data.fuse }],
  ] as const) {
    const search = createClauseSearch(loadIndex(json), searchData);
    const first = (query: string) => {
      const start = performance.now();
      search.search(query, { limit: 40 });
      return performance.now() - start;
    };
    console.log(`  first English query ${ms(first('Golden Dome'))}, first Russian query ${ms(first('Золотой купол'))} (${label})`);
  }
  const search = createClauseSearch(loadIndex(json), data);
  for (const [lang, queries] of Object.entries(QUERIES)) {
    const times = timeEach([...queries, ...queries, ...queries], (q) => search.search(q, { limit: 40 }), 2);
    console.log(`  ${lang}: median ${ms(median(times))}, p95 ${ms(quantile(times, 0.95))} per query (${queries.length} queries, warm)`);
  }
}
