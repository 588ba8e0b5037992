import { describe, expect, it } from 'vitest';
import { assignLabels } from '../../../lib/source/labels';
import { paragraphs, parseOne } from './helpers';

describe('labels and ids', () => {
  it('labels numbered clauses by numeral, paragraphs by place, the preamble as such', () => {
    const labelled = assignLabels(
      'doc',
      [{ preamble: true }, { preamble: false }, { numeral: '十二', value: 12, preamble: false }],
      false,
    );
    expect(labelled.map((l) => [l.label, l.id, l.kind, l.ordinal])).toEqual([
      ['序言', 'doc-preamble', 'preamble', 1],
      ['第2段', 'doc-p2', 'paragraph', 2],
      ['十二', 'doc-c12', 'numbered', 3],
    ]);
  });

  it('labels the paragraphs of a document held only in fragments as fragments', () => {
    const labelled = assignLabels('doc', [{ preamble: false }, { preamble: false }], true);
    expect(labelled.map((l) => [l.label, l.id, l.kind])).toEqual([
      ['片段1', 'doc-f1', 'fragment'],
      ['片段2', 'doc-f2', 'fragment'],
    ]);
  });

  it('keeps ids unique and URL-fragment safe', () => {
    const labelled = assignLabels('doc', [{ numeral: '三', value: 3, preamble: false }, { numeral: '三', value: 3, preamble: false }], false);
    expect(labelled.map((l) => l.id)).toEqual(['doc-c3', 'doc-c3-2']);
    for (const l of labelled) expect(l.id).toMatch(/^[a-z0-9-]+$/u);
  });

  it('finds the preamble: a first paragraph announcing what follows, or what precedes clause 一', () => {
    const unnumbered = parseOne(paragraphs('# 某某声明', '双方声明如下:', '双方认为合作重要。'));
    expect(unnumbered.clauses.map((c) => c.label)).toEqual(['序言', '第2段']);
    const numbered = parseOne(paragraphs('# 某某声明', '双方重申友好。', '一、双方认为。', '二、双方主张。'));
    expect(numbered.clauses.map((c) => c.label)).toEqual(['序言', '一', '二']);
  });

  it('derives ids from the label, not the position: a rebuild of a longer source keeps them', () => {
    const one = '一、双方认为河流是共同财富。';
    const two = '二、双方主张建立联合监测机制。';
    const before = parseOne(paragraphs('# 某某声明', one, two));
    const after = parseOne(paragraphs('# 某某声明', one, one, two));
    expect(after.clauses.map((c) => c.id)).toEqual(before.clauses.map((c) => c.id));
  });
});
