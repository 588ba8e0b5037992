/**
 * How far the candidate search looks: the most edits a quote of m characters
 * (matching form) may be from a clause and still be ranked. Whether a ranked
 * clause is shown is the evidence model's call (lib/match/evidence/), not this
 * table's. Why these bounds: one wrong character in a quote of four or fewer
 * cannot be told from chance (a third of 4-character negatives then fit
 * somewhere); other China–Russia documents reword our stock phrases by about a
 * quarter of their characters, and real news cuts and retypes long quotes by up
 * to about 30%.
 */
export function searchBudget(m: number): number {
  if (m <= 5) return 0;
  if (m <= 7) return 1;
  if (m <= 19) return Math.floor(0.2 * m);
  return Math.floor(0.3 * m);
}

/** More equally good clauses than this are not listed with a match: the quote does not tell which. */
export const MAX_EQUAL_CANDIDATES = 5;

/** Clauses ranked for one quote at most: enough for the words around it to pick among equal ones. */
export const MAX_RANKED_CLAUSES = 24;
