import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MetadataError, parseMetadata } from '../../../lib/index/metadata';

const real = readFileSync('data/documents.json', 'utf8');
const errorOf = (text: string): MetadataError => {
  try {
    parseMetadata('meta.json', text);
  } catch (error) {
    if (error instanceof MetadataError) return error;
    throw error;
  }
  throw new Error('expected a MetadataError');
};
const withFirst = (change: (doc: Record<string, unknown>) => void): string => {
  const data = JSON.parse(real) as { documents: Array<Record<string, unknown>> };
  const first = data.documents[0];
  if (first) change(first);
  return JSON.stringify(data, null, 2);
};

describe('document metadata', () => {
  it('accepts the project metadata: one record per document with a citation record', () => {
    const docs = parseMetadata('data/documents.json', real);
    expect(docs.map((d) => d.id)).toEqual(['strategic-stability-2025', 'intl-law-2025', 'partnership-2025', 'talks-report-2025']);
    for (const doc of docs) {
      expect(doc.date).toBe('2025-05-08');
      expect(doc.place).toEqual({ zh: '莫斯科', en: 'Moscow', ru: 'Москва' });
      expect(doc.publisher).toEqual({ zh: '新华社', en: 'Xinhua News Agency', ru: 'Агентство Синьхуа' });
      expect(doc.csl.issued['date-parts']).toEqual([[2025, 5, 8]]);
    }
  });

  it('names file, line and field of a wrong value', () => {
    const error = errorOf(withFirst((doc) => (doc.type = 'speech')));
    expect(error.field).toBe('documents[0].type');
    expect(error.message).toMatch(/^meta\.json:\d+: documents\[0\]\.type: /u);
    const text = withFirst((doc) => (doc.type = 'speech'));
    expect(text.split('\n')[error.line - 1]).toContain('"type": "speech"');
  });

  it('names a missing field by its record', () => {
    const error = errorOf(withFirst((doc) => delete doc.titleEn));
    expect(error.field).toBe('documents[0].titleEn');
    expect(error.line).toBeGreaterThan(1);
  });

  it('refuses an id that is not a URL-safe slug, and a repeated id', () => {
    expect(errorOf(withFirst((doc) => (doc.id = 'Strategic Stability'))).field).toBe('documents[0].id');
    const data = JSON.parse(real) as { documents: Array<Record<string, unknown>> };
    data.documents[1] = { ...data.documents[1], id: data.documents[0]?.id };
    expect(errorOf(JSON.stringify(data, null, 2)).message).toMatch(/documents\[1\]\.id: same id as documents\[0\]\.id/u);
  });

  it('refuses text that is not JSON, with its line', () => {
    expect(errorOf('{\n  "documents": [\n    oops\n  ]\n}\n').message).toMatch(/^meta\.json:3: not valid JSON/u);
    expect(errorOf('{\n  "documents": [\n    {"id": "a" "title": "b"}\n  ]\n}\n').message).toMatch(/^meta\.json:3: not valid JSON/u);
    expect(errorOf('{\n  "documents": [\n').message).toMatch(/^meta\.json:3: not valid JSON/u);
  });
});
