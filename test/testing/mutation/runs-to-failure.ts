// Runs-to-failure of the kit's arbitraries against the reference validator with one planted
// mistake at a time: how many generated cases it takes before the validator disagrees with
// the library. Shared by the mutation test and `npm run bench`.
import fc from 'fast-check';
import { chinaCalendar } from '../../../src/calendar/index.js';
import { SkillcertError } from '../../../src/core/errors.js';
import { checkEligibility } from '../../../src/eligibility/index.js';
import { scorePaper } from '../../../src/scoring/index.js';
import {
  arbEligibilityCase,
  arbLevel,
  arbPaperWithResponses,
  arbPlainDate,
  arbProfile,
  arbScoringCase,
  arbTrack,
  arbWorkingDayCase,
} from '../../../src/testing/index.js';
import {
  dayOf,
  ERRATA,
  MISTAKES,
  NotCovered,
  referenceAddWorkingDays,
  referenceDayKind,
  referenceEligibility,
  referenceScore,
  referenceWorkingDaysBetween,
  type Mistake,
} from './reference-rules.js';

export const SEEDS = [1, 42, 2026, 31337, 987654321] as const;
export const MAX_RUNS = 1000;

type Area = 'eligibility' | 'working days' | 'scoring';
export const AREA_OF: Record<Mistake, Area> = {
  'touching periods not merged': 'eligibility',
  'years as days / 365': 'eligibility',
  'overlaps summed twice': 'eligibility',
  '> for ≥': 'eligibility',
  'certificate issued after asOf counted': 'eligibility',
  'unknown fields ignored': 'eligibility',
  'vocational school counted for any major': 'eligibility',
  'make-up Saturday not a working day': 'working days',
  'holiday counted as a working day': 'working days',
  'multiple choice scored by subset': 'scoring',
};

// ---- what "agree" means in each area ----------------------------------------------------

type EligibilityInput = { profile: unknown; query: { track: string; level: string; asOf: string; policy?: object } };

/** Library and reference agree on the status and on which clauses are met. */
export function eligibilityAgrees({ profile, query }: EligibilityInput, mistake?: Mistake): boolean {
  const library = checkEligibility(profile, query as Parameters<typeof checkEligibility>[1]);
  const reference = referenceEligibility(profile as Parameters<typeof referenceEligibility>[0], query, mistake);
  return library.status === reference.status && library.satisfiedBy.join() === reference.satisfiedBy.join();
}

type WorkingDayInput = { from: string; days: number; to: string; options: { uncovered: 'error' | 'weekends-only' } };

function outcome<T>(run: () => T): T | 'not covered' {
  try {
    return run();
  } catch (error) {
    if (error instanceof NotCovered || (error instanceof SkillcertError && error.code === 'calendar-coverage')) return 'not covered';
    throw error;
  }
}

/** Library and reference agree on the day's kind, the date n working days on, and the count between. */
// [I-24] errata the library does not apply yet (issue 12 adds them on another branch): while
// it still disagrees with the notices on these days, a case whose days reach one of them is
// left out of the comparison, and the test reports the days. Empty once the errata land.
let lagging: string[] | undefined;
export function errataNotYetApplied(): string[] {
  lagging ??= ERRATA.filter((date) => chinaCalendar.dayKind(date) !== referenceDayKind(date, 'error'));
  return lagging;
}

function reachesLagging(from: string, days: number, to: string): boolean {
  const lag = errataNotYetApplied();
  if (lag.length === 0) return false;
  const near = (date: string) => lag.some((day) => Math.abs(dayOf(day) - dayOf(date)) <= Math.abs(days) * 2 + 20);
  return near(from) || lag.some((day) => (day >= from && day <= to) || (day >= to && day <= from));
}

export function workingDaysAgree({ from, days, to, options }: WorkingDayInput, mistake?: Mistake): boolean {
  if (reachesLagging(from, days, to)) return true;
  const u = options.uncovered;
  const pairs: [unknown, unknown][] = [
    [outcome(() => chinaCalendar.dayKind(from, options)), outcome(() => referenceDayKind(from, u, mistake))],
    [outcome(() => chinaCalendar.addWorkingDays(from, days, options)), outcome(() => referenceAddWorkingDays(from, days, u, mistake))],
    [outcome(() => chinaCalendar.workingDaysBetween(from, to, options)), outcome(() => referenceWorkingDaysBetween(from, to, u, mistake))],
  ];
  return pairs.every(([a, b]) => a === b);
}

