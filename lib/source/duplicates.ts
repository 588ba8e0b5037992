import { withoutOpening } from './numerals';
import { squeeze } from './punctuation';
import { type Unit, unitText } from './units';

/**
 * Repeats of the same text: a block of numbered clauses printed twice, or a
 * clause number carrying another clause's text. Text is compared without its
 * numbered opening and without whitespace; "near-exact" allows a few differing
 * characters (5% of the length), as a second scrape of the same text may have.
 */
const NEAR_EXACT_RATIO = 0.05;
const MINIMUM_BODY = 6;

export interface DuplicateGroup {
  keeper: Unit;
  repeats: Unit[];
}

/**
 * Groups repeated units. The keeper is the first occurrence whose numeral is
 * in sequence with the numbers printed before it: a number that follows its
 * predecessor is where the text was meant to be, while a repeat under another
 * number (or a second block) breaks the sequence or comes later. When none is
 * in sequence, the first occurrence is kept.
 */
export function findDuplicates(units: readonly Unit[]): DuplicateGroup[] {
  const sorted = [...units].sort((a, b) => a.order - b.order);
  const bodies = sorted.map((unit) => squeeze(withoutOpening(unitText(unit))));
  const parent = sorted.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  const byLength = sorted.map((_, i) => i).sort((a, b) => (bodies[a]?.length ?? 0) - (bodies[b]?.length ?? 0));
  for (let x = 0; x < byLength.length; x++) {
    const i = byLength[x] ?? 0;
    const a = bodies[i] ?? '';
    if (a.length < MINIMUM_BODY) continue;
    const budget = Math.floor(a.length * NEAR_EXACT_RATIO);
    for (let y = x + 1; y < byLength.length; y++) {
      const j = byLength[y] ?? 0;
      const b = bodies[j] ?? '';
      if (b.length - a.length > budget) break;
      if (root(i) === root(j)) continue;
      if (a === b || (budget > 0 && boundedEditDistance(a, b, budget) <= budget)) {
        parent[root(j)] = root(i);
      }
    }
  }
  const groups = new Map<number, Unit[]>();
  sorted.forEach((unit, i) => {
    const r = root(i);
    const list = groups.get(r) ?? [];
    list.push(unit);
    groups.set(r, list);
  });
  const result: DuplicateGroup[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const keeper = members.find((unit) => unit.inSequence) ?? members[0];
    if (!keeper) continue;
    result.push({ keeper, repeats: members.filter((unit) => unit !== keeper) });
  }
  return result;
}

/** Levenshtein distance, or budget + 1 as soon as it must exceed the budget. */
export function boundedEditDistance(a: string, b: string, budget: number): number {
  if (Math.abs(a.length - b.length) > budget) return budget + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > budget) return budget + 1;
    previous = current;
  }
  return previous[b.length] ?? budget + 1;
}
