/**
 * Marks matched quotes with the CSS Custom Highlight API: the page's DOM is never
 * touched, so frameworks that re-render text nodes keep working. Styles come from
 * public/highlight.css, injected by the browser with the content script.
 */
export type HighlightStyle = 'underline' | 'background';

const NAMES: Record<HighlightStyle, string> = {
  underline: 'clauselens-quote',
  background: 'clauselens-quote-background',
};
const ACTIVE = 'clauselens-quote-active';

export class QuoteHighlights {
  private readonly ranges = new Set<Range>();
  private enabled = true;
  private style: HighlightStyle = 'underline';
  private readonly supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

  add(ranges: Iterable<Range>): void {
    for (const r of ranges) this.ranges.add(r);
    this.render();
  }

  remove(ranges: Iterable<Range>): void {
    for (const r of ranges) this.ranges.delete(r);
    this.render();
  }

  clear(): void {
    this.ranges.clear();
    this.setActive(undefined);
    this.render();
  }

  configure(enabled: boolean, style: HighlightStyle): void {
    this.enabled = enabled;
    this.style = style;
    this.render();
  }

  /** The quote whose card is open, marked more strongly. */
  setActive(range: Range | undefined): void {
    if (!this.supported) return;
    if (range && this.enabled) CSS.highlights.set(ACTIVE, new Highlight(range));
    else CSS.highlights.delete(ACTIVE);
  }

  /** Removes every mark this extension made. */
  dispose(): void {
    this.ranges.clear();
    if (!this.supported) return;
    for (const name of [...Object.values(NAMES), ACTIVE]) CSS.highlights.delete(name);
  }

  private render(): void {
    if (!this.supported) return;
    for (const name of Object.values(NAMES)) CSS.highlights.delete(name);
    if (this.enabled && this.ranges.size > 0) {
      CSS.highlights.set(NAMES[this.style], new Highlight(...this.ranges));
    }
  }
}
