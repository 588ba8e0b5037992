import type { ClauseIndex } from '../lib/index/types';

/** Where the build puts the index inside the extension package. */
export const INDEX_PATH = '/data/clause-index.json';

export class IndexLoadError extends Error {
  override name = 'IndexLoadError';
}

/**
 * Reads the index text and checks its outline, so that a damaged package says so
 * clearly instead of failing somewhere deep in the UI.
 */
export function parseClauseIndex(text: string): ClauseIndex {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new IndexLoadError(`the clause index is not valid JSON (${(error as Error).message})`);
  }
  const index = data as Partial<ClauseIndex> | null;
  if (
    !index ||
    typeof index !== 'object' ||
    typeof index.schemaVersion !== 'number' ||
    !Array.isArray(index.documents) ||
    !Array.isArray(index.clauses) ||
    index.clauses.some((c) => typeof c?.id !== 'string' || typeof c?.text !== 'string')
  ) {
    throw new IndexLoadError('the clause index is damaged: documents or clauses are missing');
  }
  return index as ClauseIndex;
}

/** The index for pages: without the popup's search data (see wxt.config.ts). */
export const PAGE_INDEX_PATH = '/data/page-index.json';

/** The index text as packaged (extension pages, the background and content scripts read it). */
export async function fetchClauseIndexText(path = INDEX_PATH): Promise<string> {
  let response: Response;
  try {
    // A build output, not a file in public/: outside the typed list of public paths.
    const getURL = browser.runtime.getURL as (path: string) => string;
    response = await fetch(getURL(path));
  } catch (error) {
    throw new IndexLoadError(`the clause index could not be read (${(error as Error).message})`);
  }
  if (!response.ok) throw new IndexLoadError(`the clause index is missing from the package (${response.status})`);
  return response.text();
}

let cached: Promise<ClauseIndex> | undefined;

/** The parsed, checked index, read once per page. */
export function loadClauseIndex(): Promise<ClauseIndex> {
  cached ??= fetchClauseIndexText().then(parseClauseIndex);
  return cached;
}
