// Writes docs/rules.md from the clause data and the readings (src/rules-doc.ts).
// `npx tsx scripts/gen-rules-doc.ts` regenerates it; `--check` exits 1 when the committed
// file differs (for CI), without writing.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRulesDoc } from '../src/rules-doc.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules.md');
const text = renderRulesDoc();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // A missing file is out of date too.
  }
  if (current !== text) {
    console.error('docs/rules.md is out of date: run `npx tsx scripts/gen-rules-doc.ts`');
    process.exit(1);
  }
  console.log('docs/rules.md is up to date');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
