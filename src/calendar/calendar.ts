/**
 * The working-day calendar over an index of official days ([I-21], RULES.md §4).
 * @module
 */
import { invalidInput, readGuarded, SkillcertError, type IssuePath } from '../core/errors.js';
import {
  dayNumberOf,
  dayNumberOfText,
  fromDayNumber,
  parsePlainDate,
  toDayNumber,
  type DayNumber,
  type PlainDate,
  type PlainDateInput,
} from '../core/plain-date.js';
import { describeValue } from '../core/describe-value.js';
import {
  buildDayIndex,
  COUNTS_AS_WORKING,
  dateTextOf,
  estimatedKindOf,
  firstUncoveredYear,
  officialKindOf,
  officiallyWorking,
  touchesNotFinal,
  touchesUncovered,
  workingDayWithCount,
  workingDaysBefore,
  type DayIndex,
} from './day-index.js';
import { holidayNameOf } from './holiday-name.js';
import { mergeYear, readScheduleData, readYearSchedule, type ScheduleSource } from './schedule-data.js';
import type {
  CalendarAnswer,
  CalendarCoverage,
  CalendarData,
  CalendarOptions,
  DayKind,
  SkippedDay,
  UncoveredPolicy,
  WorkingDayCalendar,
  WorkingDaysExplanation,
  YearSchedule,
} from './types.js';

/**
 * The largest |n| accepted for a count of working days (about 380 years); a larger one is
 * `invalid-input` at path `['n']`.
 *
 * @example
 * ```ts
 * chinaCalendar.addWorkingDays('2026-01-05', MAX_WORKING_DAYS + 1);
 * // throws SkillcertError { code: 'invalid-input', issues: [{ path: ['n'], … }] }
 * ```
 */
export const MAX_WORKING_DAYS = 100_000;

// Day numbers of 0001-01-01 and 9999-12-31, the range a PlainDate can name.
const FIRST_DAY = -719_162;
const LAST_DAY = 2_932_896;

/** A checked source with its index, built together on first use. */
interface Loaded {
  readonly source: ScheduleSource;
  readonly index: DayIndex;
  readonly coverage: CalendarCoverage;
}

// Issue paths, shared so that the hot path allocates nothing.
const DATE_PATH = ['date'] as const;
const FROM_PATH = ['a'] as const;
const TO_PATH = ['b'] as const;

// A registry-wide brand, as SkillcertError has, so that a calendar made by another copy of
// the library (an ESM and a CJS build) is recognised. Its value is the calendar itself: a
// copy, a proxy or an object made with `Object.create(calendar)` does not carry it.
const BRAND = Symbol.for('skillcert.calendar');

/**
 * Whether a value is a calendar made by the library (`chinaCalendar`, `createCalendar`,
 * `createChinaCalendarFromData`, `withYear`), so that its answers can be trusted. An object
 * that only looks like one, or a proxy, is not (a hostile proxy that throws neither).
 *
 * @example
 * ```ts
 * [isWorkingDayCalendar(chinaCalendar), isWorkingDayCalendar({ ...chinaCalendar })];
 * //=> [true, false]
 * ```
 */
export function isWorkingDayCalendar(value: unknown): value is WorkingDayCalendar {
  try {
    return value != null && (value as Record<symbol, unknown>)[BRAND] === value;
  } catch {
    return false;
  }
}

/**
 * A {@link WorkingDayCalendar} over a source of official days that is read on first use:
 * constructing one does no work, so a module may create it at import time. Internal: users
 * get one from `createCalendar`, `createChinaCalendarFromData` or `chinaCalendar`.
 *
 * @example
 * ```ts
 * const calendar = new IndexedWorkingDayCalendar(() => readScheduleData(data).source);
 * calendar.isWorkingDay('2030-10-01');
 * //=> false
 * ```
 */
export class IndexedWorkingDayCalendar implements WorkingDayCalendar {
  readonly #readSource: () => ScheduleSource;
  #loaded: Loaded | undefined;

  /** `readSource` is called once, on the first method call, and may throw `SkillcertError`. */
  constructor(readSource: () => ScheduleSource) {
    this.#readSource = readSource;
    Object.defineProperty(this, BRAND, { value: this });
  }

  #load(): Loaded {
    if (this.#loaded !== undefined) return this.#loaded;
    const source = this.#readSource();
    const years = Object.freeze([...source.years]);
    const to = years.at(-1) ?? 0;
    // [I-25]: the last covered year's 29–31 December wait for the next year's notice.
    const finalThrough = to >= 1 ? fromDayNumber(dayNumberOf(to, 12, 28)) : fromDayNumber(FIRST_DAY);
    const coverage = Object.freeze({ from: years[0] ?? 0, to, years, finalThrough });
    this.#loaded = { source, index: buildDayIndex(source), coverage };
    return this.#loaded;
  }

