import { chicagoDate, chineseDate } from '../dates';
import { sentenceCase } from '../english-names';
import type { CitationFacts } from '../facts';
import { italic, type Line, link, type RenderedCitation, renderLines, type Segment } from '../rich-text';
import { authorsFor, capitalizeFirst, joinWithAnd } from './names';

/**
 * Chicago 17, notes and bibliography. The statement is cited as a document
 * published on its own: italic title, then publication facts (place,
 * publisher, full date — it is dated to the day).
 *
 *   Note:         Author and Author, *Title* [Translated title] (Place: Publisher, Month Day, Year), para. 9, URL.
 *   Bibliography: Author and Author. Para. 9 in *Title* [Translated title]. Place: Publisher, Month Day, Year. URL.
 *
 * - A translated title follows in brackets, sentence case, roman.
 * - The bibliography names the clause the way CMOS cites an untitled part of
 *   a work ("Chap. 3 in *Title*"), since each entry is for one clause.
 * - No access date: CMOS does not ask for one when the source is dated.
 * - Notes: four or more authors → the first, then "et al.".
 */
function titleSegments(facts: CitationFacts): Segment[] {
  return facts.lang === 'zh' ? [italic(facts.title)] : [italic(facts.title), ` [${sentenceCase(facts.titleEn)}]`];
}

function publicationFacts(facts: CitationFacts): string {
  return facts.lang === 'zh'
    ? `${facts.place.zh}: ${facts.publisher.zh}, ${chineseDate(facts.issued)}`
    : `${facts.place.en}: ${facts.publisher.en}, ${chicagoDate(facts.issued)}`;
}

function locatorOf(facts: CitationFacts): string {
  return facts.lang === 'zh' ? facts.locatorZh : facts.locatorEn;
}

function noteAuthors(names: string[], lang: 'zh' | 'en'): string {
  if (names.length >= 4) return `${names[0]}${lang === 'zh' ? '等' : ' et al.'}`;
  return joinWithAnd(names, lang);
}

export function formatChicagoNote(facts: CitationFacts): RenderedCitation {
  const authors = authorsFor(facts);
  const line: Line = [
    ...(authors.length > 0 ? [`${noteAuthors(authors, facts.lang)}, `] : []),
    ...titleSegments(facts),
    ` (${publicationFacts(facts)}), ${locatorOf(facts)}, `,
    link(facts.link),
    '.',
  ];
  return renderLines([line]);
}

export function formatChicagoBibliography(facts: CitationFacts): RenderedCitation {
  const authors = authorsFor(facts);
  // "Para. 9 in *Title*"; Chinese puts the part after the title: *Title*, 第9段.
  const part: Segment[] =
    facts.lang === 'zh'
      ? [...titleSegments(facts), `, ${facts.locatorZh}`]
      : [`${capitalizeFirst(facts.locatorEn)} in `, ...titleSegments(facts)];
  const line: Line = [
    ...(authors.length > 0 ? [`${joinWithAnd(authors, facts.lang)}. `] : []),
    ...part,
    `. ${publicationFacts(facts)}. `,
    link(facts.link),
    '.',
  ];
  return renderLines([line]);
}
