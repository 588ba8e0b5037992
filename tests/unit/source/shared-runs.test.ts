import { describe, expect, it } from 'vitest';
import { findSharedRuns, longestCommonRun } from '../../../lib/source/shared-runs';
import { kinds, paragraphs, parseOne } from './helpers';

const tail = '某些国家在周边敏感地区建立常设军事基地,进行武力施压,成为最亟待消除的战略风险之一。';

describe('shared runs', () => {
  it('finds the longest run two texts share', () => {
    expect(longestCommonRun('xxabcdyy', 'zabcdz')).toEqual({ aStart: 2, bStart: 1, length: 4 });
  });

  it('ignores the formulas clauses share, finds a long spliced run', () => {
    const texts = [`一、甲国和乙国共同认为,合作重要。`, `二、甲国和乙国共同认为,交流重要。`, `双方强调大国关系的重要性。${tail}`, `新老联盟扩张性强,${tail}`];
    const runs = findSharedRuns(texts);
    expect(runs.map((run) => [run.a, run.b])).toEqual([[2, 3]]);
    expect(runs[0]?.length).toBe(tail.length);
  });

  it('flags both paragraphs, each pointing at the other', () => {
    const result = parseOne(paragraphs('# 某某声明', '双方认为合作重要。', `双方强调大国关系的重要性。${tail}`, '双方愿意交流。', `新老联盟扩张性强,${tail}`));
    expect(kinds(result, 'doc-1-p2')).toContain('shared-run');
    expect(result.clauses.find((c) => c.id === 'doc-1-p4')?.flags.find((f) => f.kind === 'shared-run')?.otherClauseId).toBe(
      'doc-1-p2',
    );
  });
});
