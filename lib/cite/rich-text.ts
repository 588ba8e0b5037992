import { escapeHtml, isLinkableUrl } from './escape';

/**
 * A citation is built once as a list of segments and rendered twice: as plain
 * text for text/plain and as an HTML string for text/html. The HTML carries
 * only what the style marks up (italic titles, live links), every value
 * escaped, so pasting it into a word processor keeps the style's formatting.
 */
export type Segment =
  | string
  | { kind: 'italic'; text: string }
  | { kind: 'link'; href: string; text: string };

export const italic = (text: string): Segment => ({ kind: 'italic', text });

/** A URL printed as itself and linked in HTML. */
export const link = (href: string, text: string = href): Segment => ({ kind: 'link', href, text });

export type Line = Segment[];

export interface RenderedCitation {
  text: string;
  html: string;
}

function segmentText(segment: Segment): string {
  return typeof segment === 'string' ? segment : segment.text;
}

function segmentHtml(segment: Segment): string {
  if (typeof segment === 'string') return escapeHtml(segment);
  if (segment.kind === 'italic') return `<i>${escapeHtml(segment.text)}</i>`;
  // A link whose scheme is not one we expect is written as text, not as a link.
  if (!isLinkableUrl(segment.href)) return escapeHtml(segment.text);
  return `<a href="${escapeHtml(segment.href)}">${escapeHtml(segment.text)}</a>`;
}

/** Lines join with a newline in text and `<br>` in HTML. */
export function renderLines(lines: Line[]): RenderedCitation {
  return {
    text: lines.map((line) => line.map(segmentText).join('')).join('\n'),
    html: lines.map((line) => line.map(segmentHtml).join('')).join('<br>'),
  };
}

/**
 * Code-like formats (BibTeX, RIS, CSL-JSON): the HTML is the same text,
 * escaped, in a `<pre>` so line breaks and indentation survive pasting.
 */
export function renderPreformatted(text: string): RenderedCitation {
  return { text, html: `<pre>${escapeHtml(text)}</pre>` };
}
