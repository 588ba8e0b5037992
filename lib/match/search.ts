import approxSearch from 'approx-string-match';
import { type Postings, postingCount, slotAt } from './postings';

/** A span of the corpus a quote piece matches, with its edit distance. */
export interface Hit {
  start: number;
  end: number;
  errors: number;
}

export interface Searchable {
  readonly text: string;
  readonly postings: Postings;
}

// More hits than this for one piece means the piece is everywhere: it says
// nothing about where it comes from, and listing them all would be slow.
export const MAX_HITS = 64;

/** Every place the piece occurs verbatim (matching form), via its rarest bigram. */
export function exactHits(corpus: Searchable, piece: string, limit = MAX_HITS): Hit[] {
  const m = piece.length;
  if (m < 2) return [];
  let rarest = -1;
  let rarestOffset = 0;
  let rarestCount = Number.POSITIVE_INFINITY;
  for (let o = 0; o + 1 < m; o++) {
    const slot = slotAt(corpus.postings, piece, o);
    const count = postingCount(corpus.postings, slot);
    if (count === 0) return [];
    if (count < rarestCount) {
      rarest = slot;
      rarestOffset = o;
      rarestCount = count;
    }
  }
  const hits: Hit[] = [];
  const { offsets, positions } = corpus.postings;
  const to = offsets[rarest + 1] ?? 0;
  for (let i = offsets[rarest] ?? 0; i < to && hits.length <= limit; i++) {
    const start = (positions[i] ?? 0) - rarestOffset;
    if (start >= 0 && corpus.text.startsWith(piece, start)) hits.push({ start, end: start + m, errors: 0 });
  }
  return hits;
}

interface Gram {
  offset: number;
  slot: number;
  count: number;
}

// Grams beyond the 2k + 1 the filter needs: each one raises the vote threshold
// by one, so fewer regions reach verification, for a few more postings read.
const EXTRA_GRAMS = 4;

/**
 * Places where the piece matches with at most `k` errors (only the best ones):
 * a q-gram count filter over the rarest bigrams of the piece, then Myers'
 * bit-parallel alignment on each surviving region, best regions first, stopping
 * when no remaining region can beat the best found.
 *
 * Why the filter is safe: one edit touches at most two of the piece's bigram
 * positions, so a match with ≤ k errors keeps all but 2k of them, each found in
 * the corpus within k of its diagonal (corpus offset − piece offset).
 */
export function approximateHits(corpus: Searchable, piece: string, k: number): Hit[] {
  const m = piece.length;
  if (m < 2 || k <= 0) return exactHits(corpus, piece);
  const grams: Gram[] = [];
  let missing = 0;
  for (let o = 0; o + 1 < m; o++) {
    const slot = slotAt(corpus.postings, piece, o);
    const count = postingCount(corpus.postings, slot);
    if (count === 0) missing++;
    else grams.push({ offset: o, slot, count });
  }
  const budget = 2 * k - missing; // bigram positions still allowed to be destroyed
  if (budget < 0 || grams.length <= budget) return budget < 0 ? [] : fullScan(corpus.text, piece, k);
  grams.sort((a, b) => a.count - b.count);
  const chosen = grams.slice(0, Math.min(grams.length, budget + 1 + EXTRA_GRAMS));
  const threshold = chosen.length - budget;

  let total = 0;
  for (const gram of chosen) total += gram.count;
  const diagonals = new Int32Array(total);
  let n = 0;
  const { offsets, positions } = corpus.postings;
  for (const gram of chosen) {
    const to = offsets[gram.slot + 1] ?? 0;
    for (let i = offsets[gram.slot] ?? 0; i < to; i++) diagonals[n++] = (positions[i] ?? 0) - gram.offset;
  }
  diagonals.sort();

  const regions = votedRegions(diagonals, 2 * k, threshold, m, k, corpus.text.length);
  regions.sort((a, b) => b.votes - a.votes);
  let best = k;
  let hits: Hit[] = [];
  for (const region of regions) {
    // Each chosen gram without a vote here was destroyed; two per error at most.
    const lowerBound = Math.ceil((missing + chosen.length - region.votes) / 2);
    if (lowerBound > best) break;
    for (const hit of alignIn(corpus.text, piece, region.from, region.to, best)) {
      if (hit.errors < best) {
        best = hit.errors;
        hits = [];
      }
      if (hit.errors === best && hits.length <= MAX_HITS) hits.push(hit);
    }
  }
  return dedupe(hits, m);
}

interface Region {
  from: number;
  to: number;
  votes: number;
}

/** Windows of the sorted diagonals holding at least `threshold` votes, as corpus regions. */
function votedRegions(
  diagonals: Int32Array,
  width: number,
  threshold: number,
  m: number,
  k: number,
  corpusLength: number,
): Region[] {
  const regions: Region[] = [];
  let lo = 0;
  for (let hi = 0; hi < diagonals.length; hi++) {
    const top = diagonals[hi] ?? 0;
    while ((diagonals[lo] ?? 0) < top - width) lo++;
    const votes = hi - lo + 1;
    if (votes < threshold) continue;
    const from = Math.max(0, (diagonals[lo] ?? 0) - k);
    const to = Math.min(corpusLength, top + m + k);
    const last = regions[regions.length - 1];
    if (last && from <= last.to) {
      last.to = Math.max(last.to, to);
      last.votes = Math.max(last.votes, votes);
    } else {
      regions.push({ from, to, votes });
    }
  }
  return regions;
}

/** Best matches of `piece` inside corpus[from, to) with at most `k` errors, in corpus offsets. */
export function alignIn(text: string, piece: string, from: number, to: number, k: number): Hit[] {
  if (to - from <= 0) return [];
  const window = text.slice(from, to);
  if (k <= 0) {
    const hits: Hit[] = [];
    for (let at = window.indexOf(piece); at >= 0 && hits.length <= MAX_HITS; at = window.indexOf(piece, at + 1)) {
      hits.push({ start: from + at, end: from + at + piece.length, errors: 0 });
    }
    return hits;
  }
  return approxSearch(window, piece, k).map((hit) => ({
    start: from + hit.start,
    end: from + hit.end,
    errors: hit.errors,
  }));
}

function fullScan(text: string, piece: string, k: number): Hit[] {
  return dedupe(alignIn(text, piece, 0, text.length, k), piece.length);
}

/**
 * Myers reports every end offset reaching the best error count, so one match
 * shows up as several overlapping spans: keep, for each run of overlapping
 * spans, the one whose length is closest to the piece's.
 */
export function dedupe(hits: Hit[], pieceLength: number): Hit[] {
  hits.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Hit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) {
      if (Math.abs(hit.end - hit.start - pieceLength) < Math.abs(last.end - last.start - pieceLength)) {
        kept[kept.length - 1] = hit;
      }
      continue;
    }
    kept.push(hit);
  }
  return kept;
}
