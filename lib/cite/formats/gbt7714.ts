import { isoDate } from '../dates';
import type { CitationFacts } from '../facts';
import { type Line, link, type RenderedCitation, renderLines } from '../rich-text';

/**
 * GB/T 7714—2015, 电子资源 (electronic resources):
 *   主要责任者. 题名[文献类型标识/文献载体标识]. 出版地: 出版者, 出版年: 引文页码(更新或修改日期)[引用日期]. 获取和访问路径.
 *
 * - Type marker EB (电子公告): the cited text is a statement released online
 *   by a news agency, not an archive holding (A), a newspaper page (N) or a
 *   report (R). Carrier OL: every citation carries a URL.
 *   A news report gets EB too: the agency's wire copy online is not a
 *   newspaper, and the record names no newspaper or page for [N].
 * - 出版地 is the document's place: the agency filed the text from there
 *   (新华社莫斯科5月8日电), and it is where the statement was signed.
 * - The clause stands where the standard puts 引文页码 (the cited part).
 * - 更新或修改日期 carries the release date in full; 出版年 the year.
 * - Cited in Chinese whatever the paper's language (the standard records a work in its own language).
 */
const TYPE_MARKER = '[EB/OL]';
/** More than three authors → the first three, then 等. */
const MAX_AUTHORS = 3;

function authorsPart(authors: string[]): string {
  if (authors.length === 0) return ''; // 顺序编码制 allows opening with the title
  const shown = authors.slice(0, MAX_AUTHORS).join(', ');
  return `${authors.length > MAX_AUTHORS ? `${shown}, 等` : shown}. `;
}

export function formatGbt7714(facts: CitationFacts): RenderedCitation {
  const line: Line = [
    authorsPart(facts.authors),
    `${facts.title}${TYPE_MARKER}. `,
    `${facts.place.zh}: ${facts.publisher.zh}, ${facts.issued.year}: ${facts.locatorZh}`,
    `(${isoDate(facts.issued)})[${isoDate(facts.accessed)}]. `,
    link(facts.link),
    '.',
  ];
  return renderLines([line]);
}
