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

const supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class QuoteHighlights {
  /**
   * One Highlight for all marks, changed in place: rebuilding it from every range at
   * each batch made a page with thousands of quotes quadratic.
   */
  private readonly marks: Highlight | undefined = supported ? new Highlight() : undefined;
  private enabled = true;
  private style: HighlightStyle = 'underline';

  constructor() {
    this.register();
  }

  add(ranges: Iterable<Range>): void {
    for (const r of ranges) this.marks?.add(r);
  }

  remove(ranges: Iterable<Range>): void {
    for (const r of ranges) this.marks?.delete(r);
  }

  clear(): void {
    this.marks?.clear();
    this.setActive(undefined);
  }

  configure(enabled: boolean, style: HighlightStyle): void {
    if (enabled === this.enabled && style === this.style) return;
    this.enabled = enabled;
    this.style = style;
    this.register();
  }

  /** The quote whose card is open, marked more strongly. */
  setActive(range: Range | undefined): void {
    if (!supported) return;
    if (range && this.enabled) CSS.highlights.set(ACTIVE, new Highlight(range));
    else CSS.highlights.delete(ACTIVE);
  }

  /** Removes every mark this extension made. */
  dispose(): void {
    this.marks?.clear();
    if (!supported) return;
    for (const name of [...Object.values(NAMES), ACTIVE]) CSS.highlights.delete(name);
  }

  /** Shows the marks under the name of the chosen style, or not at all. */
  private register(): void {
    if (!supported || !this.marks) return;
    for (const name of Object.values(NAMES)) {
      if (CSS.highlights.get(name) === this.marks) CSS.highlights.delete(name);
    }
    if (this.enabled) CSS.highlights.set(NAMES[this.style], this.marks);
  }
}
