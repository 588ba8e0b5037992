import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension } from './support/browser';
import { fixturePages } from './support/pages';
import { serve, type TestServer } from './support/server';

// 127.0.0.2 is on this machine's loopback, but it is not the test server: a request
// there stands for any request that leaves for the network.
const ELSEWHERE = 'http://127.0.0.2:9/probe';

let session: ExtensionSession;
let server: TestServer;

beforeAll(async () => {
  server = await serve(fixturePages());
  session = await launchWithExtension();
});

afterAll(async () => {
  // The probes below were deliberate: clear them so that closing does not fail this file.
  session.outsideRequests.length = 0;
  await session?.close();
  await server?.close();
});

describe('the zero-network watch', () => {
  it('sees a request made by the service worker', async () => {
    await session.serviceWorker.evaluate((url) => fetch(url).catch(() => undefined), ELSEWHERE);
    await expect.poll(() => session.outsideRequests.some((u) => u.startsWith(ELSEWHERE))).toBe(true);
  });

  it('sees a request made from an extension page', async () => {
    session.outsideRequests.length = 0;
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl('popup.html'));
    await page.evaluate((url) => fetch(url).catch(() => undefined), ELSEWHERE);
    await expect.poll(() => session.outsideRequests.length).toBeGreaterThan(0);
    await page.close();
  });

  it('sees a request made from a page where the content script runs', async () => {
    session.outsideRequests.length = 0;
    const page = await session.context.newPage();
    await page.goto(server.url('/zh-hans.html'));
    await page.evaluate((url) => fetch(url, { mode: 'no-cors' }).catch(() => undefined), ELSEWHERE);
    await expect.poll(() => session.outsideRequests.length).toBeGreaterThan(0);
    await page.close();
  });

  it('and the extension itself asks for nothing while it works on pages', async () => {
    session.outsideRequests.length = 0;
    const page = await session.context.newPage();
    await page.goto(server.url('/demo.html'));
    await page.locator('clauselens-ui').waitFor({ state: 'attached' });
    await page.waitForTimeout(1500);
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    await popup.locator('input[type=search]').fill('外空');
    await popup.waitForTimeout(300);
    expect(session.outsideRequests).toEqual([]);
    await page.close();
    await popup.close();
  });
});
