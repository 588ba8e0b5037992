import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClauseIndex } from '../../lib/index/types';
import {
  badgeText,
  type ExtensionSession,
  launchWithExtension,
  openCard,
  openWithClauseLens,
  pointOnText,
  settledMarks,
} from './support/browser';
import { clauseIdContaining, fixturePages, readIndex } from './support/pages';
import { serve, type TestServer } from './support/server';

let session: ExtensionSession;
let server: TestServer;
let index: ClauseIndex;

beforeAll(async () => {
  index = readIndex();
  server = await serve(fixturePages());
  session = await launchWithExtension({ locale: 'en-US' });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const open = (path: string): Promise<Page> => openWithClauseLens(session, server.url(path));

/** Hovers `text`, waits for the card, and reads what the card says about the quote. */
async function cardFor(page: Page, text: string) {
  await page.mouse.move(1, 1);
  await expect.poll(() => openCard(page), { timeout: 4000 }).toBeNull();
  const { x, y } = await pointOnText(page, text);
  await page.mouse.move(x, y);
  await expect.poll(() => openCard(page), { timeout: 5000 }).not.toBeNull();
  return page.evaluate(() => {
    const card = document.querySelector('clauselens-ui')?.shadowRoot?.querySelector('.card') as HTMLElement;
    return {
      clauseId: card.dataset.clauseId,
      verdict: card.querySelector('[data-verdict]')?.getAttribute('data-verdict'),
      verdictText: card.querySelector('.verdict')?.textContent ?? '',
      added: [...card.querySelectorAll('.comparison ins')].map((e) => e.textContent),
      dropped: [...card.querySelectorAll('.comparison del')].map((e) => e.textContent),
      rendering: card.querySelector('.rendering')?.textContent ?? '',
      renderingMarks: [...card.querySelectorAll('.rendering mark')].map((e) => e.textContent),
      original: card.querySelector('.original')?.textContent ?? '',
      text: card.textContent ?? '',
    };
  });
}

describe('quote fidelity', () => {
  it('shows a faithful, an abridged and an altered quote for what they are, and the badge warns', async () => {
    const page = await open('/fidelity.html');
    expect(await settledMarks(page, 3)).toHaveLength(3);

    const faithful = await cardFor(page, '商业航天系统');
    expect(faithful.verdict).toBe('verbatim');

    const abridged = await cardFor(page, '各国人民命运与共');
    expect(abridged.verdict).toBe('abridged');
    expect(abridged.clauseId).toBe(clauseIdContaining(index, '各国人民命运与共'));

    const altered = await cardFor(page, '北极地区和平');
    expect(altered.verdict).toBe('altered');
    expect(altered.verdictText).toBe('Differs from the source');
    expect(altered.added.join('')).toContain('局势');
    expect(altered.dropped.join('')).toContain('政治');
    await session.screenshot(page, 'card-fidelity-altered');

    await expect.poll(() => badgeText(session, page), { timeout: 5000 }).toBe('3!');
    await page.close();
  });
});

describe('English and Russian quotes', () => {
  it('finds the Chinese clause behind an English quote and shows our rendering, marked unofficial', async () => {
    const page = await open('/en.html');
    const marks = await settledMarks(page, 2);
    expect(marks).toContain('oppose attempts by certain countries to use outer space for armed confrontation');
    expect(marks).not.toContain('nothing new');
    const card = await cardFor(page, 'oppose attempts by certain');
    expect(card.clauseId).toBe(clauseIdContaining(index, '反对个别国家将外空用于武装对抗的企图'));
    expect(card.text).toContain('Cross-language match');
    expect(card.text).toContain('Unofficial translation');
    expect(card.renderingMarks.length).toBeGreaterThan(0);
    expect(card.original).toContain('反对个别国家将外空用于武装对抗的企图');
    expect(card.verdict).toBe('translated');
    await session.screenshot(page, 'card-english');
    await page.close();
  });

  it('does the same for a Russian quote', async () => {
    const page = await open('/ru.html');
    const marks = await settledMarks(page, 1);
    expect(marks.some((m) => m.startsWith('против попыток'))).toBe(true);
    expect(marks.some((m) => m.includes('содержательными'))).toBe(false);
    const card = await cardFor(page, 'против попыток');
    expect(card.clauseId).toBe(clauseIdContaining(index, '反对个别国家将外空用于武装对抗的企图'));
    expect(card.rendering.length).toBeGreaterThan(20);
    await page.close();
  });
});

describe('everywhere', () => {
  it('logged no errors', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
