import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateText, loadIndex } from '../../../lib/clauselens';
import type { ClauseIndex } from '../../../lib/index/types';

// Real pages mostly quote terms, so the fitted weights know little of whole sentences; the chance
// prior must carry them. A sentence of the statements quoted word for word, given to the statement,
// on a page that reports the signing, is found: here every sentence of 30 to 80 characters that
// only one clause holds.
const loaded = loadIndex(JSON.parse(readFileSync('data/generated/clause-index.json', 'utf8')) as ClauseIndex);
const sentences = loaded.index.clauses.flatMap((clause) =>
  clause.text
    .split(/(?<=[。；])/)
    .map((s) => s.replace(/[。；]$/, ''))
    .filter((s) => s.length >= 30 && s.length <= 80 && !/[“”‘’「」『』]/.test(s))
    .filter((s) => loaded.index.clauses.filter((c) => c.text.includes(s)).length === 1)
    .map((sentence) => ({ sentence, clauseId: clause.id })),
);

describe('whole sentences quoted word for word', () => {
  it('are many enough to mean something', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(60);
  });

  it('are found in their clause on a page that reports the signing and names both parties', () => {
    const missed = sentences.filter(({ sentence, clauseId }) => {
      const page = `新华社莫斯科5月8日电 中俄两国元首在莫斯科签署联合声明。\n声明指出，“${sentence}”。`;
      const found = annotateText(loaded, page).matches;
      return found.length !== 1 || found[0]?.clauseId !== clauseId;
    });
    expect(missed.map((m) => m.sentence)).toEqual([]);
  });
});
