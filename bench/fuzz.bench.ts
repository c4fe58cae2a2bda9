// The time budget of issue 14: every fuzz input of every public function is answered (or
// refused with SkillcertError) within 100 ms. `npm test` only guards against hangs (1 s,
// test/fuzz/judge.ts: timings are no test's business); this measures the budget. Per target,
// a few thousand inputs from the fuzz tests' own arbitraries (test/fuzz/targets.ts,
// mutations.ts) — anything, near-valid mutations (lying lengths, forged calendars, throwing
// getters at every path, huge arrays) and valid arguments on pre-polluted prototypes — each
// call timed alone, after a warm-up (the first call of a process loads the holiday data).
// Runs the sources (tsx), as the fuzz tests do.
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { anything, FIELD_NAMES, forgedCalendar, nearValid } from '../test/fuzz/mutations.js';
import { TARGETS, type FuzzTarget } from '../test/fuzz/targets.js';

const INPUTS = Number(process.env.FUZZ_BENCH_INPUTS ?? 3000);
const BUDGET_MS = 100;
const SEED = 20_261_128;

type Input = { readonly args: unknown[]; readonly pollution?: unknown };

function inputsOf(target: FuzzTarget, count: number): Input[] {
  const third = Math.round(count / 3);
  const wild = fc.sample(fc.array(anything, { maxLength: 4 }), { numRuns: third, seed: SEED }).map((args) => ({ args }));
  const mutated = fc
    .sample(target.valid.chain((args) => nearValid(args)), { numRuns: count - 2 * third, seed: SEED + 1 })
    .map((args) => ({ args: Array.isArray(args) ? args : [args] }));
  const pollution = fc.oneof(fc.constant<unknown>([{ from: '2000-01-01', related: true }]), fc.constant<unknown>('weekends-only'), fc.constant(null).map(() => forgedCalendar() as unknown), anything);
  const polluted = fc.sample(fc.tuple(target.valid, pollution), { numRuns: third, seed: SEED + 2 }).map(([args, value]) => ({ args, pollution: value }));
  return [...wild, ...mutated, ...polluted];
}

function timeCall(target: FuzzTarget, input: Input): number {
  const prototypes = [Object.prototype, Array.prototype] as Record<string, unknown>[];
  const polluted = 'pollution' in input;
  if (polluted) for (const prototype of prototypes) for (const name of FIELD_NAMES) Object.defineProperty(prototype, name, { value: input.pollution, configurable: true, writable: true });
  const started = performance.now();
  try {
    target.call(input.args);
  } catch {
    // An answer or an error: the fuzz tests judge which; here only the time counts.
  } finally {
    if (polluted) for (const prototype of prototypes) for (const name of FIELD_NAMES) delete prototype[name];
  }
  return performance.now() - started;
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const ms = (value: number): string => (value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(1)} ms`);

export default function benchFuzz(): void {
  console.log(`${INPUTS} fuzz inputs per target (anything, near-valid, valid on polluted prototypes), each call timed; budget ${BUDGET_MS} ms`);
  console.log(`${'target'.padEnd(36)} ${'median'.padStart(9)} ${'p99'.padStart(9)} ${'max'.padStart(9)}  max ≤ ${BUDGET_MS} ms`);
  let over = 0;
  for (const target of TARGETS) {
    const inputs = inputsOf(target, INPUTS);
    for (const input of inputs.slice(0, 50)) timeCall(target, input); // warm-up
    const times = inputsOf(target, INPUTS).map((input) => timeCall(target, input)).sort((a, b) => a - b);
    const max = times.at(-1) ?? Number.NaN;
    if (!(max <= BUDGET_MS)) over++;
    console.log(`${target.name.padEnd(36)} ${ms(quantile(times, 0.5)).padStart(9)} ${ms(quantile(times, 0.99)).padStart(9)} ${ms(max).padStart(9)}  ${max <= BUDGET_MS ? 'yes' : 'NO'}`);
  }
  console.log(over === 0 ? `every target within ${BUDGET_MS} ms` : `${over} target(s) over ${BUDGET_MS} ms at least once`);
}
