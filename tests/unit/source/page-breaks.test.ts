import { describe, expect, it } from 'vitest';
import { continuesAcrossBreak } from '../../../lib/source/page-breaks';
import { clause, kinds, paragraphs, parseOne } from './helpers';

describe('continuesAcrossBreak', () => {
  it('joins a paragraph cut mid-word or mid-sentence', () => {
    expect(continuesAcrossBreak('双方重视影响河流安全的一切主', '要因素。')).toBe(true);
    expect(continuesAcrossBreak('双方主张在', '全流域建立机制。')).toBe(true);
  });
  it('never joins after a finished sentence or into a numbered clause', () => {
    expect(continuesAcrossBreak('双方认为河流重要。', '双方主张合作。')).toBe(false);
    expect(continuesAcrossBreak('双方主张在', '三、双方支持合作。')).toBe(false);
  });
  it('refuses a junction that is not grammatical: a particle after an enumeration comma', () => {
    expect(continuesAcrossBreak('促进平等、公正、', '的有效性。')).toBe(false);
    expect(continuesAcrossBreak('维护相关国际文书', '的有效性。')).toBe(true);
  });
});

describe('page and column breaks in a source', () => {
  const text = paragraphs(
    '# 甲国和乙国关于河流的联合声明',
    '双方认为,河流是共同财富。',
    '双方主张在全流域建立联合监测机制,并在',
    '## ■上接第3版',
    '发生洪水时及时通报,共同减轻损',
    '失。',
    '双方愿意继续合作。',
  );
  const result = parseOne(text);

  it('rejoins the pieces, across a page marker, into one clause with a span per piece', () => {
    const rejoined = clause(result, 'doc-1-p2');
    expect(rejoined.text).toBe('双方主张在全流域建立联合监测机制,并在发生洪水时及时通报,共同减轻损失。');
    expect(rejoined.sources).toHaveLength(3);
    expect(rejoined.sources.map((span) => text.slice(span.start, span.end)).join('')).toBe(rejoined.text);
    expect(kinds(result, 'doc-1-p2')).toContain('rejoined');
    expect(kinds(result, 'doc-1-p2')).not.toContain('truncated');
  });

  it('keeps the marker as an exclusion and the next paragraph as its own clause', () => {
    expect(result.excluded.find((e) => e.reason === 'page-marker')).toMatchObject({ docId: 'doc-1' });
    expect(clause(result, 'doc-1-p3').text).toBe('双方愿意继续合作。');
  });

  it('does not rejoin across a lone section numeral', () => {
    const split = parseOne(paragraphs('# 甲国和乙国关于河流的联合声明', '双方主张在', '## 三', '全流域建立机制。'));
    expect(split.clauses.map((c) => c.text)).toEqual(['双方主张在', '全流域建立机制。']);
    expect(split.clauses[1]?.section).toBe('三');
  });
});