  get coverage(): CalendarCoverage {
    return this.#load().coverage;
  }

  dayKind(date: PlainDateInput, options?: CalendarOptions): DayKind {
    const day = readDay(date, DATE_PATH);
    const policy = readPolicy(options);
    const { index } = this.#load();
    return officialKindOf(index, day) ?? uncoveredKind(index, day, policy);
  }

  isWorkingDay(date: PlainDateInput, options?: CalendarOptions): boolean {
    const day = readDay(date, DATE_PATH);
    const policy = readPolicy(options);
    const { index } = this.#load();
    return officiallyWorking(index, day) ?? COUNTS_AS_WORKING[uncoveredKind(index, day, policy)];
  }

  addWorkingDays(date: PlainDateInput, n: number, options?: CalendarOptions): PlainDate {
    const day = readDay(date, DATE_PATH);
    const count = readCount(n);
    const policy = readPolicy(options);
    const { index } = this.#load();
    return dateTextOf(index, countFrom(index, day, count, policy));
  }

  addWorkingDaysDetailed(date: PlainDateInput, n: number, options?: CalendarOptions): CalendarAnswer<PlainDate> {
    const day = readDay(date, DATE_PATH);
    const count = readCount(n);
    const policy = readPolicy(options);
    const { index } = this.#load();
    const result = countFrom(index, day, count, policy);
    return { value: dateTextOf(index, result), provisional: countIsProvisional(index, day, result) };
  }

  workingDaysBetween(a: PlainDateInput, b: PlainDateInput, options?: CalendarOptions): number {
    return this.workingDaysBetweenDetailed(a, b, options).value;
  }

  workingDaysBetweenDetailed(a: PlainDateInput, b: PlainDateInput, options?: CalendarOptions): CalendarAnswer<number> {
    const from = readDay(a, FROM_PATH);
    const to = readDay(b, TO_PATH);
    const policy = readPolicy(options);
    const { index } = this.#load();
    const first = Math.min(from, to) + 1;
    const last = Math.max(from, to);
    const uncovered = touchesUncovered(index, first, last);
    if (uncovered && policy === 'error') throw coverageError(index, firstUncoveredYear(index, first, last, to < from));
    const provisional = uncovered || touchesNotFinal(index, first, last);
    return { value: workingDaysBefore(index, to + 1) - workingDaysBefore(index, from + 1), provisional };
  }

  explainWorkingDays(date: PlainDateInput, n: number, options?: CalendarOptions): WorkingDaysExplanation {
    const day = readDay(date, DATE_PATH);
    const count = readCount(n);
    const policy = readPolicy(options);
    const { index, source } = this.#load();
    const result = countFrom(index, day, count, policy);
    const skipped: SkippedDay[] = [];
    const makeupWorkdays: PlainDate[] = [];
    const first = Math.min(day, result);
    const last = Math.max(day, result);
    // The days passed over lie strictly between the start and the result.
    for (let passed = first + 1; passed < last; passed++) {
      const kind = estimatedKindOf(index, passed);
      if (kind === 'makeup-workday') makeupWorkdays.push(dateTextOf(index, passed));
      else if (kind === 'weekend') skipped.push({ date: dateTextOf(index, passed), kind });
      else if (kind === 'holiday') skipped.push(namedHoliday(index, source, passed));
    }
    // The result itself counted; say so when it is a make-up working day.
    if (result !== day && estimatedKindOf(index, result) === 'makeup-workday') {
      if (result > day) makeupWorkdays.push(dateTextOf(index, result));
      else makeupWorkdays.unshift(dateTextOf(index, result));
    }
    return { result: dateTextOf(index, result), skipped, makeupWorkdays, provisional: countIsProvisional(index, day, result) };
  }

  withYear(year: number, data: YearSchedule): WorkingDayCalendar {
    const added = readGuarded(() => readYearSchedule(year, data));
    if (added.issues.length > 0) throw invalidInput(added.issues);
    // Read the base now, so that a broken base fails here rather than in the new calendar.
    const base = this.#load().source;
    const merged = mergeYear(base, year, added.source);
    return new IndexedWorkingDayCalendar(() => merged);
  }
}

/**
 * A working-day calendar from the caller's own data: the covered years, their public
 * holidays and their make-up working days (each a list of dates, or a plain object mapping
 * date to a name such as `"National Day,国庆节,3"`). Throws `SkillcertError` `invalid-input`
 * (with paths) when the data is malformed, names a day outside the covered years, lists a day
 * both as a holiday and as a make-up working day, or is too long: at most 9,999 covered years
 * and 100,000 holidays (and as many make-up working days) are accepted.
 *
 * @example
 * ```ts
 * const calendar = createCalendar({
 *   years: [2030],
 *   holidays: { '2030-10-01': 'National Day,国庆节,1' },
 *   workdays: ['2030-09-29'],
 * });
 * calendar.dayKind('2030-10-01');
 * //=> 'holiday'
 * calendar.addWorkingDays('2030-09-27', 1);
 * //=> '2030-09-29'
 * ```
 */
