import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openCard, pointOnText, settledMarks } from './support/browser';
import { fixturePages } from './support/pages';
import { serve, type TestServer } from './support/server';

let server: TestServer;
beforeAll(async () => {
  server = await serve(fixturePages());
});
afterAll(async () => {
  await server?.close();
});

const EDGES: Array<[string, string]> = [
  ['top-left', '商业航天系统'],
  ['top-right', '巩固同东盟协作'],
  ['bottom-left', '北极地区和平'],
  ['bottom-right', '维护南海和平稳定'],
];

type Rect = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const [theme, locale, lang] of [
  ['light', 'zh-CN', 'zh'],
  ['dark', 'en-US', 'en'],
] as const) {
  describe(`the card in the ${theme} theme with the ${lang} interface`, () => {
    it('stays inside the window and never covers its quote, near every edge', async () => {
      const session = await launchWithExtension({ colorScheme: theme, locale, viewport: { width: 900, height: 640 } });
      try {
        const page = await session.context.newPage();
        await page.goto(server.url('/edges.html'));
        await settledMarks(page, 4);
        for (const [edge, text] of EDGES) {
          const { x, y } = await pointOnText(page, text);
          await page.mouse.move(x, y);
          await expect.poll(() => openCard(page), { timeout: 5000 }).not.toBeNull();
          const geometry = await page.evaluate((needle) => {
            const card = document.querySelector('clauselens-ui')?.shadowRoot?.querySelector('.card') as HTMLElement;
            const cardRect = card.getBoundingClientRect();
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            let quote: DOMRect | undefined;
            while (walker.nextNode()) {
              const node = walker.currentNode as Text;
              const at = node.data.indexOf(needle);
              if (at < 0) continue;
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + needle.length);
              quote = range.getBoundingClientRect();
            }
            const r = (d: DOMRect) => ({ left: d.left, top: d.top, right: d.right, bottom: d.bottom });
            return {
              card: r(cardRect),
              quote: quote ? r(quote) : null,
              viewport: { width: innerWidth, height: innerHeight },
              dark: card.closest('.clauselens-layer')?.classList.contains('dark') ?? false,
              lang: card.textContent ?? '',
            };
          }, text);
          expect(geometry.card.left, edge).toBeGreaterThanOrEqual(0);
          expect(geometry.card.top, edge).toBeGreaterThanOrEqual(0);
          expect(geometry.card.right, edge).toBeLessThanOrEqual(geometry.viewport.width);
          expect(geometry.card.bottom, edge).toBeLessThanOrEqual(geometry.viewport.height);
          expect(geometry.quote, edge).not.toBeNull();
          expect(overlaps(geometry.card, geometry.quote as Rect), `${edge}: card covers the quote`).toBe(false);
          expect(geometry.dark).toBe(theme === 'dark');
          expect(geometry.lang).toContain(lang === 'zh' ? '复制引用' : 'Copy citation');
          await session.screenshot(page, `card-${theme}-${lang}-${edge}`);
          await page.keyboard.press('Escape');
          await page.mouse.move(450, 320);
          await expect.poll(() => openCard(page)).toBeNull();
        }
        expect(session.pageErrors).toEqual([]);
        expect(session.outsideRequests).toEqual([]);
      } finally {
        await session.close();
      }
    });
  });
}
