import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateText, loadIndex } from '../../../lib/clauselens';
import { attributedToStatements } from '../../../lib/match/context';
import { accept } from '../../../lib/match/decide';
import { createNormalizer } from '../../../lib/text/normalize';

const loaded = loadIndex(readFileSync('data/generated/clause-index.json', 'utf8'));
const headline = '中俄发表关于维护国际法权威的联合声明\n';

describe('short quotes need the sentence to give them to the statements', () => {
  const normalizer = createNormalizer();

  it('reads the speaker from the quoting sentence only', () => {
    expect(attributedToStatements(normalizer, '声明指出，双方')).toBe(true);
    expect(attributedToStatements(normalizer, '新华社电。外交部发言人表示，中方')).toBe(false);
    expect(attributedToStatements(normalizer, '联合声明发表。\n一位学者认为，这')).toBe(false);
    expect(attributedToStatements(normalizer, 'The statement said the two sides were')).toBe(true);
    expect(attributedToStatements(normalizer, undefined)).toBeUndefined();
  });

  it('rejects an unattributed 2–4 character phrase, but not a term the statements coin', () => {
    const base = { length: 4, errors: 0, equalCandidates: 1, context: 2 as const };
    expect(accept({ ...base, borrowed: false, attributed: false })).toBe(false);
    expect(accept({ ...base, borrowed: false, attributed: true })).toBe(true);
    expect(accept({ ...base, borrowed: true, attributed: false })).toBe(true);
    expect(accept({ ...base, borrowed: false })).toBe(true);
    expect(accept({ ...base, length: 12, borrowed: false, attributed: false })).toBe(true);
  });

  it('on a page about the statements, leaves a spokesman’s stock phrase alone and marks the statement’s', () => {
    const spokesman = annotateText(loaded, `${headline}外交部发言人表示，中方“坚定支持”有关倡议。`);
    expect(spokesman.matches).toEqual([]);
    const statement = annotateText(loaded, `${headline}声明说，两国“坚定支持”不干涉内政原则。`);
    expect(statement.matches.map((m) => m.label)).toEqual(['九']);
    const term = annotateText(loaded, `${headline}评论员认为，所谓“长臂管辖”早已不得人心。`);
    expect(term.matches.map((m) => m.label)).toEqual(['八']);
  });
});
