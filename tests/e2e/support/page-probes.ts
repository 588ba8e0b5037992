/**
 * What the end-to-end tests read from a page, written once for both browsers: each
 * probe runs inside the page (it is serialised, so it uses nothing from outside), and
 * the callers hand in their automation's `evaluate`.
 */
export type Evaluate = <R, A>(probe: (arg: A) => R, arg: A) => Promise<R>;

export interface CardSummary {
  clauseId: string;
  docId: string;
  text: string;
}

/** Texts of the ranges ClauseLens marked on the page, in no particular order. */
function markedQuotesProbe(_: null): string[] {
  const highlight = CSS.highlights.get('clauselens-quote') ?? CSS.highlights.get('clauselens-quote-background');
  return highlight ? [...highlight].map((r) => r.toString()) : [];
}

/** The viewport point at the middle of the first two characters of `needle` on the page. */
function pointOnTextProbe(needle: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const at = node.data.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + Math.min(needle.length, 2));
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/** The open card's root attributes, read through the shadow root. */
function openCardProbe(_: null): CardSummary | null {
  const card = document.querySelector('clauselens-ui')?.shadowRoot?.querySelector('.card') as HTMLElement | null;
  if (!card) return null;
  return { clauseId: card.dataset.clauseId ?? '', docId: card.dataset.docId ?? '', text: card.textContent ?? '' };
}

/** The page's markup as its own script saved it before ClauseLens ran, as it is now, and <html>'s children. */
function pageStateProbe(_: null): { before: string | undefined; after: string; extra: string[] } {
  return {
    before: (window as unknown as { __before?: string }).__before,
    after: document.body.innerHTML,
    extra: [...document.documentElement.children].map((e) => e.tagName.toLowerCase()),
  };
}

export const markedQuotes = (evaluate: Evaluate) => evaluate(markedQuotesProbe, null);
export const openCard = (evaluate: Evaluate) => evaluate(openCardProbe, null);
export const pageState = (evaluate: Evaluate) => evaluate(pageStateProbe, null);

export async function pointOnText(evaluate: Evaluate, text: string): Promise<{ x: number; y: number }> {
  const point = await evaluate(pointOnTextProbe, text);
  if (!point) throw new Error(`text not on page: ${text}`);
  return point;
}

/** Waits until the set of marked quotes stops changing (scanning runs in idle slices). */
export async function settledMarks(evaluate: Evaluate, atLeast = 1, timeoutMs = 10_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let stableSince = Date.now();
  for (;;) {
    const marks = await markedQuotes(evaluate);
    const key = JSON.stringify([...marks].sort());
    if (key !== last) {
      last = key;
      stableSince = Date.now();
    } else if (marks.length >= atLeast && Date.now() - stableSince > 400) {
      return marks;
    }
    if (Date.now() > deadline) return marks;
    await new Promise((done) => setTimeout(done, 100));
  }
}
