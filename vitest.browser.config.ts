import { defineConfig } from 'vitest/config';

// The browser tests (the pre-check page in headless Chromium), apart from the `unit` and
// `package` projects of vitest.config.ts: they need the built package and a browser, and do
// not depend on TZ. Run with `npm run test:browser`.
export default defineConfig({
  test: {
    name: 'browser',
    include: ['test/browser/**/*.test.ts'],
    // Lets the tests know they run here, not swept up by another config's `test/**` glob.
    env: { SKILLCERT_BROWSER_TESTS: '1' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser and one page build at a time.
    fileParallelism: false,
  },
});
