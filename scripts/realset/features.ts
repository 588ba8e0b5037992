/**
 * npx tsx scripts/realset/features.ts [LANGS]  (e.g. en,ru; default zh-Hans)
 *
 * One line per labelled real quote: its label (1 from the statements, 0 not), the
 * in-sample score and the non-zero evidence, to see why a quote is missed or taken.
 */
import { readFileSync } from 'node:fs';
import { loadIndex } from '../../lib/clauselens';
import { judgeRealSet, labelOf, trainable } from './evaluate';
import { loadRealSet } from './load';
const loaded = loadIndex(readFileSync('data/generated/clause-index.json', 'utf8'));
const judged = judgeRealSet(loaded, loadRealSet());
const langs = process.argv[2]?.split(',') ?? ['zh-Hans'];
for (const j of judged) {
  if (!trainable(j) || !langs.includes(j.quote.lang)) continue;
  const f = (j.features as unknown as Record<string, number>);
  const short = Object.entries(f).filter(([, v]) => v !== 0).map(([k, v]) => `${k.replace(/^(zh|cross)/, '')}=${Number(v).toFixed(2)}`).join(' ');
  console.log(`${labelOf(j)} ${j.kind.slice(0,3)} p=${j.p.toFixed(2)} “${j.quote.quote.slice(0, 24)}” ${short}`);
}
