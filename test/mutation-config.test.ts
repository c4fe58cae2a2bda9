// stryker.config.mjs mutates one function of src/core/issue-messages.ts (issueText, the logic
// in a file of message tables) by its line range, which goes stale when lines above it move:
// it once pointed at a template, so core's mutation score measured the wrong code.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('the mutation range on issue-messages.ts is exactly the issueText function', () => {
  const config = readFileSync(new URL('../stryker.config.mjs', import.meta.url), 'utf8');
  const range = /'src\/core\/issue-messages\.ts:(\d+)-(\d+)'/.exec(config);
  expect(range).not.toBeNull();
  const lines = readFileSync(new URL('../src/core/issue-messages.ts', import.meta.url), 'utf8').split('\n');
  const first = lines.findIndex((line) => line.startsWith('export function issueText(')) + 1;
  const last = lines.findIndex((line, index) => index >= first && line === '}') + 1;
  expect(first).toBeGreaterThan(0);
  expect([Number(range?.[1]), Number(range?.[2])]).toEqual([first, last]);
});
