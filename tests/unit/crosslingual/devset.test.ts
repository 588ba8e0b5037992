import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadIndex } from '../../../lib/clauselens';
import { judgeCross } from '../../../scripts/bench/crosslingual';
import { CROSS_LANGUAGES, loadCrossDevset } from '../../fixtures/devset/crosslingual';

const INDEX_PATH = 'data/generated/clause-index.json';
if (!existsSync(INDEX_PATH)) execSync('npm run --silent index', { stdio: 'inherit' });
const loaded = loadIndex(readFileSync(INDEX_PATH, 'utf8'));

describe.each(CROSS_LANGUAGES)('development set in %s', (lang) => {
  const cases = loadCrossDevset(lang);
  const positives = cases.filter((c) => c.expect.length > 0);
  const negatives = cases.filter((c) => c.expect.length === 0);

  it('has at least 120 positives over the clauses and 60 negatives, each quote in the text', () => {
    expect(positives.length).toBeGreaterThanOrEqual(120);
    expect(negatives.length).toBeGreaterThanOrEqual(60);
    expect(new Set(positives.flatMap((c) => c.expect)).size).toBeGreaterThanOrEqual(60);
    for (const c of cases) expect(c.text.slice(c.quoteStart, c.quoteStart + c.quote.length)).toBe(c.quote);
  });

  it('keeps known failures few: recall ≥ 0.9 and precision ≥ 0.98 on this set', () => {
    const knownMisses = positives.filter((c) => c.known).length;
    const knownFalse = negatives.filter((c) => c.known).length;
    expect(1 - knownMisses / positives.length).toBeGreaterThanOrEqual(0.9);
    expect(knownFalse).toBeLessThanOrEqual(Math.floor(0.02 * positives.length));
  });

  it.each(positives.map((c) => [c.id, c] as const))('%s', (_id, devCase) => {
    const { outcome, clauseId } = judgeCross(loaded, devCase);
    if (devCase.known) {
      // A known miss may start matching; it must never match the wrong clause.
      expect(['missed', 'correct'], devCase.known).toContain(outcome);
      return;
    }
    expect(outcome, `“${devCase.quote}” → ${clauseId ?? 'nothing'}`).toBe('correct');
  });

  it.each(negatives.map((c) => [c.id, c] as const))('%s', (_id, devCase) => {
    const { outcome, clauseId } = judgeCross(loaded, devCase);
    if (devCase.known) return;
    expect(outcome, `“${devCase.quote}” → ${clauseId ?? 'nothing'}`).toBe('rejected');
  });
});
