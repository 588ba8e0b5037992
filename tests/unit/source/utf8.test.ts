import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../../lib/source/utf8';

const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('firstInvalidUtf8', () => {
  it('accepts valid UTF-8', () => {
    expect(firstInvalidUtf8(bytes('双方\n认为 and 😀'))).toBeUndefined();
  });
  it('finds the first bad byte and its line', () => {
    expect(firstInvalidUtf8(bytes('第一行\n第二行', [0xb5, 0xda], '\n'))).toEqual({ offset: 19, line: 2 });
  });
  it('refuses truncated sequences, overlong forms and surrogates', () => {
    expect(firstInvalidUtf8(bytes([0xe5, 0x8f]))?.offset).toBe(0);
    expect(firstInvalidUtf8(bytes([0xc0, 0xaf]))?.offset).toBe(0);
    expect(firstInvalidUtf8(bytes([0xed, 0xa0, 0x80]))?.offset).toBe(0);
  });
});
