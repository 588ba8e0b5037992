import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardModel, CopyKind } from '../../components/Card';
import type { Lang } from '../../components/i18n';
import type { CardActions, CardStore, CardView } from './CardLayer';
import type { PageEngine, PageMatch } from './engine';
import { type HighlightStyle, QuoteHighlights } from './highlights';
import { quoteAtPoint } from './hit-test';
import { PageScan } from './page-scan';
import { QuoteRegistry, type RegisteredQuote } from './quote-registry';

export interface MarkedQuote extends RegisteredQuote {
  match: PageMatch;
}

export interface ControllerSettings {
  hoverDelayMs: number;
  highlight: boolean;
  highlightStyle: HighlightStyle;
  lang: Lang;
}

/** What the controller asks of the extension around it (clipboard, tabs). */
export interface ControllerIO {
  copy(model: CardModel, kind: CopyKind): Promise<boolean>;
  /** A card is opening: get its citation ready so that Copy citation is instant. */
  prepareCitation(model: CardModel): void;
  /** The marked quotes changed: how many there are, and how many misquote their source. */
  quotesChanged(count: number, altered: number): void;
  openDocument(model: CardModel): void;
  searchFor(text: string): void;
}

/** Closing waits this long after the pointer leaves, so it can cross the gap to the card. */
const CLOSE_GRACE_MS = 400;
/** A mutation batch larger than this is cheaper to handle with one full rescan. */
const FULL_RESCAN_NODES = 300;
/** Mutations are gathered for this long before they are scanned. */
const MUTATION_BATCH_MS = 250;
/** How often to check that the extension is still there (a property read, nothing more). */
const LIFE_CHECK_MS = 1000;

/**
 * Everything ClauseLens does on one page: scan, mark, hover, card, keyboard,
 * watch for new content. Every listener, observer and timer goes through `ctx`,
 * so all of it stops when the extension is reloaded or removed.
 */
