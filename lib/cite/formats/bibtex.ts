import { isoDate } from '../dates';
import { escapeBibtex } from '../escape';
import type { CitationFacts } from '../facts';
import { type RenderedCitation, renderPreformatted } from '../rich-text';

/**
 * A biblatex entry (the Chinese text needs a UTF-8 toolchain, which means
 * biber, so biblatex fields are used: `date`, `location`, `urldate`).
 *
 * - @misc: a statement is neither a book nor an article; biblatex's @misc
 *   takes `howpublished` for the news agency and `location` for the place.
 * - One entry per clause, keyed by the clause id, with the clause in `note`.
 * - Corporate authors are braced so they are not split into given/family names.
 * - `url` is verbatim in biblatex, so it is not LaTeX-escaped; characters
 *   that would unbalance the braces are percent-encoded.
 */
function citationKey(clauseId: string): string {
  return clauseId.replace(/[^A-Za-z0-9_:.-]/g, '_');
}

function verbatimUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function formatBibtex(facts: CitationFacts): RenderedCitation {
  const zh = facts.lang === 'zh';
  const fields: Array<[string, string]> = [];
  if (facts.authors.length > 0) {
    fields.push(['author', facts.authors.map((name) => `{${escapeBibtex(name)}}`).join(' and ')]);
  }
  fields.push(
    ['title', escapeBibtex(facts.title)],
    ['shorttitle', escapeBibtex(facts.shortTitle.zh)],
    ['date', isoDate(facts.issued)],
    ['location', escapeBibtex(facts.place.zh)],
    ['howpublished', escapeBibtex(facts.publisher.zh)],
    ['note', escapeBibtex(zh ? facts.locatorZh : facts.locatorEn)],
    ['url', verbatimUrl(facts.link)],
    ['urldate', isoDate(facts.accessed)],
  );
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return renderPreformatted(`@misc{${citationKey(facts.clauseId)},\n${body}\n}`);
}
