import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { type Route, serve, type TestServer } from './server';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
export const SCREENSHOT_DIR = resolve('test-output/screenshots');

/** True when the tests run in CI, where a missing browser is a failure, never a skip. */
export function inCI(): boolean {
  const ci = process.env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false';
}

/** Why the Firefox tests cannot run here, or null when they can. */
export function firefoxMissingReason(): string | null {
  return existsSync(FIREFOX)
    ? null
    : `${FIREFOX} is not installed (Debian/Ubuntu: \`apt-get install firefox-esr\`)`;
}

export function assertFirefoxBuilt(): void {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `No built Firefox extension at ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first (npm test does).`,
    );
  }
}

/**
 * Preferences that keep Firefox from reaching the network on its own: updates,
 * telemetry, safe browsing lists, captive portal and connectivity checks,
 * remote settings, push, region and geolocation look-ups, DNS over HTTPS,
 * sponsored content, machine-learning models and prefetching. Whatever still
 * tries to leave is caught by the trap proxy below and fails the test.
 */
const QUIET_PREFS: Record<string, unknown> = {
  // Updates of Firefox, add-ons, system add-ons, plugins and search engines.
  'app.update.auto': false,
  'app.update.checkInstallTime': false,
  'app.update.disabledForTesting': true,
  'app.update.staging.enabled': false,
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'extensions.getAddons.cache.enabled': false,
  'extensions.getAddons.discovery.api_url': '',
  'extensions.blocklist.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-manager.url': '',
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-widevinecdm.enabled': false,
  'browser.search.update': false,
  'browser.search.suggest.enabled': false,
  // Telemetry, health report, studies and crash reports.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'toolkit.coverage.opt-out': true,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.usage.uploadEnabled': false,
  'app.shield.optoutstudies.enabled': false,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'messaging-system.rsexperimentloader.enabled': false,
  'browser.discovery.enabled': false,
  'browser.tabs.crashReporting.sendReport': false,
  'breakpad.reportURL': '',
  // Safe browsing and tracking protection lists.
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google.gethashURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google4.gethashURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.mozilla.gethashURL': '',
  'privacy.trackingprotection.enabled': false,
  // Captive portal and connectivity detection.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'captivedetect.canonicalURL': '',
  // Remote settings (blocklists, certificate lists, translation models). Release
  // builds honour this dummy server only with MOZ_DISABLE_NONLOCAL_CONNECTIONS=1.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'browser.translations.enable': false,
  'browser.translations.automaticallyPopup': false,
  'browser.ml.enable': false,
  'browser.ml.chat.enabled': false,
  'browser.ml.linkPreview.enabled': false,
  'browser.tabs.groups.smart.enabled': false,
  // Push, accounts and sync.
  'dom.push.enabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'identity.fxaccounts.enabled': false,
  // Region, geolocation, time.
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'geo.enabled': false,
  'geo.provider.network.url': '',
  'network.sntp.pools': '',
  // DNS over HTTPS and speculative connections.
  'network.trr.mode': 5,
  'doh-rollout.disable-heuristics': true,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.urlbar.speculativeConnect.enabled': false,
  // New tab page, sponsored suggestions, Pocket.
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.showSponsored': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'browser.urlbar.suggest.quicksuggest.sponsored': false,
  'browser.urlbar.suggest.quicksuggest.nonsponsored': false,
  'browser.urlbar.suggest.searches': false,
  'extensions.pocket.enabled': false,
  // First-run pages.
  'browser.startup.homepage': 'about:blank',
  'browser.startup.page': 0,
  'browser.startup.homepage_override.mstone': 'ignore',
  'startup.homepage_welcome_url': 'about:blank',
  'startup.homepage_welcome_url.additional': '',
  'datareporting.policy.firstRunURL': '',
  'browser.shell.checkDefaultBrowser': false,
};

/**
 * An HTTP proxy on 127.0.0.1 that refuses everything and remembers what was
 * asked of it. Firefox is pointed at it for every scheme, and never proxies
 * 127.0.0.1 itself, so the test server is reached directly while any request
 * for the outside world lands here instead of on the network.
 */
async function startTrapProxy(): Promise<{ port: number; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(502, { connection: 'close' }).end();
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.on('error', () => {});
    socket.end('HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n\r\n');
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

// The navigation command is reached through the page's BiDi browsing context:
// Firefox reports no load event for extension documents, so Page.goto, which
// waits for one, would time out although the page is there.
interface BidiNavigable {
  browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void> };
}

