import { describe, expect, it } from 'vitest';
import { toChineseNumeral } from '../../../lib/source/labels';
import { numberedOpening, parseChineseNumeral, withoutOpening } from '../../../lib/source/numerals';

describe('Chinese clause numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十七', 17],
    ['二十', 20],
    ['二十四', 24],
    ['九十九', 99],
    ['一百零五', 105],
  ])('%s is %i', (numeral, value) => {
    expect(parseChineseNumeral(numeral)).toBe(value);
    expect(toChineseNumeral(value)).toBe(numeral);
  });

  it('refuses what is not a numeral', () => {
    expect(parseChineseNumeral('十x')).toBeUndefined();
    expect(parseChineseNumeral('')).toBeUndefined();
  });

  it('reads a numbered opening and strips it', () => {
    expect(numberedOpening('二十三、双方决心加强合作。')).toEqual({ numeral: '二十三', value: 23, length: 4 });
    expect(numberedOpening('双方决心加强合作。')).toBeUndefined();
    expect(numberedOpening('十,双方')).toBeUndefined();
    expect(withoutOpening('十七、双方重申原则。')).toBe('双方重申原则。');
  });
});
