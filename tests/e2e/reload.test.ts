import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClauseIndex } from '../../lib/index/types';
import { type ExtensionSession, launchWithExtension, openCard } from './support/browser';
import { articleHtml, clauseQuotes, markCount, waitForSettledCount, watchAllErrors } from './support/hostile-pages';
import { readIndex } from './support/pages';
import { serve, type TestServer } from './support/server';

/**
 * When the extension goes away under an open page (reloaded, updated, removed) or
 * the reader switches it off for the site, it leaves nothing behind: no mark, no
 * host element, and no observer or listener that would act on the page later.
 */

let index: ClauseIndex;
let session: ExtensionSession;
let server: TestServer;

beforeAll(async () => {
  index = readIndex();
  const article = (n: number) => ({ body: articleHtml(index, 6_000, 3).html.replace('<article>', `<article data-n="${n}">`) });
  server = await serve({ '/one.html': article(1), '/two.html': article(2) });
  session = await launchWithExtension({ locale: 'zh-CN' });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

type SyncStorage = { chrome: { storage: { sync: { set(v: object): Promise<void> } } } };
const setDisabledSites = (sites: string[]) =>
  session.serviceWorker.evaluate((list) => (globalThis as unknown as SyncStorage).chrome.storage.sync.set({ disabledSites: list }), sites);

async function openMarked(path: string): Promise<{ tab: Page; errors: string[] }> {
  const tab = await session.context.newPage();
  const cdp = await session.context.newCDPSession(tab);
  const errors = await watchAllErrors(tab, cdp);
  await tab.goto(server.url(path));
  await tab.locator('clauselens-ui').waitFor({ state: 'attached', timeout: 15_000 });
  expect(await waitForSettledCount(tab, 3, 10_000)).toBe(3);
  return { tab, errors };
}

const traces = (tab: Page) =>
  tab.evaluate(() => ({
    highlights: CSS.highlights.size,
    host: document.querySelectorAll('clauselens-ui').length,
    rootChildren: Array.from(document.documentElement.children, (e) => e.tagName.toLowerCase()),
  }));

/** New content with a statement's quote: a live observer would scan and mark it. */
async function addQuotedParagraph(tab: Page, quote: string): Promise<void> {
  await tab.evaluate((q) => {
    const p = document.createElement('p');
    p.textContent = `新消息：声明指出“${q}”。`;
    document.querySelector('article')?.appendChild(p);
  }, quote);
}

/** Rests the pointer on the first quote: a live hover listener would open a card. */
async function restOnFirstQuote(tab: Page): Promise<void> {
  const point = await tab.evaluate(() => {
    const a = document.querySelector('article a');
    const rect = a?.getBoundingClientRect();
    a?.scrollIntoView({ block: 'center' });
    const after = a?.getBoundingClientRect();
    return rect && after ? { x: after.left + 10, y: after.top + after.height / 2 } : null;
  });
  if (point) await tab.mouse.move(point.x, point.y);
  await tab.waitForTimeout(1000);
}

describe('leaving an open page', () => {
  it('switched off for the site: every mark goes at once, and new content is not marked', async () => {
    const { tab, errors } = await openMarked('/one.html');
    await setDisabledSites(['127.0.0.1']);
    try {
      await expect.poll(() => markCount(tab), { timeout: 5000 }).toBe(0);
      await addQuotedParagraph(tab, clauseQuotes(index, 10)[9] as string);
      await restOnFirstQuote(tab);
      await tab.waitForTimeout(800); // longer than the mutation batch and an idle slice
      expect(await traces(tab)).toEqual({ highlights: 0, host: 0, rootChildren: ['head', 'body'] });
      expect(await openCard(tab)).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await setDisabledSites([]);
      await tab.close();
    }
  });

  it('extension reloaded: the old content script removes every highlight and its host, and stops observing', async () => {
    const { tab, errors } = await openMarked('/two.html');
    expect((await traces(tab)).host).toBe(1);
    // The service worker that receives this goes away with the reload: do not wait on it.
    await session.serviceWorker
      .evaluate(() => {
        setTimeout(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(), 50);
      })
      .catch(() => undefined);
    // The host goes only once the old script sees that its extension is gone (runtime.id
    // unset), so this also shows that the reload happened.
    await expect.poll(() => traces(tab), { timeout: 8000 }).toEqual({ highlights: 0, host: 0, rootChildren: ['head', 'body'] });
    await addQuotedParagraph(tab, clauseQuotes(index, 10)[8] as string);
    await restOnFirstQuote(tab);
    await tab.waitForTimeout(800);
    expect(await traces(tab)).toEqual({ highlights: 0, host: 0, rootChildren: ['head', 'body'] });
    expect(errors).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
    await tab.close();
  });
});
