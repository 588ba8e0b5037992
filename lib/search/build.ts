import Fuse from 'fuse.js';
import type { Clause } from '../index/types';

/** What the popup search stores in the index (`index.search`). */
export interface SearchData {
  /** Fuse.js index, built once here and loaded with `Fuse.parseIndex` in the popup. */
  fuse: unknown;
}

export const FUSE_KEYS = ['text', 'label'] as const;

export function buildSearchData(clauses: ReadonlyArray<Clause>): SearchData {
  return { fuse: Fuse.createIndex([...FUSE_KEYS], clauses as Clause[]).toJSON() };
}
