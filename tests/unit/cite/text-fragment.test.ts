import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../../lib/cite';
import {
  encodeTextDirectiveValue,
  textDirective,
  textDirectiveParts,
  toChineseFullWidthPunctuation,
  withTextFragment,
} from '../../../lib/cite/text-fragment';
import { ACCESSED, DOCUMENT_URL, OUTER_SPACE_CLAUSE, STRATEGIC_STABILITY } from './fixtures';

describe('encodeTextDirectiveValue', () => {
  it('encodes the directive syntax characters: - as %2D, , as %2C, & as %26', () => {
    expect(encodeTextDirectiveValue('anti-missile')).toBe('anti%2Dmissile');
    expect(encodeTextDirectiveValue('a,b')).toBe('a%2Cb');
    expect(encodeTextDirectiveValue('R&D')).toBe('R%26D');
  });

  it('encodes spaces as %20 (never +) and Chinese as UTF-8 bytes', () => {
    expect(encodeTextDirectiveValue('strategic stability')).toBe('strategic%20stability');
    expect(encodeTextDirectiveValue('外空')).toBe('%E5%A4%96%E7%A9%BA');
    expect(encodeTextDirectiveValue('，')).toBe('%EF%BC%8C');
  });

  it('encodes # % and the fragment-directive delimiter characters', () => {
    expect(encodeTextDirectiveValue('50% #1 :~:')).toBe('50%25%20%231%20%3A~%3A');
  });

  it('leaves no character outside the spec’s unreserved set unencoded', () => {
    const encoded = encodeTextDirectiveValue('a-b, c&d (e) ! * \' ~ . _ 中文 “引” ‘号’ =?/;@$+');
    // TextDirectiveExplicitChar: [a-zA-Z0-9] ! $ ' ( ) * + . / : ; = ? @ _ ~ — plus % escapes.
    expect(encoded).toMatch(/^[A-Za-z0-9!$'()*+./:;=?@_~%]*$/);
    expect(encoded).not.toMatch(/[-,&]/);
    expect(decodeURIComponent(encoded)).toBe('a-b, c&d (e) ! * \' ~ . _ 中文 “引” ‘号’ =?/;@$+');
  });
});

describe('toChineseFullWidthPunctuation', () => {
  it('restores the full-width forms the official page prints next to Chinese', () => {
    expect(toChineseFullWidthPunctuation('之际,中华人民共和国(以下称“双方”)强调:')).toBe(
      '之际，中华人民共和国（以下称“双方”）强调：',
    );
  });

  it('leaves Latin text alone', () => {
    expect(toChineseFullWidthPunctuation('China, Russia (2025): yes; no? ok!')).toBe(
      'China, Russia (2025): yes; no? ok!',
    );
  });
});

describe('textDirectiveParts', () => {
  it('quotes a short clause whole', () => {
    expect(textDirectiveParts('  双方谴责将商业航天系统用于干涉主权国家内政、介入他国武装冲突的行为。 ')).toEqual({
      textStart: '双方谴责将商业航天系统用于干涉主权国家内政、介入他国武装冲突的行为。',
    });
  });

  it('cuts a long clause at punctuation: up to the first, from the last', () => {
    expect(
      textDirectiveParts('双方坚信，各国人民命运与共，各国及组织不能以牺牲他国安全来保障自身安全。双方呼吁各国坚持全球和地区安全平等且不可分割原则，全力消弭国家间的冲突。'),
    ).toEqual({ textStart: '双方坚信，各国人民命运与共', textEnd: '全力消弭国家间的冲突。' });
  });

  it('cuts at a fixed length when a long text has no punctuation', () => {
    const text = '甲乙丙丁戊己庚辛壬癸'.repeat(5); // 50 characters
    expect(textDirectiveParts(text)).toEqual({ textStart: text.slice(0, 20), textEnd: text.slice(30) });
  });

  it('never lets textEnd overlap textStart', () => {
    const text = `${'甲'.repeat(35)}，${'乙'.repeat(6)}`; // 42 characters, one comma
    const { textStart, textEnd } = textDirectiveParts(text);
    expect(textStart).toBe('甲'.repeat(35));
    expect(textStart.length + (textEnd ?? '').length).toBeLessThanOrEqual(text.length);
    expect(text.endsWith(textEnd ?? '')).toBe(true);
  });

  it('counts characters, not UTF-16 units (no split surrogate pairs)', () => {
    const text = '𠀀'.repeat(45);
    const { textStart, textEnd } = textDirectiveParts(text);
    expect(Array.from(textStart)).toHaveLength(20);
    expect(encodeTextDirectiveValue(textStart)).not.toContain('%EF%BF%BD');
    expect(Array.from(textEnd ?? '')).toHaveLength(20);
  });
});

describe('textDirective and withTextFragment', () => {
  it('joins start and end with a bare comma, each encoded (, & - and spaces inside them escaped)', () => {
    // Boundaries are punctuation and spaces: textStart runs to the first one at
    // or after 8 characters ("-" after "anti"), textEnd from the last one that
    // leaves at least 8 ("-" before "state").
    const text = `R&D, anti-missile systems ${'x'.repeat(20)} and the end-state, too.`;
    expect(textDirectiveParts(text)).toEqual({ textStart: 'R&D, anti', textEnd: 'state, too.' });
    expect(textDirective(text)).toBe('text=R%26D%2C%20anti,state%2C%20too.');
  });

  it('adds the directive to a URL without a fragment', () => {
    expect(withTextFragment('https://example.org/a-b.htm', '外空')).toBe(
      'https://example.org/a-b.htm#:~:text=%E5%A4%96%E7%A9%BA',
    );
  });

  it('keeps an existing fragment and an existing directive', () => {
    expect(withTextFragment('https://example.org/a#top', '外空')).toBe(
      'https://example.org/a#top:~:text=%E5%A4%96%E7%A9%BA',
    );
    expect(withTextFragment('https://example.org/a#:~:text=x', '外空')).toBe(
      'https://example.org/a#:~:text=x&text=%E5%A4%96%E7%A9%BA',
    );
  });
});

describe('the link in a citation', () => {
  it('turns the source’s half-width comma into the page’s full-width one (%EF%BC%8C)', () => {
    const clause = { ...OUTER_SPACE_CLAUSE, text: '双方坚信,各国人民命运与共,各国及组织不能以牺牲他国安全来保障自身安全。双方呼吁各国坚持全球和地区安全平等且不可分割原则,全力消弭国家间的冲突。' };
    const { text } = formatCitation('plain', { clause, document: STRATEGIC_STABILITY, documentUrl: DOCUMENT_URL, accessed: ACCESSED });
    expect(text).toContain(
      `#:~:text=${encodeTextDirectiveValue('双方坚信，各国人民命运与共')},${encodeTextDirectiveValue('全力消弭国家间的冲突。')}`,
    );
    expect(text).toContain('%E5%9D%9A%E4%BF%A1%EF%BC%8C%E5%90%84'); // 坚信，各
  });

  it('keeps a Latin document’s punctuation and encodes - , & and spaces', () => {
    const document = {
      ...STRATEGIC_STABILITY,
      csl: { ...STRATEGIC_STABILITY.csl, language: 'en' },
    };
    const clause = { ...OUTER_SPACE_CLAUSE, text: 'Anti-missile, R&D.' };
    const { text } = formatCitation('plain', { clause, document, documentUrl: DOCUMENT_URL, accessed: ACCESSED });
    expect(text.endsWith('strategic-stability.htm#:~:text=Anti%2Dmissile%2C%20R%26D.')).toBe(true);
  });
});
