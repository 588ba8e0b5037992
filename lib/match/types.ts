/** Matching data stored in the index (`index.match`), written by `buildMatchData`. */
export interface MatchData {
  /** Bumped when the layout changes; a loader seeing another version rebuilds what it needs. */
  version: typeof MATCH_DATA_VERSION;
  /**
   * Character fold (traditional, Hong Kong and Taiwan forms → simplified) as
   * code-point pairs "FROMTO FROMTO…" without separators, trimmed to the
   * characters the index uses.
   */
  fold: string;
  /**
   * Character-bigram postings over the clauses' matching form, in corpus order
   * (see `corpus.ts`): `alphabet` lists the characters; a bigram's key is
   * `rank(a) * alphabet.length + rank(b)` (a small integer); `keys` holds the
   * keys in ascending order as gaps from the previous key, `counts` the length
   * of each key's list, `positions` the concatenated lists, each as gaps.
   */
  postings: {
    alphabet: string;
    keys: number[];
    counts: number[];
    positions: number[];
  };
  /** Total length of the matching form, to check the postings against the clauses. */
  corpusLength: number;
}

export const MATCH_DATA_VERSION = 1;

/** Where one piece of a quote lies in a clause. */
export interface PieceAlignment {
  /** Offsets in the quote as given (raw text), end exclusive. */
  quoteStart: number;
  quoteEnd: number;
  clauseId: string;
  /** Offsets in the clause's text, end exclusive. */
  clauseStart: number;
  clauseEnd: number;
  /** Edit distance between the piece and that span, in matching-form characters. */
  errors: number;
  /** Length of the piece in matching-form characters. */
  length: number;
}

export interface CandidateClause {
  clauseId: string;
  docId: string;
  label: string;
  /** 1 − errors / length of the quote's matching form: 1 is exact. */
  score: number;
  /** The matched span in this clause's text (the part in this clause when the quote runs on). */
  start: number;
  end: number;
  /** Edit distance summed over pieces, in matching-form characters. */
  errors: number;
  /** One entry per piece of the quote (several when it was shortened with an ellipsis). */
  pieces: PieceAlignment[];
  /** Other clauses the quote runs into (a quote across adjacent clauses). */
  continuesIn: string[];
}

export interface QuoteMatch extends CandidateClause {
  /** Every clause that fits, best first, the match itself included. */
  candidates: CandidateClause[];
}
