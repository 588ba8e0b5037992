import { describe, expect, it } from 'vitest';
import { clause, kinds, paragraphs, parseOne } from './helpers';

describe('orphan tail fragments', () => {
  it('joins a fragment back to the one clause it can end', () => {
    const text = paragraphs(
      '# 关于森林的联合声明',
      '一、双方将维护相关国际文书',
      '二、双方促进平等、公正、',
      '的完整性和权威性。',
      '三、双方支持建立保护区。',
    );
    const result = parseOne(text);
    expect(clause(result, 'doc-1-c1').text).toBe('一、双方将维护相关国际文书的完整性和权威性。');
    expect(kinds(result, 'doc-1-c1')).toContain('tail-joined');
    expect(kinds(result, 'doc-1-c1')).not.toContain('truncated');
    expect(kinds(result, 'doc-1-c2')).toContain('truncated');
    expect(clause(result, 'doc-1-c1').sources).toHaveLength(2);
  });

  it('leaves the fragment alone, flagged, when two clauses could take it', () => {
    const text = paragraphs('# 关于森林的联合声明', '一、双方将维护相关国际文书', '二、双方将维护地区机制', '三、双方支持。', '的完整性。');
    const result = parseOne(text);
    const fragment = result.clauses.find((c) => c.text === '的完整性。');
    expect(fragment?.flags.map((f) => f.note).join()).toMatch(/begins mid-sentence/u);
    expect(kinds(result, 'doc-1-c1')).not.toContain('tail-joined');
  });
});
