/**
 * A defined malformed-input error: the only kind of error the parser throws.
 * It names the file and the 1-based line so that a person can open the spot.
 */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'SourceError';
  }
}

/** 1-based line number of a UTF-16 offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
