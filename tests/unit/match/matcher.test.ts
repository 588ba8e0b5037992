import { describe, expect, it } from 'vitest';
import { explainQuote, matchQuote } from '../../../lib/clauselens';
import { rankQuote } from '../../../lib/match/matcher';
import { ABOUT_THE_DOCUMENTS, makeIndex, ON_NAMED_PAGES, SAMPLE } from './helpers';

// Decisions here follow one piece of evidence (the page names the documents): these tests are about ranking and plumbing.
const loaded = makeIndex(SAMPLE, ON_NAMED_PAGES);
const clauseText = (id: string) => loaded.clausesById.get(id)?.text ?? '';

describe('matchQuote', () => {
  it('matches an exact quote and marks its span in the clause text', () => {
    const match = matchQuote(loaded, '各国及组织不能以牺牲他国安全来保障自身安全', ABOUT_THE_DOCUMENTS);
    expect(match?.clauseId).toBe('a-1');
    expect(match?.score).toBe(1);
    expect(clauseText('a-1').slice(match?.start, match?.end)).toBe('各国及组织不能以牺牲他国安全来保障自身安全');
  });

  it('matches traditional script through the fold stored in the index', () => {
    const match = matchQuote(loaded, '雙方堅信，各國人民命運與共', ABOUT_THE_DOCUMENTS);
    expect(match?.clauseId).toBe('a-1');
    expect(match?.errors).toBe(0);
  });

  it('scores a quote with a changed character below 1 and reports the edit count', () => {
    const match = matchQuote(loaded, '双方强调维持建设性的大国关系对解决全球战略性问题的重要性', ABOUT_THE_DOCUMENTS);
    expect(match?.clauseId).toBe('a-2');
    expect(match?.errors).toBe(1);
    expect(match?.score).toBeCloseTo(1 - 1 / 28, 5);
  });

  it('matches the pieces of a quote shortened with an ellipsis in order', () => {
    const quote = '双方坚信，各国人民命运与共……来保障自身安全';
    const match = matchQuote(loaded, quote, ABOUT_THE_DOCUMENTS);
    expect(match?.clauseId).toBe('a-1');
    expect(match?.pieces).toHaveLength(2);
    const [first, second] = match?.pieces ?? [];
    expect(quote.slice(first?.quoteStart, first?.quoteEnd)).toBe('双方坚信，各国人民命运与共');
    expect(clauseText('a-1').slice(second?.clauseStart, second?.clauseEnd)).toBe('来保障自身安全');
  });

  it('does not match ellipsis pieces in the wrong order at full score', () => {
    const match = matchQuote(loaded, '来保障自身安全……双方坚信，各国人民命运与共', ABOUT_THE_DOCUMENTS);
    expect(match === null || match.score < 1).toBe(true);
  });

  it('matches a quote running across two adjacent clauses', () => {
    const match = matchQuote(loaded, '来保障自身安全。双方强调维持建设性大国关系', ABOUT_THE_DOCUMENTS);
    expect(['a-1', 'a-2']).toContain(match?.clauseId);
    expect(match?.continuesIn).toHaveLength(1);
  });

  it('returns every clause that fits equally, the context deciding the order', () => {
    const quote = '双方愿加强在联合国框架内的协调与合作';
    const aboutGovernance = matchQuote(loaded, quote, { before: ABOUT_THE_DOCUMENTS, after: '推动全球治理体系改革' });
    expect(aboutGovernance?.candidates.map((c) => c.clauseId)).toEqual(['b-3', 'b-1']);
    const aboutTheUn = matchQuote(loaded, quote, { before: ABOUT_THE_DOCUMENTS, after: '维护以联合国为核心的国际体系' });
    expect(aboutTheUn?.candidates.map((c) => c.clauseId)).toEqual(['b-1', 'b-3']);
  });

  it('accepts a short quote only where the evidence says so (here: on a page about the documents)', () => {
    expect(matchQuote(loaded, '斩首行动', ABOUT_THE_DOCUMENTS)?.clauseId).toBe('a-3');
    expect(matchQuote(loaded, '斩首行动', '这部电影讲述了一次失败的行动。')).toBeNull();
  });

  it('counts the clauses a short phrase fits equally as evidence against it', () => {
    const ambiguous = explainQuote(loaded, '双方', ABOUT_THE_DOCUMENTS);
    expect(ambiguous?.features.ambiguity).toBeGreaterThan(1);
    expect(explainQuote(loaded, '斩首行动', ABOUT_THE_DOCUMENTS)?.features.ambiguity).toBe(0);
    const wary = makeIndex(SAMPLE, { bias: 5, weights: { ambiguity: -10 } });
    expect(matchQuote(wary, '双方', ABOUT_THE_DOCUMENTS)).toBeNull();
    expect(matchQuote(wary, '斩首行动', ABOUT_THE_DOCUMENTS)?.clauseId).toBe('a-3');
  });

  it('reads another year and another speaker in the quoting sentence as evidence against', () => {
    const elsewhere = explainQuote(loaded, '核战争打不赢也打不得', { before: '外交部发言人表示，五核国2022年的声明写道：', after: '。' });
    expect(elsewhere?.features.otherSource).toBe(1);
    expect(elsewhere?.features.otherYear).toBe(1);
    expect(elsewhere?.features.innerTerm).toBe(1);
    const ours = explainQuote(loaded, '核战争打不赢也打不得', { before: `${ABOUT_THE_DOCUMENTS}声明重申`, after: '的原则。' });
    expect(ours?.features.otherSource).toBe(0);
    expect(ours?.features.otherYear).toBe(0);
    expect(ours?.features.attributed).toBe(1);
  });

  it('rejects unrelated text and one-character quotes', () => {
    expect(matchQuote(loaded, '今天天气很好，我们去公园散步吧', ABOUT_THE_DOCUMENTS)).toBeNull();
    expect(matchQuote(loaded, '双', ABOUT_THE_DOCUMENTS)).toBeNull();
    expect(matchQuote(loaded, '', ABOUT_THE_DOCUMENTS)).toBeNull();
  });

  it('still ranks what it rejects, for tools that show the closest clause', () => {
    const ranking = rankQuote(loaded.matcher, '斩首行动');
    expect(ranking.candidates[0]?.clauseId).toBe('a-3');
    expect(matchQuote(loaded, '斩首行动')).toBeNull();
  });
});
