import { describe, expect, it } from 'vitest';
import { accept, maxErrorsAllowed, searchBudget } from '../../../lib/match/decide';

const evidence = (length: number, errors: number, context: 0 | 1 | 2, equalCandidates = 1, borrowed = false) => ({
  length,
  errors,
  context,
  equalCandidates,
  borrowed,
});

describe('decision rules', () => {
  it('accepts 2–4 character quotes only exact on a page naming the documents', () => {
    expect(accept(evidence(2, 0, 2))).toBe(true);
    expect(accept(evidence(3, 0, 1))).toBe(false);
    expect(accept(evidence(3, 0, 0))).toBe(false);
    expect(accept(evidence(4, 1, 2))).toBe(false);
  });

  it('accepts a 4-character phrase unique in the index on a page about China–Russia relations', () => {
    expect(accept(evidence(4, 0, 1, 1))).toBe(true);
    expect(accept(evidence(4, 0, 1, 2))).toBe(false);
    expect(accept(evidence(4, 0, 0, 1))).toBe(false);
  });

  it('needs context for 5–7 characters and allows one error only from 6 with the documents named', () => {
    expect(accept(evidence(6, 0, 0))).toBe(false);
    expect(accept(evidence(6, 0, 1))).toBe(true);
    expect(accept(evidence(6, 1, 1))).toBe(false);
    expect(accept(evidence(6, 1, 2))).toBe(true);
    expect(accept(evidence(5, 1, 2))).toBe(false);
  });

  it('treats 8–11 character phrases repeated across clauses as boilerplate without context', () => {
    expect(accept(evidence(9, 0, 0, 1))).toBe(true);
    expect(accept(evidence(9, 0, 0, 3))).toBe(false);
    expect(accept(evidence(9, 0, 1, 3))).toBe(true);
  });

  it('allows more errors in longer quotes and with more context', () => {
    expect(maxErrorsAllowed(15, 0)).toBe(1);
    expect(maxErrorsAllowed(15, 2)).toBe(3);
    expect(maxErrorsAllowed(40, 0)).toBe(8);
    expect(maxErrorsAllowed(40, 2)).toBe(12);
    expect(accept(evidence(40, 12, 2))).toBe(true);
    expect(accept(evidence(40, 13, 2))).toBe(false);
  });

  it('rejects a quote that fits too many clauses equally', () => {
    expect(accept(evidence(30, 0, 2, 5))).toBe(true);
    expect(accept(evidence(30, 0, 2, 6))).toBe(false);
  });

  it('rejects a borrowed phrase unless the page names the documents', () => {
    expect(accept(evidence(10, 0, 1, 1, true))).toBe(false);
    expect(accept(evidence(10, 0, 2, 1, true))).toBe(true);
  });

  it('searches with the most lenient budget any context allows', () => {
    expect(searchBudget(4)).toBe(0);
    expect(searchBudget(5)).toBe(0);
    expect(searchBudget(6)).toBe(1);
    expect(searchBudget(100)).toBe(30);
  });
});
