/** A 20 KB news article (UTF-8) with 15 quotes: 8 from the clauses in various forms, 7 from elsewhere. */
import * as OpenCC from 'opencc-js';
import type { ClauseIndex } from '../../lib/index/types';
import { NEGATIVES } from '../../tests/fixtures/devset/generate';

const FILLER =
  '记者从有关方面了解到，相关工作正在有序推进，各方普遍认为这一进展具有重要意义。专家表示，' +
  '未来一段时间内，有关合作还将在更多领域展开，市场和公众对此保持高度关注。';

export function makeArticle(index: ClauseIndex, targetBytes = 20 * 1024): { text: string; quotes: number } {
  const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const long = index.clauses.filter((clause) => clause.text.length >= 60);
  const slice = (i: number, from: number, length: number) => {
    const text = long[i % long.length]?.text ?? '';
    return text.slice(from, from + length).replace(/[“”‘’「」]/g, '');
  };
  const positives = [
    slice(0, 0, 30),
    slice(3, 5, 60),
    slice(6, 10, 20),
    toTaiwan(slice(9, 0, 40)),
    `${slice(12, 0, 12)}……${slice(12, 40, 14)}`,
    slice(15, 3, 100).replace(/，/g, ','),
    `${slice(18, 0, 15)}的${slice(18, 15, 15)}`,
    slice(21, 8, 25),
  ];
  // Quotes from other texts; not the short phrases shared with the statements,
  // which this page (it names the documents) would rightly match.
  const negatives = NEGATIVES.filter((c) => c.category === 'negative-political' || c.category === 'negative-news')
    .filter((_, i) => i % 15 === 0)
    .slice(0, 7)
    .map((c) => c.quote);
  const quotes = [...positives, ...negatives];
  const paragraphs = ['新华社莫斯科5月8日电 中俄两国元首在莫斯科签署联合声明。'];
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
  let size = bytes(paragraphs[0] ?? '');
  const perQuote = Math.floor(targetBytes / quotes.length);
  quotes.forEach((quote, i) => {
    let paragraph = `${i % 2 === 0 ? '声明指出' : '报道称'}，“${quote}”。`;
    while (bytes(paragraph) < perQuote - bytes(FILLER)) paragraph += FILLER;
    paragraphs.push(paragraph);
    size += bytes(paragraph) + 1;
  });
  while (size < targetBytes) {
    paragraphs.push(FILLER);
    size += bytes(FILLER) + 1;
  }
  return { text: paragraphs.join('\n'), quotes: quotes.length };
}
