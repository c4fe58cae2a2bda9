import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { ZONED_TEST_FILES } from './test/zoned-files.js';

// Three projects: `unit` (everything about answers; run under UTC), `zoned` (the part of it
// that can see the host zone, test/zoned-files.ts; run by scripts/test-all-tz.mjs under four
// more zones) and `package` (bundle sizes, pack, publint, CLI on the built dist; run once).
const unitFiles = ['test/**/*.test.ts'];
const notUnit = ['test/package/**', 'test/browser/**'];

// vitest leaves one core free, which is one worker on a 2-core machine: the suite is CPU-bound
// in its workers, so use both cores there (still one on a single core).
const cores = availableParallelism();
const maxWorkers = cores >= 2 ? Math.max(2, cores - 1) : 1;

export default defineConfig({
  // Tests run in Node, so they load the holiday data the Node way (lazily), from source.
  resolve: { alias: { '#holiday-data': new URL('./src/calendar/holiday-data/node.ts', import.meta.url).pathname } },
  test: {
    testTimeout: 120_000,
    setupFiles: ['test/setup.ts'],
    hookTimeout: 120_000,
    maxWorkers,
    projects: [
      { extends: true, test: { name: 'unit', include: unitFiles, exclude: notUnit } },
      { extends: true, test: { name: 'zoned', include: [...ZONED_TEST_FILES], exclude: notUnit } },
      { extends: true, test: { name: 'package', include: ['test/package/**/*.test.ts'] } },
    ],
  },
});
