// Runs the vitest suite, in one vitest run, under several host time zones: the library must
// give identical answers whatever TZ the host has. The projects (vitest.config.ts): `unit`,
// the whole unit suite under UTC; `zoned:<zone>`, the tests that can see the host zone at all
// (test/zoned-files.ts, kept honest by test/host-zone.test.ts) under each other zone; and
// `package` (the built dist) under UTC. A project that executes no test fails the run, and so
// does a run without counts. Ends with one plain summary line, "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const countsFile = '.tmp/project-counts.json';
mkdirSync('.tmp', { recursive: true });
rmSync(countsFile, { force: true });
const run = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=./test/project-counts-reporter.ts', ...process.argv.slice(2)], { stdio: 'inherit' });

let passed = 0;
let failed = 0;
const problems = [];
try {
  const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  // Every project of the run (with --project, the chosen ones) must have run tests.
  const required = Object.keys(counts);
  for (const project of required) {
    const count = counts[project] ?? { passed: 0, failed: 0 };
    passed += count.passed;
    failed += count.failed;
    if (count.passed + count.failed === 0) problems.push(`no test ran in project ${project}`);
  }
  console.log(`\ntests per project: ${required.map((project) => `${project} ${counts[project]?.passed ?? 0}/${(counts[project]?.passed ?? 0) + (counts[project]?.failed ?? 0)}`).join(', ')}`);
} catch (error) {
  problems.push(`no test counts from vitest (${error})`);
}
if (run.status !== 0) problems.push(`vitest exited with ${run.status}`);
for (const problem of problems) console.error(problem);
console.log(`\n${passed} passed, ${problems.length > 0 ? Math.max(failed, 1) : failed} failed`);
process.exit(problems.length > 0 ? run.status || 1 : 0);