function browsingContextOf(page: Page): BidiNavigable['browsingContext'] {
  const frame = page.mainFrame() as unknown as Partial<BidiNavigable>;
  if (typeof frame.browsingContext?.navigate !== 'function') {
    throw new Error('puppeteer-core no longer exposes the frame browsing context: update openExtensionPage.');
  }
  return frame.browsingContext;
}

export interface FirefoxSession {
  browser: Browser;
  /** The add-on id from the manifest (browser_specific_settings.gecko.id). */
  addonId: string;
  /** The host of moz-extension:// URLs, fixed before launch. */
  extensionUuid: string;
  /** Requests Firefox tried to send anywhere but 127.0.0.1. */
  outsideRequests: string[];
  /** Console errors and uncaught exceptions seen on pages opened through this session. */
  pageErrors: string[];
  extensionUrl(path: string): string;
  /** A new tab, with its errors collected into pageErrors. */
  newPage(): Promise<Page>;
  /** A new tab showing one of the extension's own pages, loaded. */
  openExtensionPage(path: string): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Starts Firefox headless over WebDriver BiDi with a fresh profile and the built
 * extension installed as a temporary add-on.
 */
export async function launchFirefoxWithExtension(): Promise<FirefoxSession> {
  assertFirefoxBuilt();
  const workDir = mkdtempSync(join(tmpdir(), 'clauselens-firefox-'));
  const profileDir = join(workDir, 'profile');
  const extensionDir = join(workDir, 'extension');
  mkdirSync(profileDir);
  // A copy, so that a rebuild of .output during the run cannot pull files away
  // from under the running add-on.
  cpSync(FIREFOX_EXTENSION_DIR, extensionDir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error('The Firefox manifest has no browser_specific_settings.gecko.id.');
  const extensionUuid = randomUUID();

  const trap = await startTrapProxy();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profileDir,
      // Lets the automation navigate a tab to moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      // MOZ_DISABLE_NONLOCAL_CONNECTIONS is Firefox's own test switch: it refuses
      // connections to anything but this machine and turns off remote settings.
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      timeout: 60_000,
      extraPrefsFirefox: {
        ...QUIET_PREFS,
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': trap.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': trap.port,
        'network.proxy.share_proxy_settings': false,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': false,
        // Fixes the extension's moz-extension:// host instead of a random one.
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: extensionUuid }),
      },
    });
  } catch (error) {
    await trap.close();
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  }

  const pageErrors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${page.url()}: ${message.text()}`);
    });
  };

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    const process = browser.process();
    await Promise.race([
      browser.close().catch(() => {}),
      new Promise((done) => setTimeout(done, 15_000)),
    ]);
    if (process && process.exitCode === null && process.signalCode === null) process.kill('SIGKILL');
    await trap.close();
    rmSync(workDir, { recursive: true, force: true });
  };

  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== addonId) throw new Error(`Firefox installed ${installed}, expected ${addonId}.`);
  } catch (error) {
    await close();
    throw error;
  }

  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const extensionUrl = (path: string) => `moz-extension://${extensionUuid}/${path.replace(/^\//, '')}`;
  const newPage = async () => {
    const page = await browser.newPage();
    watch(page);
    return page;
  };
  return {
    browser,
    addonId,
    extensionUuid,
    outsideRequests: trap.requests,
    pageErrors,
    extensionUrl,
    newPage,
    async openExtensionPage(path) {
      const page = await newPage();
      await browsingContextOf(page).navigate(extensionUrl(path), 'complete');
      return page;
    },
    async screenshot(page, name) {
      const file = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file as `${string}.png` });
      return file;
    },
    close,
  };
}

/**
 * Starts Firefox and a test server for a describe block (register it inside one).
 * A failure to start, or Firefox missing in CI, is kept and thrown by `started()` in
 * each test, so that it counts as failed tests rather than as skipped ones under a
 * failed hook.
 */
export function useFirefoxSession(routes: () => Record<string, Route>): () => {
  session: FirefoxSession;
  server: TestServer;
} {
  const missing = firefoxMissingReason();
  let session: FirefoxSession | undefined;
  let server: TestServer | undefined;
  let startError: unknown = missing ? new Error(`The Firefox browser tests cannot run in CI: ${missing}.`) : null;

  beforeAll(async () => {
    if (startError) return;
    try {
      server = await serve(routes());
      session = await launchFirefoxWithExtension();
    } catch (error) {
      startError = error;
    }
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  return () => {
    if (startError) throw startError;
    if (!session || !server) throw new Error('Firefox did not start.');
    return { session, server };
  };
}
