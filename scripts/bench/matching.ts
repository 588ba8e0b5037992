/** Benchmark sections for the matching engine. Each prints its own table. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { annotateText, type LoadedIndex, loadIndex, matchQuote } from '../../lib/clauselens';
import type { ClauseIndex } from '../../lib/index/types';
import { fullTraditionalFold } from '../../lib/match/fold-build';
import type { MatchData } from '../../lib/match/types';
import { serializeFold } from '../../lib/text/fold';
import type { DevCase } from '../../tests/fixtures/devset/generate';
import { accuracyByCategory, devCases, judge } from './accuracy';
import { makeArticle } from './article';
import { createBaseline } from './baseline';
import { heapUsed, kb, median, ms, quantile, repeat, table, timeEach, us } from './measure';
import { syntheticIndex } from './synthetic';

export interface BenchContext {
  index: ClauseIndex;
  json: string;
  cases: DevCase[];
}

export function benchSizes({ index, json }: BenchContext): void {
  const match = index.match as MatchData | undefined;
  const gz = (text: string) => gzipSync(text).length;
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
  const fullFold = JSON.stringify(serializeFold(fullTraditionalFold()));
  const trimmedFold = JSON.stringify(match?.fold ?? '');
  const postings = JSON.stringify(match?.postings ?? {});
  console.log('\n## Sizes (UTF-8 bytes, raw / gzip)');
  table([
    { what: 'whole index file', raw: kb(bytes(json)), gzip: kb(gz(json)) },
    { what: 'match data (index.match)', raw: kb(bytes(JSON.stringify(match ?? {}))), gzip: kb(gz(JSON.stringify(match ?? {}))) },
    { what: 'bigram postings', raw: kb(bytes(postings)), gzip: kb(gz(postings)) },
    { what: `character fold, trimmed (${(match?.fold.length ?? 0) / 2} pairs)`, raw: kb(bytes(trimmedFold)), gzip: kb(gz(trimmedFold)) },
    { what: 'character fold, full table', raw: kb(bytes(fullFold)), gzip: kb(gz(fullFold)) },
    ...converterSizes(),
  ]);
}

function converterSizes(): Array<Record<string, string>> {
  // The prebuilt bundles opencc-js ships: what carrying a converter would cost instead.
  const rows: Array<Record<string, string>> = [];
  for (const name of ['t2cn', 'full']) {
    try {
      const path = new URL(`../../node_modules/opencc-js/dist/umd/${name}.js`, import.meta.url);
      const code = readFileSync(path);
      rows.push({ what: `opencc-js ${name} converter bundle`, raw: kb(code.length), gzip: kb(gzipSync(code).length) });
    } catch {
      // Bundle layout differs in another version: leave the row out.
    }
  }
  return rows;
}

export function benchLoad({ json }: BenchContext): LoadedIndex {
  console.log('\n## Index load (JSON.parse + matcher set-up)');
  const times = repeat(30, () => loadIndex(json));
  const parseOnly = repeat(30, () => JSON.parse(json));
  table([
    { step: 'loadIndex(json) median', time: ms(median(times)), p95: ms(quantile(times, 0.95)) },
    { step: 'of which JSON.parse', time: ms(median(parseOnly)), p95: ms(quantile(parseOnly, 0.95)) },
  ]);
  return loadIndex(json);
}

export function benchMemory({ json }: BenchContext): void {
  const before = heapUsed();
  const kept = loadIndex(json);
  const after = heapUsed();
  const parsedOnly = JSON.parse(json);
  const afterParse = heapUsed();
  console.log('\n## Memory of the loaded index (heap)');
  table([
    { what: 'loadIndex result', heap: kb(after - before) },
    { what: 'the parsed JSON alone, for comparison', heap: kb(afterParse - after) },
  ]);
  // Keep both alive until measured.
  if (!kept || !parsedOnly) console.log('');
}

function quoteSample(cases: DevCase[]): Array<{ quote: string; page: string }> {
  const positives = cases.filter((c) => c.expect.length > 0).filter((_, i) => i % 4 === 0);
  const negatives = cases.filter((c) => c.expect.length === 0);
  return [...positives, ...negatives].map((c) => ({ quote: c.quote, page: c.text }));
}

export function benchPerQuote({ index, cases }: BenchContext): void {
  console.log('\n## Per-quote match time (matchQuote with the page as context)');
  const sample = quoteSample(cases);
  const rows: Array<Record<string, string | number>> = [];
  for (const factor of [1, 10, 100]) {
    const big = factor === 1 ? index : syntheticIndex(index, factor);
    const loaded = loadIndex(JSON.stringify(big));
    const ours = timeEach(sample, ({ quote, page }) => matchQuote(loaded, quote, page), 2);
    const baseline = createBaseline(big);
    const fuseSample = sample.filter((_, i) => i % Math.max(1, factor * 2) === 0).slice(0, factor === 100 ? 8 : 200);
    const fuse = timeEach(fuseSample, ({ quote }) => baseline.matchQuote(quote), 0);
    rows.push({
      index: `${factor}× (${big.clauses.length} clauses)`,
      quotes: sample.length,
      'ours median': us(median(ours)),
      'ours p95': us(quantile(ours, 0.95)),
      'Fuse.js median': ms(median(fuse)),
      'Fuse.js p95': ms(quantile(fuse, 0.95)),
      'Fuse quotes timed': fuseSample.length,
    });
  }
  table(rows);
}

export function benchArticle({ index, json }: BenchContext): void {
  const { text, quotes } = makeArticle(index);
  console.log(
    `\n## annotateText on a ${kb(Buffer.byteLength(text, 'utf8'))} article (${text.length} characters, ${quotes} quotes)`,
  );
  const loaded = loadIndex(json);
  const found = annotateText(loaded, text);
  const warm = repeat(200, () => annotateText(loaded, text)).slice(20);
  const cold = repeat(20, () => annotateText(loadIndex(json), text));
  const loadOnly = repeat(20, () => loadIndex(json));
  const coldAnnotate = cold.map((t, i) => t - (loadOnly[i] ?? 0));
  const baseline = createBaseline(index);
  const baselineFound = baseline.annotate(text);
  const fuseWarm = repeat(5, () => baseline.annotate(text));
  const fuseCold = repeat(3, () => createBaseline(index).annotate(text));
  table([
    { engine: 'ours', matched: found.matches.length, 'warm median': ms(median(warm)), 'cold median (load + annotate)': ms(median(cold)), 'cold annotate only': ms(median(coldAnnotate)) },
    { engine: 'Fuse.js baseline', matched: baselineFound.length, 'warm median': ms(median(fuseWarm)), 'cold median (load + annotate)': ms(median(fuseCold)), 'cold annotate only': '' },
    { engine: 'speed-up (warm)', matched: '', 'warm median': `${(median(fuseWarm) / median(warm)).toFixed(0)}×`, 'cold median (load + annotate)': `${(median(fuseCold) / median(cold)).toFixed(0)}×`, 'cold annotate only': '' },
  ]);
}

export function benchAccuracy({ index, cases }: BenchContext, loaded: LoadedIndex): void {
  console.log('\n## Accuracy on the development set, per category');
  const rows = accuracyByCategory(loaded, cases);
  const baseline = createBaseline(index);
  const fuseByCategory = new Map<string, { correct: number; shown: number; cases: number }>();
  for (const devCase of cases) {
    const row = fuseByCategory.get(devCase.category) ?? { correct: 0, shown: 0, cases: 0 };
    row.cases++;
    const clauseId = baseline.matchQuote(devCase.quote);
    if (clauseId) {
      row.shown++;
      if (devCase.expect.includes(clauseId)) row.correct++;
    }
    fuseByCategory.set(devCase.category, row);
  }
  const all = [...fuseByCategory.values()].reduce(
    (sum, row) => ({ correct: sum.correct + row.correct, shown: sum.shown + row.shown }),
    { correct: 0, shown: 0 },
  );
  const positives = cases.filter((c) => c.expect.length > 0).length;
  table(
    rows.map((row) => {
      const fuse = fuseByCategory.get(row.category);
      const isAll = row.category === 'ALL';
      const fusePrecision = isAll ? all.correct / Math.max(1, all.shown) : fuse ? fuse.correct / Math.max(1, fuse.shown) : 1;
      const fuseRecall = isAll ? all.correct / positives : fuse && row.recall !== null ? fuse.correct / fuse.cases : null;
      return {
        category: row.category,
        cases: row.cases,
        precision: row.precision.toFixed(3),
        recall: row.recall === null ? '—' : row.recall.toFixed(3),
        'false +': row.falsePositives + row.wrong,
        'Fuse precision': (fuse && fuse.shown === 0 && !isAll ? 1 : fusePrecision).toFixed(3),
        'Fuse false +': isAll ? all.shown - all.correct : fuse ? fuse.shown - fuse.correct : 0,
        'Fuse recall': fuseRecall === null ? '—' : fuseRecall.toFixed(3),
      };
    }),
  );
  const failures = cases.filter((c) => !['correct', 'rejected'].includes(judge(loaded, c).outcome));
  for (const failure of failures.slice(0, 10)) console.log(`  ${judge(loaded, failure).outcome}: ${failure.id} “${failure.quote.slice(0, 40)}”`);
}

export { devCases };
