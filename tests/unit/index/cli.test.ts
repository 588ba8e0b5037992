import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'index-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-index.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const fixture = 'tests/fixtures/sources';

describe('npm run index', () => {
  it('builds the index to --out and prints a summary', () => {
    const out = join(work, 'rivers.json');
    const result = run('--sources', `${fixture}/rivers`, '--meta', `${fixture}/rivers/documents.json`, '--out', out);
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).clauses.length).toBe(14);
    expect(result.stdout).toMatch(/4 documents, 14 clauses/u);
  });

  it('prints the report for people with --report', () => {
    const result = run('--sources', `${fixture}/rivers`, '--meta', `${fixture}/rivers/documents.json`, '--out', join(work, 'r.json'), '--report');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Documents\n/u);
    expect(result.stdout).toMatch(/\nFlags\n[\s\S]*\nExclusions\n/u);
    expect(result.stdout).toMatch(/built in \d+ ms/u);
  });

  it.each([
    ['unclosed-heading', /^tests\/fixtures\/sources\/malformed\/unclosed-heading\/source\.txt:1: unclosed heading block/u],
    ['empty-document', /^tests\/fixtures\/sources\/malformed\/empty-document\/source\.txt:5: empty document/u],
    ['missing-heading', /^tests\/fixtures\/sources\/malformed\/missing-heading\/documents\.json:\d+: documents\[1\]\.heading/u],
  ])('fails on a malformed input (%s) with file:line and no stack trace', (name, message) => {
    const out = join(work, `${name}.json`);
    const result = run('--sources', `${fixture}/malformed/${name}`, '--meta', `${fixture}/malformed/${name}/documents.json`, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a source that is not UTF-8, naming the line of the first bad byte', () => {
    const dir = mkdtempSync(join(work, 'gbk-'));
    const utf8 = Buffer.from('# 甲国和乙国关于河流保护的联合声明\n\n双方认为,河流', 'utf8');
    writeFileSync(join(dir, 'source.txt'), Buffer.concat([utf8, Buffer.from([0xb5, 0xda]), Buffer.from('。\n', 'utf8')]));
    copyFileSync(`${fixture}/rivers/documents.json`, join(dir, 'documents.json'));
    const result = run('--sources', dir, '--meta', join(dir, 'documents.json'), '--out', join(work, 'gbk.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/source\.txt:3: not UTF-8/u);
  });

  it('refuses an unknown argument', () => {
    const result = run('--sauces', 'x');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/unknown argument --sauces/u);
  });
});
