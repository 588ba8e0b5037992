import type { DocumentType } from '../index/types';

/**
 * What the parser needs to know about each document the sources may hold: the
 * metadata file supplies it. A document without a heading (a news report the
 * scrape only holds fragments of) can only receive paragraphs by evidence.
 */
export interface CatalogueEntry {
  id: string;
  type: DocumentType;
  heading?: string;
  incomplete: boolean;
}

/** The docId given to paragraphs whose document cannot be told. */
export const UNPLACED_DOC_ID = 'unplaced';