export function createCalendar(data: CalendarData): WorkingDayCalendar {
  const read = readGuarded(() => readScheduleData(data));
  if (read.issues.length > 0) throw invalidInput(read.issues);
  return new IndexedWorkingDayCalendar(() => read.source);
}

// The n-th working day from `day` [I-21]: strictly after it for n > 0, strictly before for
// n < 0. Throws calendar-coverage under 'error' when a day of an uncovered year lies
// between (then the official answer is beyond the data too: the covered days fall short).
function countFrom(index: DayIndex, day: DayNumber, n: number, policy: UncoveredPolicy): DayNumber {
  if (n === 0) return day;
  const result =
    n > 0
      ? workingDayWithCount(index, workingDaysBefore(index, day + 1) + n)
      : workingDayWithCount(index, workingDaysBefore(index, day) + n + 1);
  if (policy === 'error' && countUsedUncovered(index, day, result)) {
    const [first, last] = n > 0 ? [day + 1, result] : [result, day - 1];
    throw coverageError(index, firstUncoveredYear(index, first, last, n < 0));
  }
  if (result < FIRST_DAY || result > LAST_DAY) {
    throw invalidInput([{ path: ['n'], message: `${n} working days from ${fromDayNumber(day)} falls outside the years 0001–9999` }]);
  }
  return result;
}

// Whether counting from `day` to `result` looked at a day of an uncovered year: the days
// looked at are (day, result] forwards and [result, day) backwards.
function countUsedUncovered(index: DayIndex, day: DayNumber, result: DayNumber): boolean {
  if (result === day) return false;
  return result > day ? touchesUncovered(index, day + 1, result) : touchesUncovered(index, result, day - 1);
}

// Whether a count's answer is provisional: it used a day of an uncovered year, or a day that
// is published but not final [I-25] (which never throws: the data does cover it).
function countIsProvisional(index: DayIndex, day: DayNumber, result: DayNumber): boolean {
  if (result === day) return false;
  const [first, last] = result > day ? [day + 1, result] : [result, day - 1];
  return touchesUncovered(index, first, last) || touchesNotFinal(index, first, last);
}

function uncoveredKind(index: DayIndex, day: DayNumber, policy: UncoveredPolicy): DayKind {
  if (policy === 'error') throw coverageError(index, firstUncoveredYear(index, day, day, false));
  return estimatedKindOf(index, day);
}

function namedHoliday(index: DayIndex, source: ScheduleSource, day: DayNumber): SkippedDay {
  const label = source.holidays.get(day);
  const date = dateTextOf(index, day);
  return label === undefined ? { date, kind: 'holiday' } : { date, kind: 'holiday', name: holidayNameOf(label) };
}

function coverageError(index: DayIndex, year: number): SkillcertError {
  const { years } = index;
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? 0;
  const covered = years.length === last - first + 1 ? `${first}–${last}` : years.join(', ');
  const message = `no official holiday schedule for ${year} in the calendar data (covered: ${covered}); pass { uncovered: 'weekends-only' } to estimate from weekends`;
  return new SkillcertError('calendar-coverage', message, { year, issues: [{ path: [], message }] });
}

function readDay(value: unknown, path: IssuePath): DayNumber {
  // parsePlainDate throws the invalid-date error for whatever the fast reader refuses.
  return dayNumberOfText(value) ?? toDayNumber(parsePlainDate(value, path));
}

function readCount(n: unknown): number {
  if (typeof n === 'number' && Number.isInteger(n) && n <= MAX_WORKING_DAYS && n >= -MAX_WORKING_DAYS) return n === 0 ? 0 : n;
  throw invalidInput([
    { path: ['n'], message: `expected a whole number of working days between −${MAX_WORKING_DAYS} and ${MAX_WORKING_DAYS}, got ${describeValue(n)}` },
  ]);
}

function readPolicy(options: unknown): UncoveredPolicy {
  if (options === undefined) return 'error';
  if (typeof options !== 'object' || options === null) {
    throw invalidInput([{ path: ['options'], message: `expected an options object, got ${describeValue(options)}` }]);
  }
  const uncovered = readGuarded(() => (options as CalendarOptions).uncovered);
  if (uncovered === undefined || uncovered === 'error' || uncovered === 'weekends-only') return uncovered ?? 'error';
  throw invalidInput([
    { path: ['options', 'uncovered'], message: `expected 'error' or 'weekends-only', got ${describeValue(uncovered)}` },
  ]);
}
