import type { Normalizer } from '../text/normalize';

/**
 * How much the text around a quote says the quote may come from the documents:
 * 2 — it names them (a title, their date, "the China–Russia joint statement");
 * 1 — it is about China–Russia relations or mentions a statement;
 * 0 — nothing.
 */
export type ContextLevel = 0 | 1 | 2;

export interface ContextDetector {
  level(text: string): ContextLevel;
}

/** Markers in matching form (simplified, no punctuation, lower case). */
const DATE_MARKERS = ['2025年5月8日', '8may2025', 'may82025'];
const SHORT_DATE = '5月8日';
const STATEMENT = ['声明', 'statement', 'заявлени'];
const RUSSIA = ['俄', 'russia', 'росси', 'moscow', 'москв'];
const CHINA_RUSSIA_TOPIC = ['中俄', '俄中', '普京', 'putin', 'путин', 'china-russia'];

export function createContextDetector(normalizer: Normalizer, documentNames: ReadonlyArray<string>): ContextDetector {
  const names = documentNames.map((name) => normalizer.normalizeText(name)).filter((name) => name.length >= 4);
  return {
    level(text: string): ContextLevel {
      if (!text) return 0;
      const form = normalizer.normalizeText(text);
      const has = (marker: string) => form.includes(marker);
      const mentionsRussia = RUSSIA.some(has);
      const mentionsStatement = STATEMENT.some(has);
      if (names.some(has)) return 2;
      if (mentionsStatement && mentionsRussia) return 2;
      if (DATE_MARKERS.some(has) || (has(SHORT_DATE) && mentionsRussia)) return 2;
      if (mentionsStatement || CHINA_RUSSIA_TOPIC.some(has) || mentionsRussia) return 1;
      return 0;
    },
  };
}

/** Share of the context's bigrams found in the clause: the tie-breaker between equally good clauses. */
export function contextOverlap(contextForm: string, clauseForm: string): number {
  if (contextForm.length < 2) return 0;
  const seen = new Set<string>();
  let found = 0;
  for (let i = 0; i + 1 < contextForm.length; i++) {
    const bigram = contextForm.slice(i, i + 2);
    if (seen.has(bigram)) continue;
    seen.add(bigram);
    if (clauseForm.includes(bigram)) found++;
  }
  return seen.size === 0 ? 0 : found / seen.size;
}

/** Words that make the statements (or their two parties) the speaker of a sentence. */
const ATTRIBUTION = ['声明', '文件', '双方', '两国', '中俄', '俄中', 'statement', 'bothsides', 'заявлени', 'стороны'];

/**
 * Whether the sentence that quotes (the text from the last sentence end before the
 * quote) names the statements or their parties as the speaker: "声明说，“…”",
 * "双方强调“…”". A two-to-four-character phrase such as “坚定支持” is everyday
 * political language; on a page about the statements it is still often a
 * spokesman's or a commentator's word, unless the sentence gives it to them.
 */
export function attributedToStatements(normalizer: Normalizer, before: string | undefined): boolean | undefined {
  if (before === undefined) return undefined;
  const sentenceStart = Math.max(...['。', '！', '？', '!', '?', '\n'].map((end) => before.lastIndexOf(end))) + 1;
  const sentence = normalizer.normalizeText(before.slice(sentenceStart));
  return ATTRIBUTION.some((marker) => sentence.includes(marker));
}
