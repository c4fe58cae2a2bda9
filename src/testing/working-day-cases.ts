/**
 * Arbitraries of working-day questions aimed at the days where working-day code goes wrong
 * (RULES.md section 4): starts on public holidays and make-up working days (调休上班), the
 * days next to them, year ends, and the edge of the calendar's coverage.
 * @module
 */
import fc from 'fast-check';
import { chinaCalendar } from '../calendar/china-calendar.js';
import type { UncoveredPolicy, WorkingDayCalendar } from '../calendar/types.js';
import { dayNumberOf, fromDayNumber, type DayNumber, type PlainDate } from '../core/plain-date.js';
import { readBoolean, readOptions, readRenamed, refuse, TESTING_TEXTS } from './options.js';
import { wrongType } from '../core/errors.js';

/**
 * One generated working-day question: `calendar.addWorkingDays(from, days, options)`,
 * `calendar.workingDaysBetween(from, to, options)` and `calendar.dayKind(from, options)`.
 *
 * @example
 * ```ts
 * const { from, days, to, options }: WorkingDayCase = fc.sample(arbWorkingDayCase(), 1)[0]!;
 * const n = Math.abs(days);
 * chinaCalendar.workingDaysBetween(from, chinaCalendar.addWorkingDays(from, n, options), options) === n;
 * //=> true (when no error is thrown)
 * ```
 */
export interface WorkingDayCase {
  /** The day counted from (and whose kind is asked). */
  readonly from: PlainDate;
  /** Working days to add: −40 … 40, mostly small, sometimes 0. */
  readonly days: number;
  /** The other end for `workingDaysBetween`: within 60 days of `from`, either side. */
  readonly to: PlainDate;
  /** What to do with a day of an uncovered year: the calendar's default (`'error'`) or `'weekends-only'`. */
  readonly options: { readonly uncovered: UncoveredPolicy };
}

/**
 * Options of {@link arbWorkingDayCase}.
 *
 * @example
 * ```ts
 * const options: WorkingDayCaseOptions = { calendar: chinaCalendar, beyondCoverage: false };
 * ```
 */
export interface WorkingDayCaseOptions {
  /** The calendar whose holidays, make-up days and coverage the cases aim at (default `chinaCalendar`). */
  readonly calendar?: WorkingDayCalendar;
  /**
   * Whether cases may reach beyond the covered years (default `true`): then some start in
   * the last days of coverage or just after it, with `uncovered` `'error'` or `'weekends-only'`.
   */
  readonly beyondCoverage?: boolean;
  /**
   * The same as `beyondCoverage`.
   *
   * @deprecated Since 0.2: use `beyondCoverage` (`uncovered` names the calendar's `UncoveredPolicy` everywhere else). Still read for one minor version; not with `beyondCoverage`.
   */
  readonly uncovered?: boolean;
}

interface SpecialDays {
  readonly holidays: DayNumber[];
  readonly makeupDays: DayNumber[];
  readonly first: DayNumber;
  readonly last: DayNumber;
}

// Built on first use per calendar, never at module load.
const specialDaysCache = new WeakMap<WorkingDayCalendar, SpecialDays>();

function specialDaysOf(calendar: WorkingDayCalendar): SpecialDays {
  const cached = specialDaysCache.get(calendar);
  if (cached !== undefined) return cached;
  const { years } = calendar.coverage;
  const holidays: DayNumber[] = [];
  const makeupDays: DayNumber[] = [];
  for (const year of years) {
    for (let day = dayNumberOf(year, 1, 1); day <= dayNumberOf(year, 12, 31); day++) {
      const kind = calendar.dayKind(fromDayNumber(day));
      if (kind === 'holiday') holidays.push(day);
      else if (kind === 'makeup-workday') makeupDays.push(day);
    }
  }
  const first = dayNumberOf(calendar.coverage.from, 1, 1);
  const last = dayNumberOf(calendar.coverage.to, 12, 31);
  const found = { holidays, makeupDays, first, last };
  specialDaysCache.set(calendar, found);
  return found;
}

