import { defineConfig } from 'vitest/config';

// Two projects: `unit` (everything about answers; run under several TZ by
// scripts/test-all-tz.mjs) and `package` (bundle sizes, pack, publint, CLI on the built
// dist; independent of TZ, run once).
export default defineConfig({
  // Tests run in Node, so they load the holiday data the Node way (lazily), from source.
  resolve: { alias: { '#holiday-data': new URL('./src/calendar/holiday-data/node.ts', import.meta.url).pathname } },
  test: {
    testTimeout: 120_000,
    setupFiles: ['test/setup.ts'],
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/package/**', 'test/browser/**'] } },
      { extends: true, test: { name: 'package', include: ['test/package/**/*.test.ts'] } },
    ],
  },
});
