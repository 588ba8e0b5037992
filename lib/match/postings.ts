import type { MatchData } from './types';

/**
 * Character-bigram postings: for each bigram of the corpus, the sorted corpus
 * offsets where it starts. Keys are small integers (ranks of both characters in
 * the corpus alphabet), never strings: string-keyed maps made look-up times
 * swing between runs.
 */
export interface Postings {
  /** Rank + 1 of each UTF-16 unit in the alphabet; 0 for a unit the corpus never uses. */
  readonly rankOf: Uint16Array;
  readonly alphabetSize: number;
  readonly slotOfKey: Map<number, number>;
  /** Slot s's positions are positions[offsets[s]] … positions[offsets[s + 1] - 1]. */
  readonly offsets: Int32Array;
  readonly positions: Int32Array;
}

function rankTable(alphabet: string): Uint16Array {
  const rankOf = new Uint16Array(0x10000);
  for (let i = 0; i < alphabet.length; i++) rankOf[alphabet.charCodeAt(i)] = i + 1;
  return rankOf;
}

function alphabetOf(corpus: string): string {
  const seen = new Uint8Array(0x10000);
  for (let i = 0; i < corpus.length; i++) seen[corpus.charCodeAt(i)] = 1;
  let alphabet = '';
  for (let code = 0; code < 0x10000; code++) if (seen[code]) alphabet += String.fromCharCode(code);
  return alphabet;
}

export function buildPostings(corpus: string): Postings {
  const alphabet = alphabetOf(corpus);
  const rankOf = rankTable(alphabet);
  const size = alphabet.length;
  const bigrams = Math.max(0, corpus.length - 1);
  const keyAt = new Int32Array(bigrams);
  for (let i = 0; i < bigrams; i++) {
    keyAt[i] = ((rankOf[corpus.charCodeAt(i)] ?? 1) - 1) * size + ((rankOf[corpus.charCodeAt(i + 1)] ?? 1) - 1);
  }
  const sortedKeys = Int32Array.from(new Set(keyAt)).sort();
  const slotOfKey = new Map<number, number>();
  sortedKeys.forEach((key, slot) => {
    slotOfKey.set(key, slot);
  });
  const offsets = new Int32Array(sortedKeys.length + 1);
  for (let i = 0; i < bigrams; i++) {
    const next = (slotOfKey.get(keyAt[i] ?? 0) ?? 0) + 1;
    offsets[next] = (offsets[next] ?? 0) + 1;
  }
  for (let s = 0; s < sortedKeys.length; s++) offsets[s + 1] = (offsets[s + 1] ?? 0) + (offsets[s] ?? 0);
  const fill = offsets.slice(0, sortedKeys.length);
  const positions = new Int32Array(bigrams);
  for (let i = 0; i < bigrams; i++) {
    const slot = slotOfKey.get(keyAt[i] ?? 0) ?? 0;
    positions[fill[slot] ?? 0] = i;
    fill[slot] = (fill[slot] ?? 0) + 1;
  }
  return { rankOf, alphabetSize: size, slotOfKey, offsets, positions };
}

/** Slot of the bigram starting at `text[i]`, or -1 when the corpus never has it. */
export function slotAt(postings: Postings, text: string, i: number): number {
  const a = postings.rankOf[text.charCodeAt(i)] ?? 0;
  const b = postings.rankOf[text.charCodeAt(i + 1)] ?? 0;
  if (a === 0 || b === 0) return -1;
  return postings.slotOfKey.get((a - 1) * postings.alphabetSize + (b - 1)) ?? -1;
}

export function postingCount(postings: Postings, slot: number): number {
  return slot < 0 ? 0 : (postings.offsets[slot + 1] ?? 0) - (postings.offsets[slot] ?? 0);
}

export function serializePostings(postings: Postings): MatchData['postings'] {
  let alphabet = '';
  const units: number[] = [];
  postings.rankOf.forEach((rank, code) => {
    if (rank > 0) units[rank - 1] = code;
  });
  for (const code of units) alphabet += String.fromCharCode(code);
  const slots = [...postings.slotOfKey.entries()].sort((a, b) => a[0] - b[0]);
  const keys: number[] = [];
  const counts: number[] = [];
  const positions: number[] = [];
  let previousKey = 0;
  for (const [key, slot] of slots) {
    keys.push(key - previousKey);
    previousKey = key;
    const from = postings.offsets[slot] ?? 0;
    const to = postings.offsets[slot + 1] ?? 0;
    counts.push(to - from);
    let previous = 0;
    for (let i = from; i < to; i++) {
      const position = postings.positions[i] ?? 0;
      positions.push(position - previous);
      previous = position;
    }
  }
  return { alphabet, keys, counts, positions };
}

export function deserializePostings(data: MatchData['postings']): Postings {
  const rankOf = rankTable(data.alphabet);
  const slotOfKey = new Map<number, number>();
  const offsets = new Int32Array(data.keys.length + 1);
  const positions = new Int32Array(data.positions.length);
  let key = 0;
  let at = 0;
  for (let slot = 0; slot < data.keys.length; slot++) {
    key += data.keys[slot] ?? 0;
    slotOfKey.set(key, slot);
    const count = data.counts[slot] ?? 0;
    let position = 0;
    for (let i = 0; i < count; i++) {
      position += data.positions[at] ?? 0;
      positions[at++] = position;
    }
    offsets[slot + 1] = at;
  }
  return { rankOf, alphabetSize: data.alphabet.length, slotOfKey, offsets, positions };
}
