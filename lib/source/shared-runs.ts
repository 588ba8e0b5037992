/**
 * Two paragraphs sharing a long run of text, outside the formulas every
 * clause repeats ("中华人民共和国和俄罗斯联邦重申"), are a sign that the
 * scrape spliced one into the other. The threshold sits well above the
 * longest such formula.
 */
export const SHARED_RUN_MINIMUM = 24;
const SEED = 8;

export interface SharedRun {
  a: number;
  b: number;
  /** Offsets of the run in each text. */
  aStart: number;
  bStart: number;
  length: number;
}

/** The longest shared run of each pair of texts that share one of at least `minimum` characters. */
export function findSharedRuns(texts: readonly string[], minimum = SHARED_RUN_MINIMUM): SharedRun[] {
  const seeds = new Map<string, number[]>();
  texts.forEach((text, i) => {
    for (let p = 0; p + SEED <= text.length; p++) {
      const key = text.slice(p, p + SEED);
      const list = seeds.get(key);
      if (!list) seeds.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const pairs = new Set<string>();
  for (const list of seeds.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) pairs.add(`${list[x]}:${list[y]}`);
    }
  }
  const runs: SharedRun[] = [];
  for (const pair of pairs) {
    const [a, b] = pair.split(':').map(Number) as [number, number];
    const run = longestCommonRun(texts[a] ?? '', texts[b] ?? '');
    if (run.length >= minimum) runs.push({ a, b, ...run });
  }
  return runs.sort((x, y) => x.a - y.a || x.b - y.b);
}

export function longestCommonRun(a: string, b: string): { aStart: number; bStart: number; length: number } {
  let best = { aStart: 0, bStart: 0, length: 0 };
  let previous = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const current = new Uint32Array(b.length + 1);
    for (let j = 1; j <= b.length; j++) {
      if (a.charCodeAt(i - 1) === b.charCodeAt(j - 1)) {
        const length = (previous[j - 1] ?? 0) + 1;
        current[j] = length;
        if (length > best.length) best = { aStart: i - length, bStart: j - length, length };
      }
    }
    previous = current;
  }
  return best;
}
