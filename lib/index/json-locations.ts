/**
 * Where each value of a JSON text starts, by path (`documents[2].csl.title`),
 * so that metadata errors can name a line. Assumes the text already parsed as
 * JSON; on anything unexpected it stops and returns what it found.
 */
export function jsonValueOffsets(text: string): Map<string, number> {
  const offsets = new Map<string, number>();
  let i = 0;
  const skip = (): void => {
    while (i < text.length && /\s/u.test(text.charAt(i))) i++;
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text.charAt(i) !== '"') i += text.charAt(i) === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    skip();
    offsets.set(path, i);
    const ch = text.charAt(i);
    if (ch === '{') {
      i++;
      skip();
      while (i < text.length && text.charAt(i) !== '}') {
        skip();
        const key = readString();
        skip();
        i++; // colon
        value(path === '' ? key : `${path}.${key}`);
        skip();
        if (text.charAt(i) === ',') i++;
        skip();
      }
      i++;
    } else if (ch === '[') {
      i++;
      skip();
      let index = 0;
      while (i < text.length && text.charAt(i) !== ']') {
        value(`${path}[${index++}]`);
        skip();
        if (text.charAt(i) === ',') i++;
        skip();
      }
      i++;
    } else if (ch === '"') {
      readString();
    } else {
      while (i < text.length && !/[\s,\]}]/u.test(text.charAt(i))) i++;
    }
  };
  value('');
  return offsets;
}

/** The 1-based line of a path's value, or of its nearest existing parent. */
export function lineOfPath(text: string, offsets: Map<string, number>, path: string): number {
  let current = path;
  for (;;) {
    const offset = offsets.get(current);
    if (offset !== undefined) return text.slice(0, offset).split('\n').length;
    if (current === '') return 1;
    const parent = current.replace(/(?:\.[^.[\]]+|\[\d+\])$/u, '');
    current = parent === current ? '' : parent;
  }
}
