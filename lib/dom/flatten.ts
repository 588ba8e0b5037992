/**
 * A page's readable text as one string, with a map back to the text nodes it came
 * from. Quotes often run across <a>, <em> or <span>: on flat text they are one
 * span, and the map turns that span back into a DOM Range without touching the page.
 */

/** Elements whose text is never prose a reader sees as part of an article. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'svg',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'TITLE',
]);

/**
 * Elements that break the flow of text: a quote never runs across them, so a
 * newline stands between their text and their neighbours'. Decided by tag, not by
 * computed style, which would force a style recalculation on a large page.
 */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

export interface FlatText {
  text: string;
  /** Text nodes in document order. */
  nodes: Text[];
  /** Offset in `text` where each node's data begins (same order as `nodes`). */
  starts: number[];
}

export interface FlattenOptions {
  /** Extra elements to leave out, such as the extension's own UI host. */
  skip?: (element: Element) => boolean;
  /** Stop collecting once the text reaches this many UTF-16 units. */
  maxLength?: number;
}

/** True when an element's text is not readable prose: code, forms, editors, hidden parts. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return false;
}

function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName);
}

/** Marks, on the walk's stack, the end of a block element's children. */
const CLOSE_BLOCK = Symbol('close-block');

/**
 * Walks `root` depth first, a bounded number of nodes per step, so that a huge page
 * is flattened across several idle slices instead of in one long task. Iterative,
 * so a deeply nested hostile page cannot overflow the stack.
 */
export class TextFlattener {
  private readonly parts: string[] = [];
  /** Offset in the flat text where each part begins (parts include block breaks). */
  private readonly partStarts: number[] = [];
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private readonly stack: Array<Node | typeof CLOSE_BLOCK>;
  private readonly maxLength: number;
  private length = 0;
  private lastWasBreak = true;
  private lastBreakAt = 0;

  constructor(
    private readonly root: Node,
    private readonly options: FlattenOptions = {},
  ) {
    this.stack = [root];
    this.maxLength = options.maxLength ?? Number.POSITIVE_INFINITY;
  }

  get done(): boolean {
    return this.stack.length === 0 || this.length >= this.maxLength;
  }

  /** Length of the text so far, up to and including the last block break. */
  get completeLength(): number {
    if (this.done) return this.length;
    return this.lastWasBreak ? this.length : this.lastBreakAt;
  }

  /** Visits up to `maxNodes` nodes; returns true when the whole tree has been read. */
  step(maxNodes = Number.POSITIVE_INFINITY): boolean {
    let visited = 0;
    while (!this.done && visited < maxNodes) {
      visited++;
      this.visit(this.stack.pop() as Node | typeof CLOSE_BLOCK);
    }
    return this.done;
  }

  /**
   * The flat text [from, to) without joining everything read so far: a huge page is
   * read in many steps, and joining all of it at each step would be quadratic.
   */
  slice(from: number, to: number): string {
    let lo = 0;
    let hi = this.partStarts.length - 1;
    let first = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.partStarts[mid] as number) <= from) {
        first = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    const pieces: string[] = [];
    for (let i = first; i < this.parts.length; i++) {
      const start = this.partStarts[i] as number;
      if (start >= to) break;
      const part = this.parts[i] as string;
      pieces.push(part.slice(Math.max(0, from - start), Math.min(part.length, to - start)));
    }
    return pieces.join('');
  }

  /** Where the text came from: enough to turn offsets into Ranges. */
  get map(): Pick<FlatText, 'nodes' | 'starts'> {
    return { nodes: this.nodes, starts: this.starts };
  }

  result(): FlatText {
    return { text: this.parts.join(''), nodes: this.nodes, starts: this.starts };
  }

  private pushBreak(): void {
    if (this.lastWasBreak) return;
    this.partStarts.push(this.length);
    this.parts.push('\n');
    this.length += 1;
    this.lastBreakAt = this.length;
    this.lastWasBreak = true;
  }

  private visit(item: Node | typeof CLOSE_BLOCK): void {
    if (item === CLOSE_BLOCK) {
      this.pushBreak();
      return;
    }
    const node = item;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      this.nodes.push(node as Text);
      this.starts.push(this.length);
      this.partStarts.push(this.length);
      this.parts.push(data);
      this.length += data.length;
      this.lastWasBreak = false;
      return;
    }
    if (node.nodeType === 1) {
      const element = node as Element;
      const block = isBlock(element);
      if (node !== this.root && (isSkippedElement(element) || this.options.skip?.(element))) {
        if (block) this.pushBreak();
        return;
      }
      if (block) {
        this.pushBreak();
        this.stack.push(CLOSE_BLOCK);
      }
    } else if (node.nodeType !== 9 && node.nodeType !== 11) {
      return; // comments, processing instructions
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) this.stack.push(child);
    }
  }
}

/** The whole of `root` flattened in one go (for small trees and tests). */
export function flattenText(root: Node, options: FlattenOptions = {}): FlatText {
  const flattener = new TextFlattener(root, options);
  flattener.step();
  return flattener.result();
}

/** The text node holding flat offset `offset`, and the offset inside it. */
export function locateOffset(
  flat: Pick<FlatText, 'nodes' | 'starts'>,
  offset: number,
  bias: 'start' | 'end',
): { node: Text; offset: number } | undefined {
  const { nodes, starts } = flat;
  if (nodes.length === 0) return undefined;
  // Last node whose start is <= offset (for an end offset, < offset, so that an end
  // at a node boundary stays in the earlier node).
  let lo = 0;
  let hi = nodes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = starts[mid] as number;
    if (bias === 'start' ? start <= offset : start < offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) found = 0;
  const node = nodes[found] as Text;
  const inner = Math.min(Math.max(offset - (starts[found] as number), 0), node.data.length);
  return { node, offset: inner };
}

/** A Range over flat offsets [start, end), or undefined when the nodes have changed. */
export function rangeFromOffsets(
  flat: Pick<FlatText, 'nodes' | 'starts'>,
  start: number,
  end: number,
  doc: Document,
): Range | undefined {
  const from = locateOffset(flat, start, 'start');
  const to = locateOffset(flat, end, 'end');
  if (!from || !to) return undefined;
  if (!from.node.isConnected || !to.node.isConnected) return undefined;
  const range = doc.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return undefined; // the page changed the nodes between scan and marking
  }
  return range;
}
