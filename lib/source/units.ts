import type { ClauseFlag } from '../index/types';
import type { ParagraphItem } from './items';

/** A clause in the making: printed pieces, where it goes, and what is known about it. */
export interface Unit {
  pieces: ParagraphItem[];
  /** The document whose section printed it (undefined: before any heading). */
  printedIn?: string;
  docId: string;
  numeral?: string;
  value?: number;
  inSequence: boolean;
  section?: string;
  /** Printed pieces were rejoined across a page or column break. */
  rejoined: boolean;
  /** Position in the sources (file order, then offset): ties order and "first occurrence". */
  order: number;
  flags: ClauseFlag[];
}

export function unitText(unit: Pick<Unit, 'pieces'>): string {
  return unit.pieces.map((piece) => piece.text).join('');
}

export function firstLine(unit: Pick<Unit, 'pieces'>): number {
  return unit.pieces[0]?.line ?? 1;
}
