/**
 * Synthetic indexes 10× and 100× the real one: the real clauses plus filler
 * clauses from a character-bigram Markov chain trained on them, so bigram
 * frequencies (and so posting-list lengths) look like political Chinese rather
 * than noise.
 */
import type { Clause, ClauseIndex } from '../../lib/index/types';
import { buildMatchData } from '../../lib/match/build';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticIndex(real: ClauseIndex, factor: number, seed = 1): ClauseIndex {
  const rand = random(seed);
  const next = new Map<string, string[]>();
  const starts: string[] = [];
  for (const clause of real.clauses) {
    const chars = [...clause.text];
    if (chars[0]) starts.push(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) {
      const list = next.get(chars[i] ?? '') ?? [];
      list.push(chars[i + 1] ?? '');
      next.set(chars[i] ?? '', list);
    }
  }
  const lengths = real.clauses.map((clause) => clause.text.length);
  const clauses: Clause[] = [...real.clauses];
  const extra = real.clauses.length * (factor - 1);
  for (let n = 0; n < extra; n++) {
    const length = lengths[n % lengths.length] ?? 100;
    let ch = starts[Math.floor(rand() * starts.length)] ?? '双';
    let text = ch;
    while (text.length < length) {
      const options = next.get(ch);
      ch = options ? (options[Math.floor(rand() * options.length)] ?? '。') : (starts[0] ?? '双');
      text += ch;
    }
    const docId = `synthetic-${Math.floor(n / 50)}`;
    clauses.push({
      id: `${docId}-${n % 50}`,
      docId,
      ordinal: (n % 50) + 1,
      label: `第${(n % 50) + 1}段`,
      kind: 'paragraph',
      text,
      sources: [],
      flags: [],
    });
  }
  return { ...real, clauses, match: buildMatchData(clauses) };
}
