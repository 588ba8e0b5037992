import { describe, expect, it } from 'vitest';
import { checkCoverage } from '../../../lib/source/coverage';

const files = [{ file: 'a.txt', text: '# 标题\n\n双方认为。\n' }];

describe('checkCoverage', () => {
  it('accepts a partition of the non-whitespace text', () => {
    expect(
      checkCoverage({
        files,
        clauses: [{ id: 'c', text: '双方认为。', sources: [{ file: 'a.txt', start: 6, end: 11 }] }],
        excluded: [{ file: 'a.txt', start: 0, end: 4, reason: 'heading' }],
      }),
    ).toEqual([]);
  });

  it('reports text in no span, with its line', () => {
    const problems = checkCoverage({ files, clauses: [], excluded: [{ file: 'a.txt', start: 0, end: 4, reason: 'heading' }] });
    expect(problems).toEqual([{ file: 'a.txt', line: 3, message: expect.stringMatching(/in no clause and no exclusion/u) }]);
  });

  it('reports text in two spans', () => {
    const problems = checkCoverage({
      files,
      clauses: [{ id: 'c', text: '双方认为。', sources: [{ file: 'a.txt', start: 6, end: 11 }] }],
      excluded: [
        { file: 'a.txt', start: 0, end: 4, reason: 'heading' },
        { file: 'a.txt', start: 9, end: 11, reason: 'duplicate' },
      ],
    });
    expect(problems[0]?.message).toMatch(/lies in both clause c and exclusion/u);
  });

  it('reports a clause whose text is not its spans', () => {
    const problems = checkCoverage({
      files,
      clauses: [{ id: 'c', text: '双方主张。', sources: [{ file: 'a.txt', start: 6, end: 11 }] }],
      excluded: [{ file: 'a.txt', start: 0, end: 4, reason: 'heading' }],
    });
    expect(problems.map((p) => p.message)).toEqual(['clause c: its text is not the text of its source spans']);
  });
});
