/**
 * Do the words around a quote come from the same clause? A reprint carries the
 * clause's own sentence around a three-character term; a report paraphrases it
 * with some of its words; unrelated text shares only the common ones. The
 * measure is the share of the window's units (Chinese character pairs, or
 * English and Russian word keys) that the clause holds, less the share an
 * average clause holds, so that words every clause uses count for nothing.
 */
export interface UnitIndex {
  /** Unit → the clauses holding it. */
  readonly clausesOf: ReadonlyMap<string, ReadonlySet<number>>;
  readonly clauseCount: number;
}

export function buildUnitIndex(unitsPerClause: ReadonlyArray<Iterable<string>>): UnitIndex {
  const clausesOf = new Map<string, Set<number>>();
  unitsPerClause.forEach((units, clause) => {
    for (const unit of units) {
      let set = clausesOf.get(unit);
      if (!set) {
        set = new Set();
        clausesOf.set(unit, set);
      }
      set.add(clause);
    }
  });
  return { clausesOf, clauseCount: unitsPerClause.length };
}

export function* bigrams(form: string): Generator<string> {
  for (let i = 0; i + 1 < form.length; i++) yield form.slice(i, i + 2);
}

/** Lift of each clause's share of the window's distinct units over the average clause's; 0 for an empty window. */
export function surroundLift(index: UnitIndex, units: Iterable<string>, clauses: ReadonlyArray<number>): number[] {
  const distinct = new Set(units);
  if (distinct.size === 0 || index.clauseCount === 0) return clauses.map(() => 0);
  let expected = 0;
  const found = clauses.map(() => 0);
  for (const unit of distinct) {
    const holders = index.clausesOf.get(unit);
    if (!holders) continue;
    expected += holders.size / index.clauseCount;
    clauses.forEach((clause, i) => {
      if (holders.has(clause)) found[i] = (found[i] ?? 0) + 1;
    });
  }
  return found.map((count) => (count - expected) / distinct.size);
}

/** How many characters beyond the quote's edges go on as the clause does (each side capped at `cap`). */
export function extension(beforeForm: string, afterForm: string, clauseForm: string, start: number, end: number, cap = 30): number {
  let back = 0;
  while (back < cap && back < beforeForm.length && start - back - 1 >= 0) {
    if (beforeForm[beforeForm.length - 1 - back] !== clauseForm[start - back - 1]) break;
    back++;
  }
  let ahead = 0;
  while (ahead < cap && ahead < afterForm.length && end + ahead < clauseForm.length) {
    if (afterForm[ahead] !== clauseForm[end + ahead]) break;
    ahead++;
  }
  return back + ahead;
}
