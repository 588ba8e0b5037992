/**
 * Escaping for every target a citation is written into. Each value from the
 * index or the caller passes through one of these before it meets markup.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in HTML text and in double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const LATEX_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * A BibTeX field value in braces. LaTeX specials are escaped so that the
 * braces always balance and `&`, `%` print as themselves.
 */
export function escapeBibtex(value: string): string {
  return value.replace(/[\\{}&%$#_~^]/g, (c) => LATEX_ESCAPES[c] ?? c);
}

/** Text inside Markdown link text or a paragraph: characters that would start markup. */
export function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

/**
 * A URL as a Markdown link destination: parentheses and spaces would end it
 * early, so they are percent-encoded (the same URL to every browser).
 */
export function markdownDestination(url: string): string {
  return url.replace(/[()<> \t\r\n]/g, percentEncodeAscii);
}

function percentEncodeAscii(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/** Schemes a pasted link may carry: a `javascript:` URL must never reach a document. */
const LINKABLE_SCHEMES = /^(https?|chrome-extension|moz-extension|safari-web-extension):/i;

export function isLinkableUrl(url: string): boolean {
  return LINKABLE_SCHEMES.test(url);
}
