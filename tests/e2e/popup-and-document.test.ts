import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClauseIndex } from '../../lib/index/types';
import { type ExtensionSession, launchWithExtension } from './support/browser';
import { clauseIdContaining, readIndex } from './support/pages';

let session: ExtensionSession;
let index: ClauseIndex;

beforeAll(async () => {
  index = readIndex();
  session = await launchWithExtension({ locale: 'zh-CN' });
});

afterAll(async () => {
  await session?.close();
});

async function openPopup(): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 480, height: 640 });
  await page.goto(session.extensionUrl('popup.html'));
  // The field takes the focus once the index is read; typing before that goes nowhere.
  await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.type === 'search');
  return page;
}

/** What a reader gets by pasting: the real clipboard, read through a paste into a text field. */
async function pasteIntoNewPage(): Promise<string> {
  const page = await session.context.newPage();
  await page.setContent('<textarea id="t"></textarea>');
  await page.locator('#t').focus();
  await page.keyboard.press('Control+V');
  const value = await page.locator('#t').inputValue();
  await page.close();
  return value;
}

describe('the popup', () => {
  it('has focus in the search field when it opens', async () => {
    const page = await openPopup();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('search');
    await page.close();
  });

  it('searches as one types, ranks clauses containing the text first, and copies a citation', async () => {
    const page = await openPopup();
    await page.keyboard.type('核戰爭打不贏');
    const first = page.locator('[data-clause-id]').first();
    await expect.poll(() => first.getAttribute('data-clause-id')).toBe(clauseIdContaining(index, '核战争打不赢也打不得'));
    await page.keyboard.press('Enter');
    await page.locator('button[data-action=copy-citation]').first().click();
    await expect.poll(() => page.locator('.status').textContent()).toBe('已复制');
    await session.screenshot(page, 'popup-search');
    const pasted = await pasteIntoNewPage();
    expect(pasted).toContain('中华人民共和国和俄罗斯联邦关于全球战略稳定的联合声明');
    expect(pasted).toContain('2025');
    await page.close();
  });

  it('moves through results with the arrow keys and filters by document', async () => {
    const page = await openPopup();
    await page.keyboard.type('外空');
    await page.locator('[data-clause-id]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const active = await page.locator('.result.active').getAttribute('data-clause-id');
    const second = await page.locator('.result').nth(1).getAttribute('data-clause-id');
    expect(active).toBe(second);
    await page.locator('input[type=search]').fill('国际法');
    await page.locator('[data-clause-id]').first().waitFor();
    const docId = index.documents[1]?.id as string;
    await page.locator('select').first().selectOption(docId);
    const ids = await page.locator('.result').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.clauseId));
    const docs = ids.map((id) => index.clauses.find((c) => c.id === id)?.docId);
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.every((d) => d === docId)).toBe(true);
    await page.close();
  });
});

describe('the popup in English and Russian', () => {
  /** The Chinese text of the first result, once the results settle on one found through a rendering. */
  async function firstRenderingHit(page: Page, lang: 'en' | 'ru'): Promise<string> {
    const first = page.locator('.result').first();
    await expect.poll(() => first.getAttribute('data-hit-kind')).toBe('rendering');
    expect(await first.locator('.rendering').getAttribute('lang')).toBe(lang);
    const id = await first.getAttribute('data-clause-id');
    return index.clauses.find((c) => c.id === id)?.text ?? '';
  }

  it('finds the clause an English reader means, showing our English rendering with the words marked', async () => {
    const page = await openPopup();
    await page.keyboard.type('Golden Dome');
    expect(await firstRenderingHit(page, 'en')).toContain('金穹');
    const first = page.locator('.result').first();
    expect(await first.locator('.rendering .unofficial').textContent()).toBe('非官方译文（ClauseLens 自译）');
    const marks = await first.locator('.rendering mark').allTextContents();
    expect(marks.some((m) => m.includes('Golden Dome'))).toBe(true);
    expect(await first.locator('.original mark').first().textContent()).toContain('金穹');
    await session.screenshot(page, 'popup-search-english');
    await page.close();
  });

  it('finds the clause a Russian reader means, whatever the case ending', async () => {
    const page = await openPopup();
    await page.keyboard.type('ядерной войны');
    expect(await firstRenderingHit(page, 'ru')).toContain('核战争');
    await page.locator('input[type=search]').fill('');
    await page.keyboard.type('санкциями');
    expect(await firstRenderingHit(page, 'ru')).toContain('制裁');
    expect(await page.locator('.result').first().locator('.rendering mark').allTextContents()).toContain('санкции');
    await session.screenshot(page, 'popup-search-russian');
    await page.close();
  });
});

