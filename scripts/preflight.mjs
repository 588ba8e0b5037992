// Shared first steps of `npm start` and `npm test`: dependencies and Chromium.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function runOrExit(cmd, args, what) {
  const status = run(cmd, args);
  if (status !== 0) {
    console.error(`\n✖ ${what} failed (exit ${status}).`);
    process.exit(status);
  }
}

/** Installs npm dependencies when they are missing or older than the lock file. */
export function ensureDependencies() {
  const marker = 'node_modules/.package-lock.json';
  const stale =
    !existsSync(marker) ||
    (existsSync('package-lock.json') && statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs);
  if (!stale) return;
  console.log('Installing dependencies (npm ci)…');
  runOrExit('npm', ['ci', '--no-audit', '--no-fund'], 'npm ci');
}

/** Stops with the one instruction that fixes a missing browser, instead of a stack trace. */
export function ensureChromium() {
  try {
    accessSync(CHROMIUM, constants.X_OK);
  } catch {
    console.error(
      [
        '',
        `✖ Chromium was not found at ${CHROMIUM}.`,
        '  ClauseLens runs its browser tests and its demo in Debian’s Chromium, with a CJK font.',
        '  On Debian or Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk',
        '  (or set CHROMIUM_PATH to another Chromium binary).',
        '',
      ].join('\n'),
    );
    process.exit(1);
  }
}
