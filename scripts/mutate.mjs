// `npm run mutate [-- folder...] [-- stryker flags]`: StrykerJS over src/core, src/calendar,
// src/schedule, src/scoring and src/eligibility (stryker.config.mjs), one folder per run so
// that each has its own score, report and incremental file (.stryker/<folder>/). Without a
// folder, every one, smallest first. Ends with one line per folder: its mutation score.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { FOLDERS } from '../stryker.config.mjs';

const args = process.argv.slice(2);
const folders = args.filter((arg) => FOLDERS.includes(arg));
const flags = args.filter((arg) => !FOLDERS.includes(arg));
// A word after a flag without `=` is that flag's value (`--mutate src/calendar/a.ts`), not a folder.
const unknown = args.filter((arg, index) => !FOLDERS.includes(arg) && !arg.startsWith('-') && !(args[index - 1]?.startsWith('-') && !args[index - 1].includes('=')));
if (unknown.length > 0) {
  console.error(`unknown folder(s) ${unknown.join(', ')}: choose from ${FOLDERS.join(', ')}`);
  process.exit(2);
}
const summary = [];
let status = 0;
for (const folder of folders.length > 0 ? folders : FOLDERS) {
  console.log(`\n=== mutation testing src/${folder}`);
  const run = spawnSync('npx', ['stryker', 'run', ...flags], { stdio: 'inherit', env: { ...process.env, MUTATE_FOLDER: folder } });
  if (run.status !== 0) status = run.status ?? 1;
  try {
    const report = JSON.parse(readFileSync(`.stryker/${folder}/report.json`, 'utf8'));
    const mutants = Object.values(report.files).flatMap((file) => file.mutants);
    const count = (...states) => mutants.filter((mutant) => states.includes(mutant.status)).length;
    const detected = count('Killed', 'Timeout');
    const undetected = count('Survived', 'NoCoverage');
    const score = detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected);
    summary.push(`src/${folder}: ${score.toFixed(1)}% (${detected} killed, ${count('Survived')} survived, ${count('NoCoverage')} not covered)`);
  } catch {
    summary.push(`src/${folder}: no report`);
  }
}
console.log(`\n${summary.join('\n')}`);
process.exit(status);
