// Size is a test: each public entry, bundled for the browser the way an agency site would
// (esbuild, minified, gzipped, with its zod/mini), must stay under its budget and must not
// pull in what it has no business carrying. A budget is raised only in the commit that
// explains why (CHANGELOG).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

interface Budget {
  readonly entry: string;
  /** The same entry's source, bundled to see which modules it pulls in by name. */
  readonly source: string;
  readonly maxGzipBytes: number;
  readonly mustNotContain: readonly string[];
  readonly mustContain?: readonly string[];
}

const KB = 1024;
const BUDGETS: readonly Budget[] = [
  // Budgets (see CHANGELOG for each raise and its measurement): issue codes with their zh/en
  // text from the message tables (13.87 → 16.92 KB eligibility, 7.60 → 10.48 scoring, 9.12 →
  // 11.54 calendar, 21.58 → 24.54 schedule, 28.99 → 32.68 root; esbuild writes the Chinese as
  // \u escapes), then `nextSteps` (answer / wait / obtain with their wording, about 1.6 KB)
  // and toICalendar (a hand-written RFC 5545 writer, about 1.8 KB; ical-generator alone is 8.91 KB),
  // then the calendar's [I-26] estimate (about 1.4 KB), holiday-cn reading (about 1 KB), the
  // errata and notice names (about 1 KB), which every entry that counts working days carries;
  // then issue 14's guarantees (own-property reads, lists read once, fresh results, deep-frozen
  // constants, the calendar registry, China's offset as a table): measured 18.58 → 19.31 KB
  // eligibility, 10.55 → 11.00 scoring, 16.01 → 16.78 calendar, 31.68 → 33.08 schedule,
  // 40.72 → 42.13 root.
  { entry: 'skillcert/eligibility', source: './src/eligibility/index.ts', maxGzipBytes: 19.5 * KB, mustNotContain: ['chinese-days', 'date-fns-tz', 'date-fns/', 'src/calendar', 'china-time'] },
  { entry: 'skillcert/scoring', source: './src/scoring/index.ts', maxGzipBytes: 11.5 * KB, mustNotContain: ['chinese-days', 'date-fns-tz', 'date-fns/', 'src/calendar', 'src/eligibility'] },
  { entry: 'skillcert/calendar', source: './src/calendar/index.ts', maxGzipBytes: 17.5 * KB, mustNotContain: ['src/eligibility', 'src/scoring'], mustContain: ['chinese-days.json'] },
  { entry: 'skillcert/schedule', source: './src/schedule/index.ts', maxGzipBytes: 34 * KB, mustNotContain: ['src/scoring'], mustContain: ['chinese-days.json'] },
  // The root is the sum of the subpaths.
  { entry: 'skillcert', source: './src/index.ts', maxGzipBytes: 43 * KB, mustNotContain: ['fast-check'] },
];

async function bundle(entry: string): Promise<{ gzipBytes: number; inputs: string[] }> {
  const result = await build({
    stdin: { contents: `export * from '${entry}';`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { gzipBytes: gzipSync(code, { level: 9 }).length, inputs: Object.keys(result.metafile.inputs) };
}

describe('browser bundle budgets', () => {
  it('needs the built package', () => {
    expect(existsSync('dist/index.js'), 'run `npm run build` first').toBe(true);
  });

  for (const budget of BUDGETS) {
    it(`${budget.entry} ≤ ${budget.maxGzipBytes / KB} KB gzipped, free of ${budget.mustNotContain.join(', ')}`, async () => {
      const { gzipBytes } = await bundle(budget.entry);
      const { inputs } = await bundle(budget.source);
      for (const forbidden of budget.mustNotContain) {
        expect(inputs.filter((input) => input.includes(forbidden)), `${budget.entry} pulls in ${forbidden}`).toEqual([]);
      }
      for (const required of budget.mustContain ?? []) {
        expect(inputs.some((input) => input.includes(required)), `${budget.entry} should carry ${required}`).toBe(true);
      }
      console.log(`${budget.entry}: ${(gzipBytes / KB).toFixed(2)} KB gzipped (budget ${budget.maxGzipBytes / KB} KB)`);
      expect(gzipBytes).toBeLessThanOrEqual(budget.maxGzipBytes);
    });
  }
});
