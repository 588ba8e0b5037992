import type { ClauseKind } from '../index/types';

/**
 * Labels and ids of clauses. A numbered clause keeps its numeral (十二 →
 * `-c12`); a preamble is 序言; an unnumbered paragraph is named by its place
 * in the document (第5段 → `-p5`). In a document the source holds only
 * fragments of, a place in the source says nothing about the place in the
 * document, so its unnumbered paragraphs are fragments (片段3 → `-f3`).
 * Ids come from the document id and the label, never from array positions,
 * so they survive rebuilds and are safe in a URL fragment.
 */
export interface LabelInput {
  numeral?: string;
  value?: number;
  preamble: boolean;
}

export interface Labelled {
  label: string;
  id: string;
  kind: ClauseKind;
  ordinal: number;
}

export function assignLabels(docId: string, units: readonly LabelInput[], fragmentsOnly: boolean): Labelled[] {
  const used = new Set<string>();
  let preambles = 0;
  let fragments = 0;
  return units.map((unit, index) => {
    const ordinal = index + 1;
    let labelled: Omit<Labelled, 'ordinal'>;
    if (unit.numeral !== undefined && unit.value !== undefined) {
      labelled = { label: unit.numeral, id: `${docId}-c${unit.value}`, kind: 'numbered' };
    } else if (unit.preamble) {
      preambles++;
      labelled =
        preambles === 1
          ? { label: '序言', id: `${docId}-preamble`, kind: 'preamble' }
          : { label: `序言${toChineseNumeral(preambles)}`, id: `${docId}-preamble-${preambles}`, kind: 'preamble' };
    } else if (fragmentsOnly) {
      fragments++;
      labelled = { label: `片段${fragments}`, id: `${docId}-f${fragments}`, kind: 'fragment' };
    } else {
      labelled = { label: `第${ordinal}段`, id: `${docId}-p${ordinal}`, kind: 'paragraph' };
    }
    return { ...labelled, id: uniqueId(labelled.id, used), ordinal };
  });
}

/** A second clause with the same label (a number printed twice with different text) gets `-2`, `-3`… */
function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 17 → 十七, 24 → 二十四 (up to 999). */
export function toChineseNumeral(value: number): string {
  if (value < 10) return DIGITS[value] ?? String(value);
  if (value < 20) return `十${value % 10 ? DIGITS[value % 10] : ''}`;
  if (value < 100) return `${DIGITS[Math.floor(value / 10)]}十${value % 10 ? DIGITS[value % 10] : ''}`;
  if (value < 1000) {
    const rest = value % 100;
    const tail = rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${toChineseNumeral(rest)}` : toChineseNumeral(rest);
    return `${DIGITS[Math.floor(value / 100)]}百${tail}`;
  }
  return String(value);
}
