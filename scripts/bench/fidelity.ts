/**
 * Cost of quote fidelity: annotateText on the 20 KB article with fidelity (as
 * shipped) and without it (the same loop with the fidelity step left out), the
 * fidelity step alone, and fidelity for long altered quotes.
 */
import { annotateText, type LoadedIndex, loadIndex, quoteFidelity, quoteLanguage } from '../../lib/clauselens';
import type { PageTopic } from '../../lib/match/evidence/topic';
import { matchQuote as matchInIndex } from '../../lib/match/matcher';
import { findQuotes } from '../../lib/text/quotes';
import { makeArticle } from './article';
import type { BenchContext } from './matching';
import { kb, median, ms, quantile, repeat, table, timeEach, us } from './measure';

/** annotateText's loop for Chinese quotes (the article has no others), without the fidelity step. */
function annotateWithoutFidelity(loaded: LoadedIndex, text: string): number {
  let topic: PageTopic | undefined;
  const pageTopic = () => {
    topic ??= loaded.matcher.evidence.topic.page(text);
    return topic;
  };
  let matched = 0;
  let matchedUntil = -1;
  for (const span of findQuotes(text)) {
    if (span.start < matchedUntil) continue;
    const lang = quoteLanguage(span.quote);
    if (lang === 'en' || lang === 'ru') continue;
    const match = matchInIndex(loaded.matcher, span.quote, { before: span.before, after: span.after, topic: pageTopic });
    if (!match) continue;
    matchedUntil = span.end;
    matched++;
  }
  return matched;
}

/** A long quote of a clause with every tenth character changed and a phrase cut. */
function alteredQuotes(loaded: LoadedIndex): string[] {
  return loaded.index.clauses
    .filter((clause) => clause.text.length >= 200)
    .map((clause) => {
      const chars = [...clause.text.slice(0, 200)];
      for (let i = 5; i < chars.length; i += 10) if (!/[\p{P}\s]/u.test(chars[i] ?? '')) chars[i] = '的';
      return chars.join('').replace(/,[^,]{3,12},/, ',');
    });
}

export function benchFidelity({ index, json }: BenchContext): void {
  const { text, quotes } = makeArticle(index);
  console.log(`\n## Quote fidelity: annotateText on a ${kb(Buffer.byteLength(text, 'utf8'))} article (${quotes} quotes)`);
  const loaded = loadIndex(json);
  const found = annotateText(loaded, text);
  const without = annotateWithoutFidelity(loaded, text);
  const withTimes = repeat(200, () => annotateText(loaded, text)).slice(20);
  const withoutTimes = repeat(200, () => annotateWithoutFidelity(loaded, text)).slice(20);
  const fidelityAlone = repeat(200, () => {
    for (const match of found.matches) quoteFidelity(loaded, match);
  }).slice(20);
  // First use on a fresh index: clause forms are made then.
  const freshTimes: number[] = [];
  for (let i = 0; i < 10; i++) {
    const other = loadIndex(index);
    const start = performance.now();
    for (const match of found.matches) quoteFidelity(other, match);
    freshTimes.push(performance.now() - start);
  }
  const verdicts = found.matches.map((m) => m.fidelity.verdict).join(', ');
  table([
    { what: `annotateText with fidelity (${found.matches.length} matches)`, median: ms(median(withTimes)), p95: ms(quantile(withTimes, 0.95)) },
    { what: `same loop without fidelity (${without} matches)`, median: ms(median(withoutTimes)), p95: ms(quantile(withoutTimes, 0.95)) },
    { what: 'fidelity step alone, warm', median: ms(median(fidelityAlone)), p95: ms(quantile(fidelityAlone, 0.95)) },
    { what: 'fidelity step alone, first use on a fresh index', median: ms(median(freshTimes)), p95: ms(quantile(freshTimes, 0.95)) },
    {
      what: 'share of annotate time (warm)',
      median: `${((100 * median(fidelityAlone)) / median(withTimes)).toFixed(1)} %`,
      p95: '',
    },
  ]);
  console.log(`  verdicts: ${verdicts}`);
  const long = alteredQuotes(loaded)
    .map((quote) => ({ quote, match: annotateText(loaded, `中俄联合声明指出，“${quote}”。`).matches[0] }))
    .filter((item) => item.match !== undefined);
  if (long.length > 0) {
    const times = timeEach(long, ({ match }) => match && quoteFidelity(loaded, match), 2);
    table([
      {
        what: `fidelity of one 200-character altered quote (${long.length} quotes)`,
        median: us(median(times)),
        p95: us(quantile(times, 0.95)),
      },
    ]);
  }
}
