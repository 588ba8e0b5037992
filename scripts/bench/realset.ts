/**
 * The judge: the real labelled set (tests/fixtures/realset/), per language,
 * cross-validated and in-sample, next to the exact-substring baseline, with
 * every miss and false positive of the cross-validated run.
 */
import { loadIndex } from '../../lib/clauselens';
import type { ClauseIndex } from '../../lib/index/types';
import type { EvidenceData } from '../../lib/match/evidence/data';
import { loadRealSet } from '../realset/load';
import { countsByLanguage, formatFigures, realSetFigures } from '../realset/report';

export function benchRealSet(json: string): void {
  const index = JSON.parse(json) as ClauseIndex;
  const quotes = loadRealSet();
  const model = (index.evidence as EvidenceData).model;
  console.log('\n## Real set: quotations copied from public news pages, labelled by hand');
  console.log(`${quotes.length} labelled quotations — ${countsByLanguage(quotes)}`);
  console.log(`model: threshold ${model.threshold}, fitted on ${model.fitted?.examples ?? '?'} examples`);
  console.log(formatFigures(realSetFigures(loadIndex(index), quotes, model), true));
}
