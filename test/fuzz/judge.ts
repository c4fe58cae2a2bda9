// Hostile input across the whole public API: anything, and near-valid mutations of valid
// arguments, must give either an answer of the right shape or a SkillcertError with a code
// (and, for input errors, issue paths) — never a TypeError, RangeError, zod error, stack
// overflow or hang; valid arguments must get an answer of the right shape, never an error.
// The test files api*.test.ts share the targets out (see describeFuzz). Deterministic by
// default (the suite's seed, test/setup.ts); FUZZ_RUNS and FUZZ_SEED to explore.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ISSUE_CODES, SkillcertError } from '../../src/core/errors.js';
import { ZONE_READERS } from '../zoned-files.js';
import { anything, FIELD_NAMES, forgedCalendar, lyingList, nearValid, PLAUSIBLE_POLLUTION } from './mutations.js';
import type { FuzzTarget } from './targets.js';

// 10,000 runs per function under UTC (and when TZ is unset); the other time zones of
// `npm test` repeat the zone-reading targets with 1,000 runs each, since the answers, not the
// search, are what depends on the zone.
const defaultRuns = [undefined, '', 'UTC'].includes(process.env.TZ) ? 10_000 : 1_000;
export const RUNS = Number(process.env.FUZZ_RUNS ?? defaultRuns);
const CODES = new Set(['invalid-input', 'invalid-date', 'calendar-coverage', 'calendar-data']);

// Each input is answered (or refused) in bounded time (issue 14): a reader that loops over a
// lying length or a huge list (minutes) is caught here. The budget is 100 ms on a quiet machine
// (FUZZ_MAX_MS=100 checks it); the suite's default guard is 1 s, so that a machine busy with
// other work does not turn a slow run into a failure (timings are no test's business). One slow
// run is retried; only a second slow run fails.
const MAX_MS = Number(process.env.FUZZ_MAX_MS ?? 1000);

/** Whether a target calls a function that reads the host zone if china-time.ts were wrong. */
export function readsZone(target: FuzzTarget): boolean {
  const source = target.call.toString();
  return Object.values(ZONE_READERS).some((names) => names.some((name) => new RegExp(`\\b${name}\\b`).test(source)));
}

/** A call's answer or SkillcertError, each checked; anything else thrown fails. */
export function judge(call: () => unknown, answerShape: (answer: unknown) => void, retried = false): void {
  let answer: unknown;
  const started = performance.now();
  try {
    answer = call();
  } catch (error) {
    checkTime(started, call, answerShape, retried);
    if (!(error instanceof SkillcertError)) throw new Error(`threw something other than SkillcertError: ${String(error)}`, { cause: error });
    checkError(error);
    return;
  }
  checkTime(started, call, answerShape, retried);
  answerShape(answer);
}

// Plain checks, not vitest's expect: this runs for every one of hundreds of thousands of
// inputs, and expect's bookkeeping (assertion counting, chai's proxies) was half the fuzz
// suite's time, measured with a CPU profile.
function check(condition: boolean, what: string, error: SkillcertError): void {
  if (!condition) throw new Error(`${what}: ${error.code} ${JSON.stringify(error.issues)}`, { cause: error });
}

const hasChinese = /[\u4e00-\u9fff]/;
const hasText = /\S/;

/** A SkillcertError as the API promises it: a known code, texts in both languages, issues with paths. */
function checkError(error: SkillcertError): void {
  check(CODES.has(error.code), `unknown code ${error.code}`, error);
  check(typeof error.message === 'string', 'message is not a string', error);
  if (error.code === 'invalid-input' || error.code === 'invalid-date') {
    check(error.issues.length > 0, 'no issues', error);
    for (const issue of error.issues) {
      check(Array.isArray(issue.path), 'path is not an array', error);
      check(issue.path.every((segment) => typeof segment === 'string' || typeof segment === 'number'), 'path segment neither string nor number', error);
      // Every issue has a code of the closed set and its text in both languages.
      check(ISSUE_CODES.includes(issue.code), `issue code ${issue.code} not in ISSUE_CODES`, error);
      check(hasText.test(issue.message.en), 'issue without English text', error);
      check(hasChinese.test(issue.message.zh), 'issue without Chinese text', error);
    }
  }
  check(hasText.test(error.text.en), 'error without English text', error);
  check(hasChinese.test(error.text.zh), 'error without Chinese text', error);
  if (error.code === 'calendar-coverage') check(Number.isInteger(error.year), 'calendar-coverage without a year', error);
}

