/** Small timing helpers shared by the benchmark sections. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

export const median = (values: number[]) => quantile(values, 0.5);

/** Milliseconds for each call of `run` over `inputs`, after `warmup` untimed rounds. */
export function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown, warmup = 1): number[] {
  for (let round = 0; round < warmup; round++) for (const input of inputs) run(input);
  return inputs.map((input) => {
    const start = performance.now();
    run(input);
    return performance.now() - start;
  });
}

export function repeat(times: number, run: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    out.push(performance.now() - start);
  }
  return out;
}

export const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
export const ms = (value: number) => `${value.toFixed(value < 10 ? 3 : 1)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

let collect: (() => void) | undefined;
/** Forces a garbage collection so that heap figures mean something. */
export function gc(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}

export function heapUsed(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

export function table(rows: Array<Record<string, string | number>>): void {
  console.table(rows);
}
