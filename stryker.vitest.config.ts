import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant (`npm run mutate`). For one folder
// (MUTATE_FOLDER=core …): that folder's own tests, and the golden cases for the folders they
// check; a mutant must be caught where the code is specified (and the whole suite per mutant
// takes hours on two shared cores). Without a folder: the unit suite, without
//  - test/fuzz/api*.test.ts: 10,000 hostile calls per function, made to find crashes, not wrong
//    answers (an audit of hand-made mutants found none killed by them only), and far too slow
//    to rerun per mutant;
//  - test/calendar/with-year.test.ts: its property rebuilds whole calendars 100 times and takes
//    over 60 s under Stryker's per-test coverage instrumentation, which fails the dry run;
//  - test/package and test/browser (the built dist, a browser), test/host-zone.test.ts and
//    test/mutation-config.test.ts (they read files, not answers; the second reads source lines,
//    which Stryker's instrumented copy moves).
// Property tests keep the suite's fixed seed (test/setup.ts), so a mutant's fate is repeatable.
const folder = process.env.MUTATE_FOLDER;
const include = folder === undefined ? ['test/**/*.test.ts'] : [`test/${folder}/**/*.test.ts`, ...(folder === 'core' ? [] : ['test/testing/golden.test.ts'])];

export default defineConfig({
  resolve: { alias: { '#holiday-data': new URL('./src/calendar/holiday-data/node.ts', import.meta.url).pathname } },
  test: {
    include,
    exclude: ['test/package/**', 'test/browser/**', 'test/fuzz/api*.test.ts', 'test/host-zone.test.ts', 'test/mutation-config.test.ts', 'test/calendar/with-year.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
