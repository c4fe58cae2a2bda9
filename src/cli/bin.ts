#!/usr/bin/env node
// The `skillcert` executable: wires the CLI to the process.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { runCli } from './main.js';

void runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readFile: (path) => readFileSync(path, 'utf8'),
  stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  now: () => Date.now(),
}).then((code) => {
  process.exitCode = code;
});
