import { numberedOpening } from './numerals';
import { endsSentence, particleCanFollow } from './punctuation';

/**
 * Whether `next` continues the sentence `prev` was cut in, as happens at a
 * page or column break (even mid-word: "一切主" | "要因素。"). The break
 * needs `prev` to stop without sentence-final punctuation, `next` not to open
 * a numbered clause, and the junction to be grammatical: a particle such as
 * 的 cannot follow an enumeration comma.
 */
export function continuesAcrossBreak(prev: string, next: string): boolean {
  if (endsSentence(prev)) return false;
  if (numberedOpening(next.trimStart())) return false;
  return particleCanFollow(prev, next);
}
