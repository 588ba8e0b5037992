import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FIREFOX_DIR = '.output/firefox-mv2';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
}

/**
 * Preact's renderer assigns `innerHTML` for `dangerouslySetInnerHTML`, which our code
 * never uses; the linter cannot tell, so such a warning is Preact's, not ours.
 */
function isPreactInnerHtml(warning: LintMessage): boolean {
  if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT' || !warning.file || !warning.line || !warning.column) return false;
  const line = readFileSync(`${FIREFOX_DIR}/${warning.file}`, 'utf8').split('\n')[warning.line - 1] ?? '';
  return line.slice(Math.max(0, warning.column - 400), warning.column).includes('"dangerouslySetInnerHTML"');
}

describe('the Firefox build', () => {
  it('has a gecko id and declares that it collects no data', () => {
    const manifest = JSON.parse(readFileSync(`${FIREFOX_DIR}/manifest.json`, 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toBe('clauselens@clauselens.org');
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
  });

  it('passes web-ext lint with no errors and no warnings from our own code', () => {
    expect(existsSync(`${FIREFOX_DIR}/manifest.json`)).toBe(true);
    const result = spawnSync(
      'npx',
      ['web-ext', 'lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-input'],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as LintReport;
    expect(report.errors).toEqual([]);
    expect(report.warnings.filter((w) => !isPreactInnerHtml(w))).toEqual([]);
  });

  it('never asks for dangerouslySetInnerHTML in our own code', () => {
    const ours = spawnSync('grep', ['-rl', 'dangerouslySetInnerHTML', 'entrypoints', 'components', 'lib', 'utils'], {
      encoding: 'utf8',
    });
    expect(ours.stdout.trim()).toBe('');
  });
});