function checkTime(started: number, call: () => unknown, answerShape: (answer: unknown) => void, retried: boolean): void {
  const elapsed = performance.now() - started;
  if (elapsed <= MAX_MS) return;
  if (retried) throw new Error(`took ${Math.round(elapsed)} ms (limit ${MAX_MS} ms), twice`);
  judge(call, answerShape, true);
}

/** A call on valid arguments: it must answer (no error of any kind), with an answer to those arguments. */
export function expectAnswer(target: FuzzTarget, args: unknown[]): void {
  let answer: unknown;
  try {
    answer = target.call(args);
  } catch (error) {
    const code = error instanceof SkillcertError ? ` (${error.code})` : '';
    throw new Error(`refused valid arguments${code}: ${String(error)}`, { cause: error });
  }
  target.answerShape(answer, args);
}

// Every field name the library reads, on Object.prototype and Array.prototype, during the
// library's call alone: the judge (vitest's expect, fast-check, the shape checks) runs with
// clean prototypes, so that what is tested is the library, not the test's own tools (which
// read fields such as `kind` or `from` of their own objects and broke under a whole-test
// pollution).
// `value` on every field name, or (PLAUSIBLE_POLLUTION) a value per field name.
function withPollutedPrototypes<T>(value: unknown, run: () => T): T {
  const targets = [Object.prototype, Array.prototype] as Record<string, unknown>[];
  const entries: [string, unknown][] = value === PLAUSIBLE_POLLUTION ? Object.entries(PLAUSIBLE_POLLUTION) : FIELD_NAMES.map((name) => [name, value]);
  for (const target of targets) for (const [name, polluting] of entries) Object.defineProperty(target, name, { value: polluting, configurable: true, writable: true });
  try {
    return run();
  } finally {
    for (const target of targets) for (const [name] of entries) delete target[name];
  }
}

// Polluting values per target: each is one batch of calls.
const POLLUTING_VALUES = 10;
const pollution = fc.oneof(
  fc.constant<unknown>([{ from: '2000-01-01', related: true }]),
  fc.constant<unknown>('weekends-only'),
  fc.constant(null).map(() => forgedCalendar() as unknown),
  fc.constant(null).map(() => lyingList([], 'valueOf') as unknown),
  fc.constant(null).map(() => lyingList(['2026-10-01'], 'number') as unknown),
  anything,
);

// What polluted the prototypes, for a failure's message: without reading the value (a lying
// list would answer 2³² − 1 to a printer).
function describePollution(value: unknown): string {
  if (value === PLAUSIBLE_POLLUTION) return 'PLAUSIBLE_POLLUTION';
  return typeof value === 'object' && value !== null ? Object.prototype.toString.call(value) : typeof value === 'symbol' ? 'a symbol' : String(value);
}

type Outcome = { readonly answer: unknown } | { readonly error: unknown };

/** A call's answer or what it threw, with the time it took. */
function timedOutcomeOf(call: () => unknown): { outcome: Outcome; elapsed: number } {
  const started = performance.now();
  let outcome: Outcome;
  try {
    outcome = { answer: call() };
  } catch (error) {
    outcome = { error };
  }
  return { outcome, elapsed: performance.now() - started };
}

/** Answers or throws again as the call did. */
function replay(outcome: Outcome): unknown {
  if ('error' in outcome) throw outcome.error;
  return outcome.answer;
}