export class PageController {
  private readonly registry = new QuoteRegistry<MarkedQuote>();
  private readonly highlights = new QuoteHighlights();
  private readonly scan: PageScan<PageMatch>;
  private nextId = 1;
  private settings: ControllerSettings;
  private openQuote: MarkedQuote | undefined;
  private hoverTimer: number | undefined;
  private closeTimer: number | undefined;
  private pointerOnCard = false;
  private hovered: MarkedQuote | undefined;
  private pendingPointer: { x: number; y: number } | undefined;
  private returnFocus: Element | null = null;
  private pendingMutations = new Set<Node>();
  private mutationTimer: number | undefined;
  private observer: MutationObserver | undefined;
  /** Switched off on this page: nothing it still hears (pointer, mutations, idle slices) may act. */
  private disposed = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly engine: PageEngine,
    private readonly store: CardStore,
    private readonly host: HTMLElement,
    private readonly io: ControllerIO,
    settings: ControllerSettings,
  ) {
    this.settings = settings;
    this.scan = new PageScan<PageMatch>(
      {
        annotate: (text) => this.engine.annotate(text),
        onFound: (found) => this.mark(found),
        skip: (el) => el === this.host,
      },
      {
        // A busy page still gets its quotes marked within a tenth of a second.
        requestIdle: (cb) => ctx.requestIdleCallback(cb, { timeout: 100 }),
        isValid: () => ctx.isValid,
      },
      document,
    );
    this.highlights.configure(settings.highlight, settings.highlightStyle);
  }

  start(): void {
    this.engine.setPageContext(pageSummary());
    this.scan.add(document.body);
    this.listen();
    this.ctx.onInvalidated(() => this.dispose());
    // ctx learns that the extension was reloaded or removed only when one of its timers
    // fires; without this one the marks would stay until the pointer next moves.
    this.ctx.setInterval(() => undefined, LIFE_CHECK_MS);
  }

  updateSettings(settings: ControllerSettings): void {
    this.settings = settings;
    this.highlights.configure(settings.highlight, settings.highlightStyle);
    this.store.setAppearance(settings.lang, this.store.current.dark);
  }

  /** What the card layer calls back into. */
  readonly actions: CardActions = {
    copy: (model, kind) => this.io.copy(model, kind),
    openDocument: (model) => this.io.openDocument(model),
    searchFor: (text) => this.io.searchFor(text),
    pickCandidate: (clauseId) => this.showCandidate(clauseId),
    close: (reason) => this.closeCard(reason === 'escape' || reason === 'button'),
    pointerInside: (inside) => {
      this.pointerOnCard = inside;
      if (inside) this.cancelClose();
      else this.scheduleClose();
    },
  };

  get quotes(): MarkedQuote[] {
    return this.registry.inOrder();
  }

  /** Moves to the next or previous quote in reading order, opens its card and focuses it. */
  navigate(direction: 'next' | 'previous'): boolean {
    if (this.disposed) return false;
    const quotes = this.registry.inOrder();
    if (quotes.length === 0) return false;
    const at = this.openQuote ? quotes.indexOf(this.openQuote) : -1;
    const index =
      at < 0
        ? direction === 'next'
          ? 0
          : quotes.length - 1
        : (at + (direction === 'next' ? 1 : -1) + quotes.length) % quotes.length;
    return this.reveal(quotes[index] as MarkedQuote);
  }

  reveal(quote: MarkedQuote | undefined): boolean {
    if (!quote || this.disposed) return false;
    const element = quote.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.returnFocus = document.activeElement;
    this.open(quote, true);
    return true;
  }

  revealById(id: number): boolean {
    return this.reveal(this.registry.get(id));
  }

  /** Shows a card for arbitrary selected text: its clause, or a clear "not found". */
  lookupSelection(text: string): boolean {
    const selection = document.getSelection();
    const anchor = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : undefined;
    text = text.trim() || selection?.toString().trim() || '';
    if (!anchor || !text || this.disposed) return false;
    const model = this.engine.lookup(text);
    this.returnFocus = document.activeElement;
    this.openQuote = undefined;
    const view: CardView = model
      ? { kind: 'match', model, anchor, focus: true }
      : { kind: 'none-found', text, anchor, focus: true };
    this.store.show(view);
    return model !== undefined;
  }

  private mark(found: Array<{ match: PageMatch; range: Range }>): void {
    if (this.disposed) return;
    const ranges: Range[] = [];
    for (const { match, range } of found) {
      if (!isVisible(range)) continue;
      const quote: MarkedQuote = { id: this.nextId++, match, range };
      this.registry.add(quote);
      ranges.push(range);
    }
    this.highlights.add(ranges);
    this.reportCount();
    // The pointer may already rest on a quote that was just marked.
    if (this.pendingPointer) this.onPointer(this.pendingPointer.x, this.pendingPointer.y);
  }

  private countTimer: number | undefined;

  /** Batched: a page that keeps adding quotes sends one report per second at most. */
  private reportCount(): void {
    if (this.countTimer !== undefined) return;
    this.countTimer = this.ctx.setTimeout(() => {
      this.countTimer = undefined;
      const quotes = this.registry.inOrder();
      const altered = quotes.filter((q) => isAltered(q.match)).length;
      this.io.quotesChanged(quotes.length, altered);
    }, 300);
  }

  private open(quote: MarkedQuote, focus: boolean): void {
    const model = this.engine.cardModel(quote.match);
    if (!model) return;
    this.openQuote = quote;
    this.io.prepareCitation(model);
    this.highlights.setActive(quote.range);
    this.store.show({ kind: 'match', model, anchor: quote.range, focus });
  }

  private showCandidate(clauseId: string): void {
    const view = this.store.current.view;
    if (view?.kind !== 'match') return;
    const model: CardModel | undefined = this.engine.cardModelForClause(view.model, clauseId);
    if (model) this.store.show({ ...view, model, focus: false });
  }

  private closeCard(restoreFocus: boolean): void {
    this.cancelClose();
    if (!this.store.current.view) return;
    this.openQuote = undefined;
    // The card is gone, so the pointer is no longer on it (no pointerleave will say so).
    this.pointerOnCard = false;
    this.highlights.setActive(undefined);
    this.store.show(undefined);
    if (restoreFocus && this.returnFocus instanceof HTMLElement) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  private onPointer(x: number, y: number): void {
    if (this.disposed) return;
    this.pendingPointer = { x, y };
    if (this.pointerOnCard) return;
    const quote = quoteAtPoint(document, this.registry.byNode, x, y);
    if (quote === this.hovered) return;
    this.hovered = quote;
    this.clearHoverTimer();
    if (quote) {
      this.cancelClose();
      if (quote === this.openQuote) return;
      this.hoverTimer = this.ctx.setTimeout(() => {
        this.hoverTimer = undefined;
        if (this.hovered === quote) this.open(quote, false);
      }, this.settings.hoverDelayMs);
    } else if (this.store.current.view) {
      this.scheduleClose();
    }
  }

  private scheduleClose(): void {
    this.cancelClose();
    this.closeTimer = this.ctx.setTimeout(() => {
      this.closeTimer = undefined;
      if (!this.pointerOnCard && this.hovered === undefined) this.closeCard(false);
    }, CLOSE_GRACE_MS);
  }

  private cancelClose(): void {
    if (this.closeTimer !== undefined) clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }

  private clearHoverTimer(): void {
    if (this.hoverTimer !== undefined) clearTimeout(this.hoverTimer);
    this.hoverTimer = undefined;
  }

  private listen(): void {
    let framePending = false;
    let last: { x: number; y: number } | undefined;
    // One hit test per animation frame, however fast the pointer moves.
    this.ctx.addEventListener(
      document,
      'pointermove',
      (event) => {
        if (event.composedPath().includes(this.host)) return;
        last = { x: event.clientX, y: event.clientY };
        if (framePending) return;
        framePending = true;
        this.ctx.requestAnimationFrame(() => {
          framePending = false;
          if (last) this.onPointer(last.x, last.y);
        });
      },
      { passive: true, capture: true },
    );
    this.ctx.addEventListener(
      document,
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.store.current.view) this.closeCard(true);
      },
      { capture: true },
    );
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.fullRescan());
    const observer = new MutationObserver((records) => this.onMutations(records));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    this.observer = observer;
    this.ctx.onInvalidated(() => observer.disconnect());
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.disposed) return;
    for (const record of records) {
      if (this.host.contains(record.target) || record.target === this.host) continue;
      if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        if (parent) this.pendingMutations.add(parent);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node !== this.host) this.pendingMutations.add(node);
      }
      // Text removed from under a marked quote: its range collapses; rescan its block.
      if (record.removedNodes.length > 0 && record.target.nodeType === 1) {
        this.pendingMutations.add(record.target);
      }
    }
    if (this.pendingMutations.size === 0 || this.mutationTimer !== undefined) return;
    this.mutationTimer = this.ctx.setTimeout(() => {
      this.mutationTimer = undefined;
      const nodes = [...this.pendingMutations];
      this.pendingMutations.clear();
      if (nodes.length > FULL_RESCAN_NODES) this.fullRescan();
      else this.rescan(nodes);
    }, MUTATION_BATCH_MS);
  }

  /** Rescans the blocks that changed: their old marks go, what they now quote is marked. */
  private rescan(nodes: Node[]): void {
    const roots = outermost(nodes.map(blockOf).filter((n): n is Element => Boolean(n?.isConnected)));
    for (const root of roots) {
      const removed = this.registry.removeWithin(root);
      if (removed.length > 0) {
        this.highlights.remove(removed.map((q) => q.range));
        this.reportCount();
      }
      if (this.openQuote && removed.includes(this.openQuote)) this.closeCard(false);
      this.scan.add(root);
    }
  }

  private fullRescan(): void {
    if (this.disposed) return;
    this.scan.clear();
    this.registry.clear();
    this.highlights.clear();
    this.reportCount();
    this.closeCard(false);
    this.engine.setPageContext(pageSummary());
    this.scan.add(document.body);
  }

  /** Stops everything on this page: the reader switched ClauseLens off here, or it was unloaded. */
  dispose(): void {
    // Listeners added through ctx live until the context ends; the flag silences them now.
    this.disposed = true;
    this.observer?.disconnect();
    this.clearHoverTimer();
    this.cancelClose();
    if (this.mutationTimer !== undefined) clearTimeout(this.mutationTimer);
    this.mutationTimer = undefined;
    this.pendingMutations.clear();
    // The only node ClauseLens added to the page goes with it.
    this.host.remove();
    this.scan.clear();
    this.registry.clear();
    this.highlights.dispose();
    this.store.show(undefined);
    try {
      this.io.quotesChanged(0, 0);
    } catch {
      // The extension is gone (reloaded or removed): its badge went with it.
    }
  }
}

