import { describe, expect, it } from 'vitest';
import { documentHash, parseDocumentHash, shownRendering } from '../../lib/document-view';

describe('document page address', () => {
  it('reads a clause alone, or with the rendering it asks for', () => {
    expect(parseDocumentHash('#intl-law-2025-c8')).toEqual({ clauseId: 'intl-law-2025-c8' });
    expect(parseDocumentHash('#intl-law-2025-c8?lang=en')).toEqual({ clauseId: 'intl-law-2025-c8', rendering: 'en' });
    expect(parseDocumentHash('#intl-law-2025-c8?lang=RU')).toEqual({ clauseId: 'intl-law-2025-c8', rendering: 'ru' });
    expect(parseDocumentHash('#intl-law-2025-c8?lang=zh')).toEqual({ clauseId: 'intl-law-2025-c8', rendering: 'none' });
    expect(parseDocumentHash('#?lang=ru')).toEqual({ clauseId: '', rendering: 'ru' });
    expect(parseDocumentHash('')).toEqual({ clauseId: '' });
  });

  it('ignores a language it does not carry and an escape it cannot read', () => {
    expect(parseDocumentHash('#a?lang=fr')).toEqual({ clauseId: 'a' });
    expect(parseDocumentHash('#a%E0?lang=en')).toEqual({ clauseId: 'a%E0', rendering: 'en' });
  });

  it('writes addresses that read back as written', () => {
    for (const rendering of [undefined, 'none', 'en', 'ru'] as const) {
      const hash = documentHash('strategic-stability-2025-p8', rendering);
      expect(parseDocumentHash(hash)).toEqual(rendering ? { clauseId: 'strategic-stability-2025-p8', rendering } : { clauseId: 'strategic-stability-2025-p8' });
    }
    expect(documentHash('a b', 'en')).toBe('#a%20b?lang=en');
    expect(parseDocumentHash(documentHash('a b')).clauseId).toBe('a b');
  });
});

describe('the rendering shown by default', () => {
  it('follows the interface language until the reader chooses', () => {
    expect(shownRendering('auto', 'en')).toBe('en');
    expect(shownRendering('auto', 'ru')).toBe('ru');
    expect(shownRendering('auto', 'zh')).toBe('none');
    expect(shownRendering('none', 'en')).toBe('none');
    expect(shownRendering('ru', 'zh')).toBe('ru');
  });
});
