#!/usr/bin/env node
// The `skillcert` executable: wires the CLI to the process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { runCli } from './main.js';

// A reader that stops early (`skillcert sessions 2026 | head -1`) closes the pipe: that ends
// the run quietly, as it does for any shell tool, rather than as a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && stream === process.stdout) process.stderr.write(`skillcert: cannot write the output: ${error.message}\n`);
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
  });
}

// dist/cli.js sits one folder below the package's package.json.
function installedVersion(): string | undefined {
  try {
    return (createRequire(import.meta.url)('../package.json') as { version?: unknown }).version as string | undefined;
  } catch {
    return undefined;
  }
}

void runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readFile: (path) => readFileSync(path, 'utf8'),
  stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  now: () => Date.now(),
  version: installedVersion(),
}).then((code) => {
  process.exitCode = code;
});
