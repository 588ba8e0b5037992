/**
 * Cross-language matching: per-language precision and recall on the English
 * and Russian development sets (tests/fixtures/devset/en.json, ru.json), and
 * the time per quote on the real index.
 */
import { annotateText, type LoadedIndex, loadIndex, matchQuote } from '../../lib/clauselens';
import { CROSS_LANGUAGES, type CrossDevCase, loadCrossDevset } from '../../tests/fixtures/devset/crosslingual';
import { median, quantile, table, timeEach, us } from './measure';

export type CrossOutcome = 'correct' | 'wrong-clause' | 'missed' | 'rejected' | 'false-positive';

/** What annotateText does with one case. */
export function judgeCross(loaded: LoadedIndex, devCase: CrossDevCase): { outcome: CrossOutcome; clauseId?: string } {
  const { matches } = annotateText(loaded, devCase.text);
  const match = matches.find((m) => m.start <= devCase.quoteStart && devCase.quoteStart + devCase.quote.length <= m.end);
  if (devCase.expect.length === 0) {
    return match ? { outcome: 'false-positive', clauseId: match.clauseId } : { outcome: 'rejected' };
  }
  if (!match) return { outcome: 'missed' };
  return { outcome: devCase.expect.includes(match.clauseId) ? 'correct' : 'wrong-clause', clauseId: match.clauseId };
}

export interface CrossFigures {
  lang: string;
  positives: number;
  negatives: number;
  correct: number;
  wrong: number;
  missed: number;
  falsePositives: number;
  precision: number;
  recall: number;
}

export function crossAccuracy(loaded: LoadedIndex, lang: string, cases: CrossDevCase[]): CrossFigures {
  const row: CrossFigures = { lang, positives: 0, negatives: 0, correct: 0, wrong: 0, missed: 0, falsePositives: 0, precision: 1, recall: 0 };
  for (const devCase of cases) {
    if (devCase.expect.length === 0) row.negatives++;
    else row.positives++;
    const { outcome } = judgeCross(loaded, devCase);
    if (outcome === 'correct') row.correct++;
    else if (outcome === 'wrong-clause') row.wrong++;
    else if (outcome === 'missed') row.missed++;
    else if (outcome === 'false-positive') row.falsePositives++;
  }
  const shown = row.correct + row.wrong + row.falsePositives;
  row.precision = shown === 0 ? 1 : row.correct / shown;
  row.recall = row.positives === 0 ? 0 : row.correct / row.positives;
  return row;
}

/** A page that names the documents and their parties, as the generated set's pages do. */
const NAMED_PAGE = { namesDocument: true, namesParties: true, otherYearsOnly: false };

export function benchCrossLanguage(json: string): void {
  const loaded = loadIndex(json);
  console.log('\n## Cross-language matching (English and Russian quotes)');
  const first = performance.now();
  matchQuote(loaded, 'warm-up', { topic: NAMED_PAGE });
  for (const lang of CROSS_LANGUAGES) loaded.cross?.model(lang);
  console.log(`models built on first use: ${(performance.now() - first).toFixed(2)} ms (both languages)`);
  const rows = [];
  for (const lang of CROSS_LANGUAGES) {
    const cases = loadCrossDevset(lang);
    const figures = crossAccuracy(loaded, lang, cases);
    const positives = cases.filter((c) => c.expect.length > 0);
    // Per quote: the decision for one quote with its context, as annotateText makes it.
    const times = timeEach(
      positives,
      (c) => matchQuote(loaded, c.quote, { before: c.text.slice(0, c.quoteStart), after: c.text.slice(c.quoteStart + c.quote.length), topic: NAMED_PAGE }),
      3,
    );
    rows.push({
      lang,
      positives: figures.positives,
      negatives: figures.negatives,
      correct: figures.correct,
      'wrong clause': figures.wrong,
      missed: figures.missed,
      'false positives': figures.falsePositives,
      precision: figures.precision.toFixed(3),
      recall: figures.recall.toFixed(3),
      'median / quote': us(median(times)),
      'p95 / quote': us(quantile(times, 0.95)),
    });
  }
  table(rows);
}
