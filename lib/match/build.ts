import type { Clause } from '../index/types';

/**
 * Matching data stored in the index at build time (postings, character fold).
 * Placeholder until the matching engine lands: the index builder already calls it.
 */
export function buildMatchData(_clauses: ReadonlyArray<Pick<Clause, 'id' | 'text'>>): unknown {
  return undefined;
}
