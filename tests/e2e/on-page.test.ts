import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClauseIndex } from '../../lib/index/types';
import {
  badgeText,
  evaluateIn,
  type ExtensionSession,
  launchWithExtension,
  openCard,
  openWithClauseLens,
  pointOnText,
  sendToTab,
  settledMarks,
} from './support/browser';
import { clauseIdContaining, fixturePages, readIndex } from './support/pages';
import { pageState } from './support/page-probes';
import { serve, type TestServer } from './support/server';

let session: ExtensionSession;
let server: TestServer;
let index: ClauseIndex;

beforeAll(async () => {
  index = readIndex();
  server = await serve(fixturePages());
  session = await launchWithExtension({ locale: 'zh-CN' });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const open = (path: string): Promise<Page> => openWithClauseLens(session, server.url(path));

async function hover(page: Page, text: string) {
  const { x, y } = await pointOnText(page, text);
  await page.mouse.move(x, y);
  await expect.poll(() => openCard(page), { timeout: 5000 }).not.toBeNull();
  return openCard(page);
}

/** The page's own markup is what it was before ClauseLens ran, and the only addition is the host. */
async function expectPageUntouched(page: Page) {
  const { before, after, extra } = await pageState(evaluateIn(page));
  if (before !== undefined) expect(after).toBe(before);
  expect(extra).toEqual(['head', 'body', 'clauselens-ui']);
}

describe('on a simplified-Chinese article', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('/zh-hans.html');
  });

  it('marks the quotes from the statements and leaves the others alone', async () => {
    const marks = await settledMarks(page, 3);
    expect(marks).toContain('反对个别国家将外空用于武装对抗的企图');
    expect(marks).toContain('全盘、彻底否定了战略进攻性武器与战略防御性武器之间不可分割这一维护全球战略稳定的核心原则');
    expect(marks).toContain('对美国及其盟友从事生物军事活动表示关切');
    expect(marks.some((m) => m.includes('生意'))).toBe(false);
    expect(marks.some((m) => m.includes('比赛'))).toBe(false);
  });

  it('opens the card of the hovered quote with its clause', async () => {
    const card = await hover(page, '对美国及其盟友从事生物军事活动');
    expect(card?.clauseId).toBe(clauseIdContaining(index, '对美国及其盟友从事生物军事活动表示关切'));
    expect(card?.text).toContain('要求其停止在境内外从事任何威胁别国');
    await session.screenshot(page, 'card-zh-light');
  });

  it('keeps the card open while the pointer moves onto it, and closes it with Esc', async () => {
    const box = await page.evaluate(() => {
      const card = document.querySelector('clauselens-ui')?.shadowRoot?.querySelector('.card');
      const r = card?.getBoundingClientRect();
      return r ? { x: r.left + 30, y: r.top + 30 } : null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box?.x ?? 0, box?.y ?? 0, { steps: 8 });
    await page.waitForTimeout(900);
    expect(await openCard(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => openCard(page)).toBeNull();
  });

  it('closes the card after the pointer leaves both the quote and the card', async () => {
    await hover(page, '反对个别国家将外空');
    await page.mouse.move(5, 5, { steps: 4 });
    await expect.poll(() => openCard(page), { timeout: 3000 }).toBeNull();
  });

  it('shows how many quotes were matched on the toolbar badge', async () => {
    const count = (await settledMarks(page, 3)).length;
    await expect.poll(() => badgeText(session, page), { timeout: 5000 }).toBe(String(count));
  });

  it('never changes the page’s own DOM', async () => {
    await expectPageUntouched(page);
  });
});

describe('a long article', () => {
  it('closes the card when its quote scrolls out of view', async () => {
    const page = await open('/long.html');
    await settledMarks(page, 1);
    // Opened from the keyboard, so no pointer movement can be what closes it.
    await sendToTab(session, page, 'navigateQuote', 'next');
    expect(await openCard(page)).not.toBeNull();
    await page.waitForTimeout(800);
    expect(await openCard(page)).not.toBeNull();
    await page.evaluate(() => window.scrollBy(0, 2500));
    await expect.poll(() => openCard(page), { timeout: 4000 }).toBeNull();
    await page.close();
  });
});

describe('on a traditional-Chinese article', () => {
  it('finds the simplified clauses behind traditional quotes', async () => {
    const page = await open('/zh-hant.html');
    const marks = await settledMarks(page, 2);
    expect(marks).toContain('反對採取雙重標準或某些國家將其意志強加於其他國家的做法');
    expect(marks.some((m) => m.includes('冷氣'))).toBe(false);
    const card = await hover(page, '雙重標準');
    expect(card?.clauseId).toBe(clauseIdContaining(index, '反对采取双重标准或某些国家将其意志强加于其他国家的做法'));
    await expectPageUntouched(page);
    await page.close();
  });
});

describe('quotes across links and emphasis', () => {
  it('marks a quote that runs through <a>, <em> and <strong> as one, and skips hidden and form text', async () => {
    const page = await open('/spans.html');
    const marks = await settledMarks(page, 2);
    expect(marks).toContain('坚定维护以联合国为核心的国际体系，坚定维护以国际法为基础的国际秩序');
    expect(marks.some((m) => m.includes('东盟'))).toBe(false);
    const card = await hover(page, '以国际法为基础的');
    expect(card?.clauseId).toBe(clauseIdContaining(index, '坚定维护以联合国为核心的国际体系,坚定维护以国际法为基础的国际秩序'));
    await expectPageUntouched(page);
    await page.close();
  });
});

describe('pages that change', () => {
  it('scans stories added later by infinite scroll', async () => {
    const page = await open('/infinite.html');
    await expect
      .poll(async () => (await settledMarks(page, 1)).some((m) => m.includes('北极地区')), { timeout: 10_000 })
      .toBe(true);
    const marks = await settledMarks(page, 2);
    expect(marks.some((m) => m.includes('深化务实合作'))).toBe(true);
    await page.close();
  });

  it('follows in-page navigation of a single-page app: the old story’s marks go, the new one’s come', async () => {
    const page = await open('/spa.html');
    expect((await settledMarks(page, 1)).some((m) => m.includes('东盟'))).toBe(true);
    await page.evaluate(() => (window as unknown as { navigateToNext(): void }).navigateToNext());
    await expect
      .poll(async () => (await settledMarks(page, 1)).some((m) => m.includes('北极地区')), { timeout: 10_000 })
      .toBe(true);
    expect((await settledMarks(page, 1)).some((m) => m.includes('东盟'))).toBe(false);
    await page.close();
  });

  it('follows a framework that re-renders its text nodes', async () => {
    const page = await open('/rerender.html');
    await page.waitForFunction(() => (window as unknown as { __rerendered?: boolean }).__rerendered === true);
    await expect
      .poll(async () => (await settledMarks(page, 1)).some((m) => m.includes('东盟')), { timeout: 10_000 })
      .toBe(true);
    const marks = await settledMarks(page, 2);
    // Marks of the replaced nodes are gone; the new text is marked.
    expect(marks.filter((m) => m.includes('抹黑中俄协作')).length).toBe(1);
    await page.close();
  });
});

describe('keyboard and selection', () => {
  it('moves to the next quote with the command, opens its card and focuses it', async () => {
    const page = await open('/zh-hans.html');
    await settledMarks(page, 3);
    const first = await sendToTab<boolean>(session, page, 'navigateQuote', 'next');
    expect(first).toBe(true);
    const card = await openCard(page);
    expect(card?.clauseId).toBe(clauseIdContaining(index, '反对个别国家将外空用于武装对抗的企图'));
    const focused = await page.evaluate(
      () => document.querySelector('clauselens-ui')?.shadowRoot?.activeElement?.className ?? '',
    );
    expect(focused).toContain('card');
    await page.keyboard.press('Tab');
    const tabbed = await page.evaluate(
      () => document.querySelector('clauselens-ui')?.shadowRoot?.activeElement?.tagName ?? '',
    );
    expect(tabbed).toBe('BUTTON');
    await sendToTab(session, page, 'navigateQuote', 'next');
    const second = await openCard(page);
    expect(second?.clauseId).not.toBe(card?.clauseId);
    await page.keyboard.press('Escape');
    await expect.poll(() => openCard(page)).toBeNull();
    await page.close();
  });

  it('looks up a selection and shows its clause, or says plainly that none was found', async () => {
    const page = await open('/zh-hans.html');
    await settledMarks(page, 3);
    const select = (needle: string) =>
      page.evaluate((text) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const node = walker.currentNode as Text;
          const at = node.data.indexOf(text);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(range);
          return true;
        }
        return false;
      }, needle);
    expect(await select('对美国及其盟友从事生物军事活动表示关切')).toBe(true);
    const found = await sendToTab<boolean>(session, page, 'lookupSelection', '');
    expect(found).toBe(true);
    expect((await openCard(page))?.clauseId).toBe(clauseIdContaining(index, '对美国及其盟友从事生物军事活动表示关切'));
    await page.keyboard.press('Escape');

    expect(await select('今天的生意还不错')).toBe(true);
    const none = await sendToTab<boolean>(session, page, 'lookupSelection', '今天的生意还不错');
    expect(none).toBe(false);
    const text = await page.evaluate(
      () => document.querySelector('clauselens-ui')?.shadowRoot?.querySelector('.card.no-source')?.textContent ?? '',
    );
    expect(text).toContain('未找到原文条款');
    await session.screenshot(page, 'card-no-source');
    await page.close();
  });
});

describe('the per-site switch', () => {
  it('stands down at once when the reader switches the site off', async () => {
    const page = await open('/zh-hant.html');
    expect((await settledMarks(page, 1)).length).toBeGreaterThan(0);
    await session.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set({
        disabledSites: ['127.0.0.1'],
      }),
    );
    await expect.poll(async () => (await page.evaluate(() => CSS.highlights.size)), { timeout: 5000 }).toBe(0);
    await session.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set({
        disabledSites: [],
      }),
    );
    await page.close();
  });
});

describe('everywhere', () => {
  it('logged no errors and made no network request', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  });
});
