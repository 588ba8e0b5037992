/** Finds which marked quote, if any, lies under a point of the viewport. */
export interface Positioned {
  range: Range;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const pos = withPosition.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/**
 * The quote under (x, y). The caret position narrows the search to quotes in that
 * text node; the range's rectangles then confirm the pointer is really on the text
 * (a caret snaps to the nearest character even from the margin).
 */
export function quoteAtPoint<T extends Positioned>(
  doc: Document,
  byNode: ReadonlyMap<Node, T[]>,
  x: number,
  y: number,
): T | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret) return undefined;
  const candidates = byNode.get(caret.node);
  if (!candidates) return undefined;
  for (const quote of candidates) {
    if (rectsContain(quote.range, x, y)) return quote;
  }
  return undefined;
}
