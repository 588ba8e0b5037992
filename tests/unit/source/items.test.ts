import { describe, expect, it } from 'vitest';
import { SourceError } from '../../../lib/source/errors';
import { readItems } from '../../../lib/source/items';
import { paragraphs } from './helpers';

const kindsOf = (text: string) => readItems('f.txt', text).map((item) => item.kind);

describe('readItems', () => {
  it('tells headings, page markers, section numerals and paragraphs apart', () => {
    const text = paragraphs('# 某某联合声明', '## ■上接第2版', '双方认为合作重要。', '## 十', '## 附件', '(下转第4版)');
    expect(kindsOf(text)).toEqual(['heading', 'page-marker', 'paragraph', 'section-numeral', 'sub-heading', 'page-marker']);
  });

  it('splits a page marker glued to the start of a paragraph off the paragraph', () => {
    const text = '■上接第1版 中俄双方要深化互信。\n';
    const [item] = readItems('f.txt', text);
    expect(item).toMatchObject({ kind: 'paragraph', text: '中俄双方要深化互信。' });
    if (item?.kind !== 'paragraph') throw new Error('expected a paragraph');
    expect(item.markers.map((span) => text.slice(span.start, span.end))).toEqual(['■上接第1版']);
  });

  it('reads closing lines: date and place, dateline, signature block', () => {
    const text = paragraphs('甲国总统 乙国总理  \n张三 李四  \n二〇二四年三月一日于甲城  \n(某某社甲城3月1日电)');
    const closing = readItems('f.txt', text).map((item) => (item.kind === 'closing-line' ? item.closing : item.kind));
    expect(closing).toEqual(['signature', 'signature', 'date-line', 'dateline']);
  });

  it('keeps short lines without a date near them as a paragraph', () => {
    expect(kindsOf(paragraphs('甲国总统 乙国总理'))).toEqual(['paragraph']);
  });

  it('separates closing lines from a paragraph printed in the same block', () => {
    expect(kindsOf('双方愿意继续合作。\n2024年3月1日于甲城\n')).toEqual(['paragraph', 'closing-line']);
  });

  it('refuses an unclosed heading block, naming file and line', () => {
    const run = () => readItems('bad.txt', '\n# 某某联合声明\n双方认为合作重要。\n');
    expect(run).toThrow(SourceError);
    expect(run).toThrow(/^bad\.txt:2: unclosed heading block/u);
    expect(() => readItems('bad.txt', '# 关于《某某条约的联合声明\n\n正文。\n')).toThrow(/^bad\.txt:1: unclosed heading block/u);
    expect(() => readItems('bad.txt', '#   \n\n正文。\n')).toThrow(/^bad\.txt:1: heading/u);
  });

  it('gives offsets that slice back to the text', () => {
    const text = '\r\n# 某某联合声明\r\n\r\n  双方认为合作重要。  \r\n';
    const paragraph = readItems('f.txt', text).find((item) => item.kind === 'paragraph');
    expect(paragraph && text.slice(paragraph.span.start, paragraph.span.end)).toBe('双方认为合作重要。');
  });
});
