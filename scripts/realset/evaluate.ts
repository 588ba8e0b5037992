/**
 * The real set through the matcher: for each labelled quotation, the best
 * clause, its evidence and whether that clause is right; then precision and
 * recall per language as the real-set scorers count them, for the model's
 * decisions and for the exact-substring baseline.
 */
import { explainQuote, type LoadedIndex } from '../../lib/clauselens';
import { FEATURE_NAMES, type Features } from '../../lib/match/evidence/data';
import { findQuotes, type QuoteSpan } from '../../lib/text/quotes';
import type { LabelledQuote, RealLang } from './load';

export type Kind = 'positive' | 'negative' | 'absent';

export interface Judged {
  quote: LabelledQuote;
  kind: Kind;
  /** The best clause, when any fits. */
  clauseId: string | null;
  /** That clause holds the quote's anchor. */
  correct: boolean;
  features: Features | null;
  /** The model's probability (0 when no clause fits), and its verdict. */
  p: number;
  accepted: boolean;
  /** The exact-substring baseline's clause, if any. */
  baseline: string | null;
  baselineCorrect: boolean;
}

const nows = (text: string) => text.replace(/\s+/gu, '');

export function kindOf(q: LabelledQuote): Kind {
  if (q.label === 'none' || q.label === 'other-statement') return 'negative';
  return q.anchors.length > 0 ? 'positive' : 'absent';
}

/** The quote as the page scan finds it (its line's text around it), or cut from the text when the finder does not. */
function spanOf(spans: QuoteSpan[], q: LabelledQuote): { before: string; after: string } {
  const found = spans.find((s) => s.start === q.start && s.end === q.end);
  if (found) return { before: found.before, after: found.after };
  return { before: q.text.slice(Math.max(0, q.start - 121), Math.max(0, q.start - 1)), after: q.text.slice(q.end + 1, q.end + 121) };
}

export function judgeRealSet(loaded: LoadedIndex, quotes: ReadonlyArray<LabelledQuote>): Judged[] {
  const clauseText = new Map(loaded.index.clauses.map((c) => [c.id, nows(c.text)]));
  const spansOf = new Map<string, QuoteSpan[]>();
  const topics = new Map<string, ReturnType<LoadedIndex['matcher']['evidence']['topic']['page']>>();
  const forms = loaded.index.clauses.map((c) => ({ id: c.id, form: loaded.matcher.normalizer.normalizeText(c.text), en: loaded.matcher.normalizer.normalizeText(c.renderings?.en ?? ''), ru: loaded.matcher.normalizer.normalizeText(c.renderings?.ru ?? '') }));
  const holds = (id: string | null, q: LabelledQuote) => id !== null && q.anchors.some((a) => clauseText.get(id)?.includes(nows(a)));
  return quotes
    .filter((q) => !q.skipped)
    .map((q) => {
      let spans = spansOf.get(q.text);
      if (!spans) {
        spans = findQuotes(q.text);
        spansOf.set(q.text, spans);
      }
      let topic = topics.get(q.text);
      if (!topic) {
        topic = loaded.matcher.evidence.topic.page(q.text);
        topics.set(q.text, topic);
      }
      const explained = explainQuote(loaded, q.quote, { ...spanOf(spans, q), topic });
      const clauseId = explained?.match.clauseId ?? null;
      const form = loaded.matcher.normalizer.normalizeText(q.quote);
      const field = q.lang === 'en' ? 'en' : q.lang === 'ru' ? 'ru' : 'form';
      const baseline = form.length >= 2 ? (forms.find((c) => c[field].includes(form))?.id ?? null) : null;
      return {
        quote: q,
        kind: kindOf(q),
        clauseId,
        correct: holds(clauseId, q),
        features: explained?.features ?? null,
        p: explained?.verdict.probability ?? 0,
        accepted: explained?.verdict.accepted ?? false,
        baseline,
        baselineCorrect: holds(baseline, q),
      };
    });
}

export interface Score {
  positives: number;
  found: number;
  falsePositives: number;
  precision: number;
  recall: number;
}

/** Counts as the real-set scorers do: recall over core positives; any other accepted match on a labelled quote is false, except on a short term whose clause is not in the source. */
export function score(items: ReadonlyArray<{ j: Judged; accepted: boolean; correct: boolean }>): Score {
  let positives = 0;
  let found = 0;
  let falsePositives = 0;
  for (const { j, accepted, correct } of items) {
    if (j.kind === 'positive' && !j.quote.hard) positives++;
    if (!accepted) continue;
    if (j.kind === 'positive' && correct) {
      if (!j.quote.hard) found++;
    } else if (!(j.kind === 'absent' && j.quote.quote.length <= 8)) falsePositives++;
  }
  return {
    positives,
    found,
    falsePositives,
    precision: found + falsePositives === 0 ? 1 : found / (found + falsePositives),
    recall: positives === 0 ? 0 : found / positives,
  };
}

export const LANGS: RealLang[] = ['zh-Hans', 'zh-Hant', 'en', 'ru'];

/** The feature vector the model reads, in its order. */
export function vectorOf(features: Features): number[] {
  return FEATURE_NAMES.map((name) => features[name]);
}

/** A training example: the best clause is right (1) or accepting it would be false (0); absent clauses are left out. */
export function trainable(j: Judged): boolean {
  return j.features !== null && j.kind !== 'absent';
}

export const labelOf = (j: Judged): 0 | 1 => (j.kind === 'positive' && j.correct ? 1 : 0);
