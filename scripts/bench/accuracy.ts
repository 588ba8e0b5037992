import { annotateText, type LoadedIndex } from '../../lib/clauselens';
import type { ClauseIndex } from '../../lib/index/types';
import { type DevCase, generateDevset, NEGATIVES } from '../../tests/fixtures/devset/generate';

export type Outcome = 'correct' | 'wrong-clause' | 'missed' | 'rejected' | 'false-positive';

/** What annotateText does with one development case. */
export function judge(loaded: LoadedIndex, devCase: DevCase): { outcome: Outcome; clauseId?: string } {
  const { matches } = annotateText(loaded, devCase.text);
  if (devCase.expect.length === 0) {
    const shown = matches[0];
    return shown ? { outcome: 'false-positive', clauseId: shown.clauseId } : { outcome: 'rejected' };
  }
  const at = devCase.quoteStart;
  const match = matches.find((m) => m.start <= at && at + devCase.quote.length <= m.end);
  if (!match) return { outcome: 'missed' };
  return { outcome: devCase.expect.includes(match.clauseId) ? 'correct' : 'wrong-clause', clauseId: match.clauseId };
}

export function devCases(index: ClauseIndex): DevCase[] {
  return [...generateDevset(index), ...NEGATIVES];
}

export interface CategoryFigures {
  category: string;
  cases: number;
  correct: number;
  wrong: number;
  missed: number;
  falsePositives: number;
  precision: number;
  recall: number | null;
}

export function accuracyByCategory(loaded: LoadedIndex, cases: DevCase[]): CategoryFigures[] {
  const byCategory = new Map<string, CategoryFigures>();
  for (const devCase of cases) {
    const row = byCategory.get(devCase.category) ?? {
      category: devCase.category,
      cases: 0,
      correct: 0,
      wrong: 0,
      missed: 0,
      falsePositives: 0,
      precision: 1,
      recall: null,
    };
    row.cases++;
    const { outcome } = judge(loaded, devCase);
    if (outcome === 'correct') row.correct++;
    else if (outcome === 'wrong-clause') row.wrong++;
    else if (outcome === 'missed') row.missed++;
    else if (outcome === 'false-positive') row.falsePositives++;
    byCategory.set(devCase.category, row);
  }
  const rows = [...byCategory.values()];
  const total: CategoryFigures = { category: 'ALL', cases: 0, correct: 0, wrong: 0, missed: 0, falsePositives: 0, precision: 1, recall: null };
  let positives = 0;
  for (const row of rows) {
    const shown = row.correct + row.wrong + row.falsePositives;
    row.precision = shown === 0 ? 1 : row.correct / shown;
    const isPositive = !row.category.startsWith('negative');
    row.recall = isPositive ? row.correct / row.cases : null;
    total.cases += row.cases;
    total.correct += row.correct;
    total.wrong += row.wrong;
    total.missed += row.missed;
    total.falsePositives += row.falsePositives;
    if (isPositive) positives += row.cases;
  }
  const shown = total.correct + total.wrong + total.falsePositives;
  total.precision = shown === 0 ? 1 : total.correct / shown;
  total.recall = positives === 0 ? null : total.correct / positives;
  return [...rows, total];
}
