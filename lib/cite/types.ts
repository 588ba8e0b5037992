import type { Clause, DocumentRecord } from '../index/types';

export type CitationStyleId =
  | 'gbt7714'
  | 'apa'
  | 'mla'
  | 'chicago-note'
  | 'chicago-bib'
  | 'bibtex'
  | 'ris'
  | 'csl-json'
  | 'markdown'
  | 'plain';

/** The language of the text the citation is pasted into. */
export type CitationLanguage = 'zh' | 'en';

export interface CitationInput {
  clause: Clause;
  document: DocumentRecord;
  /** The extension's page for the clause, e.g. chrome-extension://<id>/document.html#<clause-id>. */
  documentUrl: string;
  /** When the reader looked at the document: the "accessed" date / 引用日期. */
  accessed: Date;
  /** Defaults to English; GB/T 7714 always cites a Chinese document in Chinese. */
  lang?: CitationLanguage;
  /**
   * For a quote matched across languages: the unofficial rendering the reader
   * saw (clause.renderings[lang]). The plain and Markdown citations quote it,
   * marked as an unofficial translation of the Chinese original, which the
   * citation still names; the other styles cite the original as they are.
   */
  rendering?: { lang: 'en' | 'ru'; text: string };
}

export interface Citation {
  /** For text/plain. */
  text: string;
  /** For text/html on the clipboard: every value escaped. */
  html: string;
}
