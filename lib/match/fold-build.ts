/**
 * Build-time only: derives the character fold from opencc-js's dictionaries.
 * The extension never imports this module (it would pull in the dictionaries);
 * it reads the trimmed fold stored in the index.
 */
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import type { CharacterFold } from '../text/fold';

function parsePairs(dictionary: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const entry of dictionary.split('|')) {
    const [from, to] = entry.split(' ');
    // A character with several readings lists them all; the first is the usual one.
    if (from && to && [...from].length === 1 && [...to].length === 1) pairs.push([from, to]);
  }
  return pairs;
}

/**
 * Every traditional, Hong Kong or Taiwan character form opencc-js knows, folded
 * to simplified: regional variant → OpenCC's standard traditional form →
 * simplified, repeated until nothing changes.
 */
export function fullTraditionalFold(): CharacterFold {
  const step = new Map<number, number>();
  const cp = (s: string) => s.codePointAt(0) ?? 0;
  // Regional variants first so that the traditional→simplified step wins a conflict.
  for (const [from, to] of [...parsePairs(HKVariantsRev), ...parsePairs(TWVariantsRev)]) {
    if (!step.has(cp(from))) step.set(cp(from), cp(to));
  }
  for (const [from, to] of parsePairs(TSCharacters)) step.set(cp(from), cp(to));
  const fold = new Map<number, number>();
  for (const from of step.keys()) {
    let to = from;
    const seen = new Set<number>();
    while (step.has(to) && !seen.has(to)) {
      seen.add(to);
      to = step.get(to) ?? to;
    }
    if (to !== from) fold.set(from, to);
  }
  return fold;
}

/**
 * Only the entries that can matter for this index: those whose target occurs in
 * the index's folded text. A character folding to anything else cannot match
 * either way, so dropping its entry changes no result.
 */
export function trimFold(fold: CharacterFold, foldedIndexCharacters: ReadonlySet<number>): CharacterFold {
  const trimmed = new Map<number, number>();
  for (const [from, to] of fold) if (foldedIndexCharacters.has(to)) trimmed.set(from, to);
  return trimmed;
}
