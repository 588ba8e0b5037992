import { continuesAcrossBreak } from './page-breaks';
import { startsBound } from './punctuation';
import { type Unit, unitText } from './units';

export interface TailJoin {
  tail: Unit;
  /** The clause it is the end of; undefined when the evidence does not point to exactly one. */
  host?: Unit;
}

/**
 * An orphan fragment opens mid-sentence ("的有效性和效能…") with nothing
 * before it that it can continue. It is the tail of a clause cut off
 * elsewhere in the same document when exactly one clause there stops
 * mid-sentence at a point the fragment can grammatically follow. Two or more
 * such clauses are no evidence at all: the fragment then stays on its own.
 */
export function findTailHosts(units: readonly Unit[]): TailJoin[] {
  const joins: TailJoin[] = [];
  for (const tail of units) {
    if (!startsBound(unitText(tail)) || tail.numeral !== undefined) continue;
    const candidates = units.filter(
      (unit) =>
        unit !== tail &&
        unit.docId === tail.docId &&
        !startsBound(unitText(unit)) &&
        continuesAcrossBreak(unitText(unit), unitText(tail)),
    );
    joins.push({ tail, host: candidates.length === 1 ? candidates[0] : undefined });
  }
  // Two tails claiming one host cannot both be its end.
  return joins.map((join) =>
    join.host && joins.filter((other) => other.host === join.host).length > 1 ? { tail: join.tail } : join,
  );
}
