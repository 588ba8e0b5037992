/**
 * Where a byte sequence stops being valid UTF-8: the byte offset of the
 * first bad byte and its 1-based line, or undefined when all of it is valid.
 * Used to point at the spot when a source file is refused.
 */
export function firstInvalidUtf8(bytes: Uint8Array): { offset: number; line: number } | undefined {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    let min: number;
    if (b < 0x80) {
      if (b === 0x0a) line++;
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return { offset: i, line };
    }
    let code = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return { offset: i, line };
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return { offset: i, line };
    i += need + 1;
  }
  return undefined;
}
