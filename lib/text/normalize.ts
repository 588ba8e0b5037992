import { type CharacterFold, EMPTY_FOLD } from './fold';

/**
 * The matching form of a text: what two renderings of the same wording have in
 * common. Unicode NFKC (full-width Latin, digits and punctuation become ASCII,
 * compatibility ideographs become unified ones), Latin lower case, the
 * character fold (traditional and regional variants to simplified), and no
 * punctuation, symbols, spaces or control characters — news sites re-punctuate
 * quotes freely (`,` for `，`, dropped commas, `—` for `－`), so punctuation is
 * not evidence either way.
 */
export interface NormalizedText {
  readonly text: string;
  /** For each UTF-16 unit of `text`: offset in the original of the character it came from. */
  readonly starts: Int32Array;
  /** For each UTF-16 unit of `text`: end offset (exclusive) of that original character. */
  readonly ends: Int32Array;
}

export interface Normalizer {
  /** Matching form with an offset map back to `original`. */
  normalize(original: string): NormalizedText;
  /** Matching form only (no offset map): for index building and look-ups. */
  normalizeText(original: string): string;
}

/** Original offsets [start, end) of the normalised span [start, end). */
export function toOriginalSpan(
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  if (end <= start || normalized.text.length === 0) {
    const at = normalized.starts[Math.min(start, normalized.starts.length - 1)] ?? 0;
    return { start: at, end: at };
  }
  return {
    start: normalized.starts[start] ?? 0,
    end: normalized.ends[end - 1] ?? 0,
  };
}

const DROPPED = /^[\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}\s]$/u;

// Per-UTF-16-unit results, cached in a table: each character is worked out once
// per normaliser, so normalising a page costs a table read per character.
const UNKNOWN = -1;
const DROP = -2;
const COMPLEX = -3;

export function createNormalizer(fold: CharacterFold = EMPTY_FOLD): Normalizer {
  const table = new Int32Array(0x10000).fill(UNKNOWN);
  const complex = new Map<number, string>();

  function foldCodePoint(cp: number): string {
    const raw = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
    let out = '';
    for (const ch of raw) {
      if (DROPPED.test(ch)) continue;
      const c = ch.codePointAt(0) ?? 0;
      out += String.fromCodePoint(fold.get(c) ?? c);
    }
    return out;
  }

  function classify(unit: number): number {
    if (unit >= 0xd800 && unit <= 0xdfff) return COMPLEX;
    const out = foldCodePoint(unit);
    if (out.length === 0) return DROP;
    if (out.length === 1) return out.charCodeAt(0);
    complex.set(unit, out);
    return COMPLEX;
  }

  function complexOutput(cp: number): string {
    let out = complex.get(cp);
    if (out === undefined) {
      out = foldCodePoint(cp);
      complex.set(cp, out);
    }
    return out;
  }

  function run(original: string, withMap: boolean): NormalizedText {
    const n = original.length;
    let codes = new Uint16Array(n + 8);
    let starts = withMap ? new Int32Array(n + 8) : new Int32Array(0);
    let ends = withMap ? new Int32Array(n + 8) : new Int32Array(0);
    let len = 0;
    const push = (code: number, start: number, end: number) => {
      if (len >= codes.length) {
        // Only NFKC expansions (ligatures, ㈱, ﷺ) make the output longer than the input.
        codes = grow(codes);
        if (withMap) {
          starts = grow(starts);
          ends = grow(ends);
        }
      }
      codes[len] = code;
      if (withMap) {
        starts[len] = start;
        ends[len] = end;
      }
      len++;
    };
    for (let i = 0; i < n; i++) {
      const unit = original.charCodeAt(i);
      let kind = table[unit] ?? UNKNOWN;
      if (kind === UNKNOWN) {
        kind = classify(unit);
        table[unit] = kind;
      }
      if (kind >= 0) {
        push(kind, i, i + 1);
      } else if (kind === COMPLEX) {
        const cp = original.codePointAt(i) ?? unit;
        const width = cp > 0xffff ? 2 : 1;
        const out = complexOutput(cp);
        for (let j = 0; j < out.length; j++) push(out.charCodeAt(j), i, i + width);
        i += width - 1;
      }
    }
    if (withMap) {
      starts = starts.slice(0, len);
      ends = ends.slice(0, len);
    }
    return { text: decode(codes, len), starts, ends };
  }

  return {
    normalize: (original) => run(original, true),
    normalizeText: (original) => run(original, false).text,
  };
}

function grow<T extends Uint16Array | Int32Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}

function decode(codes: Uint16Array, len: number): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < len; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[]);
  }
  return out;
}