/**
 * What the page says it is about: title, description and headline. Short quotes are
 * accepted only on pages about the documents, and a long page is matched a chunk at
 * a time, so each chunk is read together with this.
 */
function pageSummary(): string {
  const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  const headline = document.querySelector('h1')?.textContent ?? '';
  return `${document.title}\n${description}\n${headline}`;
}

/** Whether the engine judged the quote unfaithful to its source. */
function isAltered(match: PageMatch): boolean {
  return (match as { fidelity?: { verdict?: string } }).fidelity?.verdict === 'altered';
}

/** The nearest block-level ancestor: a quote never crosses one, so it bounds a rescan. */
function blockOf(node: Node): Element | null {
  let element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (element && element !== document.body) {
    const display = element.tagName;
    if (/^(P|DIV|LI|ARTICLE|SECTION|BLOCKQUOTE|TD|H[1-6]|MAIN|UL|OL)$/.test(display)) return element;
    element = element.parentElement;
  }
  return element;
}

/** Drops nodes contained in another node of the list. */
function outermost(elements: Element[]): Element[] {
  const unique = [...new Set(elements)];
  return unique.filter((el) => !unique.some((other) => other !== el && other.contains(el)));
}

/** Text in a hidden element (display: none, visibility) has no boxes: don't mark it. */
function isVisible(range: Range): boolean {
  const element = range.startContainer.parentElement;
  if (!element) return false;
  if (typeof element.checkVisibility === 'function') {
    return element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
  }
  return range.getClientRects().length > 0;
}
