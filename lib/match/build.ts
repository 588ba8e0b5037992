import type { Clause } from '../index/types';
import { serializeFold } from '../text/fold';
import { createNormalizer } from '../text/normalize';
import { buildCorpus } from './corpus';
import { fullTraditionalFold, trimFold } from './fold-build';
import { buildPostings, serializePostings } from './postings';
import { MATCH_DATA_VERSION, type MatchData } from './types';

/**
 * Matching data stored in the index at build time: the character fold trimmed
 * to the characters the clauses use, and bigram postings over the clauses'
 * matching form in the order given (the index's clause order).
 */
export function buildMatchData(clauses: ReadonlyArray<Pick<Clause, 'id' | 'text'>>): MatchData {
  const texts = clauses.map((clause) => clause.text);
  const fullFold = fullTraditionalFold();
  const corpus = buildCorpus(texts, createNormalizer(fullFold));
  const used = new Set<number>();
  for (const ch of corpus.text) used.add(ch.codePointAt(0) ?? 0);
  const fold = trimFold(fullFold, used);
  return {
    version: MATCH_DATA_VERSION,
    fold: serializeFold(fold),
    postings: serializePostings(buildPostings(corpus.text)),
    corpusLength: corpus.text.length,
  };
}
