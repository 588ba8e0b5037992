import { chicagoDate, chineseDate } from '../dates';
import { escapeHtml, escapeMarkdown, isLinkableUrl, markdownDestination } from '../escape';
import type { CitationFacts } from '../facts';
import type { RenderedCitation } from '../rich-text';

/**
 * Markdown: the clause as a block quote, then a line naming the document
 * (linked), the clause, the date and place and the publisher. When the link
 * goes to the official page, the extension's copy is linked too: it shows
 * the clause even where the official page has moved.
 *
 * The HTML form is the same content as HTML, for pasting into rich editors.
 */
interface Attribution {
  title: string;
  /** Text after the linked title: clause, date and place, publisher. */
  details: string;
  offlineLabel: string;
}

function attribution(facts: CitationFacts): Attribution {
  if (facts.lang === 'zh') {
    return {
      title: `《${facts.title}》`,
      details: `${facts.locatorZh}，${chineseDate(facts.issued)}于${facts.place.zh}，${facts.publisher.zh}。`,
      offlineLabel: '离线副本',
    };
  }
  return {
    title: facts.titleEn,
    details: `, ${facts.locatorEn}. ${facts.place.en}, ${chicagoDate(facts.issued)}. ${facts.publisher.en}.`,
    offlineLabel: 'offline copy',
  };
}

const dash = (facts: CitationFacts): string => (facts.lang === 'zh' ? '——' : '— ');

function anchor(href: string, text: string): string {
  const label = escapeHtml(text);
  return isLinkableUrl(href) ? `<a href="${escapeHtml(href)}">${label}</a>` : label;
}

export function formatMarkdown(facts: CitationFacts): RenderedCitation {
  const { title, details, offlineLabel } = attribution(facts);
  const quote = facts.rendering ? `${facts.rendering.text.trim()} ${facts.rendering.note}` : facts.clauseText.trim();

  const offlineMarkdown = facts.hasOfficialUrl
    ? ` [${offlineLabel}](${markdownDestination(facts.documentUrl)})`
    : '';
  const text = [
    `> ${escapeMarkdown(quote)}`,
    '>',
    `> ${dash(facts)}[${escapeMarkdown(title)}](${markdownDestination(facts.link)})${escapeMarkdown(details)}${offlineMarkdown}`,
  ].join('\n');

  const offlineHtml = facts.hasOfficialUrl ? ` ${anchor(facts.documentUrl, offlineLabel)}` : '';
  const html =
    `<blockquote><p>${escapeHtml(quote)}</p>` +
    `<p>${escapeHtml(dash(facts))}${anchor(facts.link, title)}${escapeHtml(details)}${offlineHtml}</p></blockquote>`;
  return { text, html };
}
