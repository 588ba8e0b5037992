/**
 * Generators of hostile text for the property tests: whatever a news page, a
 * broken scrape or an attacker can put in a string, mixed with real clause text
 * so that the matching paths are exercised too, not only the rejections.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { type LoadedIndex, loadIndex } from '../../../lib/clauselens';
import type { ClauseIndex } from '../../../lib/index/types';

let real: { index: ClauseIndex; loaded: LoadedIndex } | undefined;

/** The shipped index (data/generated/clause-index.json), loaded once per test file. */
export function realIndex(): { index: ClauseIndex; loaded: LoadedIndex } {
  if (!real) {
    const json = readFileSync('data/generated/clause-index.json', 'utf8');
    real = { index: JSON.parse(json) as ClauseIndex, loaded: loadIndex(json) };
  }
  return real;
}

/** Every quotation mark the quote finder knows, and a few it does not. */
export const QUOTE_MARKS = ['“', '”', '‘', '’', '「', '」', '『', '』', '«', '»', '‹', '›', '„', '‚', '〝', '〞', '〟', '﹁', '﹂', '﹃', '﹄', '"', "'", '＂', '＇', '`', '´'];

const COMBINING = ['\u0301', '\u0308', '\u0327', '\u20dd', '\u3099', '\u309a', '\u0e31', '\u093f'];
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e'];
const RTL = ['\u200f', '\u202e', '\u202b', '\u2067', 'مرحبا بالعالم', 'שלום', '\u0627\u0644\u0633\u0644\u0627\u0645'];
const BREAKS = ['\n', '\r', '\r\n', '\u2028', '\u2029', '\t', '\u3000', ' ', '\u00a0'];
const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00'];
const ODD = ['\u0000', '\u0007', '\ufffd', '\ufffe', '\uffff', '㈱', 'ﷺ', 'ﬁ', 'Å', 'İ', 'ẞ', '𠀀', '😀', '👩‍👩‍👧', '🇨🇳', 'Ⅻ', '①', '％', '，', '。', '、', '—', '－', '…'];
const CJK_WORDS = ['双方', '中俄', '反对', '国际', '外空', '核武器', '联合国', '关系', '稳定', '戰略', '雙方', '國際'];

/** A piece of real clause text: 2–60 characters from a random clause, sometimes in traditional-looking forms. */
export function clauseSnippet(): fc.Arbitrary<string> {
  const clauses = realIndex().index.clauses.map((c) => c.text);
  return fc
    .tuple(fc.integer({ min: 0, max: clauses.length - 1 }), fc.nat(), fc.integer({ min: 2, max: 60 }))
    .map(([which, from, length]) => {
      const text = clauses[which] ?? '';
      const start = text.length > 0 ? from % text.length : 0;
      return text.slice(start, start + length);
    });
}

/** One hostile piece of text. */
export function hostilePiece(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
    { weight: 2, arbitrary: fc.constantFrom(...COMBINING, ...ZERO_WIDTH, ...RTL, ...LONE_SURROGATES, ...ODD) },
    { weight: 2, arbitrary: fc.constantFrom(...BREAKS) },
    { weight: 2, arbitrary: fc.constantFrom(...CJK_WORDS) },
    { weight: 3, arbitrary: clauseSnippet() },
    // Any code unit at all (lone surrogates included) and any code point.
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 6 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }) },
  );
}

/** Hostile text: up to `maxPieces` pieces joined. */
export function hostileText(maxPieces = 40): fc.Arbitrary<string> {
  return fc.array(hostilePiece(), { maxLength: maxPieces }).map((pieces) => pieces.join(''));
}

/** A quote around real clause text, possibly with unbalanced or nested marks. */
export function quotedClause(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...QUOTE_MARKS), clauseSnippet(), fc.constantFrom(...QUOTE_MARKS), hostileText(4))
    .map(([open, body, close, noise]) => `${noise}${open}${body}${close}${noise}`);
}

/** Deterministic 1 MB (2^20 UTF-16 units) of hostile text, built from a seed without fast-check. */
export function megabyteOfHostileText(seed = 7): string {
  const pieces = [...QUOTE_MARKS, ...COMBINING, ...ZERO_WIDTH, ...RTL, ...BREAKS, ...LONE_SURROGATES, ...ODD, ...CJK_WORDS];
  const clauses = realIndex().index.clauses.map((c) => c.text);
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  const out: string[] = [];
  let length = 0;
  const target = 1 << 20;
  while (length < target) {
    const r = next() % 10;
    let piece: string;
    if (r < 2) {
      const clause = clauses[next() % clauses.length] ?? '';
      const from = next() % Math.max(1, clause.length);
      piece = `“${clause.slice(from, from + 4 + (next() % 80))}”`;
    } else {
      piece = pieces[next() % pieces.length] ?? '';
    }
    out.push(piece);
    length += piece.length;
  }
  return out.join('').slice(0, target);
}
