// Writes the JSON Schemas of skillcert's inputs to dist/schema/ (shipped in the package) and
// docs/schema/ (committed). Run after tsup, which cleans dist/:
//   npx tsx scripts/gen-json-schema.ts          write both
//   npx tsx scripts/gen-json-schema.ts --check  exit 1 when docs/schema/ is out of date (CI)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderJsonSchemas } from './json-schema/render.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = renderJsonSchemas();

if (process.argv.includes('--check')) {
  const stale = Object.entries(files).filter(([name, text]) => {
    try {
      return readFileSync(join(root, 'docs', 'schema', name), 'utf8') !== text;
    } catch {
      return true; // a missing file is out of date too
    }
  });
  if (stale.length > 0) {
    console.error(`docs/schema is out of date (${stale.map(([name]) => name).join(', ')}): run \`npx tsx scripts/gen-json-schema.ts\``);
    process.exit(1);
  }
  console.log('docs/schema is up to date');
} else {
  for (const dir of [join(root, 'dist', 'schema'), join(root, 'docs', 'schema')]) {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    console.log(`wrote ${Object.keys(files).length} schemas to ${dir}`);
  }
}
