import type { ContextLevel } from './context';

/**
 * When a match is shown. The evidence is the quote's length in matching form
 * (m), its edit distance to the clause (errors), how many clauses it fits
 * equally, and what the surrounding text says (ContextLevel).
 *
 * Why these numbers:
 * - 2–4 characters: such phrases ("双方", "杀伤链", "斩首行动" — often terms the
 *   statements themselves put in quotes) turn up in unrelated news all the
 *   time. Exact only, and only when the page names the documents (level 2), or
 *   a 4-character phrase found in just one clause on a page about China–Russia
 *   relations (level 1). One wrong character in a 4-character quote cannot be
 *   told from chance: accepting it gave about a third false positives.
 * - 5–7 characters: still stock phrases of political writing ("全球战略稳定").
 *   Exact on a page at least about China–Russia relations; one error allowed
 *   from 6 characters when the page names the documents.
 * - 8–11 characters: exact without any context only when it fits at most two
 *   clauses (a phrase repeated across clauses is boilerplate, and boilerplate is
 *   what other statements repeat too); one error with context.
 * - 12–19 characters: 10%, 15% or 20% errors as the context grows. Other
 *   China–Russia documents reword the same stock phrases ("发展新时代中俄全面战略
 *   协作伙伴关系" is 4 edits, 24%, from a phrase of ours): that is the line.
 * - 20+ characters: 20%, 25% or 30%: unmarked cuts, changed words and typos
 *   in long quotes are common, while a long unrelated sentence rarely comes
 *   within 30% of one of our clauses (measured on the development set).
 * - 2–4 characters that are not a term the statements themselves put in quotes
 *   (“坚定支持”, “高度重视”) must also be given to the statements by the sentence
 *   that quotes them ("声明说", "双方强调"): a spokesman's or commentator's stock
 *   phrase on a page about the statements is not a quote of them.
 * - A quote that is exactly a phrase the clause itself puts in quotation marks
 *   ("核战争打不赢也打不得", "基于规则的秩序") is borrowed from somewhere else: it
 *   is as likely to quote that other source, so it needs a page naming the
 *   documents, whatever its length.
 */
const SHARE_12_TO_19: Record<ContextLevel, number> = { 0: 0.1, 1: 0.15, 2: 0.2 };
const SHARE_FROM_20: Record<ContextLevel, number> = { 0: 0.2, 1: 0.25, 2: 0.3 };

export function maxErrorsAllowed(m: number, context: ContextLevel): number {
  if (m < 2) return -1;
  if (m <= 4) return context === 2 ? 0 : -1;
  if (m <= 7) {
    if (context === 2) return m >= 6 ? 1 : 0;
    return context === 1 ? 0 : -1;
  }
  if (m <= 11) {
    if (context === 2) return Math.floor(0.2 * m);
    return context === 1 ? 1 : 0;
  }
  const share = m <= 19 ? SHARE_12_TO_19[context] : SHARE_FROM_20[context];
  return Math.floor(share * m);
}

/** The most errors any context could accept: the budget for the search itself. */
export function searchBudget(m: number): number {
  return Math.max(0, maxErrorsAllowed(m, 2));
}

/** More equally good clauses than this: the quote does not tell where it comes from. */
export const MAX_EQUAL_CANDIDATES = 5;

export interface Evidence {
  length: number;
  errors: number;
  /** Clauses the quote fits as well as the best one. */
  equalCandidates: number;
  /** The quote is a phrase the clause itself quotes from elsewhere. */
  borrowed: boolean;
  /**
   * The sentence that quotes it names the statements or their parties as the
   * speaker; undefined when the caller gave no surrounding text (a selection).
   */
  attributed?: boolean;
  context: ContextLevel;
}

export function accept(evidence: Evidence): boolean {
  const { length: m, errors, equalCandidates, context, borrowed } = evidence;
  if (equalCandidates < 1 || equalCandidates > MAX_EQUAL_CANDIDATES) return false;
  if (borrowed && context < 2) return false;
  if (m <= 4 && !borrowed && evidence.attributed === false) return false;
  // A 4-character phrase in one clause only, on a page about China–Russia relations.
  const distinctShortPhrase = m === 4 && errors === 0 && equalCandidates === 1 && context >= 1;
  const allowed = distinctShortPhrase ? 0 : maxErrorsAllowed(m, context);
  if (allowed < 0 || errors > allowed) return false;
  if (m <= 11 && context === 0 && equalCandidates > 2) return false;
  return true;
}
