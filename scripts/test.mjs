// `npm test`: install what is missing, then type-check, lint, build and run every test
// (unit, component, end-to-end in Chromium), and close with one `N passed, N failed` line.
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM, ensureChromium, ensureDependencies, run, runOrExit } from './preflight.mjs';

ensureDependencies();
ensureChromium();
process.env.CHROMIUM_PATH = CHROMIUM;

runOrExit('npm', ['run', '--silent', 'index'], 'Building the clause index');
runOrExit('npm', ['run', '--silent', 'check'], 'Type check and lint');
runOrExit('npx', ['wxt', 'build'], 'Chrome build');
runOrExit('npx', ['wxt', 'build', '-b', 'firefox'], 'Firefox build');

mkdirSync('test-output', { recursive: true });
const reportFile = 'test-output/vitest-report.json';
const status = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reportFile}`,
  ...process.argv.slice(2),
]);

try {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A file whose setup failed reports its tests as skipped, not failed: count the file.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && (file.assertionResults ?? []).every((t) => t.status !== 'failed'),
  ).length;
  const failed = report.numFailedTests + brokenFiles;
  console.log(`\n${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  if (report.numTotalTests === 0) {
    console.error('✖ No test ran.');
    process.exit(1);
  }
} catch (error) {
  console.error(`✖ Could not read the test report ${reportFile}: ${error.message}`);
  process.exit(status || 1);
}
process.exit(status);
