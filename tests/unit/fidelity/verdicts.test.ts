import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { clauseText, fidelityOf, matchOf, summary } from './helpers';

const P2 = 'strategic-stability-2025-p2';
const P3 = 'strategic-stability-2025-p3';
const F4 = 'partnership-2025-f4';
// “双方坚信,各国人民命运与共,各国及组织不能以牺牲他国安全来保障自身安全” (our source prints commas half-width).
const SENTENCE = clauseText(P2).slice(0, 35);
const chinese = (text: string) => text.replaceAll(',', '，');
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

describe('verbatim', () => {
  it('is the clause text as it is', () => {
    expect(SENTENCE).toBe('双方坚信,各国人民命运与共,各国及组织不能以牺牲他国安全来保障自身安全');
    expect(fidelityOf(SENTENCE, P2)).toEqual({ verdict: 'verbatim', edits: [], differences: [], spans: [{ clauseId: P2, start: 0, end: 35 }] });
  });

  it('ignores the width of the same mark (our source prints Chinese punctuation half-width) and whitespace', () => {
    expect(fidelityOf(chinese(SENTENCE), P2).verdict).toBe('verbatim');
    expect(fidelityOf(`双方坚信， 各国人民命运与共，\u00a0各国及组织不能以牺牲他国安全来保障自身安全`, P2).verdict).toBe('verbatim');
  });

  it('ignores a full stop closing the quote and quotation marks turned single inside a quote', () => {
    expect(fidelityOf(`${chinese(SENTENCE)}。`, P2).verdict).toBe('verbatim');
    // 第13段: …旨在实施“预防性”和“先发制人”打击任务。
    const nested = '旨在实施‘预防性’和‘先发制人’打击任务';
    expect(fidelityOf(nested, 'strategic-stability-2025-p13').verdict).toBe('verbatim');
  });

  it('treats a quote running across two clauses as one text', () => {
    const quote = `${clauseText(P2).slice(-20)}${clauseText(P3).slice(0, 20)}`;
    const match = matchOf(quote);
    expect(match.continuesIn.length).toBe(1);
    expect(match.fidelity.verdict).toBe('verbatim');
    expect(match.fidelity.spans.map((span) => span.clauseId).sort()).toEqual([P2, P3]);
  });
});

describe('form', () => {
  it('punctuation only: marks removed or changed', () => {
    const removed = fidelityOf(SENTENCE.replaceAll(',', ''), P2);
    expect(removed).toMatchObject({ verdict: 'form', edits: [], differences: ['punctuation'] });
    const changed = fidelityOf(SENTENCE.replaceAll(',', '、'), P2);
    expect(changed).toMatchObject({ verdict: 'form', edits: [], differences: ['punctuation'] });
  });

  it('a mark the source does not have at the start or end of the quote', () => {
    expect(fidelityOf(`，${SENTENCE}`, P2)).toMatchObject({ verdict: 'form', differences: ['punctuation'] });
    expect(fidelityOf(`${SENTENCE}；`, P2)).toMatchObject({ verdict: 'form', differences: ['punctuation'] });
  });

  it('traditional script only', () => {
    const quote = toTaiwan(chinese(SENTENCE));
    expect(quote).toBe('雙方堅信，各國人民命運與共，各國及組織不能以犧牲他國安全來保障自身安全');
    expect(fidelityOf(quote, P2)).toMatchObject({ verdict: 'form', edits: [], differences: ['script'] });
  });

  it('traditional characters the index fold misses (臺 for 台) are still script, not alterations', () => {
    const quote = toTaiwan(clauseText(F4).slice(0, 50));
    expect(quote).toContain('平臺');
    expect(fidelityOf(quote, F4)).toMatchObject({ verdict: 'form', edits: [], differences: ['script'] });
  });

  it('script and punctuation together', () => {
    const quote = toTaiwan(SENTENCE.replaceAll(',', '；'));
    expect(fidelityOf(quote, P2)).toMatchObject({ verdict: 'form', differences: ['punctuation', 'script'] });
  });

  it('an ellipsis where nothing is left out', () => {
    expect(fidelityOf('双方坚信，各国人民命运与共……各国及组织不能以牺牲他国安全', P2)).toMatchObject({
      verdict: 'form',
      edits: [],
      differences: ['punctuation'],
    });
  });
});