describe('the document page', () => {
  it('opens at a clause anchor, scrolled to it and highlighted, with flags in words', async () => {
    const target = index.clauses.find((c) => c.flags.some((f) => f.kind === 'truncated')) ?? index.clauses[10];
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl(`document.html#${target?.id}`));
    const section = page.locator(`section[id="${target?.id}"]`);
    await section.waitFor();
    expect(await section.getAttribute('class')).toContain('target');
    const inView = await section.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(await section.textContent()).toContain('截断');
    await session.screenshot(page, 'document-anchor');
    await page.close();
  });
});

describe('the document page with a rendering', () => {
  const target = () => index.clauses.find((c) => c.text.includes('美国金穹')) ?? (index.clauses[0] as ClauseIndex['clauses'][number]);

  it('opens #<clause>?lang=en scrolled to the clause with our English rendering beside it on a wide screen', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(session.extensionUrl(`document.html#${target().id}?lang=en`));
    const section = page.locator(`section[id="${target().id}"]`);
    await section.waitFor();
    expect(await section.getAttribute('class')).toContain('target');
    const rendering = section.locator('.rendering');
    expect(await rendering.getAttribute('lang')).toBe('en');
    expect(await rendering.textContent()).toContain(target().renderings?.en ?? '—');
    expect(await rendering.locator('.rendering-label').textContent()).toBe('非官方译文（ClauseLens 自译）');
    const [original, beside] = await Promise.all([section.locator('.original').boundingBox(), rendering.boundingBox()]);
    expect(beside && original && beside.x > original.x + original.width - 1).toBe(true);
    const inView = await section.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    await session.screenshot(page, 'document-rendering-wide');
    await page.close();
  });

  it('remembers the reader’s choice of rendering across visits, and puts it under the Chinese on a narrow screen', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 700, height: 900 });
    await page.goto(session.extensionUrl(`document.html#${target().id}`));
    const section = page.locator(`section[id="${target().id}"]`);
    await section.waitFor();
    // A Chinese interface opens with the Chinese only.
    expect(await section.locator('.rendering').count()).toBe(0);
    await page.getByRole('radio', { name: '附俄文' }).check();
    await section.locator('.rendering[lang=ru]').waitFor();
    await page.close();

    const again = await session.context.newPage();
    await again.setViewportSize({ width: 700, height: 900 });
    await again.goto(session.extensionUrl(`document.html#${target().id}`));
    const rendering = again.locator(`section[id="${target().id}"] .rendering`);
    await rendering.waitFor();
    expect(await rendering.getAttribute('lang')).toBe('ru');
    const [original, under] = await Promise.all([
      again.locator(`section[id="${target().id}"] .original`).boundingBox(),
      rendering.boundingBox(),
    ]);
    expect(under && original && under.y >= original.y + original.height - 1).toBe(true);
    await session.screenshot(again, 'document-rendering-narrow');
    await again.evaluate(() => window.scrollTo(0, 0));
    expect(await again.getByRole('radio', { name: '附俄文' }).isChecked()).toBe(true);
    await session.screenshot(again, 'document-rendering-switch');
    // Back to the Chinese only, as the other tests of this browser expect.
    await again.getByRole('radio', { name: '仅中文' }).check();
    await expect.poll(() => again.locator('.clause .rendering').count()).toBe(0);
    await again.close();
  });
});

describe('everywhere', () => {
  it('logged no errors and made no network request', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  });
});
