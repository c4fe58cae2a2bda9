// Runs the vitest suite under several time zones: the library must give identical answers
// whatever TZ the host has. The whole unit suite runs under UTC; under the other zones only
// the `zoned` project, the tests that can see the host zone at all (test/zoned-files.ts, kept
// honest by test/host-zone.test.ts). Package-level checks (test/package) run once, under UTC.
// A run that executes no test fails. Ends with one plain summary line, "N passed, N failed",
// over all runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const extraZones = ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
const extra = process.argv.slice(2);
let passed = 0;
let failed = 0;
mkdirSync('.tmp', { recursive: true });

function vitest(tz, project) {
  console.log(`\n=== vitest under TZ=${tz} (${project})`);
  const report = `.tmp/vitest-${project}-${tz.replace('/', '_')}.json`;
  rmSync(report, { force: true });
  const run = spawnSync('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  let ran = 0;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    ran = json.numPassedTests + json.numFailedTests;
  } catch {
    failed += 1;
  }
  const problem = run.status !== 0 ? `vitest failed under TZ=${tz} (${project})` : ran === 0 ? `no test ran under TZ=${tz} (${project})` : undefined;
  if (problem !== undefined) {
    console.error(problem);
    console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(run.status || 1);
  }
}

vitest('UTC', 'unit');
for (const tz of extraZones) vitest(tz, 'zoned');
vitest('UTC', 'package');
console.log(`\n${passed} passed, ${failed} failed`);
