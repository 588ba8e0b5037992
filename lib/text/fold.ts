/**
 * A character fold: one character to the character it matches as (traditional
 * and regional variant forms to simplified). Stored as a flat string of
 * code-point pairs "FROM TO FROM TO …" (no separators) so that it is small in
 * the index JSON and cheap to read back.
 */
export type CharacterFold = ReadonlyMap<number, number>;

export const EMPTY_FOLD: CharacterFold = new Map();

export function parseFold(pairs: string | undefined): CharacterFold {
  const fold = new Map<number, number>();
  if (!pairs) return fold;
  let from = -1;
  for (const ch of pairs) {
    const cp = ch.codePointAt(0) ?? 0;
    if (from < 0) {
      from = cp;
    } else {
      fold.set(from, cp);
      from = -1;
    }
  }
  return fold;
}

export function serializeFold(fold: CharacterFold): string {
  const keys = [...fold.keys()].sort((a, b) => a - b);
  let out = '';
  for (const key of keys) {
    out += String.fromCodePoint(key) + String.fromCodePoint(fold.get(key) ?? key);
  }
  return out;
}
