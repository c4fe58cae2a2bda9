// `npm run bench`: runs every bench/*.bench.ts in turn. Each prints its medians and the
// ratio against its anchor (chinese-days, json-rules-engine) measured in the same run.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
for (const file of readdirSync(here).filter((name) => name.endsWith('.bench.ts')).sort()) {
  if (only !== undefined && !file.includes(only)) continue;
  console.log(`\n## ${file}`);
  const module = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<void> | void };
  await module.default();
}
