#!/usr/bin/env node
// The `skillcert` executable: wires the CLI to the process.
import { createRequire } from 'node:module';
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

// Output waits for its reader: the next chunk is written only once the last one has been
// taken (or is buffered below the stream's mark), so a slow reader never grows our memory.
function write(text: string): Promise<void> {
  if (process.stdout.write(text)) return Promise.resolve();
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

void runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  write,
  err: (line) => process.stderr.write(`${line}\n`),
  stdin: () => process.stdin,
  now: () => Date.now(),
  version: installedVersion(),
  workerScript: new URL('./cli-worker.js', import.meta.url),
}).then((code) => {
  process.exitCode = code;
});