/** A call's answer, or what it threw, as data to compare: an error by its code and issues. */
function outcomeOf(call: () => unknown): unknown {
  try {
    return { answer: call() };
  } catch (error) {
    if (!(error instanceof SkillcertError)) return { thrown: String(error) };
    return { code: error.code, year: error.year, issues: error.issues.map(({ path, code, params }) => ({ path, code, params })) };
  }
}


/** The three fuzz tests of each target (the fourth, on polluted prototypes: {@link describePollutionFuzz}). */
export function describeFuzz(targets: readonly FuzzTarget[]): void {
  it('has targets to fuzz', () => expect(targets.length).toBeGreaterThan(0));
  afterAll(() => {
    // Nothing fed to the targets may have reached Object.prototype.
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  describe.each(targets.map((target) => [target.name, target] as const))('%s', (_name, target) => {
    const numRuns = Math.max(100, Math.round(RUNS * (target.runsFactor ?? 1)));

    it('answers valid arguments', () => {
      fc.assert(
        fc.property(target.valid, (args) => expectAnswer(target, args)),
        { numRuns: Math.min(numRuns, 500) },
      );
    });

    it('survives anything', () => {
      fc.assert(
        fc.property(fc.array(anything, { maxLength: 4 }), (args) => judge(() => target.call(args), (answer) => target.answerShape(answer))),
        { numRuns },
      );
    });

    it('survives near-valid mutations', () => {
      fc.assert(
        fc.property(target.valid.chain((args) => nearValid(args)), (args) => judge(() => target.call(Array.isArray(args) ? args : [args]), (answer) => target.answerShape(answer))),
        { numRuns },
      );
    });
  });
}

/**
 * The fourth fuzz test of each target, in a test file of its own (api-polluted.test.ts):
 * changing `Object.prototype` makes V8 drop what it learnt of every object's shape for the rest
 * of the process, which made every later test of a file about 1.5× slower (and is why this test
 * once left the judge). vitest runs each file in a fresh process.
 */
export function describePollutionFuzz(targets: readonly FuzzTarget[]): void {
  it('has targets to fuzz', () => expect(targets.length).toBeGreaterThan(0));
  describe.each(targets.map((target) => [target.name, target] as const))('%s', (_name, target) => {
    // Pre-polluted prototypes (issue 14, finding 7): valid arguments with every field name the
    // library reads on Object.prototype and Array.prototype get the answer they get without
    // (or the same error), in bounded time. The prototypes are polluted around the library's
    // calls alone, a batch of them per polluting value (each pollution and clean-up makes V8
    // drop what it learnt of every object's shape: one per call made this test 5× slower), and
    // the answers are judged after, on clean prototypes. A tenth of the runs.
    it('survives pre-polluted prototypes', () => {
      const runs = Math.max(100, Math.round(RUNS * (target.runsFactor ?? 1) / 10));
      // The plausible values per field name first, for every target; then one value on all.
      const values = [PLAUSIBLE_POLLUTION, ...fc.sample(pollution, { numRuns: POLLUTING_VALUES - 1 })];
      const batch = fc.sample(target.valid, { numRuns: Math.ceil(runs / POLLUTING_VALUES) });
      for (const value of values) {
        const what = describePollution(value);
        const clean = batch.map((args) => outcomeOf(() => target.call(args)));
        const polluted = withPollutedPrototypes(value, () => batch.map((args) => timedOutcomeOf(() => target.call(args))));
        polluted.forEach(({ outcome, elapsed }, i) => {
          const args = batch[i] as unknown[];
          const again = () => withPollutedPrototypes(value, () => target.call(args));
          // Slow once: retried alone, as judge does; the retry must answer in time.
          judge(elapsed <= MAX_MS ? () => replay(outcome) : again, (answer) => target.answerShape(answer));
          expect(outcomeOf(() => replay(outcome)), `arguments ${i} of the batch, polluted with ${what}`).toEqual(clean[i]);
        });
      }
    });
  });
}
