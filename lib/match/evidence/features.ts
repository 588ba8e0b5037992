import type { Features } from './data';
import type { EvidenceRuntime } from './runtime';
import { NO_TOPIC, type PageTopic, sentenceAround } from './topic';

/** Every feature at zero: what a feature no path computes stands at. */
export function noFeatures(): Features {
  return {
    zhExact: 0,
    zhCloseness: 0,
    zhExtension: 0,
    crossCloseness: 0,
    crossTermInQuote: 0,
    crossTermBeside: 0,
    crossSpecificity: 0,
    specificity: 0,
    surround: 0,
    attributed: 0,
    attributedParties: 0,
    pageNamesDocument: 0,
    pageNamesParties: 0,
    otherYear: 0,
    pageOtherYears: 0,
    otherSource: 0,
    ambiguity: 0,
    innerTerm: 0,
    cross: 0,
    chance: 0,
  };
}

/**
 * Log-odds that aligned text of `bits` bits is no accident: text of k bits
 * turns up by chance among the index's ~2^13 positions with odds 2^(13−k); a
 * margin of 47 bits more stands for sibling documents that share whole
 * phrases with ours. A prior, not fitted: real pages quote terms and phrases,
 * so the labelled set holds almost no long exact quote to learn from, and a
 * sentence quoted whole must not lose to page-level evidence fitted on terms
 * (a page naming both parties, say). Capped at odds of about 400 to 1, so the
 * page's evidence still weighs; the labelled set's other-year cues are too weak
 * to overrule it, so a whole sentence another year's statement shares word for
 * word is taken as ours.
 */
export function chanceLogOdds(bits: number): number {
  return Math.min(CHANCE_CAP, Math.LN2 * Math.max(0, bits - CHANCE_BITS));
}
const CHANCE_BITS = 100;
const CHANCE_CAP = 6;

/** What the text around a quote is known to be. */
export interface Surroundings {
  before?: string;
  after?: string;
  topic?: PageTopic;
}

/**
 * The features both paths share: who the quoting sentence gives the words to,
 * what the page is about, and evidence against (another year, another speaker).
 */
export function contextFeatures(runtime: EvidenceRuntime, around: Surroundings, clauseText: string): Partial<Features> {
  const topic = around.topic ?? NO_TOPIC;
  const sentence = sentenceAround(around.before ?? '', around.after ?? '');
  // Who speaks is often named a sentence earlier ("Spokesperson Mao Ning said … She added “…”"): the whole line counts.
  const line = `${around.before ?? ''} ${around.after ?? ''}`;
  return {
    attributed: runtime.topic.attributed(sentence) ? 1 : 0,
    attributedParties: runtime.topic.attributedParties(sentence) ? 1 : 0,
    otherSource: runtime.topic.otherSource(line, clauseText) ? 1 : 0,
    pageOtherYears: topic.otherYearsOnly ? 1 : 0,
    otherYear: runtime.topic.otherYear(sentence, clauseText) ? 1 : 0,
    pageNamesDocument: topic.namesDocument ? 1 : 0,
    pageNamesParties: topic.namesParties ? 1 : 0,
  };
}

/**
 * Bits in tens, capped: the chance that text of k bits turns up by accident in
 * the index halves with every bit, so the log-odds grow with k itself; past
 * the cap, what decides is whether the quote is this statement's or another's
 * with the same words, which more bits cannot tell.
 */
export const scaledBits = (bits: number): number => Math.min(Math.max(0, bits), BITS_CAP) / 10;
const BITS_CAP = 200;

/**
 * How little of the quote is unaccounted for, on a log scale: a quote wholly
 * accounted for and one with a tenth unaccounted for differ far more than one
 * with half against one with 60% (0 → 4.3 bits, 0.1 → 2.7, 0.5 → 0.9).
 */
export const closeness = (unaccounted: number): number => -Math.log2(Math.min(1, Math.max(0, unaccounted)) + 0.05);

/** A count on a log scale: 2 and 20 characters of agreement differ less than tenfold. */
export const logCount = (n: number): number => Math.log2(1 + Math.max(0, n));

/** Clauses that fit equally well on the quote, after the words around it have had their say. */
export function ambiguityOf(equalLifts: ReadonlyArray<number>): number {
  if (equalLifts.length <= 1) return 0;
  const best = Math.max(...equalLifts);
  const close = equalLifts.filter((lift) => lift >= best - AMBIGUITY_MARGIN).length;
  return Math.log2(close);
}

/** A clause whose surroundings fit this much better than another's is told apart from it. */
export const AMBIGUITY_MARGIN = 0.1;
