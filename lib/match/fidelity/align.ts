/**
 * Character-level alignment of a quote piece (matching form) against a window
 * of source text (matching form): Levenshtein distance with a traceback, where
 * the window may have a free prefix and a free suffix (the parts of the window
 * the piece need not cover: a neighbouring clause the quote may run into).
 */

export const MATCH = 0;
export const SUBSTITUTE = 1;
/** A character only the quote has. */
export const ADD = 2;
/** A character only the source has. */
export const DROP = 3;
/** A character of a whole punctuated unit of the source the quote leaves out (see `boundaries`). */
export const GAP = 4;

export type OpCode = typeof MATCH | typeof SUBSTITUTE | typeof ADD | typeof DROP | typeof GAP;

/** One step of an alignment: `q` is an index in the piece (−1 for DROP and GAP), `s` in the window (−1 for ADD). */
export interface Step {
  op: OpCode;
  q: number;
  s: number;
}

export interface Alignment {
  steps: Step[];
  /** The aligned stretch of the window, end exclusive. */
  sourceStart: number;
  sourceEnd: number;
  /** In units of EDIT_COST per character edit, GAP_COST per unit left out. */
  cost: number;
}

/** Cost of one character added or dropped. */
export const EDIT_COST = 10;
/**
 * Cost of one character replaced: a little more than one added or dropped, so
 * that at a free edge text only the quote has reads as added rather than as
 * replacing source text it never quoted, yet less than dropped plus added.
 */
export const SUBSTITUTE_COST = 11;
/** Cost of leaving out one whole punctuated unit of the source, whatever its length. */
export const GAP_COST = 1;
/** A unit left out is at least this many characters long. */
export const MIN_GAP = 2;

/** Beyond this many cells the quadratic alignment is not attempted. */
export const MAX_CELLS = 16_000_000;

const START = 5;
const MATCH_AFTER_GAP = 6;

export interface AlignOptions {
  /** The alignment may start at any offset up to this one, at no cost (default 0). */
  freeStartUntil?: number;
  /** The alignment may end at any offset from this one on, at no cost (default: the window's end). */
  freeEndFrom?: number;
  /** Further offsets where the alignment may start (1) at no cost; length window.length + 1. */
  starts?: Uint8Array;
  /** Further offsets where the alignment may end (1) at no cost; length window.length + 1. */
  ends?: Uint8Array;
  /** Of several ends with the least cost, the one nearest this offset (default: the window's end). */
  preferredEnd?: number;
  /**
   * Positions between two punctuated units of the source (punctuation between
   * characters j − 1 and j, or an edge), length window.length + 1: leaving out
   * everything between two boundaries at least MIN_GAP characters apart costs
   * GAP_COST, an unmarked cut rather than words dropped.
   */
  boundaries?: Uint8Array;
  /** Quote character → source character also counted as a match (script variants). */
  variants?: ReadonlyMap<number, number>;
}

/**
 * Aligns all of `piece` against a stretch of `window`: where the stretch may
 * start and end is set by the options; every character of the stretch the
 * piece lacks costs EDIT_COST, as does each character added, and each one
 * replaced SUBSTITUTE_COST. Without options: a global alignment.
 *
 * Ties are broken towards matches, then substitutions, then characters only
 * the source has, so that runs of edits come out contiguous.
 *
 * Returns null when the alignment would be too large to compute.
 */
