import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../../lib/source/duplicates';
import { clause, kinds, paragraphs, parseOne } from './helpers';

describe('repeats', () => {
  const text = paragraphs(
    '# 关于森林的联合声明',
    '一、双方重申森林对区域气候稳定至关重要。',
    '二、双方将共同打击非法采伐和木材走私。',
    '三、双方支持建立跨境自然保护区。',
    '四、双方将共同打击非法采伐和木材走私。',
    '五、双方认为森林火灾防治需要及时共享卫星监测信息和扑救经验。',
    '二、双方将共同打击非法采伐和木材走私。',
    '三、双方支持建立跨境自然保护区。',
    '六、双方认为森林火灾防治需要及时共享卫星监测信息和扑救经验,',
  );
  const result = parseOne(text);

  it('indexes each text once, keeping the first occurrence numbered in sequence', () => {
    expect(result.clauses.map((c) => c.label)).toEqual(['一', '二', '三', '五']);
    const bodies = result.clauses.map((c) => c.text.replace(/^[一二三四五六七八九十]+、/u, ''));
    expect(new Set(bodies).size).toBe(bodies.length);
  });

  it('records every other copy as a duplicate of the kept clause', () => {
    const duplicates = result.excluded.filter((e) => e.reason === 'duplicate');
    expect(duplicates.map((e) => [text.slice(e.start, e.start + 2), e.duplicateOf])).toEqual([
      ['四、', 'doc-1-c2'],
      ['二、', 'doc-1-c2'],
      ['三、', 'doc-1-c3'],
      ['六、', 'doc-1-c5'],
    ]);
  });

  it('flags a clause whose text the source also prints under another number', () => {
    expect(kinds(result, 'doc-1-c2')).toContain('repeats-other-clause');
    expect(clause(result, 'doc-1-c2').flags.find((f) => f.kind === 'repeats-other-clause')?.note).toMatch(/四/u);
    expect(kinds(result, 'doc-1-c3')).not.toContain('repeats-other-clause');
  });

  it('treats a near-exact copy (one character off) as a repeat', () => {
    expect(kinds(result, 'doc-1-c5')).toContain('repeats-other-clause');
  });

  it('measures edit distance within a budget', () => {
    expect(boundedEditDistance('abcdef', 'abcxef', 2)).toBe(1);
    expect(boundedEditDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
