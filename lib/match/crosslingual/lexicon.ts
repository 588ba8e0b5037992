/**
 * The word lists cross-language matching reads (stop words, synonym groups), as
 * data. They travel in the index rather than in the code: the content script has a
 * size budget, and lists are data. Build time only imports the lists themselves.
 */
import { ENGLISH_STOP_WORDS, RUSSIAN_STOP_WORDS } from './stop-words';
import { ENGLISH_SYNONYMS, RUSSIAN_SYNONYMS } from './synonyms';

export interface LangLexicon {
  stopWords: string[];
  synonyms: string[][];
}

export type Lexicon = Record<'en' | 'ru', LangLexicon>;

export function buildLexicon(): Lexicon {
  return {
    en: { stopWords: [...ENGLISH_STOP_WORDS], synonyms: ENGLISH_SYNONYMS.map((group) => [...group]) },
    ru: { stopWords: [...RUSSIAN_STOP_WORDS], synonyms: RUSSIAN_SYNONYMS.map((group) => [...group]) },
  };
}
