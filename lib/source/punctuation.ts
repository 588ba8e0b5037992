/**
 * Punctuation facts the parser reasons with. The scrape mixes full-width and
 * ASCII punctuation (ASCII commas and colons inside Chinese text), so every set
 * holds both forms.
 */

/** Ends a sentence or a unit that may close a paragraph (a list lead-in ends with a colon). */
const SENTENCE_END = /[。.!?！？…;；:：]["'”’」』)）》\]]*$/u;

/** A paragraph cannot begin with these: they need something before them. */
const BOUND_START = /^[的吗呢吧么,，、。.;；:：!?！？)）》”’」』]/u;

/** Separators after which a bound particle cannot follow (an enumeration or clause comma). */
const LIST_OR_CLAUSE_COMMA = /[、,，;；]$/u;

const PARTICLE_START = /^[的吗呢吧么]/u;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

export function endsWithColon(text: string): boolean {
  return /[:：]$/u.test(text.trimEnd());
}

export function startsBound(text: string): boolean {
  return BOUND_START.test(text.trimStart());
}

/** Whether a bound particle at the start of `next` could follow the end of `prev`. */
export function particleCanFollow(prev: string, next: string): boolean {
  return !(LIST_OR_CLAUSE_COMMA.test(prev.trimEnd()) && PARTICLE_START.test(next.trimStart()));
}

export const isWhitespace = (ch: string): boolean => /\s/u.test(ch);

/** The text with every whitespace character removed: how spans and text are compared. */
export function squeeze(text: string): string {
  return text.replace(/\s+/gu, '');
}
