import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension } from './support/browser';
import { fixturePages } from './support/pages';
import { serve } from './support/server';

const KB = 1024;
/** Budgets from the product's requirements, for code only: the index is a data file beside it. */
const CONTENT_SCRIPT_BUDGET = 60 * KB;
const POPUP_BUDGET = 120 * KB;

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 9 }).length;
}

/** The popup's JavaScript: its entry and every chunk the page preloads. */
function popupScripts(): string[] {
  const html = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1] as string);
}

describe('the package', () => {
  it('keeps the content script and the popup within their size budgets', () => {
    const content = gzipBytes('content-scripts/content.js');
    const popup = popupScripts().reduce((sum, file) => sum + gzipBytes(file), 0);
    const index = gzipBytes('data/clause-index.json');
    const figures = `content script ${(content / KB).toFixed(1)} KB gzip (budget 60), popup ${(popup / KB).toFixed(1)} KB gzip (budget 120), index data ${(index / KB).toFixed(1)} KB gzip`;
    console.log(figures);
    expect(popupScripts().length, 'popup.html lists its scripts').toBeGreaterThan(0);
    expect(content, figures).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
    expect(popup, figures).toBeLessThanOrEqual(POPUP_BUDGET);
  });

  it('ships the index as data, not inside any script', () => {
    const manifestScripts = ['content-scripts/content.js', 'background.js', ...popupScripts()];
    const firstClause = JSON.parse(readFileSync(join(EXTENSION_DIR, 'data/clause-index.json'), 'utf8')).clauses[3]
      .text as string;
    for (const file of manifestScripts) {
      expect(readFileSync(join(EXTENSION_DIR, file), 'utf8').includes(firstClause.slice(0, 30)), file).toBe(false);
    }
  });

  it('shows a clear error in the popup when the packaged index is damaged, and stands down on pages', async () => {
    const damaged = mkdtempSync(join(tmpdir(), 'clauselens-damaged-'));
    cpSync(EXTENSION_DIR, damaged, { recursive: true });
    writeFileSync(join(damaged, 'data/clause-index.json'), '{"schemaVersion":1,"documents":[],"clau');
    writeFileSync(join(damaged, 'data/page-index.json'), '{"schemaVersion":1,"documents":[]}');
    const server = await serve(fixturePages());
    const session = await launchWithExtension({ extensionDir: damaged });
    try {
      const article = await session.context.newPage();
      await article.goto(server.url('/zh-hans.html'));
      await article.waitForTimeout(1500);
      expect(await article.evaluate(() => document.querySelector('clauselens-ui'))).toBeNull();
      expect(await article.evaluate(() => CSS.highlights.get('clauselens-quote')?.size ?? 0)).toBe(0);
      expect(session.pageErrors).toEqual([]);
      await article.close();

      const page = await session.context.newPage();
      await page.goto(session.extensionUrl('popup.html'));
      const alert = page.locator('[role=alert]');
      await alert.waitFor();
      const text = await alert.textContent();
      expect(text).toContain('cannot read its clause index');
      expect(text).toContain('not valid JSON');
      await session.screenshot(page, 'popup-damaged-index');
    } finally {
      await session.close();
      await server.close();
      rmSync(damaged, { recursive: true, force: true });
    }
  });
});
