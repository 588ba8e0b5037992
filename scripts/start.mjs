// `npm start`: install what is missing, build the index and the extension, serve the
// demo article on 127.0.0.1 and open Chromium with ClauseLens loaded on it.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM, ensureChromium, ensureDependencies, runOrExit } from './preflight.mjs';

ensureDependencies();
ensureChromium();
runOrExit('npm', ['run', '--silent', 'build'], 'Build');

const extensionDir = resolve('.output/chrome-mv3');
const demo = readFileSync('data/demo/article.html');
const server = createServer((req, res) => {
  if ((req.url ?? '/').split('?')[0] === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(demo);
  } else {
    res.writeHead(404).end();
  }
});
const port = Number(process.env.PORT || 0);
server.listen(port, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'clauselens-start-'));
  const hasDisplay = process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  console.log(`\nDemo article: ${url}\nExtension:    ${extensionDir}\n`);
  if (hasDisplay) {
    const browser = spawn(
      CHROMIUM,
      [
        `--user-data-dir=${profile}`,
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-first-run',
        '--no-default-browser-check',
        url,
      ],
      { stdio: 'ignore' },
    );
    console.log('Chromium is open with ClauseLens. Close it (or press Ctrl+C) to stop.');
    browser.on('exit', () => server.close(() => process.exit(0)));
    process.on('SIGINT', () => browser.kill());
    return;
  }
  // No screen (a server or container): run Chromium headless, show that it works with a
  // screenshot, and keep serving so the page can be opened from elsewhere.
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('clauselens-ui').waitFor({ state: 'attached', timeout: 15_000 });
  mkdirSync('test-output', { recursive: true });
  await page.screenshot({ path: 'test-output/start-demo.png' });
  console.log(
    'No display found: Chromium runs headless with ClauseLens on the demo article.\n' +
      'A screenshot is at test-output/start-demo.png. Press Ctrl+C to stop.',
  );
  process.on('SIGINT', async () => {
    await context.close();
    server.close(() => process.exit(0));
  });
});
