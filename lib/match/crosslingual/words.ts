/**
 * English and Russian text to the words matching compares: lower case, ё → е,
 * British → American spelling, Snowball stems, a few synonyms that
 * translations of the same Chinese word vary between, and no stop words. Each
 * word keeps its offsets in the original text, so matched words can be
 * highlighted.
 */
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import type { Lexicon } from './lexicon';

export type CrossLang = 'en' | 'ru';
export type QuoteLang = 'zh' | CrossLang;

export interface Word {
  /** The matching key: stem, folded to its synonym group. */
  key: string;
  /** Offsets in the original text, end exclusive. */
  start: number;
  end: number;
}

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;

/**
 * The language of a quote: Chinese as soon as it holds a Han character (the
 * Chinese path handles stray Latin inside Chinese), else whichever of Latin
 * and Cyrillic letters it has more of; null when it has no letters.
 */
export function quoteLanguage(text: string): QuoteLang | null {
  if (HAN.test(text)) return 'zh';
  const latin = text.match(LATIN)?.length ?? 0;
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  if (latin === 0 && cyrillic === 0) return null;
  return cyrillic > latin ? 'ru' : 'en';
}

// Words: letters and digits; hyphens and apostrophes split (long-arm → long arm,
// China's → china s, and the lone s is dropped as too short).
const WORD = /[\p{L}\p{N}]+/gu;

/** British spellings to American, applied to both sides before stemming. */
const ENGLISH_SPELLINGS: Record<string, string> = {
  defence: 'defense',
  defences: 'defenses',
  offence: 'offense',
  offences: 'offenses',
  licence: 'license',
  pretence: 'pretense',
  programme: 'program',
  programmes: 'programs',
  judgement: 'judgment',
  judgements: 'judgments',
  fulfil: 'fulfill',
  fulfils: 'fulfills',
  fulfilment: 'fulfillment',
  practise: 'practice',
  practising: 'practicing',
  towards: 'toward',
  whilst: 'while',
  manoeuvre: 'maneuver',
  manoeuvres: 'maneuvers',
  ageing: 'aging',
  grey: 'gray',
};

function americanSpelling(word: string): string {
  const known = ENGLISH_SPELLINGS[word];
  if (known) return known;
  if (word.length < 6) return word;
  return word
    .replace(/^(\w{3,})is(e|es|ed|ing|ation|ations|er|ers)$/u, '$1iz$2') // destabilising → destabilizing
    .replace(/^(\w{3,})yse(s|d)?$/u, '$1yze$2') // analyse → analyze
    .replace(/^(\w{3,})our(s|ed|ing|able|ably|ite|ites)?$/u, '$1or$2') // neighbour → neighbor
    .replace(/^(\w{3,})tre(s|d)?$/u, '$1ter$2') // centre → center
    .replace(/^(\w{3,}[aeiou])ll(ed|ing|er|ers)$/u, '$1l$2'); // labelled → labeled
}

/** Prefixes written with or without a hyphen (sub-regional, subregional). */
const HYPHEN_PREFIXES = new Set(['sub', 'non', 'co', 'anti', 'pre', 'post', 'multi', 'inter', 'counter', 'semi', 'de', 're', 'не', 'анти', 'суб', 'пост', 'контр']);

/** Two words that stand for one name (united states → us). */
const ENGLISH_PAIRS: Record<string, Record<string, string>> = {
  united: { states: 'us', kingdom: 'uk', nations: 'un' },
};
const RUSSIAN_PAIRS: Record<string, Record<string, string>> = {
  соединенные: { штаты: 'сша' },
  соединенных: { штатов: 'сша', штатах: 'сша' },
  соединенным: { штатам: 'сша' },
  соединенными: { штатами: 'сша' },
};

interface LangTools {
  stop: ReadonlySet<string>;
  stem(word: string): string;
  stemCache: ReadonlyMap<string, string>;
  pairs: Record<string, Record<string, string>>;
  synonyms: ReadonlyMap<string, string>;
}

/** Splits English and Russian text into content words with one lexicon's stop words and synonyms. */
export interface WordReader {
  contentWords(text: string, lang: CrossLang): Word[];
  /** Every word this reader has stemmed so far, with its stem: to seed another reader (see KnownStems). */
  knownStems(lang: CrossLang): Record<string, string>;
}

