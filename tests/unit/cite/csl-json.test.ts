import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CITATION_STYLES, formatCitation } from '../../../lib/cite';
import { CslDataSchema } from './csl-data-schema';
import { ACCESSED, DOCUMENT_URL, NUMBERED_CLAUSE, OUTER_SPACE_CLAUSE, PARTNERSHIP, STRATEGIC_STABILITY } from './fixtures';

describe('CSL-JSON', () => {
  it.each([
    ['a paragraph with an official URL', OUTER_SPACE_CLAUSE, STRATEGIC_STABILITY],
    ['a numbered clause without one', NUMBERED_CLAUSE, PARTNERSHIP],
  ])('validates against the CSL-JSON schema: %s', (_, clause, document) => {
    for (const lang of ['zh', 'en'] as const) {
      const data = JSON.parse(
        formatCitation('csl-json', { clause, document, documentUrl: DOCUMENT_URL, accessed: ACCESSED, lang }).text,
      );
      const result = v.safeParse(CslDataSchema, data);
      expect(result.issues ?? []).toEqual([]);
    }
  });

  it('the schema is strict: it rejects what CSL-JSON does not allow', () => {
    expect(v.safeParse(CslDataSchema, [{ id: 'x', type: 'joint-statement' }]).success).toBe(false);
    expect(v.safeParse(CslDataSchema, [{ id: 'x', type: 'document', clause: '9' }]).success).toBe(false);
    expect(v.safeParse(CslDataSchema, [{ type: 'document' }]).success).toBe(false);
    expect(v.safeParse(CslDataSchema, [{ id: 'x', type: 'document', author: [{ name: 'x' }] }]).success).toBe(false);
    expect(v.safeParse(CslDataSchema, [{ id: 'x', type: 'document', issued: { 'date-parts': [] } }]).success).toBe(false);
  });

  it('is the only style whose text is JSON', () => {
    const input = { clause: OUTER_SPACE_CLAUSE, document: STRATEGIC_STABILITY, documentUrl: DOCUMENT_URL, accessed: ACCESSED };
    for (const { id } of CITATION_STYLES) {
      const parses = (() => {
        try {
          JSON.parse(formatCitation(id, input).text);
          return true;
        } catch {
          return false;
        }
      })();
      expect(parses, id).toBe(id === 'csl-json');
    }
  });
});
