/**
 * Quoted spans in flat text. Handles the marks news in Chinese, English,
 * German and Russian use, quotes nested inside quotes, and refuses what is not
 * a quote: apostrophes (it's, don’t, O’Brien), marks that never close, and
 * spans that cross a line break or run implausibly long.
 */

export interface QuoteSpan {
  /** The text between the marks. */
  quote: string;
  /** Offsets of `quote` in the input (marks excluded), end exclusive. */
  start: number;
  end: number;
  /** The opening and closing marks. */
  open: string;
  close: string;
  /** 0 for a quote not inside another quote. */
  depth: number;
  /** Text of the same line just before the opening mark and just after the closing mark. */
  before: string;
  after: string;
}

export interface FindQuotesOptions {
  /** Longer spans are not quotes but a stray mark pairing with a far one (default 1000). */
  maxLength?: number;
  /** How much surrounding text to return on each side (default 120). */
  contextLength?: number;
}

// A whole clause of the statements runs to ~750 characters; nothing longer is
// quoted as one piece, while a runaway pairing of two unrelated marks is usually
// far longer.
const DEFAULT_MAX_LENGTH = 1000;
const DEFAULT_CONTEXT_LENGTH = 120;

/** Marks that only ever open or close, with their partner. */
const OPENERS: Record<string, string> = {
  '“': '”',
  '‘': '’',
  '「': '」',
  '『': '』',
  '«': '»',
  '‹': '›',
  '„': '“',
  '‚': '‘',
  '〝': '〞',
  '﹁': '﹂',
  '﹃': '﹄',
};
/** Closers that may also close a quote opened with another mark (”…” misuse, „…”). */
const ALTERNATIVE_CLOSERS: Record<string, string[]> = {
  '„': ['”'],
  '〝': ['〟'],
};
const STRAIGHT = new Set(['"', "'", '＂', '＇']);

const MARK_CODES = new Set(
  [...Object.keys(OPENERS), ...Object.values(OPENERS), ...Object.values(ALTERNATIVE_CLOSERS).flat(), ...STRAIGHT].map(
    (mark) => mark.charCodeAt(0),
  ),
);

const LATIN_LIKE = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\d]/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const HAS_CONTENT = /[\p{L}\p{N}]/u;

interface OpenQuote {
  mark: string;
  closers: string[];
  /** Offset of the opening mark. */
  at: number;
}

export function findQuotes(text: string, options: FindQuotesOptions = {}): QuoteSpan[] {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const contextLength = options.contextLength ?? DEFAULT_CONTEXT_LENGTH;
  const spans: QuoteSpan[] = [];
  const stack: OpenQuote[] = [];

  const isLatinLike = (i: number) => i >= 0 && i < text.length && LATIN_LIKE.test(text[i] ?? '');

  const close = (depthIndex: number, closeAt: number, closeMark: string) => {
    const opened = stack[depthIndex];
    stack.length = depthIndex; // inner quotes left open never closed: not quotes
    if (!opened) return;
    const start = opened.at + opened.mark.length;
    const quote = text.slice(start, closeAt);
    if (quote.length > maxLength || !HAS_CONTENT.test(quote)) return;
    spans.push({
      quote,
      start,
      end: closeAt,
      open: opened.mark,
      close: closeMark,
      depth: depthIndex,
      before: contextBefore(text, opened.at, contextLength),
      after: contextAfter(text, closeAt + closeMark.length, contextLength),
    });
  };

  const findOpen = (closeMark: string): number => {
    for (let d = stack.length - 1; d >= 0; d--) {
      if (stack[d]?.closers.includes(closeMark)) return d;
    }
    return -1;
  };

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) {
      stack.length = 0;
      continue;
    }
    if (!MARK_CODES.has(code)) continue;
    const ch = text[i] ?? '';
    // Drop marks opened too long ago: they cannot make a quote any more, and this
    // keeps the scan linear on text full of stray marks.
    while (stack.length > 0 && i - (stack[0]?.at ?? 0) > maxLength + 1) stack.shift();

    if (STRAIGHT.has(ch)) {
      handleStraight(ch, i);
      continue;
    }
    const openDepth = findOpen(ch);
    if (openDepth >= 0 && !isApostrophe(ch, i)) {
      close(openDepth, i, ch);
      continue;
    }
    const partner = OPENERS[ch];
    if (partner !== undefined && !(ch === '‘' && isLatinLike(i - 1) && isLatinLike(i + 1))) {
      stack.push({ mark: ch, closers: [partner, ...(ALTERNATIVE_CLOSERS[ch] ?? [])], at: i });
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);

  /** ’ between two Latin letters (don’t, O’Brien) or ending a word before a letter is an apostrophe. */
  function isApostrophe(ch: string, i: number): boolean {
    return ch === '’' && isLatinLike(i - 1) && isLatinLike(i + 1);
  }

  function handleStraight(ch: string, i: number) {
    const isSingle = ch === "'" || ch === '＇';
    const openDepth = findOpen(ch);
    const prevLatin = isLatinLike(i - 1);
    const nextLatin = isLatinLike(i + 1);
    if (isSingle && prevLatin && nextLatin) return; // it's, O'Brien
    if (openDepth >= 0) {
      // A closing mark follows the quoted text, not a space.
      if (!/\s/.test(text[i - 1] ?? ' ')) {
        close(openDepth, i, ch);
        return;
      }
    }
    // An opening mark precedes text; after a digit a straight mark is feet or inches.
    const next = text[i + 1] ?? ' ';
    if (/\s/.test(next) || /\d/.test(text[i - 1] ?? '')) return;
    if (isSingle && prevLatin) return; // students' union
    stack.push({ mark: ch, closers: [ch], at: i });
  }
}

function contextBefore(text: string, at: number, length: number): string {
  const from = Math.max(0, at - length);
  const slice = text.slice(from, at);
  const lineStart = Math.max(slice.lastIndexOf('\n'), slice.lastIndexOf('\r'));
  return lineStart >= 0 ? slice.slice(lineStart + 1) : slice;
}

function contextAfter(text: string, at: number, length: number): string {
  const slice = text.slice(at, at + length);
  const lineEnd = slice.search(LINE_BREAK);
  return lineEnd >= 0 ? slice.slice(0, lineEnd) : slice;
}
