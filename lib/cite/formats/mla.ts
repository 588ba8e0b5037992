import { chineseDate, mlaDate } from '../dates';
import type { CitationFacts } from '../facts';
import { englishLocator } from '../locator';
import { italic, type Line, link, type RenderedCitation, renderLines, type Segment } from '../rich-text';
import { authorIsPublisher, authorsFor, joinWithAnd, publisherFor, withoutHttpScheme } from './names';

/**
 * MLA 9. Line 1 is the works-cited entry, line 2 the in-text citation with
 * the locator.
 *
 *   Author and Author. *Title* [Translated Title]. *Website*, Day Mon. Year, URL. Other facts. Accessed Day Mon. Year.
 *
 * - The statement stands alone, so its title is italic; the news agency's
 *   site is the container (also italic), and the publisher is not repeated
 *   because it has the site's name.
 * - Translation of a non-English title in brackets after it, title case.
 * - An organisation that is both author and publisher is named once, as
 *   publisher (here: the site), and the entry opens with the title; the
 *   in-text citation then names the title.
 * - Where it was signed (or reported from) is an optional "other facts" element; the access date
 *   (optional in MLA 9) is given since the source is online.
 * - Printed URL without http(s)://, as MLA 9 recommends; the link keeps it.
 * - Three or more authors: the first, then "et al.".
 */
function entryAuthors(names: string[], lang: 'zh' | 'en'): string {
  if (names.length >= 3) return `${names[0]}${lang === 'zh' ? '等' : ', et al.'}`;
  return joinWithAnd(names, lang);
}

function inTextAuthors(names: string[], lang: 'zh' | 'en'): string {
  if (names.length >= 3) return `${names[0]}${lang === 'zh' ? '等' : ' et al.'}`;
  return joinWithAnd(names, lang);
}

const PLACE_FACT = {
  'joint-statement': { zh: (place: string) => `签署于${place}`, en: (place: string) => `Signed in ${place}` },
  'news-report': { zh: (place: string) => `发自${place}`, en: (place: string) => `Reported from ${place}` },
} as const;

export function formatMla(facts: CitationFacts): RenderedCitation {
  const zh = facts.lang === 'zh';
  const authors = authorIsPublisher(facts) ? [] : authorsFor(facts);
  const lang = facts.lang;
  const title: Segment[] = zh ? [italic(facts.title)] : [italic(facts.title), ` [${facts.titleEn}]`];
  const signedIn = PLACE_FACT[facts.documentType][lang](zh ? facts.place.zh : facts.place.en);
  const accessed = zh ? `访问于${chineseDate(facts.accessed)}` : `Accessed ${mlaDate(facts.accessed)}`;

  const entry: Line = [
    ...(authors.length > 0 ? [`${entryAuthors(authors, lang)}. `] : []),
    ...title,
    '. ',
    italic(publisherFor(facts)),
    `, ${zh ? chineseDate(facts.issued) : mlaDate(facts.issued)}, `,
    link(facts.link, withoutHttpScheme(facts.link)),
    `. ${signedIn}. ${accessed}.`,
  ];

  const who: Segment[] = authors.length > 0 ? [inTextAuthors(authors, lang)] : [italic(facts.title)];
  const locator = zh ? facts.locatorZh : englishLocator(facts.locator, 'par.');
  return renderLines([entry, ['(', ...who, `, ${locator})`]]);
}
