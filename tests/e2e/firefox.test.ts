import { describe, expect, it } from 'vitest';
import { firefoxMissingReason, inCI, useFirefoxSession } from './support/firefox';

// A small news page of our own, so the check of its text does not move with the demo article.
const ARTICLE_TEXT = [
  '中俄发表联合声明',
  '声明重申恪守2022年五个核武器国家领导人的联合声明，特别是有关“核战争打不赢也打不得”的原则。',
  '双方“反对个别国家将外空用于武装对抗的企图”。',
];
const ARTICLE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Firefox smoke page</title></head>
<body><article><h1>${ARTICLE_TEXT[0]}</h1><p>${ARTICLE_TEXT[1]}</p><p>${ARTICLE_TEXT[2]}</p></article></body></html>`;

const missing = firefoxMissingReason();
const skip = missing !== null && !inCI();
if (skip) console.warn(`Skipping the Firefox browser tests: ${missing}.`);

describe.skipIf(skip)('the built extension in Firefox', () => {
  const started = useFirefoxSession(() => ({ '/article.html': { body: ARTICLE } }));

  it('runs the content script on a served page without changing its text', async () => {
    const { session, server } = started();
    const page = await session.newPage();
    await page.goto(server.url('/article.html'));
    await page.waitForFunction(
      () => document.querySelector('clauselens-ui')?.shadowRoot?.querySelector('[data-clauselens-ready]') != null,
      { timeout: 15_000 },
    );
    const seen = await page.evaluate(() => ({
      hosts: document.querySelectorAll('clauselens-ui').length,
      hostParent: document.querySelector('clauselens-ui')?.parentElement?.tagName ?? null,
      bodyText: document.body.textContent ?? '',
    }));
    expect(seen.hosts).toBe(1);
    expect(seen.hostParent).toBe('HTML');
    expect(seen.bodyText).toBe(ARTICLE_TEXT.join(''));
    await session.screenshot(page, 'firefox-article');
    await page.close();
    expect(session.pageErrors).toEqual([]);
  });

  it('opens the popup page and renders the search field', async () => {
    const { session } = started();
    const page = await session.openExtensionPage('popup.html');
    await page.waitForSelector('input[type=search]', { timeout: 15_000 });
    expect(await page.evaluate(() => location.href)).toBe(session.extensionUrl('popup.html'));
    await session.screenshot(page, 'firefox-popup');
    await page.close();
  });

  it('makes no network request outside 127.0.0.1', async () => {
    const { session, server } = started();
    expect(session.outsideRequests).toEqual([]);
    // The check above means something only if outside requests do reach the trap:
    // send one to a name that can never resolve and see it caught.
    const page = await session.newPage();
    await page.goto(server.url('/article.html'));
    await page.evaluate(() =>
      fetch('http://trap-check.invalid/', { mode: 'no-cors' }).then(
        () => {},
        () => {},
      ),
    );
    await page.close();
    expect(session.outsideRequests).toEqual(['GET http://trap-check.invalid/']);
  });
});
