// Hostile input across the whole public API: anything, and near-valid mutations of valid
// arguments, must give either an answer of the right shape or a SkillcertError with a code
// (and, for input errors, issue paths) — never a TypeError, RangeError, zod error, stack
// overflow or hang. Deterministic by default (fixed seed); FUZZ_RUNS and FUZZ_SEED to explore.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ISSUE_CODES, SkillcertError } from '../../src/core/errors.js';
import { nearValid } from './mutations.js';
import { runCliSafely, TARGETS } from './targets.js';

// 10,000 runs per function under UTC (and when TZ is unset); the other time zones of
// `npm test` repeat the fuzz with 1,000 runs each, since the answers, not the search, are
// what depends on the zone.
const defaultRuns = [undefined, '', 'UTC'].includes(process.env.TZ) ? 10_000 : 1_000;
const RUNS = Number(process.env.FUZZ_RUNS ?? defaultRuns);
const SEED = process.env.FUZZ_SEED === 'random' ? undefined : Number(process.env.FUZZ_SEED ?? 20_261_128);
const CODES = new Set(['invalid-input', 'invalid-date', 'calendar-coverage', 'calendar-data']);

function judge(call: () => unknown, answerShape: (answer: unknown) => void): void {
  let answer: unknown;
  try {
    answer = call();
  } catch (error) {
    if (!(error instanceof SkillcertError)) throw new Error(`threw something other than SkillcertError: ${String(error)}`, { cause: error });
    expect(CODES.has(error.code), `unknown code ${error.code}`).toBe(true);
    expect(typeof error.message).toBe('string');
    if (error.code === 'invalid-input' || error.code === 'invalid-date') {
      expect(error.issues.length).toBeGreaterThan(0);
      for (const issue of error.issues) {
        expect(Array.isArray(issue.path)).toBe(true);
        expect(issue.path.every((segment) => typeof segment === 'string' || typeof segment === 'number')).toBe(true);
        // Every issue has a code of the closed set and its text in both languages.
        expect(ISSUE_CODES).toContain(issue.code);
        expect(issue.message.en).toMatch(/\S/);
        expect(issue.message.zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(error.text.en).toMatch(/\S/);
    expect(error.text.zh).toMatch(/[\u4e00-\u9fff]/);
    if (error.code === 'calendar-coverage') expect(Number.isInteger(error.year)).toBe(true);
    return;
  }
  answerShape(answer);
}

const anything = fc.anything({ maxDepth: 3, maxKeys: 5, withBigInt: true, withDate: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withTypedArray: true, withMap: true, withSet: true });

describe.each(TARGETS.map((target) => [target.name, target] as const))('%s', (_name, target) => {
  const numRuns = Math.max(100, Math.round(RUNS * (target.runsFactor ?? 1)));

  it('answers valid arguments', () => {
    fc.assert(fc.property(target.valid, (args) => judge(() => target.call(args), target.answerShape)), { numRuns: Math.min(numRuns, 500), seed: SEED });
  });

  it('survives anything', () => {
    fc.assert(
      fc.property(fc.array(anything, { maxLength: 4 }), (args) => judge(() => target.call(args), target.answerShape)),
      { numRuns, seed: SEED },
    );
  });

  it('survives near-valid mutations', () => {
    fc.assert(
      fc.property(target.valid.chain((args) => nearValid(args)), (args) => judge(() => target.call(Array.isArray(args) ? args : [args]), target.answerShape)),
      { numRuns, seed: SEED },
    );
  });
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
      { numRuns: Math.round(RUNS / 5), seed: SEED },
    );
  });
});

afterAll(() => {
  // Nothing fed above may have reached Object.prototype.
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
