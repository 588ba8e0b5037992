import type { Normalizer } from '../text/normalize';

/**
 * All clauses' matching forms joined, in index order, without separators: a
 * quote that runs from the end of one clause into the next (their punctuation
 * is dropped by normalisation) matches as one span.
 */
export interface Corpus {
  readonly text: string;
  /** Corpus offset of each clause's matching form, plus the total length at the end. */
  readonly clauseStarts: Int32Array;
}

export function buildCorpus(texts: ReadonlyArray<string>, normalizer: Normalizer): Corpus {
  const clauseStarts = new Int32Array(texts.length + 1);
  const parts: string[] = [];
  let length = 0;
  texts.forEach((text, i) => {
    clauseStarts[i] = length;
    const form = normalizer.normalizeText(text);
    parts.push(form);
    length += form.length;
  });
  clauseStarts[texts.length] = length;
  return { text: parts.join(''), clauseStarts };
}

/** Index of the clause holding corpus offset `at` (the last clause when `at` is the end). */
export function clauseAt(corpus: Corpus, at: number): number {
  const starts = corpus.clauseStarts;
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  // Skip clauses whose matching form is empty so `at` lands in one that holds it.
  while (lo + 1 < starts.length - 1 && (starts[lo + 1] ?? 0) <= at) lo++;
  return lo;
}
