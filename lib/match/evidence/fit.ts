/**
 * Build time: fitting the evidence model. L2-regularised logistic regression by
 * Newton's method (a handful of features, a few hundred examples: exact and
 * quick), a threshold chosen for a target precision, and grouped k-fold
 * cross-validation so that quotes of one page never sit on both sides.
 */
import type { FeatureName } from './data';

export interface Example {
  x: number[];
  /** A fixed part of the log-odds, not fitted (Features.chance). */
  offset: number;
  y: 0 | 1;
  /** Examples of one group (a page) fall in one fold. */
  group: string;
  /** Each method (Chinese, cross-language) gets its own threshold: their scores do not run on one scale. */
  method: 'zh' | 'cross';
}

export type Thresholds = Record<Example['method'], number>;

export interface Fitted {
  weights: number[];
  bias: number;
}

export function fitLogistic(examples: ReadonlyArray<Example>, l2: number, iterations = 50): Fitted {
  const d = (examples[0]?.x.length ?? 0) + 1;
  let beta = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const gradient = new Array<number>(d).fill(0);
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { x, y, offset } of examples) {
      const row = [1, ...x];
      const p = 1 / (1 + Math.exp(-(dot(beta, row) + offset)));
      const w = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < d; i++) {
        gradient[i] = (gradient[i] ?? 0) + ((row[i] ?? 0) * (p - y));
        const hi = hessian[i] as number[];
        for (let j = 0; j < d; j++) hi[j] = (hi[j] ?? 0) + w * (row[i] ?? 0) * (row[j] ?? 0);
      }
    }
    // The bias is not shrunk: only the evidence weights are.
    for (let i = 1; i < d; i++) {
      gradient[i] = (gradient[i] ?? 0) + l2 * (beta[i] ?? 0);
      (hessian[i] as number[])[i] = ((hessian[i] as number[])[i] ?? 0) + l2;
    }
    const step = solve(hessian, gradient);
    beta = beta.map((b, i) => b - (step[i] ?? 0));
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { bias: beta[0] ?? 0, weights: beta.slice(1) };
}

export function predict(fitted: Fitted, x: ReadonlyArray<number>, offset = 0): number {
  return 1 / (1 + Math.exp(-(fitted.bias + offset + dot(fitted.weights, x))));
}

/**
 * The lowest threshold at which the examples scoring at or above it reach the
 * target precision, counting from the top; 1 when none does.
 */
export function thresholdFor(scores: ReadonlyArray<{ p: number; y: 0 | 1 }>, targetPrecision: number): number {
  const sorted = [...scores].sort((a, b) => b.p - a.p);
  let tp = 0;
  let fp = 0;
  let best = 1;
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i] as { p: number; y: 0 | 1 };
    if (s.y === 1) tp++;
    else fp++;
    // Only between distinct scores can a threshold fall.
    const next = sorted[i + 1];
    if (next && next.p === s.p) continue;
    if (tp / (tp + fp) >= targetPrecision) best = s.p;
  }
  return best;
}

/** Fold of each example: groups spread over k folds by a stable hash of their name. */
export function foldsOf(examples: ReadonlyArray<Example>, k: number): number[] {
  return examples.map((e) => hash(e.group) % k);
}

/** Out-of-fold probabilities and thresholds: each fold scored by a model fitted (and thresholded) on the others. */
export function crossValidate(
  examples: ReadonlyArray<Example>,
  k: number,
  l2: number,
  targetPrecision: number,
): Array<{ p: number; threshold: number }> {
  const folds = foldsOf(examples, k);
  const out = examples.map(() => ({ p: 0, threshold: 1 }));
  for (let f = 0; f < k; f++) {
    const train = examples.filter((_, i) => folds[i] !== f);
    if (train.length === 0) continue;
    const fitted = fitLogistic(train, l2);
    const thresholds = chooseThresholds(train, k, l2, targetPrecision);
    examples.forEach((e, i) => {
      if (folds[i] === f) out[i] = { p: predict(fitted, e.x, e.offset), threshold: thresholds[e.method] };
    });
  }
  return out;
}

/** The thresholds for a model fitted on `examples`, chosen per method on their own out-of-fold scores (never in-sample ones). */
export function chooseThresholds(examples: ReadonlyArray<Example>, k: number, l2: number, targetPrecision: number): Thresholds {
  const folds = foldsOf(examples, k);
  const scores: Array<{ p: number; y: 0 | 1; method: Example['method'] }> = [];
  for (let f = 0; f < k; f++) {
    const train = examples.filter((_, i) => folds[i] !== f);
    const test = examples.filter((_, i) => folds[i] === f);
    if (train.length === 0 || test.length === 0) continue;
    const fitted = fitLogistic(train, l2);
    for (const e of test) scores.push({ p: predict(fitted, e.x, e.offset), y: e.y, method: e.method });
  }
  return {
    zh: thresholdFor(scores.filter((s) => s.method === 'zh'), targetPrecision),
    cross: thresholdFor(scores.filter((s) => s.method === 'cross'), targetPrecision),
  };
}

export function describeWeights(names: ReadonlyArray<FeatureName>, fitted: Fitted): string {
  return [`bias ${fitted.bias.toFixed(2)}`, ...names.map((n, i) => `${n} ${(fitted.weights[i] ?? 0).toFixed(2)}`)].join(', ');
}

function dot(a: ReadonlyArray<number>, b: ReadonlyArray<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

/** Gaussian elimination with partial pivoting: A x = b. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] as number[], m[c] as number[]];
    const row = m[c] as number[];
    const lead = row[c] ?? 0;
    if (Math.abs(lead) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const other = m[r] as number[];
      const factor = (other[c] ?? 0) / lead;
      if (factor === 0) continue;
      for (let j = c; j <= n; j++) other[j] = (other[j] ?? 0) - factor * (row[j] ?? 0);
    }
  }
  return m.map((row, i) => (Math.abs(row[i] ?? 0) < 1e-12 ? 0 : (row[n] ?? 0) / (row[i] ?? 1)));
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
