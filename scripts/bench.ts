/**
 * npm run bench [-- SECTION…]   figures only, never pass/fail.
 * Sections: sizes, load, memory, quote, article, realset, accuracy, crosslingual, search, browser, fidelity (all by default).
 * Later features add their own section function and one line below.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadIndex } from '../lib/clauselens';
import type { ClauseIndex } from '../lib/index/types';
import {
  type BenchContext,
  benchAccuracy,
  benchArticle,
  benchLoad,
  benchMemory,
  benchPerQuote,
  benchSizes,
  devCases,
} from './bench/matching';
import { benchBrowser } from './bench/browser';
import { benchCrossLanguage } from './bench/crosslingual';
import { benchFidelity } from './bench/fidelity';
import { benchRealSet } from './bench/realset';
import { benchSearch } from './bench/search';

const INDEX_PATH = fileURLToPath(new URL('../data/generated/clause-index.json', import.meta.url));
if (!existsSync(INDEX_PATH)) {
  console.error('No index: run `npm run index` first.');
  process.exit(2);
}
const json = readFileSync(INDEX_PATH, 'utf8');
const index = JSON.parse(json) as ClauseIndex;
const context: BenchContext = { index, json, cases: devCases(index) };

const sections: Record<string, (ctx: BenchContext) => void | Promise<void>> = {
  sizes: benchSizes,
  load: (ctx) => void benchLoad(ctx),
  memory: benchMemory,
  quote: benchPerQuote,
  article: benchArticle,
  realset: (ctx) => benchRealSet(ctx.json),
  accuracy: (ctx) => benchAccuracy(ctx, loadIndex(ctx.json)),
  crosslingual: (ctx) => benchCrossLanguage(ctx.json),
  search: (ctx) => benchSearch(ctx.json),
  browser: benchBrowser,
  fidelity: benchFidelity,
};

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
console.log(`ClauseLens benchmark — ${index.clauses.length} clauses, Node ${process.version}`);
for (const [name, run] of Object.entries(sections)) {
  if (wanted.length === 0 || wanted.includes(name)) await run(context);
}