describe('altered', () => {
  it('one character replaced in the middle', () => {
    const quote = chinese(SENTENCE).replace('各国及组织', '各国和组织');
    const fidelity = fidelityOf(quote, P2);
    expect(fidelity.verdict).toBe('altered');
    expect(fidelity.edits).toEqual([
      { kind: 'replaced', quote: '和', source: '及', quoteStart: 16, quoteEnd: 17, sourceStart: 16, sourceEnd: 17, clauseId: P2 },
    ]);
  });

  it('one character replaced at the very start and at the very end of the quote', () => {
    const first = fidelityOf(`各${chinese(SENTENCE).slice(1)}`, P2);
    expect(first.verdict).toBe('altered');
    expect(first.edits).toMatchObject([{ kind: 'replaced', quote: '各', source: '双', quoteStart: 0, quoteEnd: 1, sourceStart: 0, sourceEnd: 1 }]);
    const last = fidelityOf(`${chinese(SENTENCE).slice(0, -1)}危`, P2);
    expect(last.verdict).toBe('altered');
    expect(last.edits).toMatchObject([{ kind: 'replaced', quote: '危', source: '全', quoteStart: 34, quoteEnd: 35, sourceStart: 34, sourceEnd: 35 }]);
  });

  it('a word replaced by a longer one', () => {
    const quote = chinese(SENTENCE).replace('保障', '切实保护');
    const fidelity = fidelityOf(quote, P2);
    expect(fidelity.verdict).toBe('altered');
    expect(summary(fidelity)).toEqual([['replaced', '切实保护', '保障']]);
  });

  it('a word inserted in the middle', () => {
    const quote = chinese(SENTENCE).replace('不能', '决不能');
    const fidelity = fidelityOf(quote, P2);
    expect(fidelity.verdict).toBe('altered');
    expect(fidelity.edits).toEqual([
      { kind: 'added', quote: '决', source: '', quoteStart: 19, quoteEnd: 20, sourceStart: 19, sourceEnd: 19, clauseId: P2 },
    ]);
  });

  it('words inserted at the very start and at the very end of the quote', () => {
    const start = fidelityOf(`我们${chinese(SENTENCE)}`, P2);
    expect(start.verdict).toBe('altered');
    expect(start.edits).toMatchObject([{ kind: 'added', quote: '我们', quoteStart: 0, quoteEnd: 2, sourceStart: 0, sourceEnd: 0 }]);
    const end = fidelityOf(`${chinese(SENTENCE)}利益`, P2);
    expect(end.verdict).toBe('altered');
    expect(end.edits).toMatchObject([{ kind: 'added', quote: '利益', quoteStart: 35, quoteEnd: 37, sourceStart: 35, sourceEnd: 35 }]);
  });

  it('a word dropped', () => {
    const quote = chinese(SENTENCE).replace('不能', '');
    const fidelity = fidelityOf(quote, P2);
    expect(fidelity.verdict).toBe('altered');
    expect(fidelity.edits).toEqual([
      { kind: 'dropped', quote: '', source: '不能', quoteStart: 19, quoteEnd: 19, sourceStart: 19, sourceEnd: 21, clauseId: P2 },
    ]);
  });

  it('is never hidden by punctuation or script differences elsewhere', () => {
    const quote = toTaiwan(SENTENCE.replaceAll(',', '').replace('各国及组织', '各国和组织'));
    const fidelity = fidelityOf(quote, P2);
    expect(fidelity.verdict).toBe('altered');
    expect(summary(fidelity)).toEqual([['replaced', '和', '及']]);
    expect(fidelity.differences).toEqual(['punctuation', 'script']);
  });
});

