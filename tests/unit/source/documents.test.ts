import { describe, expect, it } from 'vitest';
import { sameHeading, splitDocuments } from '../../../lib/source/documents';
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

describe('sameHeading', () => {
  const title = '中华人民共和国和俄罗斯联邦关于全球战略稳定的联合声明';

  it('matches a heading broken, padded, re-punctuated or in another width', () => {
    expect(sameHeading(title, `中华人民共和国和俄罗斯联邦 关于全球战略稳定的\t联合声明`)).toBe(true);
    expect(sameHeading('关于“双遏制”的声明（2025）', '关于"双遏制"的声明(2025)')).toBe(true);
  });

  it('matches a heading that adds a short tag or prefix to the title', () => {
    expect(sameHeading(title, `${title}（全文）`)).toBe(true);
    expect(sameHeading(title, `受权发布：${title}`)).toBe(true);
  });

  it('does not take one document for another', () => {
    expect(sameHeading(title, '中华人民共和国和俄罗斯联邦关于进一步加强合作维护国际法权威的联合声明')).toBe(false);
    expect(sameHeading('联合声明', '中俄联合声明')).toBe(false);
    expect(sameHeading(title, `${title}以及与之相关的多份背景文件和说明材料`)).toBe(false);
    expect(sameHeading(undefined, title)).toBe(false);
  });
});
