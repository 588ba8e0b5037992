import { describe, expect, it } from 'vitest';
import { compareInline, matchQuote, quoteFidelity } from '../../../lib/clauselens';
import { createFidelitySource, computeFidelity, fallbackFidelity, isTranslated } from '../../../lib/match/fidelity';
import { makeIndex, SAMPLE } from '../match/helpers';
import { article, clauseText, expectConsistent, fidelityOf, loaded } from './helpers';

const P2 = 'strategic-stability-2025-p2';

describe('translated', () => {
  it('a cross-language match gets no wording verdict and no edits', () => {
    const match = matchQuote(loaded, '双方坚信，各国人民命运与共，各国及组织不能以牺牲他国安全', article(''));
    expect(match).not.toBeNull();
    const base = { ...(match as NonNullable<typeof match>), quote: 'The two sides are convinced that the peoples of all countries share a common destiny' };
    expect(quoteFidelity(loaded, { ...base, method: 'cross-language' })).toEqual({ verdict: 'translated', edits: [], differences: [], spans: [] });
    expect(quoteFidelity(loaded, { ...base, method: 'direct', lang: 'en' }).verdict).toBe('translated');
    expect(isTranslated({ lang: 'zh', method: 'direct' })).toBe(false);
    expect(isTranslated({})).toBe(false);
  });
});

describe('quoteFidelity on a matchQuote result', () => {
  it('gives the same as annotateText', () => {
    const quote = '双方坚信，各国人民命运与共，各国和组织不能以牺牲他国安全';
    const match = matchQuote(loaded, quote, article(quote));
    const fidelity = quoteFidelity(loaded, { ...(match as NonNullable<typeof match>), quote });
    expect(fidelity).toEqual(fidelityOf(quote, P2));
  });

  it('works on a small made-up index, and falls back rather than throws on a clause it does not know', () => {
    const small = makeIndex(SAMPLE);
    const quote = '双方坚信，各国人民命运与共，各国和组织不能以牺牲他国安全来保障自身安全';
    const match = matchQuote(small, quote, '中俄联合声明');
    expect(match?.clauseId).toBe('a-1');
    const fidelity = quoteFidelity(small, { ...(match as NonNullable<typeof match>), quote });
    expect(fidelity.verdict).toBe('altered');
    const source = createFidelitySource(small.matcher.normalizer, small.index.clauses);
    expect(computeFidelity(source, { quote, clauseId: 'nowhere', pieces: [], errors: 1 })).toEqual(fallbackFidelity({ errors: 1 }));
    expect(computeFidelity(source, { quote, clauseId: 'a-1', pieces: [] }).verdict).toBe('altered');
  });
});

describe('compareInline', () => {
  it('gives back the quote from its parts and shows what the source has at each edit', () => {
    const quote = '双方坚定，各国人民命运与共……不能以牺牲他国安全来切实保护自身安全';
    const match = fidelityOf(quote, P2);
    const parts = compareInline(quote, match);
    const rebuilt = parts
      .map((part) => ('text' in part && part.kind !== 'dropped' ? part.text : 'quote' in part ? part.quote : ''))
      .join('');
    expect(rebuilt).toBe(quote);
    expect(parts.map((part) => part.kind)).toEqual(['same', 'replaced', 'same', 'omitted', 'same', 'replaced', 'same']);
    expect(parts[1]).toMatchObject({ quote: '定', source: '信' });
    expect(parts[3]).toMatchObject({ quote: '……', source: '各国及组织', marked: true });
    expect(parts[5]).toMatchObject({ quote: '切实保护', source: '保障' });
  });

  it('puts text only the source has between the quote’s characters', () => {
    const quote = '双方坚信，各国人民命运与共，各国及组织以牺牲他国安全';
    const parts = compareInline(quote, fidelityOf(quote, P2));
    expect(parts).toMatchObject([
      { kind: 'same', text: '双方坚信，各国人民命运与共，各国及组织' },
      { kind: 'dropped', text: '不能' },
      { kind: 'same', text: '以牺牲他国安全' },
    ]);
  });

  it('is the whole quote for a faithful one', () => {
    const quote = clauseText(P2).slice(0, 20);
    expect(compareInline(quote, fidelityOf(quote, P2))).toEqual([{ kind: 'same', text: quote }]);
  });
});

describe('offsets', () => {
  it('map back to the raw quote through punctuation, spaces and full-width characters', () => {
    const quote = '双方 坚信，「各国」人民命运与共，各国和组织 不能以牺牲他国安全';
    const match = { quote, fidelity: fidelityOf(quote, P2) };
    expectConsistent(match);
    expect(match.fidelity.edits).toMatchObject([{ kind: 'replaced', quote: '和', source: '及', quoteStart: 19, quoteEnd: 20 }]);
  });
});