type ScoringInput = { paper: never; key: never; responses: never; policy: never };

/** Library and reference agree on the total (to 1e-9) and exactly on passing. */
export function scoringAgrees({ paper, key, responses, policy }: ScoringInput, mistake?: Mistake): boolean {
  const library = scorePaper(paper, key, responses, policy);
  const reference = referenceScore(paper, key, responses, policy, mistake);
  return Math.abs(library.total - reference.total) < 1e-9 && library.passed === reference.passed;
}

// ---- the arbitraries compared -------------------------------------------------------------

export type Kit = 'new' | 'old';

/** The kit's edge-aimed arbitraries ('new') or the older uniform ones ('old': arbProfile, arbPlainDate, arbPaperWithResponses). */
export function arbitraryFor(area: Area, kit: Kit): fc.Arbitrary<unknown> {
  if (kit === 'new') {
    if (area === 'eligibility') return arbEligibilityCase();
    if (area === 'working days') return arbWorkingDayCase();
    return arbScoringCase();
  }
  if (area === 'eligibility') {
    return fc.record({ profile: arbProfile(), query: fc.record({ track: arbTrack(), level: arbLevel(), asOf: arbPlainDate() }) });
  }
  if (area === 'working days') {
    return fc.record({
      from: arbPlainDate(),
      days: fc.integer({ min: -40, max: 40 }),
      to: arbPlainDate(),
      options: fc.constantFrom({ uncovered: 'error' as const }, { uncovered: 'weekends-only' as const }),
    });
  }
  return arbPaperWithResponses();
}

export function agrees(area: Area, input: unknown, mistake?: Mistake): boolean {
  if (area === 'eligibility') return eligibilityAgrees(input as EligibilityInput, mistake);
  if (area === 'working days') return workingDaysAgree(input as WorkingDayInput, mistake);
  return scoringAgrees(input as ScoringInput, mistake);
}

/** Runs until the first disagreement (its 1-based run number), or `undefined` when none in `runs`. */
export function runsToFailure(area: Area, kit: Kit, seed: number, mistake?: Mistake, runs = MAX_RUNS): { found?: number; counterexample?: unknown } {
  const details = fc.check(
    fc.property(arbitraryFor(area, kit), (input) => agrees(area, input, mistake)),
    { seed, numRuns: runs, endOnFailure: true },
  );
  if (!details.failed) return {};
  return { found: details.numRuns, counterexample: details.counterexample?.[0] };
}

export interface TableRow {
  readonly mistake: Mistake;
  readonly kit: Kit;
  readonly runs: (number | undefined)[];
}

/** The table: for each mistake and kit, runs-to-failure at each seed. */
export function mutationTable(kits: readonly Kit[] = ['new', 'old'], runs = MAX_RUNS): TableRow[] {
  const rows: TableRow[] = [];
  for (const mistake of MISTAKES) {
    for (const kit of kits) {
      rows.push({ mistake, kit, runs: SEEDS.map((seed) => runsToFailure(AREA_OF[mistake], kit, seed, mistake, runs).found) });
    }
  }
  return rows;
}

export function formatTable(rows: readonly TableRow[], runs = MAX_RUNS): string {
  const name = (kit: Kit, mistake: Mistake) => {
    const area = AREA_OF[mistake];
    if (kit === 'new') return area === 'eligibility' ? 'arbEligibilityCase' : area === 'working days' ? 'arbWorkingDayCase' : 'arbScoringCase';
    return area === 'eligibility' ? 'arbProfile' : area === 'working days' ? 'arbPlainDate' : 'arbPaperWithResponses';
  };
  const header = `| mistake | arbitrary | ${SEEDS.map((seed) => `seed ${seed}`).join(' | ')} |`;
  const line = `|---|---|${SEEDS.map(() => '---:').join('|')}|`;
  const body = rows.map((row) => `| ${row.mistake} | ${name(row.kit, row.mistake)} | ${row.runs.map((n) => (n === undefined ? `> ${runs}` : String(n))).join(' | ')} |`);
  return [header, line, ...body].join('\n');
}
