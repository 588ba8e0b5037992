import type { Normalizer } from '../../text/normalize';

/**
 * A list of cue words, found in text: Chinese cues anywhere in the matching
 * form; Latin and Cyrillic cues as whole words, or as a word's beginning when
 * written with a trailing `*` (заявлени* finds заявлении, заявление).
 */
export interface CueSet {
  /** Whether `text` holds any cue; `form` is its matching form when already made. */
  has(text: string, form?: string): boolean;
  /** Whether `text` holds a cue that `clauseText` does not: a clause naming the five nuclear powers makes that name no evidence against it. */
  hasBeyond(text: string, clauseText: string): boolean;
  readonly size: number;
}

const HAN = /\p{Script=Han}/u;

export function createCueSet(normalizer: Normalizer, cues: ReadonlyArray<string>): CueSet {
  const han = [...new Set(cues.filter((cue) => HAN.test(cue)).map((cue) => normalizer.normalizeText(cue)))].filter(Boolean);
  const words = cues.filter((cue) => !HAN.test(cue) && cue.trim() !== '');
  const wrap = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'iu');
  const pattern = words.length === 0 ? null : wrap(words.map(wordPattern).join('|'));
  const each = words.map((word) => wrap(wordPattern(word)));
  return {
    size: han.length + words.length,
    hasBeyond(text, clauseText) {
      if (pattern?.test(text) && each.some((re) => re.test(text) && !re.test(clauseText))) return true;
      if (han.length === 0) return false;
      const form = normalizer.normalizeText(text);
      const clause = normalizer.normalizeText(clauseText);
      return han.some((cue) => form.includes(cue) && !clause.includes(cue));
    },
    has(text, form) {
      if (pattern?.test(text)) return true;
      if (han.length === 0) return false;
      const matching = form ?? normalizer.normalizeText(text);
      return han.some((cue) => matching.includes(cue));
    },
  };
}

/** A Latin or Cyrillic cue as a regular expression body: words apart by spaces or punctuation, a trailing `*` for any ending. */
export function wordPattern(cue: string): string {
  const prefix = cue.endsWith('*');
  const body = (prefix ? cue.slice(0, -1) : cue)
    .trim()
    .split(/[\s,]+/u)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('[\\s,.\\-–]+');
  return prefix ? `${body}[\\p{L}]*` : body;
}
