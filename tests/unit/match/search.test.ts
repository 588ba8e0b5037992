import { describe, expect, it } from 'vitest';
import { buildPostings, deserializePostings, postingCount, serializePostings, slotAt } from '../../../lib/match/postings';
import { approximateHits, exactHits } from '../../../lib/match/search';

const corpus = '双方坚信各国人民命运与共双方强调维持建设性大国关系各国人民';
const searchable = { text: corpus, postings: buildPostings(corpus) };

describe('bigram postings', () => {
  it('lists every start of a bigram, under a small integer key', () => {
    const slot = slotAt(searchable.postings, '各国', 0);
    expect(postingCount(searchable.postings, slot)).toBe(2);
    const { offsets, positions } = searchable.postings;
    expect([...positions.subarray(offsets[slot], offsets[slot + 1])]).toEqual([4, 25]);
    expect(Math.max(...searchable.postings.slotOfKey.keys())).toBeLessThan(2 ** 30);
  });

  it('reports a bigram the corpus never has', () => {
    expect(slotAt(searchable.postings, '天气', 0)).toBe(-1);
  });

  it('survives the round trip through the index JSON', () => {
    const restored = deserializePostings(JSON.parse(JSON.stringify(serializePostings(searchable.postings))));
    expect([...restored.positions]).toEqual([...searchable.postings.positions]);
    expect([...restored.offsets]).toEqual([...searchable.postings.offsets]);
    expect(slotAt(restored, '命运', 0)).toBe(slotAt(searchable.postings, '命运', 0));
  });
});

describe('exact and approximate search', () => {
  it('finds every verbatim occurrence', () => {
    expect(exactHits(searchable, '各国人民')).toEqual([
      { start: 4, end: 8, errors: 0 },
      { start: 25, end: 29, errors: 0 },
    ]);
    expect(exactHits(searchable, '各国朋友')).toEqual([]);
  });

  it('finds a piece with a changed, a dropped and an added character', () => {
    expect(approximateHits(searchable, '双方坚信各国人们命运与共', 2)).toEqual([{ start: 0, end: 12, errors: 1 }]);
    expect(approximateHits(searchable, '双方坚信各国人命运与共', 2)[0]).toMatchObject({ start: 0, errors: 1 });
    expect(approximateHits(searchable, '双方坚信了各国人民命运与共', 2)[0]).toMatchObject({ start: 0, end: 12, errors: 1 });
  });

  it('returns nothing beyond the error budget', () => {
    expect(approximateHits(searchable, '双方认为各国朋友命运相连', 2)).toEqual([]);
  });

  it('agrees with a full scan on random pieces (the filter never loses a match)', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let trial = 0; trial < 200; trial++) {
      const start = Math.floor(rand() * (corpus.length - 12));
      const chars = [...corpus.slice(start, start + 12)];
      chars[Math.floor(rand() * 12)] = '某';
      const piece = chars.join('');
      const hits = approximateHits(searchable, piece, 3);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits[0]?.errors).toBeLessThanOrEqual(1);
    }
  });
});
