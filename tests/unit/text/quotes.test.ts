import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../lib/text/quotes';

const quotes = (text: string) => findQuotes(text).map((span) => span.quote);

describe('findQuotes', () => {
  it('finds quotes in every supported mark pair', () => {
    expect(quotes('他说“双方坚信”。她说‘中文’。「雙方」和『聯合』')).toEqual(['双方坚信', '中文', '雙方', '聯合']);
    expect(quotes('He said "hello there" and «Привет» and „Hallo“ too.')).toEqual(['hello there', 'Привет', 'Hallo']);
  });

  it('returns offsets of the text between the marks and the text around it', () => {
    const text = '声明指出，“各国人民命运与共”，引发关注。';
    const [span] = findQuotes(text);
    expect(span).toBeDefined();
    expect(text.slice(span?.start, span?.end)).toBe('各国人民命运与共');
    expect(span?.before).toBe('声明指出，');
    expect(span?.after).toBe('，引发关注。');
  });

  it('finds quotes inside quotes, outer first, with their depth', () => {
    const spans = findQuotes('他说：“日前宣布实施的“美国金穹(曾为‘铁穹’)”计划旨在”。');
    expect(spans.map((span) => [span.quote, span.depth])).toEqual([
      ['日前宣布实施的“美国金穹(曾为‘铁穹’)”计划旨在', 0],
      ['美国金穹(曾为‘铁穹’)', 1],
      ['铁穹', 2],
    ]);
  });

  it('does not take apostrophes for quotes', () => {
    expect(quotes("It's O’Brien’s plan, don’t worry")).toEqual([]);
    expect(quotes('‘O’Brien said no’ he wrote')).toEqual(['O’Brien said no']);
    expect(quotes("the students' union and the 'real' deal")).toEqual(['real']);
  });

  it('does not take feet and inches for quotes', () => {
    expect(quotes('He is 5\'11" tall and the screen is 27" wide')).toEqual([]);
  });

  it('refuses a quote that never closes or crosses a line break', () => {
    expect(quotes('他说“这句话没有结束')).toEqual([]);
    expect(quotes('他说“第一段\n第二段”')).toEqual([]);
    expect(quotes('第一段“甲\n\n乙”丙“丁”')).toEqual(['丁']);
  });

  it('refuses spans over the length limit', () => {
    const long = '字'.repeat(50);
    expect(quotes(`“${long}”`)).toEqual([long]);
    expect(findQuotes(`“${long}”`, { maxLength: 40 })).toEqual([]);
  });

  it('drops an inner quote left open when the outer one closes', () => {
    expect(quotes('“外面‘里面没关”后来')).toEqual(['外面‘里面没关']);
  });

  it('ignores quotes with no letters or digits', () => {
    expect(quotes('“……”和“”以及“甲”')).toEqual(['甲']);
  });

  it('scans long text with many stray marks', () => {
    const text = `${'“'.repeat(5000)}甲”`;
    const spans = findQuotes(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]?.quote).toBe('甲');
  });
});
