/** A line of a source file with its UTF-16 offsets (end excludes the line break). */
export interface SourceLine {
  /** 1-based. */
  number: number;
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let number = 1;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      // A CRLF file keeps its \r inside the line: it is whitespace to every rule.
      lines.push({ number, start, end: i, text: text.slice(start, i) });
      start = i + 1;
      number++;
    }
  }
  return lines;
}

export const isBlank = (line: SourceLine): boolean => line.text.trim().length === 0;

/** Lines grouped into blocks separated by blank lines, as the scrape lays out paragraphs. */
export function groupBlocks(lines: readonly SourceLine[]): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** The offsets of a line's text without surrounding whitespace. */
export function trimmedSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text.charAt(s))) s++;
  while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}
