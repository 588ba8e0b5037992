import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/index/build';
import { formatReport } from '../../../lib/index/report';
import { readEvidenceInput } from '../../../scripts/evidence-sources';

const file = 'tests/fixtures/sources/rivers/rivers-and-forests.txt';
const text = readFileSync(file, 'utf8');
const index = buildIndex({
  sources: [{ file, text, sha256: 'x' }],
  metadata: { file: 'm.json', text: readFileSync('tests/fixtures/sources/rivers/documents.json', 'utf8') },
  evidence: readEvidenceInput(),
});
const report = formatReport(index, 12.3, new Map([[file, text]]));

describe('formatReport', () => {
  it('lists each document with its clause count', () => {
    expect(report).toMatch(/forests-2024 {2}4 clauses {2}\[joint-statement\]/u);
    expect(report).toMatch(/partnership-2024 {2}4 clauses {2}\[joint-statement, incomplete\]/u);
    expect(report).toMatch(/missing from the source: 四/u);
  });

  it('lists every flag with its clause and source line', () => {
    for (const c of index.clauses) {
      for (const flag of c.flags) if (flag.kind !== 'incomplete-document') expect(report).toContain(`${c.id} (${c.label}, `);
    }
    expect(report).toMatch(/forests-2024-c2 \(二, tests\/fixtures\/sources\/rivers\/rivers-and-forests\.txt:24\) {2}tail-joined/u);
  });

  it('lists every exclusion with its reason, and the time taken', () => {
    expect(report.match(/^ {2}\S+:\d+ {2}(heading|page-marker|section-numeral|dateline|date-line|signature|duplicate)/gmu)).toHaveLength(
      index.excluded.length,
    );
    expect(report).toMatch(/built in 12 ms$/u);
  });
});
