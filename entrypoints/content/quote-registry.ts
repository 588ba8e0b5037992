/** The quotes marked on the page, findable by text node and in reading order. */
export interface RegisteredQuote {
  id: number;
  range: Range;
}

function textNodesOf(range: Range): Text[] {
  const start = range.startContainer;
  const end = range.endContainer;
  if (start === end) return start.nodeType === 3 ? [start as Text] : [];
  const nodes: Text[] = [];
  const root = range.commonAncestorContainer;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  walker.currentNode = start;
  let node: Node | null = start;
  while (node) {
    if (node.nodeType === 3 && range.intersectsNode(node)) nodes.push(node as Text);
    if (node === end) break;
    node = walker.nextNode();
  }
  return nodes;
}

export class QuoteRegistry<Q extends RegisteredQuote> {
  private readonly quotes = new Map<number, Q>();
  private readonly nodes = new Map<Node, Q[]>();
  private ordered: Q[] | undefined;

  get size(): number {
    return this.quotes.size;
  }

  get byNode(): ReadonlyMap<Node, Q[]> {
    return this.nodes;
  }

  add(quote: Q): void {
    this.quotes.set(quote.id, quote);
    for (const node of textNodesOf(quote.range)) {
      const list = this.nodes.get(node);
      if (list) list.push(quote);
      else this.nodes.set(node, [quote]);
    }
    this.ordered = undefined;
  }

  get(id: number): Q | undefined {
    return this.quotes.get(id);
  }

  /** Removes the quotes that lie inside `container` (its content is being rescanned). */
  removeWithin(container: Node): Q[] {
    const removed: Q[] = [];
    for (const quote of this.quotes.values()) {
      const start = quote.range.startContainer;
      if (!start.isConnected || container.contains(start)) removed.push(quote);
    }
    for (const quote of removed) this.delete(quote);
    return removed;
  }

  clear(): void {
    this.quotes.clear();
    this.nodes.clear();
    this.ordered = undefined;
  }

  /** Quotes in document order, for keyboard navigation. */
  inOrder(): Q[] {
    if (!this.ordered) {
      this.ordered = [...this.quotes.values()]
        .filter((q) => q.range.startContainer.isConnected)
        .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    }
    return this.ordered;
  }

  private delete(quote: Q): void {
    this.quotes.delete(quote.id);
    for (const [node, list] of this.nodes) {
      const kept = list.filter((q) => q !== quote);
      if (kept.length === 0) this.nodes.delete(node);
      else if (kept.length !== list.length) this.nodes.set(node, kept);
    }
    this.ordered = undefined;
  }
}
