import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClauseIndex } from '../../lib/index/types';
import { type FirefoxSession, firefoxMissingReason, inCI, useFirefoxSession } from './support/firefox';
import { clauseIdContaining, fixturePages, readIndex } from './support/pages';
import * as probes from './support/page-probes';
import type { Evaluate } from './support/page-probes';
import type { TestServer } from './support/server';

// The hover, popup and document-page checks of the Chromium tests (on-page and
// popup-and-document), run against the Firefox build, with the same page probes
// (support/page-probes.ts) run through puppeteer's Page.
//
// Not here: the checks the Chromium tests drive from the extension's service worker
// (toolbar badge, keyboard commands, selection look-up, the long article opened by
// command, the per-site switch). puppeteer over WebDriver BiDi gives no handle on
// Firefox's background page, so there is nothing to run them from.

/** Runs a page probe (support/page-probes.ts) in a puppeteer page. */
function evaluateIn(page: Page): Evaluate {
  // As in support/browser.ts: the probes take one serialisable argument.
  const run = page.evaluate.bind(page) as unknown as (probe: unknown, arg: unknown) => Promise<never>;
  return (probe, arg) => run(probe, arg);
}

const settledMarks = (page: Page, atLeast?: number) => probes.settledMarks(evaluateIn(page), atLeast);
const pointOnText = (page: Page, text: string) => probes.pointOnText(evaluateIn(page), text);
const openCard = (page: Page) => probes.openCard(evaluateIn(page));

/** Opens a served page and waits until the extension's shadow host is ready. */
async function openArticle(session: FirefoxSession, server: TestServer, path: string): Promise<Page> {
  const page = await session.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(server.url(path));
  await page.waitForFunction(
    () => document.querySelector('clauselens-ui')?.shadowRoot?.querySelector('[data-clauselens-ready]') != null,
    { timeout: 15_000 },
  );
  return page;
}

/** Moves the pointer onto `text` and returns the card that opens. */
async function hover(page: Page, text: string) {
  const { x, y } = await pointOnText(page, text);
  await page.mouse.move(x, y);
  await expect.poll(() => openCard(page), { timeout: 5000 }).not.toBeNull();
  return openCard(page);
}

/** The page's own markup is what it was before ClauseLens ran, and the only addition is the host. */
async function expectPageUntouched(page: Page) {
  const { before, after, extra } = await probes.pageState(evaluateIn(page));
  expect(before).toBeDefined();
  expect(after).toBe(before);
  expect(extra).toEqual(['head', 'body', 'clauselens-ui']);
}

const missing = firefoxMissingReason();
const skip = missing !== null && !inCI();
if (skip) console.warn(`Skipping the Firefox hover and popup tests: ${missing}.`);

