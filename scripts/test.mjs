// `npm test`: installs what is missing, then runs every check: lint, typecheck, and one vitest run
// over unit, API, interop and browser tests. Ends with the line `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildAll, ensureDependencies, ensurePnpm, ensureTestTools, root, run } from './lib/setup.mjs';

ensurePnpm();
ensureDependencies();
ensureTestTools();
buildAll();
run('node', ['scripts/build-graphs.mjs']);

const failures = [];
for (const script of ['lint', 'typecheck']) {
  console.log(`\n[parley] ${script}`);
  const r = spawnSync('pnpm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failures.push(script);
}

const artifacts = join(root, 'test/artifacts');
mkdirSync(artifacts, { recursive: true });
const report = join(artifacts, 'vitest-report.json');
rmSync(report, { force: true });
console.log('\n[parley] vitest');
const extra = process.argv.slice(2);
const vitest = spawnSync(
  'pnpm',
  ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra],
  { cwd: root, stdio: 'inherit' },
);
if (vitest.status !== 0) failures.push('vitest');

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  // a test file that fails to load has no failed test of its own: count it once
  failed = r.numFailedTests || (vitest.status !== 0 ? Math.max(1, r.numFailedTestSuites ?? 0) : 0);
}
failed += failures.filter((f) => f !== 'vitest').length;
if (failures.length) console.error(`\n[parley] failed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
