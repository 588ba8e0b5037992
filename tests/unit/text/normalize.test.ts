import { describe, expect, it } from 'vitest';
import { fullTraditionalFold, trimFold } from '../../../lib/match/fold-build';
import { parseFold, serializeFold } from '../../../lib/text/fold';
import { createNormalizer, toOriginalSpan } from '../../../lib/text/normalize';

describe('matching form', () => {
  const plain = createNormalizer();

  it('drops punctuation and spaces of every width, so , and ， are the same', () => {
    expect(plain.normalizeText('双方坚信，各国人民命运与共。')).toBe('双方坚信各国人民命运与共');
    expect(plain.normalizeText('双方坚信, 各国人民 命运与共.')).toBe('双方坚信各国人民命运与共');
    expect(plain.normalizeText('“美国金穹(曾为‘铁穹’)”计划')).toBe('美国金穹曾为铁穹计划');
  });

  it('folds full-width Latin and digits and Latin case (NFKC + lower case)', () => {
    expect(plain.normalizeText('ＡＢＣ　１２３ Nato')).toBe('abc123nato');
    expect(plain.normalizeText('80周年')).toBe(plain.normalizeText('８０周年'));
  });

  it('expands compatibility characters and maps every output unit back to its source character', () => {
    const form = plain.normalize('中，俄 A㈱b');
    expect(form.text).toBe('中俄a(株)b'.replace(/[()]/g, ''));
    expect([...form.starts]).toEqual([0, 2, 4, 5, 6]);
    expect([...form.ends]).toEqual([1, 3, 5, 6, 7]);
  });

  it('maps a normalised span back to the original text, punctuation inside included', () => {
    const original = '双方坚信，各国人民命运与共。';
    const form = plain.normalize(original);
    const at = form.text.indexOf('坚信各国');
    const span = toOriginalSpan(form, at, at + 4);
    expect(original.slice(span.start, span.end)).toBe('坚信，各国');
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    const form = plain.normalize('甲𠀀乙');
    expect(form.text).toBe('甲𠀀乙');
    expect([...form.starts]).toEqual([0, 1, 1, 3]);
    expect([...form.ends]).toEqual([1, 3, 3, 4]);
  });

  it('returns an empty form for text that is only punctuation', () => {
    const form = plain.normalize('“……”，。！');
    expect(form.text).toBe('');
    expect(form.starts.length).toBe(0);
  });
});

describe('traditional → simplified character fold', () => {
  const fold = fullTraditionalFold();
  const normalizer = createNormalizer(fold);

  it('folds traditional, Taiwan and Hong Kong forms to simplified', () => {
    expect(normalizer.normalizeText('雙方堅信，各國人民命運與共')).toBe('双方坚信各国人民命运与共');
    expect(normalizer.normalizeText('裡')).toBe(normalizer.normalizeText('裏'));
    expect(normalizer.normalizeText('說')).toBe(normalizer.normalizeText('説'));
    expect(normalizer.normalizeText('為')).toBe('为');
  });

  it('folds characters that the regional tables also map from their simplified form', () => {
    // Hong Kong's table maps 台 → 臺 while the main table maps 臺 → 台: no loop, no lost pair.
    expect(normalizer.normalizeText('平臺')).toBe('平台');
    expect(normalizer.normalizeText('台灣')).toBe('台湾');
    expect(normalizer.normalizeText('稅脫溫')).toBe('税脱温');
  });

  it('trims to the entries whose target the index uses, and round-trips through its string form', () => {
    const used = new Set([...'双方国'].map((ch) => ch.codePointAt(0) ?? 0));
    const trimmed = trimFold(fold, used);
    expect(trimmed.size).toBeGreaterThan(0);
    expect(trimmed.size).toBeLessThan(20);
    expect(trimmed.get('雙'.codePointAt(0) ?? 0)).toBe('双'.codePointAt(0));
    expect(trimmed.has('說'.codePointAt(0) ?? 0)).toBe(false);
    expect(parseFold(serializeFold(trimmed))).toEqual(trimmed);
  });
});