describe('abridged', () => {
  it('an ellipsis marking text left out', () => {
    const quote = '双方坚信，各国人民命运与共……来保障自身安全';
    const fidelity = fidelityOf(quote, P2);
    expect(fidelity.verdict).toBe('abridged');
    expect(fidelity.edits).toEqual([
      {
        kind: 'omitted',
        quote: '……',
        source: '各国及组织不能以牺牲他国安全',
        quoteStart: 13,
        quoteEnd: 15,
        sourceStart: 14,
        sourceEnd: 28,
        clauseId: P2,
        marked: true,
      },
    ]);
    expect(fidelity.spans).toEqual([
      { clauseId: P2, start: 0, end: 13 },
      { clauseId: P2, start: 28, end: 35 },
    ]);
  });

  it('other ellipsis forms, and one at the start or end of the quote adds nothing', () => {
    for (const mark of ['…', '...', '。。。', '[…]', '（……）']) {
      expect(fidelityOf(`双方坚信，各国人民命运与共${mark}来保障自身安全`, P2).verdict).toBe('abridged');
    }
    expect(fidelityOf(`……${chinese(SENTENCE)}`, P2).verdict).toBe('verbatim');
    expect(fidelityOf(`${chinese(SENTENCE)}……`, P2).verdict).toBe('verbatim');
  });

  it('a whole punctuated phrase left out without a mark', () => {
    const quote = chinese(SENTENCE).replace('各国人民命运与共，', '');
    const fidelity = fidelityOf(quote, P2);
    expect(fidelity.verdict).toBe('abridged');
    expect(fidelity.edits).toEqual([
      { kind: 'omitted', quote: '', source: '各国人民命运与共', quoteStart: 5, quoteEnd: 5, sourceStart: 5, sourceEnd: 13, clauseId: P2, marked: false },
    ]);
  });

  it('an item of a list left out without a mark', () => {
    // …共同在全球构建全面、综合、可持续安全。
    const fidelity = fidelityOf('全力消弭国家间的冲突，共同在全球构建全面、可持续安全', P2);
    expect(fidelity.verdict).toBe('abridged');
    expect(summary(fidelity)).toEqual([['omitted', '', '综合']]);
  });
});

describe('altered and abridged at once', () => {
  it('is altered, listing the replacement and the omission', () => {
    const quote = '双方坚定，各国人民命运与共……来保障自身安全';
    const fidelity = fidelityOf(quote, P2);
    expect(fidelity.verdict).toBe('altered');
    expect(fidelity.edits).toEqual([
      { kind: 'replaced', quote: '定', source: '信', quoteStart: 3, quoteEnd: 4, sourceStart: 3, sourceEnd: 4, clauseId: P2 },
      {
        kind: 'omitted',
        quote: '……',
        source: '各国及组织不能以牺牲他国安全',
        quoteStart: 13,
        quoteEnd: 15,
        sourceStart: 14,
        sourceEnd: 28,
        clauseId: P2,
        marked: true,
      },
    ]);
  });

  it('an unmarked cut with a word changed at the end', () => {
    const quote = chinese(SENTENCE).replace('各国人民命运与共，', '').replace('自身安全', '自身利益');
    const fidelity = fidelityOf(quote, P2);
    expect(fidelity.verdict).toBe('altered');
    expect(summary(fidelity)).toEqual([
      ['omitted', '', '各国人民命运与共'],
      ['replaced', '利益', '安全'],
    ]);
  });
});

describe('pieces across clauses', () => {
  it('an ellipsis between the end of one clause and the start of the next', () => {
    const quote = '全力消弭国家间的冲突……双方强调维持建设性大国关系';
    const match = matchOf(quote);
    expect(match.fidelity.verdict).toBe('abridged');
    expect(match.fidelity.edits.map((edit) => edit.clauseId)).toEqual([P2]);
    expect(match.fidelity.edits[0]?.source).toBe('共同在全球构建全面、综合、可持续安全');
    expect(match.fidelity.spans.map((span) => span.clauseId)).toEqual([P2, P3]);
  });
});
