// `npm run demo`: shows the library's main jobs on the built package, through its public
// subpaths only. Each area adds a scripts/demo/<area>.ts exporting a default function.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = join(dirname(fileURLToPath(import.meta.url)), 'demo');
for (const area of ['calendar', 'eligibility', 'schedule', 'scoring']) {
  const file = join(here, `${area}.ts`);
  if (!existsSync(file)) continue;
  const module = (await import(pathToFileURL(file).href)) as { default: () => void | Promise<void> };
  await module.default();
}
