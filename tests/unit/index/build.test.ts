import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex, SCHEMA_VERSION } from '../../../lib/index/build';
import { MetadataError } from '../../../lib/index/metadata';
import { buildMatchData } from '../../../lib/match/build';
import { buildSearchData } from '../../../lib/search/build';
import { readEvidenceInput } from '../../../scripts/evidence-sources';

const fixture = 'tests/fixtures/sources';
const read = (path: string) => readFileSync(path, 'utf8');
const build = (dir: string, metaPath = `${dir}/documents.json`) => {
  const file = `${dir}/${dir.endsWith('rivers') ? 'rivers-and-forests' : 'source'}.txt`;
  return buildIndex({
    sources: [{ file, text: read(file), sha256: 'test' }],
    metadata: { file: metaPath, text: read(metaPath) },
    evidence: readEvidenceInput(),
  });
};

describe('buildIndex', () => {
  const index = build(`${fixture}/rivers`);

  it('writes the contract: schema version, provenance of the build, documents, clauses, exclusions', () => {
    expect(index.schemaVersion).toBe(SCHEMA_VERSION);
    expect(index.builtFrom.files).toEqual([{ file: `${fixture}/rivers/rivers-and-forests.txt`, sha256: 'test' }]);
    expect(index.documents.map((d) => [d.id, d.clauseCount])).toEqual([
      ['rivers-2024', 4],
      ['forests-2024', 4],
      ['partnership-2024', 4],
      ['talks-2024', 2],
    ]);
    expect(index.search).toEqual(buildSearchData(index.clauses));
  });

  it('attaches the matching data built from the clauses', () => {
    expect(index.match).toEqual(buildMatchData(index.clauses));
  });

  it('is deterministic: a rebuild gives the same ids and the same JSON', () => {
    expect(JSON.stringify(build(`${fixture}/rivers`))).toBe(JSON.stringify(index));
  });

  it('refuses metadata naming a heading no source has, with the metadata line', () => {
    const run = () => build(`${fixture}/malformed/missing-heading`);
    expect(run).toThrow(MetadataError);
    expect(run).toThrow(/^tests\/fixtures\/sources\/malformed\/missing-heading\/documents\.json:\d+: documents\[1\]\.heading: no source file has the heading/u);
  });

  it.each([
    ['unclosed-heading', /source\.txt:1: unclosed heading block/u],
    ['empty-document', /source\.txt:5: empty document/u],
    ['unknown-heading', /source\.txt:5: no document in the metadata has the heading/u],
  ])('refuses a malformed source (%s) with file and line', (name, message) => {
    expect(() => build(`${fixture}/malformed/${name}`)).toThrow(message);
  });
});
