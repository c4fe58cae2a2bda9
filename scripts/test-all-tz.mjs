// Runs the vitest suite once per time zone: the library must give identical answers
// whatever TZ the host has. Package-level checks (test/package) run once, under UTC.
// Ends with one plain summary line, "N passed, N failed", over all runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const zones = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
const extra = process.argv.slice(2);
let passed = 0;
let failed = 0;
mkdirSync('.tmp', { recursive: true });

function vitest(tz, label, args) {
  console.log(`\n=== vitest under TZ=${tz} (${label})`);
  const report = `.tmp/vitest-${label}-${tz.replace('/', '_')}.json`;
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args, ...extra],
    { stdio: 'inherit', env: { ...process.env, TZ: tz } },
  );
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
  } catch {
    failed += 1;
  }
  if (run.status !== 0) {
    console.error(`vitest failed under TZ=${tz}`);
    console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(run.status ?? 1);
  }
}

for (const tz of zones) vitest(tz, 'unit', ['--project', 'unit']);
vitest('UTC', 'package', ['--project', 'package']);
console.log(`\n${passed} passed, ${failed} failed`);