describe.skipIf(skip)('hover, popup and document page in Firefox', () => {
  let index: ClauseIndex;
  beforeAll(() => {
    index = readIndex();
  });
  const started = useFirefoxSession(fixturePages);

  describe('on a simplified-Chinese article', () => {
    let page: Page | undefined;
    const article = () => {
      if (!page) throw new Error('The article did not open.');
      return page;
    };

    beforeAll(async () => {
      let firefox: ReturnType<typeof started>;
      try {
        firefox = started();
      } catch {
        return; // each test throws the reason
      }
      page = await openArticle(firefox.session, firefox.server, '/zh-hans.html');
    });

    afterAll(async () => {
      await page?.close();
    });

    it('marks the quotes from the statements and leaves the others alone', async () => {
      started();
      const marks = await settledMarks(article(), 3);
      expect(marks).toContain('反对个别国家将外空用于武装对抗的企图');
      expect(marks).toContain(
        '全盘、彻底否定了战略进攻性武器与战略防御性武器之间不可分割这一维护全球战略稳定的核心原则',
      );
      expect(marks).toContain('对美国及其盟友从事生物军事活动表示关切');
      expect(marks.some((m) => m.includes('生意'))).toBe(false);
      expect(marks.some((m) => m.includes('比赛'))).toBe(false);
    });

    it('opens the card of the hovered quote with its clause', async () => {
      const { session } = started();
      const page = article();
      const card = await hover(page, '对美国及其盟友从事生物军事活动');
      expect(card?.clauseId).toBe(clauseIdContaining(index, '对美国及其盟友从事生物军事活动表示关切'));
      expect(card?.text).toContain('要求其停止在境内外从事任何威胁别国');
      await session.screenshot(page, 'firefox-card-zh');
    });

    it('keeps the card open while the pointer moves onto it, and closes it with Esc', async () => {
      started();
      const page = article();
      const box = await page.evaluate(() => {
        const card = document.querySelector('clauselens-ui')?.shadowRoot?.querySelector('.card');
        const r = card?.getBoundingClientRect();
        return r ? { x: r.left + 30, y: r.top + 30 } : null;
      });
      expect(box).not.toBeNull();
      await page.mouse.move(box?.x ?? 0, box?.y ?? 0, { steps: 8 });
      await new Promise((done) => setTimeout(done, 900));
      expect(await openCard(page)).not.toBeNull();
      await page.keyboard.press('Escape');
      await expect.poll(() => openCard(page)).toBeNull();
    });

    it('closes the card after the pointer leaves both the quote and the card', async () => {
      started();
      const page = article();
      expect((await hover(page, '反对个别国家将外空'))?.clauseId).toBe(clauseIdContaining(index, '反对个别国家将外空用于武装对抗的企图'));
      await page.mouse.move(5, 5, { steps: 4 });
      await expect.poll(() => openCard(page), { timeout: 3000 }).toBeNull();
    });

    it('never changes the page’s own DOM', async () => {
      started();
      await expectPageUntouched(article());
    });
  });

  describe('on a traditional-Chinese article', () => {
    it('finds the simplified clauses behind traditional quotes', async () => {
      const { session, server } = started();
      const page = await openArticle(session, server, '/zh-hant.html');
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
      const { session, server } = started();
      const page = await openArticle(session, server, '/spans.html');
      const marks = await settledMarks(page, 2);
      expect(marks).toContain('坚定维护以联合国为核心的国际体系，坚定维护以国际法为基础的国际秩序');
      expect(marks.some((m) => m.includes('东盟'))).toBe(false);
      const card = await hover(page, '以国际法为基础的');
      expect(card?.clauseId).toBe(
        clauseIdContaining(index, '坚定维护以联合国为核心的国际体系,坚定维护以国际法为基础的国际秩序'),
      );
      await expectPageUntouched(page);
      await page.close();
    });
  });

  describe('the popup', () => {
    const openPopup = async (session: FirefoxSession) => {
      const page = await session.openExtensionPage('popup.html');
      await page.setViewport({ width: 480, height: 640 });
      await page.waitForSelector('input[type=search]', { timeout: 15_000 });
      return page;
    };
    const resultIds = (page: Page) =>
      page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-clause-id]')].map((e) => e.dataset.clauseId));

    it('has focus in the search field when it opens', async () => {
      const { session } = started();
      const page = await openPopup(session);
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('search');
      await page.close();
    });

    it('searches as one types, ranks clauses containing the text first, and copies a citation', async () => {
      const { session } = started();
      const page = await openPopup(session);
      await page.keyboard.type('核戰爭打不贏');
      expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('input[type=search]')?.value)).toBe(
        '核戰爭打不贏',
      );
      await expect
        .poll(async () => (await resultIds(page))[0], { timeout: 5000 })
        .toBe(clauseIdContaining(index, '核战争打不赢也打不得'));
      await page.keyboard.press('Enter');
      await page.waitForSelector('button[data-action=copy-citation]', { timeout: 5000 });
      await page.click('button[data-action=copy-citation]');
      await expect
        .poll(() => page.evaluate(() => document.querySelector('.status')?.textContent ?? ''), { timeout: 5000 })
        .toMatch(/^(已复制|Copied)$/);
      await session.screenshot(page, 'firefox-popup-search');
      const paste = await session.newPage();
      await paste.setContent('<textarea id="t"></textarea>');
      await paste.focus('#t');
      await paste.keyboard.down('Control');
      await paste.keyboard.press('v');
      await paste.keyboard.up('Control');
      const pasted = await paste.$eval('#t', (t) => (t as HTMLTextAreaElement).value);
      await paste.close();
      expect(pasted).toContain('中华人民共和国和俄罗斯联邦关于全球战略稳定的联合声明');
      expect(pasted).toContain('2025');
      await page.close();
    });

    it('moves through results with the arrow keys and filters by document', async () => {
      const { session } = started();
      const page = await openPopup(session);
      await page.keyboard.type('外空');
      await page.waitForSelector('[data-clause-id]', { timeout: 5000 });
      await page.keyboard.press('ArrowDown');
      const { active, second } = await page.evaluate(() => ({
        active: document.querySelector<HTMLElement>('.result.active')?.dataset.clauseId,
        second: document.querySelectorAll<HTMLElement>('.result')[1]?.dataset.clauseId,
      }));
      expect(active).toBeDefined();
      expect(active).toBe(second);
      // A query with hits in several documents, so that the filter has something to remove.
      await page.click('input[type=search]', { count: 3 });
      await page.keyboard.type('国际法');
      const docsOf = async () =>
        (await resultIds(page)).map((id) => index.clauses.find((c) => c.id === id)?.docId ?? 'unknown');
      await expect.poll(async () => new Set(await docsOf()).size, { timeout: 5000 }).toBeGreaterThan(1);
      const docId = index.documents[1]?.id;
      if (!docId) throw new Error('The index has fewer than two documents.');
      await page.select('select', docId);
      await expect
        .poll(docsOf, { timeout: 5000 })
        .toSatisfy((docs: string[]) => docs.length > 0 && docs.every((d) => d === docId));
      await page.close();
    });
  });

  describe('the document page', () => {
    it('opens at a clause anchor, scrolled to it and highlighted', async () => {
      const { session } = started();
      const target = index.clauses.find((c) => c.flags.some((f) => f.kind === 'truncated')) ?? index.clauses[10];
      if (!target) throw new Error('The index has no clauses.');
      const page = await session.openExtensionPage(`document.html#${target.id}`);
      const selector = `section[id="${target.id}"]`;
      await page.waitForSelector(selector, { timeout: 15_000 });
      const seen = await page.$eval(selector, (el) => {
        const r = el.getBoundingClientRect();
        return { className: el.className, inView: r.top >= 0 && r.top < window.innerHeight, text: el.textContent ?? '' };
      });
      expect(seen.className).toContain('target');
      expect(seen.inView).toBe(true);
      expect(seen.text).toContain(target.text.slice(0, 10));
      // The flag in words, in the language the browser runs in.
      if (target.flags.some((f) => f.kind === 'truncated')) expect(seen.text).toMatch(/截断|cut off/);
      await session.screenshot(page, 'firefox-document-anchor');
      await page.close();
    });
  });

  describe('everywhere', () => {
    // The trap itself is proved to catch requests in firefox.test.ts.
    it('logged no errors and made no network request outside 127.0.0.1', () => {
      const { session } = started();
      expect(session.pageErrors).toEqual([]);
      expect(session.outsideRequests).toEqual([]);
    });
  });
});
