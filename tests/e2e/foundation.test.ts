import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension } from './support/browser';
import { serve, type TestServer } from './support/server';

type ChromeGlobal = { chrome: { runtime: { getManifest(): { version: string } } } };

const demoArticle = readFileSync('data/demo/article.html', 'utf8');

describe('the built extension in Chromium', () => {
  let session: ExtensionSession;
  let server: TestServer;

  beforeAll(async () => {
    server = await serve({ '/article.html': { body: demoArticle } });
    session = await launchWithExtension();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('has a live service worker that answers messages', async () => {
    const version = await session.serviceWorker.evaluate(
      () => (globalThis as unknown as ChromeGlobal).chrome.runtime.getManifest().version,
    );
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('runs the content script on a served page and adds only its shadow host', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/article.html'));
    const host = page.locator('clauselens-ui');
    await host.waitFor({ state: 'attached', timeout: 15_000 });
    const ready = await page.evaluate(
      () => document.querySelector('clauselens-ui')?.shadowRoot?.querySelector('[data-clauselens-ready]') !== null,
    );
    expect(ready).toBe(true);
    const articleText = await page.evaluate(() => document.querySelector('article')?.textContent ?? '');
    expect(articleText).toContain('核战争打不赢也打不得');
    await session.screenshot(page, 'foundation-demo-article');
    await page.close();
  });

  it('opens the popup page and renders the search field', async () => {
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl('popup.html'));
    const search = page.locator('input[type=search]');
    await search.waitFor();
    await expect(search.count()).resolves.toBe(1);
    await session.screenshot(page, 'foundation-popup');
    await page.close();
  });

  it('renders the options page', async () => {
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl('options.html'));
    await page.locator('select[name=citationStyle]').waitFor();
    await expect(page.locator('select[name=citationStyle]').count()).resolves.toBe(1);
    await page.close();
  });

  it('renders the document page with clause anchors', async () => {
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl('document.html'));
    await page.locator('section[data-clause-id]').first().waitFor();
    const anchors = await page.locator('section[data-clause-id]').count();
    expect(anchors).toBeGreaterThan(0);
    await session.screenshot(page, 'foundation-document');
    await page.close();
  });

  it('makes no network request outside the test server', () => {
    expect(session.outsideRequests).toEqual([]);
  });
});
