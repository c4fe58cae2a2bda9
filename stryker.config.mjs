// Mutation testing (`npm run mutate`, not part of `npm test`): StrykerJS 9 with its vitest
// runner, over the folders whose answers the library promises. Incremental: a rerun tests
// only the mutants of changed code or changed tests.
// One folder at a time (MUTATE_FOLDER=core, as `npm run mutate -- core` sets it; see
// scripts/mutate.mjs), each with its own incremental file and reports in .stryker/<folder>/.
export const FOLDERS = ['core', 'calendar', 'schedule', 'scoring', 'eligibility'];
const folder = process.env.MUTATE_FOLDER;
const out = folder === undefined ? '.stryker/all' : `.stryker/${folder}`;
const MUTATE = [
  'src/core/**/*.ts',
  'src/calendar/**/*.ts',
  'src/eligibility/**/*.ts',
  'src/schedule/**/*.ts',
  'src/scoring/**/*.ts',
  // Re-exports and types only: nothing to mutate.
  '!src/**/index.ts',
  '!src/**/types.ts',
  // Message tables: the zh/en text of the readings [I-n] and of the session dates' labels.
  // Their wording is reviewed by people, not decided by tests; a mutant that changes a
  // sentence is a change of text, not of an answer.
  '!src/*/readings.ts',
  '!src/schedule/labels.ts',
  // The zh/en issue texts of each subpath (templates and nouns, `[English, Chinese]`): text for
  // people, checked by the issue-code tests for having both languages, not decided by logic.
  // The codes and params an issue carries are chosen in the code that raises it and stay mutated.
  '!src/*/issue-texts.ts',
  // Core's part of that table (its templates, nouns and the zh wording helpers) likewise; only
  // `issueText`, which picks the template and looks names up, is logic: its lines (keep this
  // range on that function when the file changes).
  '!src/core/issue-messages.ts',
  'src/core/issue-messages.ts:269-275',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'stryker.vitest.config.ts', related: false },
  mutate: folder === undefined ? MUTATE : MUTATE.filter((pattern) => pattern.startsWith('!') || pattern.startsWith(`src/${folder}/`)),
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `${out}/incremental.json`,
  // The machine is shared: one test process, and a bounded time per mutant. A folder's tests
  // run in a second or two, so 5 s beyond twice their time is ample; a mutant that loops
  // forever (core has dozens) would otherwise hold the one runner for 20 s each.
  concurrency: 1,
  timeoutMS: 5_000,
  timeoutFactor: 2,
  // Mutants in module-level code (tables built once) would need the whole suite per mutant.
  ignoreStatic: true,
  tempDirName: '.stryker/tmp',
  cleanTempDir: 'always',
  reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
  jsonReporter: { fileName: `${out}/report.json` },
  htmlReporter: { fileName: `${out}/report.html` },
  thresholds: { high: 95, low: 90, break: null },
};
