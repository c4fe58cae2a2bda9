// The fuzz of the public functions that take an instant and so would see the host zone if
// src/core/china-time.ts were wrong (test/fuzz/judge.ts says what is checked), and of the
// CLI, whose default as-of date is today in China. Run under every zone of `npm test`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeFuzz, readsZone, RUNS } from './judge.js';
import { runCliSafely, TARGETS } from './targets.js';

describe('fuzz: functions of an instant', () => {
  describeFuzz(TARGETS.filter(readsZone));
});

describe('CLI', () => {
  const files = {
    'profile.json': JSON.stringify({ education: { level: 'bachelor' }, work: [{ from: '2024-01-01', related: true }] }),
    'paper.json': JSON.stringify({ sections: [{ kind: 'single', questions: [{ id: 'q1', points: 100 }] }] }),
    'key.json': JSON.stringify({ q1: 'A' }),
    'responses.json': JSON.stringify({ q1: 'A' }),
    'year.json': JSON.stringify({ year: 2027, holidays: ['2027-01-01'], workdays: [] }),
    'bad.json': '{"__proto__": {"polluted": true}, "work": [{"from": "2026-02-30"}]}',
  };
  const word = fc.oneof(
    fc.constantFrom('check', 'sessions', 'session', 'workdays', 'add', 'score', '--track', 'digital-manager', '--level', 'senior', '--as-of', '2026-11-28', '--json', '--strict', '--explain', '--calendar-data', 'year.json', '-', '2026', '2026-12', '45', '-3', 'profile.json', 'paper.json', 'key.json', 'responses.json', 'bad.json', 'missing.json', '__proto__', '1e308', 'NaN'),
    fc.string({ maxLength: 10 }),
  );
  const stdin = fc.array(fc.oneof(fc.constant(files['profile.json']), fc.constant(files['bad.json']), fc.json({ maxDepth: 2 }), fc.string({ maxLength: 20 })), { maxLength: 4 });

  it('answers every command line with an exit code and never an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 9 }), stdin, async (argv, lines) => {
        const { code, lines: output } = await runCliSafely(argv, files, lines);
        expect([0, 1, 2]).toContain(code);
        expect(output.join('\n')).not.toContain('unexpected error');
      }),
      { numRuns: Math.round(RUNS / 5) },
    );
  });
});
