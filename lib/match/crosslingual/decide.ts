import type { ContextLevel } from '../context';

/**
 * When an English or Russian quote is shown as coming from a clause. A quote
 * in another language never matches the Chinese letter for letter, and real
 * news quotes official translations worded differently from our renderings,
 * so the evidence is coverage: the share of the quote's content words
 * (weighted by how rare they are among the clauses, capped so that one odd
 * word cannot sink a quote) that the clause's rendering holds in the same
 * order, or that name a glossary term of the clause.
 *
 * Why these numbers (measured on the development set, tests/fixtures/devset/
 * en.json and ru.json, whose quotes are worded as other translators word them):
 * - 8+ content words: a sentence from an unrelated text about the same subject
 *   (NATO communiqués, officials' remarks) reaches 0.35–0.5 coverage on its
 *   best clause, quotes of ours 0.55–1. Accept from 0.55 on a page about
 *   China–Russia relations or the statements, from 0.65 on any page.
 * - 5–7 words: chance overlap is larger; 0.7 with context, 0.85 without.
 * - 3–4 words: a phrase of this size ("deeply concerned about", "strategic
 *   stability") recurs across clauses and across other statements: almost all
 *   of it (0.8) and a page about the relations, and either a distinctive
 *   glossary term of the clause in the quote or next to it, or a page naming
 *   the statements and only one clause that fits; 4 words all found (0.95) in
 *   one clause only are enough on a page about the relations.
 * - 2 words ("deeply destabilising"): all of it, and a distinctive term of
 *   that clause right beside the quote (reporters name the subject next to a
 *   short quote), on a page at least about the relations; or the two words are
 *   themselves a term of the statements ("dual containment") on a page naming
 *   them, fitting at most three clauses (as a 4-character Chinese phrase).
 * - 1 word: never (the Chinese path's rule for 2–3 characters, for the same reason).
 * - A quote that is mostly a term the clause itself puts in quotation marks
 *   ("extended deterrence", "a nuclear war cannot be won and must never be
 *   fought") is borrowed: it needs a page naming the statements, as in Chinese.
 * - More than five clauses that fit equally: the quote does not say which.
 */
export const CROSS_THRESHOLDS = {
  long: { minWords: 8, withContext: 0.6, without: 0.75 },
  medium: { minWords: 5, withContext: 0.7, without: 0.85 },
  short: { minWords: 3, coverage: 0.8, whole: 0.95 },
  pair: { minWords: 2, coverage: 0.99, maxEqualForTerm: 3 },
  maxEqualCandidates: 5,
  /** Share of the quote's weight that borrowed terms must make up for the quote to count as borrowed. */
  borrowedShare: 0.7,
} as const;

export interface CrossEvidence {
  /** Content words in the quote. */
  words: number;
  /** Weighted share of them the clause covers, in order (0–1). */
  coverage: number;
  /** Clauses covering the quote as well as the best one. */
  equalCandidates: number;
  /** Of those, how many have a distinctive glossary term in the quote or beside it (0 when none). */
  equalWithTerm: number;
  /** The quote holds a distinctive glossary term of this clause. */
  termInQuote: boolean;
  /** The words beside the quote name a distinctive glossary term of this clause. */
  termBeside: boolean;
  borrowed: boolean;
  context: ContextLevel;
}

export function acceptCross(evidence: CrossEvidence): boolean {
  const { words, coverage, equalCandidates, equalWithTerm, termInQuote, termBeside, borrowed, context } = evidence;
  const t = CROSS_THRESHOLDS;
  if (equalCandidates < 1 || equalCandidates > t.maxEqualCandidates) return false;
  if (borrowed && context < 2) return false;
  const term = termInQuote || termBeside;
  // Several clauses fit equally: a term picks one only if it is the only one with the term.
  const unique = equalCandidates === 1 || (term && equalWithTerm === 1);
  if (words >= t.long.minWords) return coverage >= (context >= 1 ? t.long.withContext : t.long.without);
  if (words >= t.medium.minWords) return coverage >= (context >= 1 ? t.medium.withContext : t.medium.without);
  if (words >= t.short.minWords) {
    if (coverage < t.short.coverage || context < 1) return false;
    // The quote is itself a term of the statements, on a page naming them (as for two words).
    if (termInQuote && context === 2 && equalCandidates <= t.pair.maxEqualForTerm) return true;
    if (!unique) return false;
    // 4 words all found in one clause only; else a term, or a page naming the statements.
    if (words >= 4 && coverage >= t.short.whole && equalCandidates === 1) return true;
    return term || (context === 2 && equalCandidates === 1);
  }
  if (words >= t.pair.minWords) {
    if (coverage < t.pair.coverage || context < 1) return false;
    // The subject named beside the quote, or the quote is itself a term of the statements.
    if (termBeside && unique) return true;
    return termInQuote && context === 2 && equalCandidates <= t.pair.maxEqualForTerm;
  }
  return false;
}
