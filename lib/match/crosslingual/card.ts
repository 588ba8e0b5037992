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
  /** Inside a marked stretch: a glossary term of the quote, in the Chinese. */
  term?: boolean;
}

export interface CrossCardView {
  lang: 'en' | 'ru';
  /** The rendering, matched words marked. */
  rendering: TextSegment[];
  /** The Chinese clause, the stretch the quote corresponds to marked, the quote's terms in it marked as terms. */
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

/** The clause with `span` marked and, inside it, the terms' Chinese forms marked as terms. */
function originalSegments(text: string, span: RenderingMatch['original'], terms: ReadonlyArray<MatchedTerm>): TextSegment[] {
  if (!span) return markSegments(text, []);
  const inside = terms
    .filter((term) => term.clauseStart >= span.start && term.clauseEnd <= span.end)
    .map((term) => ({ start: term.clauseStart - span.start, end: term.clauseEnd - span.start }));
  const middle = markSegments(text.slice(span.start, span.end), inside).map((segment) => ({
    text: segment.text,
    marked: true,
    ...(segment.marked ? { term: true } : {}),
  }));
  return [
    ...(span.start > 0 ? [{ text: text.slice(0, span.start), marked: false }] : []),
    ...middle,
    ...(span.end < text.length ? [{ text: text.slice(span.end), marked: false }] : []),
  ];
}

export function crossCardView(clause: Pick<Clause, 'text' | 'renderings'>, match: RenderingMatch): CrossCardView | null {
  const text = clause.renderings?.[match.lang];
  if (!text) return null;
  return {
    lang: match.lang,
    rendering: markSegments(text, match.spans),
    original: originalSegments(clause.text, match.original, match.terms),
    unofficial: LABELS[match.lang].unofficial,
    method: LABELS[match.lang].method,
    coverage: match.coverage,
    terms: match.terms,
  };
}
