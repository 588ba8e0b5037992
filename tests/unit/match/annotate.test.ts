import { describe, expect, it } from 'vitest';
import { annotateText, findQuotes, loadIndex } from '../../../lib/clauselens';
import { makeIndex, ON_NAMED_PAGES, SAMPLE } from './helpers';

// Decisions here follow one piece of evidence (the page names the documents), so the plumbing is what is tested.
const loaded = makeIndex(SAMPLE, ON_NAMED_PAGES);

describe('annotateText', () => {
  const article = [
    '新华社莫斯科5月8日电 中俄两国元首签署联合声明。',
    '声明指出，“双方坚信，各国人民命运与共”。声明还对“斩首行动”表示关切。',
    '一位球迷说：“今天的比赛太精彩了。”',
  ].join('\n');

  it('returns matches with offsets in the input and every quote found', () => {
    const result = annotateText(loaded, article);
    expect(result.quotes.map((q) => q.quote)).toEqual(['双方坚信，各国人民命运与共', '斩首行动', '今天的比赛太精彩了。']);
    expect(result.matches.map((m) => [m.quote, m.clauseId, m.docId, m.label])).toEqual([
      ['双方坚信，各国人民命运与共', 'a-1', 'a', '第1段'],
      ['斩首行动', 'a-3', 'a', '第3段'],
    ]);
    for (const match of result.matches) expect(article.slice(match.start, match.end)).toBe(match.quote);
    expect(result.matches[0]?.candidates[0]?.clauseId).toBe('a-1');
  });

  it('leaves short quotes alone on a page not about the documents', () => {
    const result = annotateText(loaded, '影评：这部电影里的“斩首行动”拍得很紧张。');
    expect(result.quotes).toHaveLength(1);
    expect(result.matches).toEqual([]);
  });

  it('reads what the page is about from pageContext when the text is only part of the page', () => {
    const paragraph = '文章写道，双方关切“斩首行动”。';
    expect(annotateText(loaded, paragraph).matches).toEqual([]);
    const withTitle = annotateText(loaded, paragraph, { pageContext: '新华社莫斯科5月8日电 中俄联合声明全文' });
    expect(withTitle.matches.map((m) => [m.quote, m.clauseId])).toEqual([['斩首行动', 'a-3']]);
    expect(paragraph.slice(withTitle.matches[0]?.start, withTitle.matches[0]?.end)).toBe('斩首行动');
  });

  it('does not match again a quote inside a matched quote, but tries one inside an unmatched quote', () => {
    const inner = annotateText(loaded, '中俄联合声明：“与此同时，军事设施的前沿部署不断增强，还可用来执行战略任务特别是‘斩首行动’”');
    expect(inner.quotes).toHaveLength(2);
    expect(inner.matches.map((m) => m.clauseId)).toEqual(['a-3']);
    const nested = annotateText(loaded, '学者说：“正如中俄联合声明所写，‘双方坚信，各国人民命运与共’，这很重要，我们都同意这个看法。”');
    expect(nested.matches.map((m) => [m.quote, m.clauseId])).toEqual([['双方坚信，各国人民命运与共', 'a-1']]);
  });

  it('handles empty text, text without quotes and hostile input without throwing', () => {
    expect(annotateText(loaded, '')).toEqual({ matches: [], quotes: [] });
    expect(annotateText(loaded, '没有引号的文字。')).toEqual({ matches: [], quotes: [] });
    const hostile = `“${'\u0000\ud800'.repeat(200)}”“${'…'.repeat(300)}”`;
    expect(annotateText(loaded, hostile).matches).toEqual([]);
  });

  it('exposes findQuotes and loads an index without matching data (no traditional fold then)', () => {
    expect(findQuotes('“甲乙”')[0]?.quote).toBe('甲乙');
    const bare = loadIndex({ ...loaded.index, match: undefined });
    const match = annotateText(bare, '中俄联合声明指出，“双方坚信，各国人民命运与共”。').matches[0];
    expect(match?.clauseId).toBe('a-1');
  });
});
