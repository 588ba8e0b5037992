import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseNumeralToNumber } from '../../../lib/text/chinese-numerals';
import { sentenceCase } from '../../../lib/cite/english-names';
import { chineseLocator, clauseLocator, englishLocator, numberToChineseNumeral } from '../../../lib/cite/locator';

describe('chineseNumeralToNumber', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['两百', 200],
    ['一千零一', 1001],
    ['一〇五', 105],
    ['零', 0],
  ])('%s → %i', (numeral, value) => {
    expect(chineseNumeralToNumber(numeral)).toBe(value);
  });

  it.each(['', '甲', '十十', '百十一', '一二三四五x', '第一', '三三十'])('%s is not a numeral', (text) => {
    expect(chineseNumeralToNumber(text)).toBeUndefined();
  });

  it('reads back what numberToChineseNumeral writes, 1–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => chineseNumeralToNumber(numberToChineseNumeral(n)) === n),
    );
  });

  it('writes numerals as the statements print them', () => {
    expect(numberToChineseNumeral(12)).toBe('十二');
    expect(numberToChineseNumeral(20)).toBe('二十');
    expect(numberToChineseNumeral(105)).toBe('一百零五');
    expect(numberToChineseNumeral(110)).toBe('一百一十');
    expect(numberToChineseNumeral(1001)).toBe('一千零一');
  });
});

describe('clauseLocator', () => {
  const clause = (label: string, kind: 'numbered' | 'paragraph' | 'preamble' | 'fragment' = 'numbered') => ({
    label,
    kind,
  });

  it('numbered clause 十二 → 第十二条 / clause 12', () => {
    const locator = clauseLocator(clause('十二'));
    expect(locator).toEqual({ kind: 'clause', number: 12 });
    expect(chineseLocator(locator)).toBe('第十二条');
    expect(englishLocator(locator)).toBe('clause 12');
  });

  it('accepts the label with its 、 or already as 第…条', () => {
    expect(clauseLocator(clause('十二、'))).toEqual({ kind: 'clause', number: 12 });
    expect(clauseLocator(clause('第三条'))).toEqual({ kind: 'clause', number: 3 });
  });

  it('paragraph 第5段 → 第5段 / para. 5 (par. 5 in MLA)', () => {
    const locator = clauseLocator(clause('第5段', 'paragraph'));
    expect(locator).toEqual({ kind: 'paragraph', number: 5 });
    expect(chineseLocator(locator)).toBe('第5段');
    expect(englishLocator(locator)).toBe('para. 5');
    expect(englishLocator(locator, 'par.')).toBe('par. 5');
  });

  it('preamble 序言 → 序言 / preamble', () => {
    const locator = clauseLocator(clause('序言', 'preamble'));
    expect(chineseLocator(locator)).toBe('序言');
    expect(englishLocator(locator)).toBe('preamble');
  });

  it('fragment 片段3 → 片段3 / fragment 3', () => {
    const locator = clauseLocator(clause('片段3', 'fragment'));
    expect(locator).toEqual({ kind: 'fragment', number: 3 });
    expect(chineseLocator(locator)).toBe('片段3');
    expect(englishLocator(locator)).toBe('fragment 3');
  });

  it('a label it cannot read is cited as printed', () => {
    const locator = clauseLocator(clause('附件', 'fragment'));
    expect(chineseLocator(locator)).toBe('附件');
    expect(englishLocator(locator)).toBe('附件');
  });
});

describe('sentenceCase', () => {
  it('lowers common words and keeps proper nouns and acronyms', () => {
    expect(
      sentenceCase(
        "Joint Statement of the People's Republic of China and the Russian Federation on Further Strengthening Cooperation to Maintain the Authority of International Law and the UN Charter",
      ),
    ).toBe(
      "Joint statement of the People's Republic of China and the Russian Federation on further strengthening cooperation to maintain the authority of international law and the UN charter",
    );
  });

  it('capitalises the first word after a colon', () => {
    expect(sentenceCase('Strategic Stability: A New Era')).toBe('Strategic stability: A new era');
  });
});
