import { apaDate, chineseDate } from '../dates';
import { sentenceCase } from '../english-names';
import type { CitationFacts } from '../facts';
import { italic, type Line, link, type RenderedCitation, renderLines, type Segment } from '../rich-text';
import { authorIsPublisher, authorsFor, publisherFor } from './names';

/**
 * APA 7. Line 1 is the reference-list entry, line 2 the parenthetical
 * citation that carries the locator (APA puts locators only in the text).
 *
 *   Group Author, & Group Author. (Year, Month Day). *Title* [Translated title] [Description]. Site Name. URL
 *
 * - Two or more group authors: commas, & before the last (the comma before &
 *   is kept for two, as APA does for every list of authors).
 * - A non-English title keeps its original form, with a sentence-case English
 *   translation in brackets. The characters are not romanised: a
 *   reader has to find the document by its Chinese title.
 * - The bracketed description names the kind of document and where it was signed.
 * - When the author is the publisher (an agency's own report), the publisher
 *   is not repeated; with no author, the title takes the author's place and
 *   the in-text citation.
 * - No retrieval date: APA gives one only for pages meant to change.
 * - No full stop after the URL.
 */
const DESCRIPTION = {
  'joint-statement': { en: 'Joint statement', zh: '联合声明' },
  'news-report': { en: 'News report', zh: '新闻报道' },
} as const;

function referenceAuthors(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

function inTextAuthors(names: string[]): string {
  if (names.length <= 2) return names.join(' & ');
  return `${names[0]} et al.`;
}

export function formatApa(facts: CitationFacts): RenderedCitation {
  const zh = facts.lang === 'zh';
  const authors = authorsFor(facts);
  const date = zh ? chineseDate(facts.issued) : apaDate(facts.issued);
  const title: Segment[] = zh ? [italic(facts.title)] : [italic(facts.title), ` [${sentenceCase(facts.titleEn)}]`];
  const description = `${DESCRIPTION[facts.documentType][facts.lang]}, ${zh ? facts.place.zh : facts.place.en}`;
  const publisher = authorIsPublisher(facts) ? '' : `${publisherFor(facts)}. `;
  const locator = zh ? facts.locatorZh : facts.locatorEn;

  // With no author, APA moves the title to the author position.
  const opening: Segment[] =
    authors.length > 0
      ? [`${referenceAuthors(authors)}. (${date}). `, ...title, ` [${description}]. `]
      : [...title, ` [${description}]. (${date}). `];
  const reference: Line = [...opening, publisher, link(facts.link)];

  const who: Segment[] = authors.length > 0 ? [inTextAuthors(authors)] : [italic(facts.title)];
  const inText: Line = ['(', ...who, `, ${facts.issued.year}, ${locator})`];
  return renderLines([reference, inText]);
}
