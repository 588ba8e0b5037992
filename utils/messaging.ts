import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Lang, LangStrings } from '../components/i18n';

/** A quote the content script matched, as the popup's "On this page" view lists it. */
export interface PageQuoteSummary {
  id: number;
  quote: string;
  clauseId: string;
  docId: string;
  label: string;
  score: number;
  /** How faithfully the page quotes the clause. */
  verdict: 'verbatim' | 'form' | 'abridged' | 'altered' | 'translated';
  /** The language it was matched in. */
  lang: 'zh' | 'en' | 'ru';
}

/**
 * Every message of the extension, in one map so that one listener per context
 * answers them. Background ← pages and content scripts; content script ← background
 * and popup (sent to a tab).
 */
export interface Protocol {
  /** The serialised clause index, for content scripts (they do not bundle it). */
  getIndexJson(): string;
  /** The card's strings in the reader's language (the content script does not carry them). */
  uiStrings(lang: Lang): LangStrings;
  ping(): { version: string };
  /**
   * A clause's citation in the reader's default style. Formatted here, not in the
   * content script, which stays small; the card asks as it opens, so a click copies
   * at once.
   */
  formatCitation(data: { clauseId: string; lang: Lang; rendering?: 'en' | 'ru' }): { text: string; html: string } | null;
  /** Opens the document page at a clause, in a new tab. */
  openDocument(data: { clauseId: string }): void;
  /** From the popup: look up what is selected in that tab (injecting ClauseLens if needed). */
  lookupSelectionInTab(tabId: number): boolean;
  /** From the popup: run ClauseLens in that tab now (the reader just enabled its site). */
  enableInTab(tabId: number): boolean;
  /** Opens the document page's search with a query (from a "no source found" card). */
  openSearch(data: { query: string }): void;

  /** Content script → background: how many quotes are marked on its page (the toolbar badge). */
  reportQuoteCount(data: { count: number; altered: number }): void;

  /** Content script: move to the next or previous marked quote and open its card. */
  navigateQuote(direction: 'next' | 'previous'): boolean;
  /** Content script: look up the selected text (empty: the page's current selection) and show a card at it. */
  lookupSelection(text: string): boolean;
  /** Content script: the quotes matched on this page. */
  getPageQuotes(): PageQuoteSummary[];
  /** Content script: scroll to one of its quotes and open its card. */
  revealQuote(id: number): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<Protocol>();
