import type { DocumentType } from '../../index/types';
import { risDate } from '../dates';
import type { CitationFacts } from '../facts';
import { type RenderedCitation, renderPreformatted } from '../rich-text';

/**
 * RIS: `TAG  - value` lines ending in CR LF, TY first, ER last.
 *
 * - TY GOVDOC (government document) for a joint statement, NEWS for a report.
 * - TI the title as the document has it, ST the short title. No TT
 *   (translated title): readers disagree on it, some taking TT as the title.
 * - DA the release date (yyyy/mm/dd/), PY its year, Y2 the access date.
 * - CY where it was signed, PB the news agency, N1 the clause.
 */
const RIS_TYPE: Readonly<Record<DocumentType, string>> = {
  'joint-statement': 'GOVDOC',
  'news-report': 'NEWS',
};

/** A value is one line: line breaks in it would start a new tag. */
const oneLine = (value: string): string => value.replace(/\s+/g, ' ').trim();

export function formatRis(facts: CitationFacts, documentType: DocumentType): RenderedCitation {
  const zh = facts.lang === 'zh';
  const lines: Array<[string, string]> = [
    ['TY', RIS_TYPE[documentType]],
    ['ID', facts.clauseId],
    ...facts.authors.map((name): [string, string] => ['AU', name]),
    ['TI', facts.title],
    ['ST', facts.shortTitle.zh],
    ['PY', String(facts.issued.year)],
    ['DA', risDate(facts.issued)],
    ['CY', facts.place.zh],
    ['PB', facts.publisher.zh],
  ];
  if (facts.csl.language) lines.push(['LA', facts.csl.language]);
  lines.push(
    ['N1', zh ? facts.locatorZh : facts.locatorEn],
    ['UR', facts.link],
    ['Y2', risDate(facts.accessed)],
    ['ER', ''],
  );
  const text = lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`).join('\r\n');
  return renderPreformatted(`${text}\r\n`);
}
