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
 * to simplified: a standard traditional character goes straight to its simplified
 * form; a regional variant first becomes OpenCC's standard traditional form,
 * then simplified. The simplified step is final: the regional tables also map
 * simplified-looking characters (台 → 臺), and following them after it would
 * loop back and lose the pair.
 */
export function fullTraditionalFold(): CharacterFold {
  const cp = (s: string) => s.codePointAt(0) ?? 0;
  const toSimplified = new Map<number, number>();
  for (const [from, to] of parsePairs(TSCharacters)) toSimplified.set(cp(from), cp(to));
  const toStandard = new Map<number, number>();
  for (const [from, to] of [...parsePairs(HKVariantsRev), ...parsePairs(TWVariantsRev)]) {
    if (!toStandard.has(cp(from))) toStandard.set(cp(from), cp(to));
  }
  const fold = new Map<number, number>();
  for (const from of new Set([...toSimplified.keys(), ...toStandard.keys()])) {
    const direct = toSimplified.get(from);
    const standard = toStandard.get(from) ?? from;
    const to = direct ?? toSimplified.get(standard) ?? standard;
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