function isCalendar(value: unknown): value is WorkingDayCalendar {
  return typeof value === 'object' && value !== null && typeof (value as WorkingDayCalendar).dayKind === 'function' && typeof (value as WorkingDayCalendar).coverage === 'object';
}

/**
 * An arbitrary of working-day questions on a calendar (default `chinaCalendar`): the day
 * counted from is a public holiday, a make-up working day (调休上班), a day next to either,
 * the last or first days of a year, the last days of coverage or the first ones after it
 * ([I-25]), or any covered day; the count is mostly small (−10 … 10, including 0) and
 * sometimes up to ±40; `options.uncovered` is `'error'` or `'weekends-only'`. The calendar's
 * special days are listed on first use. Throws `SkillcertError` `invalid-input` for options
 * that are not {@link WorkingDayCaseOptions}.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { chinaCalendar } from 'skillcert/calendar';
 * import { arbWorkingDayCase } from 'skillcert/testing';
 *
 * fc.assert(
 *   fc.property(arbWorkingDayCase({ beyondCoverage: false }), ({ from, days, options }) => {
 *     const n = Math.abs(days); // (from, from + n working days] holds n working days
 *     return chinaCalendar.workingDaysBetween(from, chinaCalendar.addWorkingDays(from, n, options), options) === n;
 *   }),
 * );
 * fc.sample(arbWorkingDayCase(), 50).some(({ from }) => chinaCalendar.dayKind(from) === 'makeup-workday');
 * //=> true (almost surely)
 * ```
 */
export function arbWorkingDayCase(options?: WorkingDayCaseOptions): fc.Arbitrary<WorkingDayCase> {
  const read = readOptions(options, ['calendar', 'beyondCoverage', 'uncovered']);
  if (read.calendar !== undefined && !isCalendar(read.calendar)) refuse(wrongType(['calendar'], 'calendar', read.calendar, TESTING_TEXTS));
  const calendar = (read.calendar as WorkingDayCalendar | undefined) ?? chinaCalendar;
  const beyond = readRenamed(read, 'beyondCoverage', 'uncovered');
  const reachOut = readBoolean(beyond.value, [beyond.name]) !== false;
  const { holidays, makeupDays, first, last } = specialDaysOf(calendar);
  const nearby = (days: DayNumber[]) => fc.tuple(fc.constantFrom(...days), fc.constantFrom(-1, 0, 0, 0, 1)).map(([day, shift]) => day + shift);
  const yearEnds = fc.tuple(fc.integer({ min: calendar.coverage.from, max: calendar.coverage.to }), fc.integer({ min: -3, max: 2 })).map(([year, shift]) => dayNumberOf(year, 12, 31) + shift);
  const starts: fc.WeightedArbitrary<DayNumber>[] = [
    { weight: 2, arbitrary: fc.integer({ min: first, max: last }) },
    { weight: 1, arbitrary: yearEnds },
  ];
  if (holidays.length > 0) starts.push({ weight: 3, arbitrary: nearby(holidays) });
  if (makeupDays.length > 0) starts.push({ weight: 3, arbitrary: nearby(makeupDays) });
  if (reachOut) starts.push({ weight: 1, arbitrary: fc.integer({ min: last - 40, max: last + 5 }) });
  const uncovered: fc.Arbitrary<UncoveredPolicy> = reachOut ? fc.constantFrom<UncoveredPolicy>('error', 'error', 'weekends-only') : fc.constant('error');
  return fc
    .record({
      start: fc.oneof(...starts),
      days: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -10, max: 10 }) }, { weight: 1, arbitrary: fc.integer({ min: -40, max: 40 }) }),
      span: fc.integer({ min: -60, max: 60 }),
      uncovered,
    })
    .map(({ start, days, span, uncovered: policy }) => {
      // Without reaching out, both ends and every day counted stay inside the covered years.
      const from = reachOut ? start : Math.min(Math.max(start, first + 90), last - 90);
      return { from: fromDayNumber(from), days, to: fromDayNumber(from + span), options: { uncovered: policy } };
    });
}
