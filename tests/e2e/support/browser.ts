import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Request, type Worker } from 'playwright-core';
import * as probes from './page-probes';
import type { Evaluate } from './page-probes';

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

/** Opens `url` in a new tab and waits for ClauseLens's shadow host. */
export async function openWithClauseLens(session: ExtensionSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.locator('clauselens-ui').waitFor({ state: 'attached', timeout: 15_000 });
  return page;
}

/** Runs a page probe (support/page-probes.ts) in a Playwright page. */
export function evaluateIn(page: Page): Evaluate {
  // The probes are plain functions of one serialisable argument; the automation's own
  // generic types for evaluate cannot see that, hence the cast.
  const run = page.evaluate.bind(page) as unknown as (probe: unknown, arg: unknown) => Promise<never>;
  return (probe, arg) => run(probe, arg);
}

export const markedQuotes = (page: Page) => probes.markedQuotes(evaluateIn(page));
export const settledMarks = (page: Page, atLeast?: number, timeoutMs?: number) =>
  probes.settledMarks(evaluateIn(page), atLeast, timeoutMs);
export const pointOnText = (page: Page, text: string) => probes.pointOnText(evaluateIn(page), text);
export const openCard = (page: Page) => probes.openCard(evaluateIn(page));

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
