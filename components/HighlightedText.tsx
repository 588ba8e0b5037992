import type { JSX } from 'preact';

interface Props {
  text: string;
  spans: ReadonlyArray<{ start: number; end: number }>;
  /** Show only about this many characters around the first hit, with ellipses. */
  window?: number;
  class?: string;
}

/** How far a window's edge may move to fall between two words. */
const WORD_SLACK = 20;

/** Text with some spans marked, built as nodes: the text is never parsed as markup. */
export function HighlightedText({ text, spans, window, class: className }: Props) {
  let from = 0;
  let to = text.length;
  if (window !== undefined && text.length > window) {
    const first = spans[0]?.start ?? 0;
    from = Math.max(0, Math.min(first - Math.floor(window / 3), text.length - window));
    to = Math.min(text.length, from + window);
    // Spaced text (our renderings) is cut between words, not inside one.
    const after = from > 0 ? text.indexOf(' ', from - 1) : -1;
    if (after >= 0 && after - from < WORD_SLACK && after < first) from = after + 1;
    const before = to < text.length ? text.lastIndexOf(' ', to) : -1;
    if (before > first && to - before < WORD_SLACK) to = before;
  }
  const parts: JSX.Element[] = [];
  let at = from;
  for (const span of spans) {
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (end <= start || start < at) continue;
    if (start > at) parts.push(<span key={`t${at}`}>{text.slice(at, start)}</span>);
    parts.push(<mark key={`m${start}`}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < to) parts.push(<span key={`t${at}`}>{text.slice(at, to)}</span>);
  return (
    <span class={className}>
      {from > 0 ? '…' : ''}
      {parts}
      {to < text.length ? '…' : ''}
    </span>
  );
}
