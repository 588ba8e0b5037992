import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../lib/match/crosslingual/lexicon';
import { createWordReader, quoteLanguage } from '../../../lib/match/crosslingual/words';
import { explainQuote, loadIndex } from '../../../lib/clauselens';

// The word lists come with the index; here they are given directly.
const { contentWords } = createWordReader(buildLexicon());

const keys = (text: string, lang: 'en' | 'ru') => contentWords(text, lang).map((w) => w.key);

describe('quoteLanguage', () => {
  it('is Chinese as soon as a Han character is in the quote, else the script with more letters', () => {
    expect(quoteLanguage('双方 oppose')).toBe('zh');
    expect(quoteLanguage('deeply destabilising')).toBe('en');
    expect(quoteLanguage('Золотой купол for America')).toBe('ru');
    expect(quoteLanguage('2026 — 80%')).toBeNull();
  });
});

describe('contentWords', () => {
  it('folds British and American spellings to one word', () => {
    expect(keys('defence programme destabilising weaponisation neighbouring centre', 'en')).toEqual(
      keys('defense program destabilizing weaponization neighboring center', 'en'),
    );
  });

  it('stems inflections and folds synonyms that translations vary between', () => {
    expect(keys('strikes', 'en')).toEqual(keys('strike', 'en'));
    expect(keys('certain countries', 'en')).toEqual(keys('individual states', 'en'));
    expect(keys('Золотого купола', 'ru')).toEqual(keys('Золотой купол', 'ru'));
    expect(keys('осуждают', 'ru')).toEqual(keys('осудили', 'ru'));
    expect(keys('ёлка', 'ru')).toEqual(keys('елка', 'ru'));
  });

  it('drops stop words and keeps acronyms that look like them', () => {
    expect(keys('the two sides are of the view', 'en')).toEqual(keys('two sides view', 'en'));
    expect(keys('U.S. and US', 'en')).toEqual(['us', 'us']);
    expect(keys('the United States', 'en')).toEqual(['us']);
    expect(keys('Соединённые Штаты и США', 'ru')).toEqual(['сша', 'сша']);
    expect(keys('ПРО', 'ru')).toEqual(['про']);
    expect(keys('про это', 'ru')).toEqual([]);
  });

  it('joins hyphenated prefixes and splits other compounds', () => {
    expect(keys('sub-regional non-proliferation', 'en')).toEqual(keys('subregional nonproliferation', 'en'));
    expect(keys('long-arm', 'en')).toEqual(keys('long arm', 'en'));
  });

  it('keeps each word’s offsets in the original text', () => {
    const text = 'China’s “Golden Dome” programme';
    for (const word of contentWords(text, 'en')) expect(text.slice(word.start, word.end)).toMatch(/^[\p{L}]+$/u);
    expect(contentWords(text, 'en').map((w) => text.slice(w.start, w.end))).toEqual(['China', 'Golden', 'Dome', 'programme']);
  });
});

describe('the word lists travel with the index', () => {
  it('reads stop words and synonyms from the lexicon it is given', () => {
    const empty = { en: { stopWords: [], synonyms: [] }, ru: { stopWords: [], synonyms: [] } };
    expect(createWordReader(empty).contentWords('the sides oppose', 'en').map((w) => w.start)).toEqual([0, 4, 10]);
    expect(createWordReader(buildLexicon()).contentWords('the sides oppose', 'en').map((w) => w.start)).toEqual([4, 10]);
  });

  it('belongs to the loaded index: loading a second index does not change what the first one matches', async () => {
    const { readFileSync } = await import('node:fs');
    const json = readFileSync('data/generated/clause-index.json', 'utf8');
    const first = loadIndex(json);
    const quote = 'oppose the attempts of individual countries to use outer space for armed confrontation';
    const context = { before: 'Moscow and Beijing said in the joint statement they ', after: '.' };
    const before = explainQuote(first, quote, context);
    const stripped = JSON.parse(json);
    stripped.lexicon = { en: { stopWords: [], synonyms: [] }, ru: { stopWords: [], synonyms: [] } };
    const second = loadIndex(stripped);
    expect(explainQuote(first, quote, context)).toEqual(before);
    expect(explainQuote(second, quote, context)?.match.score ?? 0).not.toEqual(before?.match.score ?? 0);
  });

  it('is stored in the built index', async () => {
    const { readFileSync } = await import('node:fs');
    const index = JSON.parse(readFileSync('data/generated/clause-index.json', 'utf8'));
    expect(index.lexicon.en.stopWords).toContain('the');
    expect(index.lexicon.ru.synonyms.length).toBeGreaterThan(5);
  });
});
