/**
 * What the evidence model reads, as it travels in the index (`index.evidence`):
 * cue words, what names the documents, word frequencies trimmed to the index,
 * and the fitted weights. All of it is data built from `data/` at index time;
 * nothing about a corpus is written in the matcher's code.
 */

/** The features of one quote and its best clause, in the order the weights use. */
export const FEATURE_NAMES = [
  'zhExact',
  'zhCloseness',
  'zhExtension',
  'crossCloseness',
  'crossTermInQuote',
  'crossTermBeside',
  'crossSpecificity',
  'specificity',
  'surround',
  'attributed',
  'attributedParties',
  'pageNamesDocument',
  'pageNamesParties',
  'otherYear',
  'pageOtherYears',
  'otherSource',
  'ambiguity',
  'innerTerm',
  'cross',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * The evidence, plus one term that is not fitted: `chance`, the log-odds that
 * a match this long and this exact is no accident (see features.ts). The real
 * set has few long quotes of ours and its long quotes from elsewhere are
 * sibling documents, so a fitted weight would learn nothing of what every long
 * exact quote shows; this term adds it as a fixed prior (a GLM offset).
 */
export type Features = Record<FeatureName, number> & { chance: number };

/**
 * A logistic model: p = 1 / (1 + e^−(bias + chance + Σ weight·feature)); a Chinese quote is accepted
 * when p ≥ threshold, an English or Russian one when p ≥ crossThreshold.
 */
export interface EvidenceModel {
  features: FeatureName[];
  weights: number[];
  bias: number;
  threshold: number;
  crossThreshold: number;
  /** How it was fitted (for people reading the index; the matcher ignores it). */
  fitted?: { examples: number; positives: number; l2: number; targetPrecision: number; date?: string };
}

/** Word costs in bits (−log2 of the word's share of a large corpus), ×10 and rounded. */
export interface FrequencyTable {
  words: string[];
  costs: number[];
  /** Cost of a word the table lacks. */
  unknown: number;
}

export interface EvidenceData {
  version: typeof EVIDENCE_DATA_VERSION;
  cues: {
    /** Words that make a statement the speaker of a sentence (`*` ends a prefix). */
    attribution: string[];
    /** Words that make the two parties together the speaker (双方, the two sides, стороны). */
    parties: string[];
    /** Words that give a sentence to someone else: a spokesperson, another document. */
    otherSource: string[];
  };
  topic: {
    /** Titles, short titles and other names of the documents, in every language. */
    names: string[];
    /** The documents' date as the news writes it, in every language. */
    dates: string[];
    /** The parties to the documents: each a list of names (countries, capitals, leaders). */
    parties: string[][];
    /** Years the documents are of: any other year named beside a quote is evidence against. */
    years: number[];
  };
  /** Chinese words (matching form) and English/Russian word keys (stems), trimmed to what the index holds. */
  frequency: { zh: FrequencyTable; en: FrequencyTable; ru: FrequencyTable };
  model: EvidenceModel;
}

export const EVIDENCE_DATA_VERSION = 1;
