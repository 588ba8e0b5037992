/**
 * Page-continuation markers a newspaper prints where an article jumps pages
 * (`■上接第2版`, `(下转第3版)`). They are layout, not text of any document.
 */

const PAGE = '[0-9０-９一二三四五六七八九十]+';
const MARKER_CORE = `■?\\s*(?:上接|下转|转|接)第?${PAGE}版`;

/** A whole line that is a marker, optionally as a `## ` sub-heading or in brackets. */
const MARKER_LINE = new RegExp(`^#*\\s*[(（]?${MARKER_CORE}[)）]?\\s*$`, 'u');
/** A marker glued to the start of a paragraph: `■上接第1版 中俄双方…`. */
const LEADING_MARKER = new RegExp(`^[(（]?■\\s*(?:上接|接)第?${PAGE}版[)）]?\\s*`, 'u');
/** A marker glued to the end of a paragraph: `…(下转第3版)`. */
const TRAILING_MARKER = new RegExp(`\\s*[(（]?■?\\s*(?:下转|转)第?${PAGE}版[)）]?$`, 'u');

export function isPageMarkerLine(text: string): boolean {
  return MARKER_LINE.test(text.trim());
}

/** Length of a marker at the start of a paragraph's text, 0 when none. */
export function leadingMarkerLength(text: string): number {
  return LEADING_MARKER.exec(text)?.[0].length ?? 0;
}

/** Length of a marker at the end of a paragraph's text, 0 when none. */
export function trailingMarkerLength(text: string): number {
  return TRAILING_MARKER.exec(text)?.[0].length ?? 0;
}
