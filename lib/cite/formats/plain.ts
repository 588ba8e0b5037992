import { chicagoDate, chineseDate } from '../dates';
import { type CitationFacts, quoteClause } from '../facts';
import { type Line, link, type RenderedCitation, renderLines } from '../rich-text';

/**
 * Plain text for pasting anywhere: the clause in quotation marks, then the
 * document, the clause, date and place, publisher, link and access date.
 *
 *   “…” — Title, para. 9. Moscow, May 8, 2025. Xinhua News Agency. Accessed June 1, 2025. URL
 *   “…”——《标题》第9段，2025年5月8日于莫斯科，新华社。访问于2025年6月1日：URL
 *
 * The URL comes last in both, so that no linkifier takes the punctuation
 * after it into the link (a text fragment ends in 。 or a letter, and a
 * trailing ")" or "）" could be read as part of it).
 */
export function formatPlain(facts: CitationFacts): RenderedCitation {
  const quote = facts.rendering
    ? `${quoteClause(facts.rendering.text)} ${facts.rendering.note}`
    : quoteClause(facts.clauseText);
  const line: Line =
    facts.lang === 'zh'
      ? [
          `${quote}——《${facts.title}》${facts.locatorZh}，`,
          `${chineseDate(facts.issued)}于${facts.place.zh}，${facts.publisher.zh}。`,
          `访问于${chineseDate(facts.accessed)}：`,
          link(facts.link),
        ]
      : [
          `${quote} — ${facts.titleEn}, ${facts.locatorEn}. `,
          `${facts.place.en}, ${chicagoDate(facts.issued)}. ${facts.publisher.en}. `,
          `Accessed ${chicagoDate(facts.accessed)}. `,
          link(facts.link),
        ];
  return renderLines([line]);
}
