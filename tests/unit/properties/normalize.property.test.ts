import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchData } from '../../../lib/match/types';
import { parseFold } from '../../../lib/text/fold';
import { createNormalizer, type NormalizedText, toOriginalSpan } from '../../../lib/text/normalize';
import { hostileText, megabyteOfHostileText, realIndex } from './arbitraries';

/** The offset map is well formed: one entry per output unit, in bounds, monotone, one source character each. */
function checkMap(original: string, form: NormalizedText): void {
  const n = form.text.length;
  expect(form.starts.length).toBe(n);
  expect(form.ends.length).toBe(n);
  for (let i = 0; i < n; i++) {
    const start = form.starts[i] as number;
    const end = form.ends[i] as number;
    if (!(start >= 0 && start < end && end <= original.length && end - start <= 2)) {
      throw new Error(`unit ${i}: [${start}, ${end}) is not one character of a ${original.length}-unit original`);
    }
    if (i > 0 && (start < (form.starts[i - 1] as number) || end < (form.ends[i - 1] as number))) {
      throw new Error(`unit ${i}: the map goes backwards`);
    }
    // A character of two units is a surrogate pair in the original.
    if (end - start === 2) {
      const cp = original.codePointAt(start) ?? 0;
      if (cp <= 0xffff) throw new Error(`unit ${i}: two-unit span [${start}, ${end}) is not a surrogate pair`);
    }
  }
}

describe('normaliser offset map (property)', () => {
  const fold = parseFold((realIndex().index.match as Partial<MatchData> | undefined)?.fold);
  const normalizers = { plain: createNormalizer(), folded: createNormalizer(fold) };

  for (const [name, normalizer] of Object.entries(normalizers)) {
    it(`${name}: monotone, in bounds, and every matching-form unit comes from one original character`, () => {
      fc.assert(
        fc.property(hostileText(), (original) => {
          const form = normalizer.normalize(original);
          checkMap(original, form);
          expect(normalizer.normalizeText(original)).toBe(form.text);
          // Each unit's source character normalises, on its own, to text that holds that unit.
          for (let i = 0; i < form.text.length; i++) {
            const alone = normalizer.normalizeText(original.slice(form.starts[i], form.ends[i]));
            if (!alone.includes(form.text[i] as string)) throw new Error(`unit ${i} is not from its source character`);
          }
        }),
        { numRuns: 300 },
      );
    });

    it(`${name}: any normalised span maps back to an original span inside the text`, () => {
      fc.assert(
        fc.property(hostileText(), fc.nat(), fc.nat(), (original, a, b) => {
          const form = normalizer.normalize(original);
          const len = form.text.length;
          const start = len === 0 ? 0 : a % (len + 1);
          const end = len === 0 ? 0 : start + (b % (len - start + 1));
          const span = toOriginalSpan(form, start, end);
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeGreaterThanOrEqual(span.start);
          expect(span.end).toBeLessThanOrEqual(original.length);
          if (end > start) {
            // The original span normalises to a text that contains the normalised span.
            expect(normalizer.normalizeText(original.slice(span.start, span.end))).toContain(form.text.slice(start, end));
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('holds on 1 MB of hostile text', () => {
    const original = megabyteOfHostileText();
    const form = normalizers.folded.normalize(original);
    checkMap(original, form);
    expect(form.text.length).toBeGreaterThan(0);
  });
});
