import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Request, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const SCREENSHOT_DIR = resolve('test-output/screenshots');

// Chromium's own background traffic (updates, sync, field trials) would be
// refused by a closed network and would muddy the zero-network check.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Requests that left for anywhere but the test server or the extension itself. */
  outsideRequests: string[];
  /** Console errors and uncaught exceptions seen on any page. */
  pageErrors: string[];
  extensionUrl(path: string): string;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Another unpacked build to load (a deliberately damaged copy, say). */
  extensionDir?: string;
  colorScheme?: 'light' | 'dark';
  locale?: string;
  viewport?: { width: number; height: number };
}

export function assertBuilt(): void {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npx wxt build\` first (npm test does).`);
  }
}

/** Starts Debian's Chromium with the freshly built extension loaded. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  assertBuilt();
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const userDataDir = mkdtempSync(join(tmpdir(), 'clauselens-e2e-'));
  // Without this, requests a service worker makes are invisible to the watch below.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'zh-CN',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    args: [
      ...QUIET_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${options.locale ?? 'zh-CN'}`,
    ],
  });
  const outsideRequests: string[] = [];
  const pageErrors: string[] = [];
  const watch = (req: Request) => {
    const url = req.url();
    if (!/^(chrome-extension:|http:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(url)) {
      outsideRequests.push(url);
    }
  };
  context.on('request', watch);
  context.on('page', (page) => {
    page.on('pageerror', (err) => pageErrors.push(`${page.url()}: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(`${page.url()}: ${msg.text()}`);
    });
  });
  const serviceWorker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    context,
    extensionId,
    serviceWorker,
    outsideRequests,
    pageErrors,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async screenshot(page, name) {
      const file = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    /** Closes the browser; fails the test file if anything left for the network. */
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (outsideRequests.length > 0) {
        throw new Error(`the extension made network requests: ${outsideRequests.join(', ')}`);
      }
    },
  };
}

/**
 * Sends one of the extension's own messages to the content script of `page`, from
 * the service worker, as the background does for
 * a keyboard command or the context menu (which a headless browser cannot press).
 */
export async function sendToTab<T>(session: ExtensionSession, page: Page, type: string, data?: unknown): Promise<T> {
  // The extension may not read tab URLs (it has no "tabs" permission), so the page is
  // brought to the front and addressed as the active tab, as a command would be.
  await page.bringToFront();
  return session.serviceWorker.evaluate(
    async ({ type, data }) => {
      const api = (globalThis as unknown as { chrome: ChromeTabsApi }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) throw new Error('no active tab');
      const reply = (await api.tabs.sendMessage(tab.id, { id: 1, type, data, timestamp: Date.now() })) as {
        res?: unknown;
        err?: { message: string };
      };
      if (reply?.err) throw new Error(reply.err.message);
      return reply?.res;
    },
    { type, data },
  ) as Promise<T>;
}

interface ChromeTabsApi {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

/** Texts of the ranges ClauseLens marked on the page, in no particular order. */
export async function markedQuotes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('clauselens-quote') ?? CSS.highlights.get('clauselens-quote-background');
    return highlight ? [...highlight].map((r) => r.toString()) : [];
  });
}

/** Waits until the set of marked quotes stops changing (scanning runs in idle slices). */
export async function settledMarks(page: Page, atLeast = 1, timeoutMs = 10_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let stableSince = Date.now();
  for (;;) {
    const marks = await markedQuotes(page);
    const key = JSON.stringify([...marks].sort());
    if (key !== last) {
      last = key;
      stableSince = Date.now();
    } else if (marks.length >= atLeast && Date.now() - stableSince > 400) {
      return marks;
    }
    if (Date.now() > deadline) return marks;
    await page.waitForTimeout(100);
  }
}

/** The viewport point at the middle of the first occurrence of `text` in the page's text. */
export async function pointOnText(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + Math.min(needle.length, 2));
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`text not on page: ${text}`);
  return point;
}

/** The open card's root attributes, read through the shadow root. */
export async function openCard(page: Page): Promise<{ clauseId: string; docId: string; text: string } | null> {
  return page.evaluate(() => {
    const card = document.querySelector('clauselens-ui')?.shadowRoot?.querySelector('.card') as HTMLElement | null;
    if (!card) return null;
    return { clauseId: card.dataset.clauseId ?? '', docId: card.dataset.docId ?? '', text: card.textContent ?? '' };
  });
}

/** The toolbar badge text of `page`'s tab. */
export async function badgeText(session: ExtensionSession, page: Page): Promise<string> {
  await page.bringToFront();
  return session.serviceWorker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeTabsApi & ChromeActionApi }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return api.action.getBadgeText({ tabId: tab?.id });
  });
}

interface ChromeActionApi {
  action: { getBadgeText(details: { tabId?: number }): Promise<string> };
}
