import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { HOST_ZONES, ZONED_TEST_FILES } from './test/zoned-files.js';

// One vitest run, several projects, so that both cores stay busy from the first file to the
// last (scripts/test-all-tz.mjs used to start vitest six times, once per zone, and each run
// ended with one core idle while its longest file finished):
//  - `unit`: everything about answers, under TZ=UTC (`unit:fresh-modules`: the files that
//    mock a module, isolated);
//  - `zoned:<zone>`: the part of it that can see the host zone (test/zoned-files.ts), once per
//    other zone. vitest starts each project's workers with the project's `env`, so each of
//    these runs in a process whose TZ is that zone (test/zone-of-run.test.ts checks it);
//  - `package`: bundle sizes, pack, publint, CLI on the built dist, under UTC.
const unitFiles = ['test/**/*.test.ts'];
const notUnit = ['test/package/**', 'test/browser/**'];
// Test files share their worker's module graph (isolate: false): starting a fresh graph per
// file was about a third of the suite's CPU time, measured. The library keeps no state a test
// could leave behind (its caches are of answers to the same questions). Files that replace a
// module with vi.mock need a graph of their own and run isolated.
// The fuzz on polluted prototypes too (test/fuzz/api-polluted.test.ts and the fresh-library
// check): polluting Object.prototype makes V8 forget every object's shape for the rest of the
// process, which would slow every file after it in a shared worker.
const freshModules = ['test/fuzz/holiday-data-*.test.ts', 'test/calendar/holiday-data-load.test.ts', 'test/calendar/with-year.test.ts', 'test/fuzz/api-polluted.test.ts', 'test/fuzz/polluted-fresh-library.test.ts'];

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
    // The longest files first (the fuzz), so that no long file starts last.
    sequence: { sequencer: (await import('./test/sequencer.js')).LongestFirst },
    projects: [
      { extends: true, test: { name: 'unit', include: unitFiles, exclude: [...notUnit, ...freshModules], isolate: false, env: { TZ: 'UTC' } } },
      { extends: true, test: { name: 'unit:fresh-modules', include: freshModules, env: { TZ: 'UTC' } } },
      ...HOST_ZONES.map((zone) => ({ extends: true as const, test: { name: `zoned:${zone}`, include: [...ZONED_TEST_FILES], exclude: [...notUnit, ...freshModules], isolate: false, env: { TZ: zone } } })),
      { extends: true, test: { name: 'package', include: ['test/package/**/*.test.ts'], env: { TZ: 'UTC' } } },
    ],
  },
});
