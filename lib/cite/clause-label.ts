import type { Clause } from '../index/types';
import { chineseNumeralToNumber } from '../text/chinese-numerals';
import { clauseLocator } from './locator';

/** The languages a reader sees clause labels in. */
export type LabelLanguage = 'zh' | 'en' | 'ru';

/**
 * A clause's label as a reader of `lang` writes it: ¶ 10, Art. 8, Fragment 7,
 * Preamble in English; п. 10, ст. 8, фрагмент 7, преамбула in Russian. Chinese
 * readers see the label the source prints (第10段, 八, 片段7, 序言). Citations keep
 * their own locators (locator.ts); this is what the interface shows.
 */
export function clauseLabel(clause: Pick<Clause, 'label' | 'kind'>, lang: LabelLanguage): string {
  if (lang === 'zh') return clause.label;
  const words = LABEL_WORDS[lang];
  const locator = clauseLocator(clause);
  switch (locator.kind) {
    case 'clause':
      return `${words.clause} ${locator.number}`;
    case 'paragraph':
      return `${words.paragraph} ${locator.number}`;
    case 'fragment':
      return `${words.fragment} ${locator.number}`;
    case 'preamble': {
      // A second preamble is labelled 序言二 by the parser; its number must not be lost.
      const nth = chineseNumeralToNumber(clause.label.trim().replace(/^序言/u, ''));
      return nth === undefined ? words.preamble : `${words.preamble} ${nth}`;
    }
    case 'other':
      return locator.label;
  }
}

const LABEL_WORDS: Record<Exclude<LabelLanguage, 'zh'>, Record<'clause' | 'paragraph' | 'fragment' | 'preamble', string>> = {
  en: { clause: 'Art.', paragraph: '¶', fragment: 'Fragment', preamble: 'Preamble' },
  ru: { clause: 'ст.', paragraph: 'п.', fragment: 'фрагмент', preamble: 'преамбула' },
};
