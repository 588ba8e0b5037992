import { describe, expect, it } from 'vitest';
import { splitDocuments } from '../../../lib/source/documents';
import { readItems } from '../../../lib/source/items';
import { catalogueFor, paragraphs } from './helpers';

describe('splitDocuments', () => {
  const text = paragraphs('开头的一段。', '# 甲的声明', '双方认为。', '# 乙的声明', '双方主张。');

  it('starts a document at each heading and keeps text before the first heading apart', () => {
    const sections = splitDocuments('f.txt', readItems('f.txt', text), catalogueFor(text));
    expect(sections.map((section) => section.docId)).toEqual([undefined, 'doc-1', 'doc-2']);
  });

  it('matches headings to the metadata ignoring whitespace', () => {
    const catalogue = catalogueFor(text).map((entry) => ({ ...entry, heading: entry.heading?.split('').join(' ') }));
    expect(splitDocuments('f.txt', readItems('f.txt', text), catalogue)).toHaveLength(3);
  });

  it('refuses a heading no metadata record names, with file and line', () => {
    expect(() => splitDocuments('f.txt', readItems('f.txt', text), catalogueFor(text).slice(0, 1))).toThrow(
      /^f\.txt:7: no document in the metadata has the heading "乙的声明"/u,
    );
  });

  it('refuses an empty document, with file and line', () => {
    const empty = paragraphs('# 甲的声明', '## ■上接第2版', '# 乙的声明', '双方主张。');
    expect(() => splitDocuments('e.txt', readItems('e.txt', empty), catalogueFor(empty))).toThrow(
      /^e\.txt:1: empty document/u,
    );
  });
});
