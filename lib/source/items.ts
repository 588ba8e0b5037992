import { closingLineKind, closingStart } from './closings';
import { SourceError } from './errors';
import { groupBlocks, type SourceLine, splitLines, trimmedSpan } from './lines';
import { NUMERAL_CHARS } from './numerals';
import { isPageMarkerLine, leadingMarkerLength, trailingMarkerLength } from './page-markers';

/**
 * A source file read into a flat sequence of items: what each block of lines
 * is, with its offsets. Everything that is not whitespace lands in exactly one
 * item (or in an item's marker spans), which is what coverage relies on.
 */
export interface Span {
  start: number;
  end: number;
}

export type SourceItem =
  | { kind: 'heading'; file: string; line: number; span: Span; text: string }
  | { kind: 'sub-heading'; file: string; line: number; span: Span; text: string }
  | { kind: 'page-marker'; file: string; line: number; span: Span; text: string }
  | { kind: 'section-numeral'; file: string; line: number; span: Span; numeral: string }
  | { kind: 'closing-line'; file: string; line: number; span: Span; text: string; closing: ClosingKind }
  | ParagraphItem;

export type ClosingKind = 'date-line' | 'dateline' | 'signature';

export interface ParagraphItem {
  kind: 'paragraph';
  file: string;
  line: number;
  /** The paragraph's own text, without markers glued to it. */
  span: Span;
  text: string;
  /** Page markers glued to the start or end of the paragraph. */
  markers: Span[];
}

const HEADING = /^#(?!#)\s*(.*)$/u;
const SUB_HEADING = /^#{2,}\s*(.*)$/u;
const SECTION_NUMERAL = new RegExp(`^[${NUMERAL_CHARS}]+$`, 'u');
const OPENERS: Record<string, string> = { '《': '》', '(': ')', '（': '）', '“': '”', '「': '」' };

export function readItems(file: string, text: string): SourceItem[] {
  const items: SourceItem[] = [];
  for (const block of groupBlocks(splitLines(text))) {
    const first = block[0];
    if (!first) continue;
    const heading = HEADING.exec(first.text.trim());
    if (heading) {
      checkHeadingBlock(file, block, heading[1] ?? '');
      items.push({
        kind: 'heading',
        file,
        line: first.number,
        span: trimmedSpan(text, first.start, first.end),
        text: (heading[1] ?? '').trim(),
      });
      pushLineItems(items, file, text, block.slice(1));
      continue;
    }
    pushLineItems(items, file, text, block);
  }
  return items;
}

/** Reads the lines of one block: marker and sub-heading lines, then paragraph text, then closing lines. */
function pushLineItems(items: SourceItem[], file: string, text: string, lines: SourceLine[]): void {
  let rest = lines;
  while (rest.length > 0) {
    const line = rest[0];
    if (!line) break;
    const trimmed = line.text.trim();
    const span = trimmedSpan(text, line.start, line.end);
    if (isPageMarkerLine(trimmed)) {
      items.push({ kind: 'page-marker', file, line: line.number, span, text: trimmed });
    } else if (SUB_HEADING.test(trimmed)) {
      const label = (SUB_HEADING.exec(trimmed)?.[1] ?? '').trim();
      if (SECTION_NUMERAL.test(label)) {
        items.push({ kind: 'section-numeral', file, line: line.number, span, numeral: label });
      } else {
        items.push({ kind: 'sub-heading', file, line: line.number, span, text: label });
      }
    } else {
      break;
    }
    rest = rest.slice(1);
  }
  if (rest.length === 0) return;
  const split = closingStart(rest.map((line) => line.text));
  const body = rest.slice(0, split);
  const closing = rest.slice(split);
  const firstBody = body[0];
  const lastBody = body[body.length - 1];
  if (firstBody && lastBody) items.push(paragraphItem(file, text, firstBody, lastBody));
  for (const line of closing) {
    const kind = closingLineKind(line.text);
    items.push({
      kind: 'closing-line',
      file,
      line: line.number,
      span: trimmedSpan(text, line.start, line.end),
      text: line.text.trim(),
      closing: kind ?? 'signature',
    });
  }
}

function paragraphItem(file: string, text: string, first: SourceLine, last: SourceLine): ParagraphItem {
  const whole = trimmedSpan(text, first.start, last.end);
  const markers: Span[] = [];
  let { start, end } = whole;
  const lead = leadingMarkerLength(text.slice(start, end));
  if (lead > 0) {
    markers.push(trimmedSpan(text, start, start + lead));
    start = trimmedSpan(text, start + lead, end).start;
  }
  const trail = trailingMarkerLength(text.slice(start, end));
  if (trail > 0 && trail < end - start) {
    markers.push(trimmedSpan(text, end - trail, end));
    end = trimmedSpan(text, start, end - trail).end;
  }
  return { kind: 'paragraph', file, line: first.number, span: { start, end }, text: text.slice(start, end), markers };
}

/**
 * A heading is one line closed by a blank line, with its brackets closed. Text
 * running on below it could be the heading's second line or the first
 * paragraph: the scrape's convention is broken, so the input is refused.
 */
function checkHeadingBlock(file: string, block: SourceLine[], heading: string): void {
  const first = block[0];
  if (!first) return;
  if (heading.trim().length === 0) throw new SourceError(file, first.number, 'heading `#` has no text');
  const next = block[1];
  if (next && !isPageMarkerLine(next.text) && !SUB_HEADING.test(next.text.trim())) {
    throw new SourceError(
      file,
      first.number,
      `unclosed heading block: the heading is not followed by a blank line (line ${next.number} runs on)`,
    );
  }
  const open: string[] = [];
  for (const ch of heading) {
    const closer = OPENERS[ch];
    if (closer) open.push(closer);
    else if (Object.values(OPENERS).includes(ch)) {
      if (open.pop() !== ch) throw new SourceError(file, first.number, `unbalanced "${ch}" in heading`);
    }
  }
  const unclosed = open[open.length - 1];
  if (unclosed) throw new SourceError(file, first.number, `unclosed heading block: "${unclosed}" never closes in the heading`);
}
