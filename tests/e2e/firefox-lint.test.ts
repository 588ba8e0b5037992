import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FIREFOX_DIR = '.output/firefox-mv2';

interface LintReport {
  errors: Array<{ code: string; message: string; file?: string }>;
  warnings: Array<{ code: string; message: string; file?: string }>;
}

describe('the Firefox build', () => {
  it('has a gecko id and declares that it collects no data', () => {
    const manifest = JSON.parse(readFileSync(`${FIREFOX_DIR}/manifest.json`, 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toBe('clauselens@clauselens.org');
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
  });

  it('passes web-ext lint with no errors', () => {
    expect(existsSync(`${FIREFOX_DIR}/manifest.json`)).toBe(true);
    const result = spawnSync(
      'npx',
      ['web-ext', 'lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-input'],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as LintReport;
    expect(report.errors).toEqual([]);
  });
});
