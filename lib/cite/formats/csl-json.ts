import type { CslItem } from '../../index/types';
import type { CitationFacts } from '../facts';
import { type RenderedCitation, renderPreformatted } from '../rich-text';

/**
 * CSL-JSON: an array with one item, the document's record with what this
 * citation adds. The id is the clause's (one item per cited clause, as the
 * BibTeX key and RIS ID are), the clause goes in `note`, the link in `URL`,
 * and the access date in `accessed`. The record's place stays where the
 * record puts it (`event-place`: where the statement was signed).
 */
export function cslItemFor(facts: CitationFacts): CslItem {
  const zh = facts.lang === 'zh';
  const item: CslItem = {
    ...facts.csl,
    id: facts.clauseId,
    title: facts.csl.title || facts.title,
    'title-short': facts.csl['title-short'] ?? facts.shortTitle.zh,
    'translated-title': facts.titleEn,
    publisher: facts.csl.publisher ?? facts.publisher.zh,
    note: zh ? facts.locatorZh : facts.locatorEn,
    URL: facts.link,
    accessed: { 'date-parts': [[facts.accessed.year, facts.accessed.month, facts.accessed.day]] },
  };
  // Keys the record leaves undefined would vanish in JSON anyway; drop them
  // here so the object and its JSON agree.
  for (const key of Object.keys(item)) if (item[key] === undefined) delete item[key];
  return item;
}

export function formatCslJson(facts: CitationFacts): RenderedCitation {
  return renderPreformatted(JSON.stringify([cslItemFor(facts)], null, 2));
}