export function alignPiece(piece: string, window: string, options: AlignOptions = {}): Alignment | null {
  const { starts, ends, boundaries, variants } = options;
  const m = piece.length;
  const n = window.length;
  const width = n + 1;
  if ((m + 1) * width > MAX_CELLS) return null;
  const fsu = Math.max(0, Math.min(options.freeStartUntil ?? 0, n));
  const fef = Math.max(0, Math.min(options.freeEndFrom ?? n, n));
  const preferredEnd = options.preferredEnd ?? n;
  const INF = 0x3fffffff;
  // Two layers: D, paths whose last step is not a unit left out; G, paths
  // whose last step is one. A unit left out must lie between characters in
  // common (G is entered from a match and left by a match only), so that it
  // cannot stand in for characters dropped around an edit.
  const moves = new Uint8Array((m + 1) * width);
  const gapFrom = boundaries ? new Int32Array((m + 1) * width) : undefined;
  let previous = new Int32Array(width);
  let current = new Int32Array(width);
  let previousGap = new Int32Array(width).fill(INF);
  let currentGap = new Int32Array(width).fill(INF);
  for (let j = 0; j <= n; j++) {
    if (j <= fsu || starts?.[j] === 1) {
      previous[j] = 0;
      moves[j] = START;
    } else {
      previous[j] = (previous[j - 1] ?? 0) + EDIT_COST;
      moves[j] = DROP;
    }
  }
  const hasGaps = boundaries !== undefined && gapFrom !== undefined;
  for (let i = 1; i <= m; i++) {
    const row = i * width;
    const qc = piece.charCodeAt(i - 1);
    const qv = variants?.get(qc) ?? -1;
    current[0] = i * EDIT_COST;
    currentGap[0] = INF;
    moves[row] = ADD;
    // The cheapest boundary at least MIN_GAP columns back reached by a match.
    let gapBest = INF;
    let gapAt = -1;
    for (let j = 1; j <= n; j++) {
      const sc = window.charCodeAt(j - 1);
      const same = qc === sc || qv === sc;
      let best = (previous[j - 1] ?? 0) + (same ? 0 : SUBSTITUTE_COST);
      let move: number = same ? MATCH : SUBSTITUTE;
      if (same && (previousGap[j - 1] ?? INF) < best) {
        best = previousGap[j - 1] ?? INF;
        move = MATCH_AFTER_GAP;
      }
      const drop = (current[j - 1] ?? 0) + EDIT_COST;
      if (drop < best) {
        best = drop;
        move = DROP;
      }
      const add = (previous[j] ?? 0) + EDIT_COST;
      if (add < best) {
        best = add;
        move = ADD;
      }
      current[j] = best;
      moves[row + j] = move;
      currentGap[j] = INF;
      if (hasGaps) {
        const back = j - MIN_GAP;
        const backMove = back >= 0 ? moves[row + back] : undefined;
        if (
          back > 0 &&
          boundaries[back] === 1 &&
          (backMove === MATCH || backMove === MATCH_AFTER_GAP) &&
          (current[back] ?? INF) < gapBest
        ) {
          gapBest = current[back] ?? INF;
          gapAt = back;
        }
        if (boundaries[j] === 1 && gapAt >= 0) {
          currentGap[j] = gapBest + GAP_COST;
          gapFrom[row + j] = gapAt;
        }
      }
    }
    [previous, current] = [current, previous];
    [previousGap, currentGap] = [currentGap, previousGap];
  }
  // `previous` now holds the last row.
  let end = n;
  let cost = Number.POSITIVE_INFINITY;
  for (let j = 0; j <= n; j++) {
    if (j < fef && ends?.[j] !== 1) continue;
    const value = previous[j] ?? 0;
    if (value < cost || (value === cost && Math.abs(j - preferredEnd) < Math.abs(end - preferredEnd))) {
      cost = value;
      end = j;
    }
  }
  const steps: Step[] = [];
  let i = m;
  let j = end;
  let inGap = false;
  while (i > 0 || j > 0) {
    if (inGap) {
      const from = gapFrom?.[i * width + j] ?? j - 1;
      while (j > from) {
        steps.push({ op: GAP, q: -1, s: j - 1 });
        j--;
      }
      inGap = false;
      continue;
    }
    const move = moves[i * width + j];
    if (move === START) break;
    if (move === MATCH || move === SUBSTITUTE || move === MATCH_AFTER_GAP) {
      steps.push({ op: move === SUBSTITUTE ? SUBSTITUTE : MATCH, q: i - 1, s: j - 1 });
      i--;
      j--;
      inGap = move === MATCH_AFTER_GAP;
    } else if (move === DROP) {
      steps.push({ op: DROP, q: -1, s: j - 1 });
      j--;
    } else {
      steps.push({ op: ADD, q: i - 1, s: -1 });
      i--;
    }
  }
  steps.reverse();
  return { steps, sourceStart: j, sourceEnd: end, cost };
}

/** The alignment of two equal strings, without the quadratic work. */
export function identity(length: number, sourceStart = 0): Alignment {
  const steps: Step[] = [];
  for (let k = 0; k < length; k++) steps.push({ op: MATCH, q: k, s: sourceStart + k });
  return { steps, sourceStart, sourceEnd: sourceStart + length, cost: 0 };
}
