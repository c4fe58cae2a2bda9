// Hostile input across the whole public API: anything, and near-valid mutations of valid
// arguments, must give either an answer of the right shape or a SkillcertError with a code
// (and, for input errors, issue paths) — never a TypeError, RangeError, zod error, stack
// overflow or hang. Deterministic by default (fixed seed); FUZZ_RUNS and FUZZ_SEED to explore.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { SkillcertError } from '../../src/core/errors.js';
import { FIELD_NAMES, forgedCalendar, lyingList, nearValid } from './mutations.js';
import { runCliSafely, TARGETS } from './targets.js';

// 10,000 runs per function under UTC (and when TZ is unset); the other time zones of
// `npm test` repeat the fuzz with 1,000 runs each, since the answers, not the search, are
// what depends on the zone.
const defaultRuns = [undefined, '', 'UTC'].includes(process.env.TZ) ? 10_000 : 1_000;
const RUNS = Number(process.env.FUZZ_RUNS ?? defaultRuns);
const SEED = process.env.FUZZ_SEED === 'random' ? undefined : Number(process.env.FUZZ_SEED ?? 20_261_128);
const CODES = new Set(['invalid-input', 'invalid-date', 'calendar-coverage', 'calendar-data']);

// Each input is answered (or refused) within 100 ms: a reader that loops over a lying length
// or a huge list is caught here. One slow run is retried, so that a GC pause or a busy machine
// is not taken for a hang; only a second slow run fails.
const MAX_MS = Number(process.env.FUZZ_MAX_MS ?? 100);

function judge(call: () => unknown, answerShape: (answer: unknown) => void, retried = false): void {
  let answer: unknown;
  const started = performance.now();
  try {
    answer = call();
  } catch (error) {
    checkTime(started, call, answerShape, retried);
    if (!(error instanceof SkillcertError)) throw new Error(`threw something other than SkillcertError: ${String(error)}`, { cause: error });
    expect(CODES.has(error.code), `unknown code ${error.code}`).toBe(true);
    expect(typeof error.message).toBe('string');
    if (error.code === 'invalid-input' || error.code === 'invalid-date') {
      expect(error.issues.length).toBeGreaterThan(0);
      for (const issue of error.issues) {
        expect(Array.isArray(issue.path)).toBe(true);
        expect(issue.path.every((segment) => typeof segment === 'string' || typeof segment === 'number')).toBe(true);
        expect(typeof issue.message).toBe('string');
      }
    }
    if (error.code === 'calendar-coverage') expect(Number.isInteger(error.year)).toBe(true);
    return;
  }
  checkTime(started, call, answerShape, retried);
  answerShape(answer);
}

function checkTime(started: number, call: () => unknown, answerShape: (answer: unknown) => void, retried: boolean): void {
  const elapsed = performance.now() - started;
  if (elapsed <= MAX_MS) return;
  if (retried) throw new Error(`took ${Math.round(elapsed)} ms (limit ${MAX_MS} ms), twice`);
  judge(call, answerShape, true);
}

// Every field name the library reads, on Object.prototype and Array.prototype, during one call.
function withPollutedPrototypes<T>(value: unknown, run: () => T): T {
  const targets = [Object.prototype, Array.prototype] as Record<string, unknown>[];
  for (const target of targets) for (const name of FIELD_NAMES) Object.defineProperty(target, name, { value, configurable: true, writable: true });
  try {
    return run();
  } finally {
    for (const target of targets) for (const name of FIELD_NAMES) delete target[name];
  }
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

  it('survives pre-polluted prototypes', () => {
    const pollution = fc.oneof(fc.constant<unknown>([{ from: '2000-01-01', related: true }]), fc.constant<unknown>('weekends-only'), fc.constant<unknown>(forgedCalendar()), fc.constant<unknown>(lyingList([], 'valueOf')), anything);
    fc.assert(
      fc.property(target.valid, pollution, (args, value) => withPollutedPrototypes(value, () => judge(() => target.call(args), target.answerShape))),
      { numRuns: Math.max(100, Math.round(numRuns / 10)), seed: SEED },
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
