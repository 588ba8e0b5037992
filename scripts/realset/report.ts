/**
 * Real-set figures, per language: the model cross-validated (fitted and
 * thresholded on the other folds, by page) and in-sample (the model the index
 * carries), next to the exact-substring baseline on the same quotes; then the
 * misses and false positives of the cross-validated run.
 */
import type { LoadedIndex } from '../../lib/clauselens';
import type { EvidenceModel } from '../../lib/match/evidence/data';
import { crossValidate, type Example } from '../../lib/match/evidence/fit';
import { type Judged, judgeRealSet, LANGS, labelOf, type Score, score, trainable, vectorOf } from './evaluate';
import type { LabelledQuote } from './load';

export const FOLDS = 5;

export interface RealSetFigures {
  judged: Judged[];
  /** Per language and over all: cross-validated, in-sample, baseline. */
  rows: Array<{ lang: string; cv: Score; inSample: Score; baseline: Score }>;
  /** Out-of-fold decisions, by judged item. */
  cvAccepted: boolean[];
}

export function examplesOf(judged: ReadonlyArray<Judged>): { examples: Example[]; at: number[] } {
  const examples: Example[] = [];
  const at: number[] = [];
  judged.forEach((j, i) => {
    if (!trainable(j) || !j.features) return;
    examples.push({ x: vectorOf(j.features), offset: j.features.chance, y: labelOf(j), group: j.quote.page, method: j.features.cross === 1 ? 'cross' : 'zh' });
    at.push(i);
  });
  return { examples, at };
}

export function realSetFigures(loaded: LoadedIndex, quotes: ReadonlyArray<LabelledQuote>, model: EvidenceModel): RealSetFigures {
  const judged = judgeRealSet(loaded, quotes);
  const { examples, at } = examplesOf(judged);
  const l2 = model.fitted?.l2 ?? 1;
  const target = model.fitted?.targetPrecision ?? 0.98;
  const cv = crossValidate(examples, FOLDS, l2, target);
  const cvAccepted = judged.map(() => false);
  cv.forEach((r, k) => {
    cvAccepted[at[k] as number] = r.p >= r.threshold;
  });
  const rows = [...LANGS, 'all'].map((lang) => {
    const items = judged.map((j, i) => ({ j, i })).filter(({ j }) => lang === 'all' || j.quote.lang === lang);
    return {
      lang,
      cv: score(items.map(({ j, i }) => ({ j, accepted: cvAccepted[i] ?? false, correct: j.correct }))),
      inSample: score(items.map(({ j }) => ({ j, accepted: j.accepted, correct: j.correct }))),
      baseline: score(items.map(({ j }) => ({ j, accepted: j.baseline !== null, correct: j.baselineCorrect }))),
    };
  });
  return { judged, rows, cvAccepted };
}

const f3 = (x: number) => x.toFixed(3);
const cell = (s: Score) => `P ${f3(s.precision)} R ${f3(s.recall)} (${s.found}/${s.positives}, ${s.falsePositives} false)`;
const short = (text: string, n = 50) => (text.length <= n ? text : `${text.slice(0, n - 1)}…`).replace(/\n/gu, ' ');

export function formatFigures(figures: RealSetFigures, listCases = true): string {
  const lines = [
    `| language | cross-validated (${FOLDS}-fold by page) | in-sample (model in the index) | exact-substring baseline |`,
    '| --- | --- | --- | --- |',
    ...figures.rows.map((r) => `| ${r.lang} | ${cell(r.cv)} | ${cell(r.inSample)} | ${cell(r.baseline)} |`),
  ];
  if (listCases) {
    const misses: string[] = [];
    const falses: string[] = [];
    figures.judged.forEach((j, i) => {
      const accepted = figures.cvAccepted[i] ?? false;
      if (j.kind === 'positive' && !j.quote.hard && !(accepted && j.correct)) {
        misses.push(`  miss  [${j.quote.lang}] “${short(j.quote.quote)}” p=${j.p.toFixed(2)} best=${j.clauseId ?? 'none'}${j.correct ? '' : ' (wrong clause)'}  ${j.quote.id}`);
      } else if (accepted && !(j.kind === 'positive' && j.correct) && !(j.kind === 'absent' && j.quote.quote.length <= 8)) {
        falses.push(`  false [${j.quote.lang}] ${j.quote.label} “${short(j.quote.quote)}” p=${j.p.toFixed(2)} → ${j.clauseId}  ${j.quote.id}`);
      }
    });
    lines.push(`\nFalse positives (cross-validated): ${falses.length}`, ...falses, `\nMisses (cross-validated): ${misses.length}`, ...misses);
  }
  return lines.join('\n');
}

export function countsByLanguage(quotes: ReadonlyArray<LabelledQuote>): string {
  const counts = new Map<string, { all: number; pos: number }>();
  for (const q of quotes) {
    const c = counts.get(q.lang) ?? { all: 0, pos: 0 };
    c.all++;
    if (['A', 'B', 'C'].includes(q.label) && q.anchors.length > 0) c.pos++;
    counts.set(q.lang, c);
  }
  return [...counts].map(([lang, c]) => `${lang} ${c.all} (${c.pos} from the statements)`).join(', ');
}