/**
 * Stems worked out ahead of time (lower-case word → stem, as the reader keys
 * them): the Snowball stemmers cost tens of milliseconds over every rendering,
 * which a reader seeded at index time does not pay when it is created.
 */
export type KnownStems = Partial<Record<CrossLang, Record<string, string>>>;

/**
 * A reader bound to `lexicon` (the stop words and synonym groups that come with
 * an index, see lexicon.ts); without one, no word is a stop word and none has
 * synonyms. Each loaded index owns its reader, so loading another index never
 * changes what this one matches.
 */
export function createWordReader(lexicon?: Lexicon, known?: KnownStems): WordReader {
  const cache: Partial<Record<CrossLang, LangTools>> = {};
  const toolsOf = (lang: CrossLang): LangTools => {
    cache[lang] ??= buildTools(lexicon, lang, known?.[lang]);
    return cache[lang];
  };
  return {
    contentWords: (text, lang) => contentWordsWith(toolsOf(lang), text, lang),
    knownStems: (lang) => Object.fromEntries(toolsOf(lang).stemCache),
  };
}

function buildTools(lexicon: Lexicon | undefined, lang: CrossLang, known?: Record<string, string>): LangTools {
  const stemCache = new Map<string, string>(known ? Object.entries(known) : []);
  const rawStem =
    lang === 'en' ? (word: string) => stemEnglish(americanSpelling(word)) : (word: string) => stemRussian(word);
  const stem = (word: string): string => {
    let out = stemCache.get(word);
    if (out === undefined) {
      out = rawStem(word);
      if (stemCache.size < 50_000) stemCache.set(word, out);
    }
    return out;
  };
  // Synonym groups are written as words; each word's stem maps to the first word's stem.
  const synonyms = new Map<string, string>();
  for (const group of lexicon?.[lang].synonyms ?? []) {
    const canonical = stem(group[0] as string);
    for (const word of group) {
      const key = stem(word);
      if (!synonyms.has(key)) synonyms.set(key, canonical);
    }
  }
  return {
    stop: new Set(lexicon?.[lang].stopWords ?? []),
    stem,
    stemCache,
    pairs: lang === 'en' ? ENGLISH_PAIRS : RUSSIAN_PAIRS,
    synonyms,
  };
}

/** The content words of `text`, in order, with their offsets. */
function contentWordsWith(tools: LangTools, text: string, lang: CrossLang): Word[] {
  const { stop, stem, pairs, synonyms } = tools;
  const raw: Array<{ word: string; start: number; end: number; acronym: boolean }> = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const surface = m[0];
    let word = surface.toLowerCase();
    if (lang === 'ru') word = word.replace(/ё/gu, 'е');
    // U.S. / U.K. arrive as single letters: join them back.
    const previous = raw[raw.length - 1];
    if (
      previous &&
      previous.word.length === 1 &&
      word.length === 1 &&
      text[m.index - 1] === '.' &&
      previous.end === m.index - 1
    ) {
      previous.word += word;
      previous.end = m.index + surface.length;
      previous.acronym = true;
      continue;
    }
    // sub-regional, non-proliferation, counter-strike: one word, as when written solid.
    if (
      previous &&
      text[m.index - 1] === '-' &&
      previous.end === m.index - 1 &&
      HYPHEN_PREFIXES.has(previous.word)
    ) {
      previous.word += word;
      previous.end = m.index + surface.length;
      continue;
    }
    const acronym = surface.length >= 2 && surface.length <= 6 && surface === surface.toUpperCase() && !/\d/u.test(surface);
    raw.push({ word, start: m.index, end: m.index + surface.length, acronym });
  }
  const words: Word[] = [];
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i] as (typeof raw)[number];
    const next = raw[i + 1];
    const pair = next ? pairs[token.word]?.[next.word] : undefined;
    if (pair && next) {
      words.push({ key: pair, start: token.start, end: next.end });
      i++;
      continue;
    }
    if (!token.acronym && (stop.has(token.word) || token.word.length < 2)) continue;
    const stemmed = token.acronym ? token.word : stem(token.word);
    words.push({ key: synonyms.get(stemmed) ?? stemmed, start: token.start, end: token.end });
  }
  return words;
}
