import { describe, expect, it } from 'vitest';
import { clauseCopyText } from '../../../lib/cite/clause-copy';

const clause = {
  text: '双方反对个别国家将外空用于武装对抗的企图。',
  renderings: {
    en: 'The two sides oppose attempts by certain countries to use outer space for armed confrontation.',
    ru: 'Стороны выступают против попыток отдельных государств использовать космическое пространство для вооруженного противоборства.',
  },
};

describe('clauseCopyText', () => {
  it('copies the Chinese alone for a Chinese reader', () => {
    expect(clauseCopyText(clause, 'zh')).toBe(clause.text);
  });

  it('gives an English reader the rendering, marked unofficial, then the Chinese original', () => {
    expect(clauseCopyText(clause, 'en')).toBe(
      [
        'Unofficial translation by ClauseLens:',
        clause.renderings.en,
        '',
        'Chinese original:',
        clause.text,
      ].join('\n'),
    );
  });

  it('gives a Russian reader the Russian rendering, marked unofficial, then the Chinese original', () => {
    const text = clauseCopyText(clause, 'ru');
    expect(text.split('\n')).toEqual([
      'Неофициальный перевод ClauseLens:',
      clause.renderings.ru,
      '',
      'Китайский оригинал:',
      clause.text,
    ]);
    expect(text).not.toContain(clause.renderings.en);
  });

  it('falls back to the Chinese when the clause has no rendering in the reader’s language', () => {
    expect(clauseCopyText({ text: clause.text }, 'en')).toBe(clause.text);
    expect(clauseCopyText({ text: clause.text, renderings: { en: clause.renderings.en, ru: '  ' } }, 'ru')).toBe(clause.text);
  });
});
