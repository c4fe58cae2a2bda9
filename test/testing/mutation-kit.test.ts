// The kit is only worth its name if it finds real mistakes. A small independent validator
// (test/testing/mutation/reference-rules.ts, written from RULES.md) is run against the
// library on the kit's default arbitraries: correct, it must agree on every case at every
// seed (no false alarms); with any one planted mistake, the first disagreement must come
// within 1,000 runs at each of five fixed seeds. The table (with the older uniform
// arbitraries beside it) is printed here and by `npm run bench`.
import { describe, expect, it } from 'vitest';
import { MISTAKES } from './mutation/reference-rules.js';
import { AREA_OF, errataNotYetApplied, formatTable, MAX_RUNS, runsToFailure, SEEDS, type TableRow } from './mutation/runs-to-failure.js';

const rows: TableRow[] = [];

describe('the correct reference validator agrees with the library (no false alarms)', () => {
  it('names the [I-24] errata the library does not apply yet (cases reaching them are left out meanwhile)', () => {
    const lagging = errataNotYetApplied();
    if (lagging.length > 0) console.warn(`[I-24] errata not applied by the library yet: ${lagging.join(', ')}`);
    expect(lagging.every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))).toBe(true);
  });

  it.each(['eligibility', 'working days', 'scoring'] as const)('%s: every case at every seed', (area) => {
    for (const seed of SEEDS) {
      const { found, counterexample } = runsToFailure(area, 'new', seed, undefined, MAX_RUNS);
      expect(found, `seed ${seed}: ${JSON.stringify(counterexample)}`).toBeUndefined();
    }
  });
});

describe('each planted mistake is found by the kit within 1,000 runs at each seed', () => {
  it.each(MISTAKES)('%s', (mistake) => {
    const runs = SEEDS.map((seed) => runsToFailure(AREA_OF[mistake], 'new', seed, mistake).found);
    rows.push({ mistake, kit: 'new', runs });
    expect(runs.every((n) => n !== undefined && n <= MAX_RUNS), `${mistake}: ${runs.join(', ')}`).toBe(true);
  });

  it('prints the runs-to-failure table', () => {
    expect(rows).toHaveLength(MISTAKES.length);
    console.log(`Runs to the first disagreement (> ${MAX_RUNS}: not found):\n${formatTable(rows)}`);
  });
});
