import { describe, expect, it } from 'vitest';
import { ADD, alignPiece, DROP, EDIT_COST, GAP, GAP_COST, MATCH, SUBSTITUTE, SUBSTITUTE_COST } from '../../../lib/match/fidelity/align';

const ops = (piece: string, window: string, options = {}) => alignPiece(piece, window, options)?.steps.map((step) => step.op);

describe('alignPiece', () => {
  it('aligns equal strings as matches', () => {
    expect(alignPiece('甲乙丙', '甲乙丙')).toMatchObject({ cost: 0, sourceStart: 0, sourceEnd: 3 });
    expect(ops('甲乙丙', '甲乙丙')).toEqual([MATCH, MATCH, MATCH]);
  });

  it('prefers one replacement to a character added and one dropped', () => {
    expect(ops('甲丁丙', '甲乙丙')).toEqual([MATCH, SUBSTITUTE, MATCH]);
    expect(alignPiece('甲丁丙', '甲乙丙')?.cost).toBe(SUBSTITUTE_COST);
  });

  it('counts characters added and dropped', () => {
    expect(ops('甲乙丁丙', '甲乙丙')).toEqual([MATCH, MATCH, ADD, MATCH]);
    expect(ops('甲丙', '甲乙丙')).toEqual([MATCH, DROP, MATCH]);
    expect(alignPiece('甲丙', '甲乙丙')?.cost).toBe(EDIT_COST);
  });

  it('finds the piece anywhere in a window with free ends', () => {
    const alignment = alignPiece('丙丁', '甲乙丙丁戊', { freeStartUntil: 5, freeEndFrom: 0 });
    expect(alignment).toMatchObject({ cost: 0, sourceStart: 2, sourceEnd: 4 });
  });

  it('starts and ends only where allowed', () => {
    const starts = new Uint8Array([0, 0, 1, 0, 0, 0]);
    const alignment = alignPiece('丙丁', '甲乙丙丁戊', { starts, freeEndFrom: 4 });
    expect(alignment).toMatchObject({ cost: 0, sourceStart: 2, sourceEnd: 4 });
  });

  it('leaves out a whole unit between boundaries for GAP_COST', () => {
    // 甲乙,丙丁戊,己庚 less 丙丁戊: boundaries at 0, 2, 5, 7.
    const boundaries = new Uint8Array([1, 0, 1, 0, 0, 1, 0, 1]);
    const alignment = alignPiece('甲乙己庚', '甲乙丙丁戊己庚', { boundaries });
    expect(alignment?.cost).toBe(GAP_COST);
    expect(alignment?.steps.map((step) => step.op)).toEqual([MATCH, MATCH, GAP, GAP, GAP, MATCH, MATCH]);
    // Not a whole unit: dropped characters.
    expect(ops('甲乙戊己庚', '甲乙丙丁戊己庚', { boundaries })).toEqual([MATCH, MATCH, DROP, DROP, MATCH, MATCH, MATCH]);
  });

  it('counts script variants as matches when given', () => {
    const variants = new Map([['臺'.charCodeAt(0), '台'.charCodeAt(0)]]);
    expect(alignPiece('平臺', '平台', { variants })?.cost).toBe(0);
    expect(alignPiece('平臺', '平台')?.cost).toBe(SUBSTITUTE_COST);
  });

  it('handles empty input and refuses what is too large', () => {
    expect(alignPiece('', '甲乙')).toMatchObject({ cost: 2 * EDIT_COST, steps: [{ op: DROP }, { op: DROP }] });
    expect(alignPiece('甲乙', '')).toMatchObject({ cost: 2 * EDIT_COST });
    expect(alignPiece('甲'.repeat(5000), '乙'.repeat(5000))).toBeNull();
  });
});
