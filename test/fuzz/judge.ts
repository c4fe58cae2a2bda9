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
import { nearValid } from './mutations.js';
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

const anything = fc.anything({ maxDepth: 3, maxKeys: 5, withBigInt: true, withDate: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withTypedArray: true, withMap: true, withSet: true });

/** The three fuzz tests of each target. */
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
