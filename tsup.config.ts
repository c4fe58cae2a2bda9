import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineConfig } from 'tsup';

// The holiday data is read at run time from the installed chinese-days (never copied into
// dist), so that a newer chinese-days with the next year's schedule extends coverage with no
// release of ours. Node's ESM loader needs `with { type: 'json' }` on that import, and
// esbuild drops the attribute for an es2022 target: put it back in the ESM output.
const HOLIDAY_DATA = 'chinese-days/dist/chinese-days.json';

async function restoreJsonImportAttribute(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await restoreJsonImportAttribute(path);
    else if (entry.name.endsWith('.js')) {
      const code = await readFile(path, 'utf8');
      const fixed = code.replace(
        new RegExp(`(from\\s*["']${HOLIDAY_DATA.replace(/[.]/g, '\\.')}["'])(\\s*;)`, 'g'),
        `$1 with { type: 'json' }$2`,
      );
      if (fixed !== code) await writeFile(path, fixed);
    }
  }
}

// One entry per public subpath. Splitting is on for both formats so that the subpaths
// share one copy of the core (one SkillcertError class, one set of tables).
export default defineConfig([{
  entry: {
    index: 'src/index.ts',
    'eligibility/index': 'src/eligibility/index.ts',
    'calendar/index': 'src/calendar/index.ts',
    'schedule/index': 'src/schedule/index.ts',
    'scoring/index': 'src/scoring/index.ts',
    'testing/index': 'src/testing/index.ts',
    // The two ways of loading the holiday data, picked by the package's `#holiday-data`
    // import map (`node` condition: lazy read; otherwise a static import).
    'holiday-data/node': 'src/calendar/holiday-data/node.ts',
    'holiday-data/static': 'src/calendar/holiday-data/static.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  // import.meta.url in the CJS build of the Node loader.
  shims: true,
  external: [HOLIDAY_DATA, '#holiday-data', 'node:module'],
  onSuccess: () => restoreJsonImportAttribute('dist'),
},
// The CLI binary: ESM only, built on its own (it is not an import path).
{
  entry: { cli: 'src/cli/bin.ts', 'cli-worker': 'src/cli/batch/worker.ts' },
  format: ['esm'],
  dts: false,
  splitting: false,
  clean: false,
  target: 'es2022',
  platform: 'node',
  external: [HOLIDAY_DATA, '#holiday-data'],
  onSuccess: () => restoreJsonImportAttribute('dist'),
}]);
