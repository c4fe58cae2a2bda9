import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant (`npm run mutate`): the unit suite, without
//  - test/fuzz/api*.test.ts: 10,000 hostile calls per function, made to find crashes, not wrong
//    answers (an audit of hand-made mutants found none killed by them only), and far too slow
//    to rerun per mutant;
//  - test/package and test/browser (the built dist, a browser), test/host-zone.test.ts (reads
//    files, not answers).
// Property tests keep the suite's fixed seed (test/setup.ts), so a mutant's fate is repeatable.
export default defineConfig({
  resolve: { alias: { '#holiday-data': new URL('./src/calendar/holiday-data/node.ts', import.meta.url).pathname } },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/package/**', 'test/browser/**', 'test/fuzz/api*.test.ts', 'test/host-zone.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
