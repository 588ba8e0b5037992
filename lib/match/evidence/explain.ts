import type { FeatureName } from './data';
import type { Verdict } from './model';

/** What each piece of evidence means, for people reading an explanation. */
export const FEATURE_MEANINGS: Record<FeatureName, string> = {
  zhExact: 'the Chinese quote is the clause letter for letter (1) or not (0)',
  zhCloseness: 'how little of the Chinese quote differs from the clause: −log2(edits per character + 0.05)',
  zhExtension: 'characters just outside the quote marks that go on as the clause does (log scale)',
  crossCloseness: 'how little of the English/Russian quote the rendering and terms leave uncovered: −log2(uncovered share + 0.05)',
  crossTermInQuote: 'the quote names a distinctive term of the clause',
  crossTermBeside: 'the words beside the quote name a distinctive term of the clause',
  crossSpecificity: 'English/Russian: information of the covered words in a large corpus, in tens of bits (capped at 20)',
  specificity: 'Chinese: information of the matched words in a large corpus, in tens of bits (capped at 20)',
  surround: 'how much better than an average clause this clause fits the words around the quote',
  attributed: 'the quoting sentence gives the words to a statement (声明, statement, заявление)',
  attributedParties: 'the quoting sentence gives the words to the parties (双方, the two sides, a party’s name)',
  pageNamesDocument: 'the page names a document (title, other name) or its date',
  pageNamesParties: 'the page names every party to the documents',
  otherYear: 'the quoting sentence names another year (one the clause does not name)',
  pageOtherYears: 'the page names years, none of them the documents’ own',
  otherSource: 'the text around the quote gives the words to someone else (spokesperson, other document)',
  ambiguity: 'clauses that fit equally well and that the words around cannot tell apart (log2)',
  innerTerm: 'the quote is a phrase the clause itself puts in quotation marks',
  cross: 'matched through an English or Russian rendering',
};

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;

/** The verdict as lines: the score against the threshold, then each piece of evidence with its weight. */
export function explainVerdict(verdict: Verdict): string[] {
  const lines = [
    `score ${verdict.probability.toFixed(3)} ${verdict.accepted ? '≥' : '<'} threshold ${verdict.threshold.toFixed(3)}: ${verdict.accepted ? 'accepted' : 'rejected'}`,
    `  ${'bias'.padEnd(18)} ${signed(verdict.bias).padStart(7)}`,
  ];
  if (verdict.chance !== 0) {
    lines.push(`  ${'chance'.padEnd(18)} ${signed(verdict.chance).padStart(7)}  (fixed prior: a match this long and exact is no accident)`);
  }
  for (const c of verdict.contributions) {
    lines.push(
      `  ${c.feature.padEnd(18)} ${signed(c.part).padStart(7)}  = ${c.value.toFixed(2)} × ${c.weight.toFixed(2)}  (${FEATURE_MEANINGS[c.feature]})`,
    );
  }
  return lines;
}
