/**
 * Builds the pre-check page into examples/precheck/dist/: index.html, styles.css and one
 * bundled script, precheck.js. The page imports skillcert only through its public subpaths,
 * which resolve to the package's built dist/ (run `npm run build` at the repo root first).
 *
 * Run: `npx tsx examples/precheck/build.ts`, or call {@link buildPrecheck}.
 * @module
 */
import { copyFile, mkdir, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/** Where the page is built unless told otherwise (gitignored). */
export const PRECHECK_DIST = join(here, 'dist');

/** The static files copied as they are. */
const STATIC_FILES = ['index.html', 'styles.css'] as const;

/** What {@link buildPrecheck} made. */
export interface PrecheckBuild {
  /** The folder holding the page. */
  readonly outdir: string;
  /** The size of the bundled script in bytes (minified, not compressed). */
  readonly scriptBytes: number;
}

/**
 * Bundles the page with esbuild and copies its static files.
 *
 * @param options - `outdir` (default {@link PRECHECK_DIST}); `minify` (default true).
 * @example
 * ```ts
 * const { outdir } = await buildPrecheck();
 * //=> outdir: '…/examples/precheck/dist', holding index.html, styles.css, precheck.js
 * ```
 */
export async function buildPrecheck(options: { outdir?: string; minify?: boolean } = {}): Promise<PrecheckBuild> {
  const outdir = resolve(options.outdir ?? PRECHECK_DIST);
  // The subpaths resolve to the package's dist/; say so plainly rather than let esbuild fail.
  const packageEntry = join(here, '..', '..', 'dist', 'eligibility', 'index.js');
  if (!(await stat(packageEntry).catch(() => null))) {
    throw new Error('examples/precheck: the package is not built; run `npm run build` at the repo root first');
  }
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const script = join(outdir, 'precheck.js');
  await build({
    entryPoints: [join(here, 'src', 'main.ts')],
    outfile: script,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: options.minify ?? true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
    // tsup's chunks are imported bare for ordering; with "sideEffects": false esbuild rightly
    // drops those imports (the chunks are still bundled through their named imports).
    logOverride: { 'ignored-bare-import': 'silent' },
  });
  await Promise.all(STATIC_FILES.map((file) => copyFile(join(here, file), join(outdir, file))));
  return { outdir, scriptBytes: (await stat(script)).size };
}

// Run directly (`npx tsx examples/precheck/build.ts`): build and say where.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { outdir, scriptBytes } = await buildPrecheck();
  console.log(`precheck page built in ${outdir} (precheck.js: ${(scriptBytes / 1024).toFixed(1)} KiB)`);
}
