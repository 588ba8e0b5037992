import type { Normalizer } from '../../text/normalize';
import { type CueSet, createCueSet } from './cues';
import type { EvidenceData } from './data';

/** What a page says about itself: does it name the documents, and their parties? */
export interface PageTopic {
  /** A title, short title or other name of the documents, or their date. */
  namesDocument: boolean;
  /** Every party to the documents is named (a country, its capital or its leader). */
  namesParties: boolean;
  /** The page names years, none of them the documents' own: it is about another year's text. */
  otherYearsOnly: boolean;
}

export const NO_TOPIC: PageTopic = { namesDocument: false, namesParties: false, otherYearsOnly: false };

/** The cue sets of one index, made once at load. */
export interface TopicReader {
  page(text: string): PageTopic;
  /** Whether the sentence gives the quote to a statement. */
  attributed(sentence: string): boolean;
  /** Whether the sentence gives the quote to the parties (together, or by name). */
  attributedParties(sentence: string): boolean;
  /** Whether the sentence gives the quote to someone else (a spokesperson, another document) that `clauseText` does not name itself. */
  otherSource(sentence: string, clauseText: string): boolean;
  /** Whether the sentence names a year the documents are not of, and that `clauseText` does not name either. */
  otherYear(sentence: string, clauseText: string): boolean;
}

const YEAR = /(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)/gu;

export function createTopicReader(normalizer: Normalizer, data: EvidenceData): TopicReader {
  const names = createCueSet(normalizer, [...data.topic.names, ...data.topic.dates]);
  const parties: CueSet[] = data.topic.parties.map((list) => createCueSet(normalizer, list));
  const attribution = createCueSet(normalizer, data.cues.attribution);
  const byParties = createCueSet(normalizer, [...data.cues.parties, ...data.topic.parties.flat()]);
  const other = createCueSet(normalizer, data.cues.otherSource);
  const years = new Set(data.topic.years.map(String));
  return {
    page(text) {
      if (!text) return NO_TOPIC;
      const form = normalizer.normalizeText(text);
      const named = [...text.matchAll(YEAR)].map((m) => m[1] as string);
      return {
        namesDocument: names.has(text, form),
        namesParties: parties.length > 0 && parties.every((party) => party.has(text, form)),
        otherYearsOnly: named.length > 0 && !named.some((year) => years.has(year)),
      };
    },
    attributed: (sentence) => attribution.has(sentence),
    attributedParties: (sentence) => byParties.has(sentence),
    otherSource: (sentence, clauseText) => other.hasBeyond(sentence, clauseText),
    otherYear(sentence, clauseText) {
      for (const match of sentence.matchAll(YEAR)) {
        const year = match[1] as string;
        if (!years.has(year) && !clauseText.includes(year)) return true;
      }
      return false;
    },
  };
}

const SENTENCE_END = /[。！？!?；;]|\.(?=\s|$)/gu;

/**
 * Conversion junk of traditional-script reprints: a romanisation in brackets
 * after a character (戰(zhàn)略). It is no text of the article's own.
 */
const ROMANISATION = /(?<=\p{Script=Han})\([a-zà-ɏ]{1,7}\)/gu;

export function withoutRomanisation(text: string): string {
  return text.includes('(') ? text.replace(ROMANISATION, '') : text;
}

/** The sentence a quote stands in: its text before the quote back to the last sentence end, and after it to the next. */
export function sentenceAround(before: string, after: string): string {
  let start = 0;
  for (const match of before.matchAll(SENTENCE_END)) start = (match.index ?? 0) + 1;
  SENTENCE_END.lastIndex = 0;
  const end = after.search(SENTENCE_END);
  return `${before.slice(start)} ${end < 0 ? after : after.slice(0, end)}`;
}
