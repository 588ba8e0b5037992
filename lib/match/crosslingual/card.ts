/**
 * What the hover card shows for a cross-language match, as plain data: the
 * rendering in the reader's language cut into marked and unmarked segments,
 * the Chinese original below it, how it was matched and the labels. Pure, so
 * the card component only lays it out.
 */
import type { Clause } from '../../index/types';
import type { MatchedTerm, RenderingMatch } from './result';

export interface TextSegment {
  text: string;
  marked: boolean;
}

export interface CrossCardView {
  lang: 'en' | 'ru';
  /** The rendering, matched words marked. */
  rendering: TextSegment[];
  /** The Chinese clause, the matched terms' Chinese forms marked. */
  original: TextSegment[];
  /** Labels in the rendering's language. */
  unofficial: string;
  method: string;
  /** Weighted share of the quote the clause accounts for (0–1). */
  coverage: number;
  terms: MatchedTerm[];
}

const LABELS = {
  en: { unofficial: 'unofficial translation', method: 'cross-language match' },
  ru: { unofficial: 'неофициальный перевод', method: 'совпадение через перевод' },
} as const;

/** `text` cut at the spans (offsets, end exclusive; overlaps and out-of-range parts ignored). */
export function markSegments(text: string, spans: ReadonlyArray<{ start: number; end: number }>): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(span.start, text.length));
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

export function crossCardView(clause: Pick<Clause, 'text' | 'renderings'>, match: RenderingMatch): CrossCardView | null {
  const text = clause.renderings?.[match.lang];
  if (!text) return null;
  const inOriginal = match.terms
    .filter((term) => term.clauseStart >= 0)
    .map((term) => ({ start: term.clauseStart, end: term.clauseEnd }));
  return {
    lang: match.lang,
    rendering: markSegments(text, match.spans),
    original: markSegments(clause.text, inOriginal),
    unofficial: LABELS[match.lang].unofficial,
    method: LABELS[match.lang].method,
    coverage: match.coverage,
    terms: match.terms,
  };
}
