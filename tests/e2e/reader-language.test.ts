import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clause, ClauseIndex } from '../../lib/index/types';
import { type ExtensionSession, launchWithExtension, openCard, openWithClauseLens, pointOnText, settledMarks } from './support/browser';
import { readIndex } from './support/pages';
import { serve, type TestServer } from './support/server';

// A Russian reader's browser: ClauseLens speaks Russian without being told to.
let session: ExtensionSession;
let server: TestServer;
let index: ClauseIndex;
let space: Clause;
let sanctions: Clause;
let russianQuote: string;
const CHINESE_QUOTE = '强调国家有义务开展正常的经济和贸易合作';

/**
 * A Russian article quoting the outer-space clause in our own Russian rendering (taken
 * from the built index, so it follows the rendering as it is edited) and a numbered
 * clause in the Chinese original.
 */
function russianArticle(): string {
  const firstSentence = space.renderings?.ru.split(/(?<=\.)\s/u)[0] ?? '';
  // Up to the phrase before an inner «…», which would end the article's own quote.
  const upTo = firstSentence.includes('«')
    ? firstSentence.slice(0, firstSentence.lastIndexOf(',', firstSentence.indexOf('«')))
    : firstSentence.replace(/\.$/u, '');
  russianQuote = upTo.replace(/^Стороны\s+/u, '');
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Россия и Китай подписали заявления</title>
<style>body{font:18px/1.7 serif;max-width:720px;margin:40px auto;padding:0 16px}</style></head><body><article>
<p>МОСКВА, 8 мая 2025 года. Россия и Китай подписали совместное заявление о глобальной стратегической стабильности.
В совместном заявлении говорится, что стороны «${russianQuote}».</p>
<p>В другом совместном заявлении, о поддержании авторитета международного права, по-китайски сказано, что стороны «${CHINESE_QUOTE}».</p>
</article></body></html>`;
}

beforeAll(async () => {
  index = readIndex();
  space = index.clauses.find((c) => c.text.includes('反对个别国家将外空用于武装对抗的企图')) as Clause;
  sanctions = index.clauses.find((c) => c.text.includes(CHINESE_QUOTE)) as Clause;
  server = await serve({ '/ru-article.html': { body: russianArticle() } });
  session = await launchWithExtension({ locale: 'ru-RU' });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The popup beside `page` in the same window, so that "On this page" speaks of that tab. */
async function openPopupFor(page: Page): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 480, height: 640 });
  await popup.goto(session.extensionUrl('popup.html'));
  await popup.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.type === 'search');
  await page.bringToFront();
  return popup;
}

async function pasteIntoNewPage(): Promise<string> {
  const page = await session.context.newPage();
  await page.setContent('<textarea id="t"></textarea>');
  await page.locator('#t').focus();
  await page.keyboard.press('Control+V');
  const value = await page.locator('#t').inputValue();
  await page.close();
  return value;
}

describe('a Russian reader', () => {
  it('gets a card in Russian, with the clause label in Russian', async () => {
    expect(space.kind).toBe('paragraph');
    const page = await openWithClauseLens(session, server.url('/ru-article.html'));
    const marks = await settledMarks(page, 2);
    expect(marks.some((m) => m.includes(russianQuote.slice(0, 30)))).toBe(true);
    const { x, y } = await pointOnText(page, russianQuote.slice(0, 20));
    await page.mouse.move(x, y);
    await expect.poll(() => openCard(page), { timeout: 5000 }).not.toBeNull();
    const card = await page.evaluate(() => {
      const root = document.querySelector('clauselens-ui')?.shadowRoot?.querySelector('.card') as HTMLElement;
      return {
        label: root.querySelector('header .label')?.textContent,
        title: root.querySelector('.doc-title')?.textContent,
        buttons: [...root.querySelectorAll('footer button')].map((b) => b.textContent),
      };
    });
    expect(card.label).toBe(`п. ${space.ordinal}`);
    expect(card.title).toBe('Совместное заявление о глобальной стратегической стабильности');
    expect(card.buttons).toEqual(['Копировать ссылку', 'Копировать текст пункта', 'Открыть в документе']);
    await session.screenshot(page, 'reader-language-card-ru');

    // The reader picks English in the settings: the open page follows without a reload.
    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html'));
    await options.locator('select[name=uiLanguage]').selectOption('en');
    try {
      await options.getByRole('heading', { name: 'ClauseLens · Settings' }).waitFor();
      await page.bringToFront();
      await page.keyboard.press('Escape');
      await page.mouse.move(1, 1);
      await expect.poll(() => openCard(page), { timeout: 4000 }).toBeNull();
      await page.mouse.move(x, y);
      const label = () =>
        page.evaluate(() => document.querySelector('clauselens-ui')?.shadowRoot?.querySelector('.card header .label')?.textContent);
      await expect.poll(label, { timeout: 5000 }).toBe(`¶ ${space.ordinal}`);
      expect(
        await page.evaluate(() => document.querySelector('clauselens-ui')?.shadowRoot?.querySelector('footer button')?.textContent),
      ).toBe('Copy citation');
    } finally {
      // Back to the browser's language, as the other tests expect.
      await options.locator('select[name=uiLanguage]').selectOption('auto');
      await options.getByRole('heading', { name: 'ClauseLens · Настройки' }).waitFor();
    }
    await options.close();
    await page.close();
  });

  it('gets the popup in Russian: the page’s quotes in «…», Russian clause labels, and Copy clause gives our Russian rendering with the Chinese', async () => {
    const page = await openWithClauseLens(session, server.url('/ru-article.html'));
    await settledMarks(page, 2);
    const popup = await openPopupFor(page);
    await popup.getByRole('tab', { name: 'На этой странице' }).click();
    const items = popup.locator('.page-quotes li');
    await expect.poll(() => items.count()).toBe(2);
    const listed = await items.evaluateAll((els) =>
      els.map((e) => ({
        id: (e as HTMLElement).dataset.clauseId,
        quote: e.querySelector('.quote')?.textContent ?? '',
        where: e.querySelector('.where')?.textContent ?? '',
      })),
    );
    const russian = listed.find((q) => q.id === space.id);
    const chinese = listed.find((q) => q.id === sanctions.id);
    expect(russian?.quote).toBe(`«${russianQuote}»`);
    expect(russian?.where).toContain(`Совместное заявление о глобальной стратегической стабильности · п. ${space.ordinal} ·`);
    expect(chinese?.quote).toBe(`«${CHINESE_QUOTE}»`);
    expect(chinese?.where).toContain('· ст. 8 ·');
    expect(listed.map((q) => q.where).join(' ')).not.toMatch(/第\d+段/u);
    await session.screenshot(popup, 'reader-language-popup-page-ru');

    await popup.getByRole('tab', { name: 'Поиск' }).click();
    await popup.locator('input[type=search]').fill('космическое пространство для вооружённого противоборства');
    const first = popup.locator('.result').first();
    await expect.poll(() => first.getAttribute('data-clause-id')).toBe(space.id);
    expect(await first.locator('.label').textContent()).toBe(`п. ${space.ordinal}`);
    await popup.keyboard.press('Enter');
    await popup.getByRole('button', { name: 'Копировать текст пункта' }).click();
    await expect.poll(() => popup.locator('.status').textContent()).toBe('Скопировано');
    await session.screenshot(popup, 'reader-language-popup-search-ru');
    const pasted = await pasteIntoNewPage();
    expect(pasted).toBe(`Неофициальный перевод ClauseLens:\n${space.renderings?.ru}\n\nКитайский оригинал:\n${space.text}`);
    await popup.close();
    await page.close();
  });

  it('gets the document page in Russian, every clause headed with its Russian label', async () => {
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl(`document.html#${sanctions.id}`));
    const section = page.locator(`section[id="${sanctions.id}"]`);
    await section.waitFor();
    expect(await section.locator('h2.label').textContent()).toBe('ст. 8');
    const headings = await page.locator('section h2.label').allTextContents();
    expect(headings.length).toBe(index.clauses.filter((c) => c.docId === sanctions.docId).length);
    expect(headings.every((h) => /^(ст\.|п\.|фрагмент|преамбула)( \d+)?$/u.test(h))).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Документы' }).textContent()).toContain(
      'Совместное заявление о поддержании авторитета международного права',
    );
    await session.screenshot(page, 'reader-language-document-ru');
    await page.close();
  });

  it('logged no errors and made no network request', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  });
});
