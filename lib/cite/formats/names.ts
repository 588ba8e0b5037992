import type { CitationFacts } from '../facts';

/** The authors in the paper's language. */
export function authorsFor(facts: CitationFacts): string[] {
  return facts.lang === 'zh' ? facts.authors : facts.authorsEn;
}

/** "A and B", "A, B, and C" (MLA, Chicago); Chinese joins with 、 and 和. */
export function joinWithAnd(names: string[], lang: 'zh' | 'en'): string {
  if (lang === 'zh') {
    if (names.length <= 1) return names.join('');
    return `${names.slice(0, -1).join('、')}和${names.at(-1)}`;
  }
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

/** Capitalises the first letter: a locator that opens a sentence ("Para. 9"). */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** MLA 9 leaves out http:// and https:// in the printed URL (the link keeps them). */
export function withoutHttpScheme(url: string): string {
  return url.replace(/^https?:\/\//i, '');
}

/** The publisher in the paper's language. */
export function publisherFor(facts: CitationFacts): string {
  return facts.lang === 'zh' ? facts.publisher.zh : facts.publisher.en;
}

/**
 * True when the only author is the publisher (an agency's own report): APA
 * then leaves the publisher out, MLA the author.
 */
export function authorIsPublisher(facts: CitationFacts): boolean {
  const authors = authorsFor(facts);
  return authors.length === 1 && authors[0] === publisherFor(facts);
}
