/**
 * The working-day calendar over an index of official days ([I-21], RULES.md §4).
 * @module
 */
import { own } from '../core/own.js';
import { invalidInput, issue, readGuarded, SkillcertError, unknownValue, wrongType, type IssuePath } from '../core/errors.js';
import { CALENDAR_TEXTS as TEXTS } from './issue-texts.js';
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
  indexWithYear,
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
import { estimatedSource } from './estimate.js';
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

// The calendars this library made, shared by every copy of it in the process (an ESM and a
// CJS build), so that either build trusts the other's calendars and nothing else: a copy, a
// proxy, `Object.create(calendar)` or an object carrying a forged brand is not in it. Kept
// on globalThis under a registry-wide symbol, made on first use, not writable, not
// configurable; its methods are taken from WeakSet.prototype once, so a patched WeakSet
// changes nothing.
const REGISTRY = Symbol.for('skillcert.calendars');
const weakSetHas = WeakSet.prototype.has;
const weakSetAdd = WeakSet.prototype.add;
let registry: WeakSet<object> | undefined;

function calendarRegistry(): WeakSet<object> {
  if (registry !== undefined) return registry;
  const holder = globalThis as unknown as Record<symbol, unknown>;
  const existing = Object.getOwnPropertyDescriptor(holder, REGISTRY);
  if (existing === undefined) {
    const made = new WeakSet<object>();
    Object.defineProperty(holder, REGISTRY, { value: made });
    return (registry = made);
  }
  // Another copy of the library made it: a real WeakSet (its internal slot checked by `has`).
  // Anything else there (planted before the library loaded): this copy keeps its own.
  const found = existing.value as WeakSet<object>;
  try {
    weakSetHas.call(found, holder);
    return (registry = found);
  } catch {
    return (registry = new WeakSet<object>());
  }
}

/**
 * Whether a value is a calendar made by the library (`chinaCalendar`, `createCalendar`,
 * `createChinaCalendarFromData`, `withYear`), in this build or another one (ESM and CJS), so
 * that its answers can be trusted. An object that only looks like one, a proxy, or one
 * carrying a forged brand is not. (Code that sets out to deceive, such as a subclass that
 * overrides the methods, can still make one: the schedule checks every answer's shape.)
 *
 * @example
 * ```ts
 * [isWorkingDayCalendar(chinaCalendar), isWorkingDayCalendar({ ...chinaCalendar })];
 * //=> [true, false]
 * ```
 */
export function isWorkingDayCalendar(value: unknown): value is WorkingDayCalendar {
  // A WeakSet's `has` answers false for anything that is not an object, and never throws on a
  // real WeakSet (the registry always is one).
  return weakSetHas.call(calendarRegistry(), value as object);
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
  #indexOf: ((source: ScheduleSource) => DayIndex) | undefined;
  #loaded: Loaded | undefined;
  // The official days with every uncovered year estimated [I-26], built on first use of 'estimate'.
  #estimated: { readonly source: ScheduleSource; readonly index: DayIndex } | undefined;

  /**
   * `readSource` is called once, on the first method call, and may throw `SkillcertError`;
   * `indexOf` builds its index (by default from every day: `withYear` passes one that reuses
   * the base calendar's index).
   */
  constructor(readSource: () => ScheduleSource, indexOf?: (source: ScheduleSource) => DayIndex) {
    this.#readSource = readSource;
    this.#indexOf = indexOf;
    weakSetAdd.call(calendarRegistry(), this);
    // A calendar is shared (chinaCalendar by everyone): nobody may replace its methods, on it
    // or on its class (frozen here rather than at module load, so that a bundle without
    // calendars keeps no class: nobody can reach the prototype before a calendar exists).
    Object.freeze(this);
    Object.freeze(IndexedWorkingDayCalendar.prototype);
  }

  #load(): Loaded {
    if (this.#loaded !== undefined) return this.#loaded;
    const source = this.#readSource();
    const years = Object.freeze([...source.years]);
    const to = years.at(-1) ?? 0;
    // [I-25]: the last covered year's 29–31 December wait for the next year's notice.
    const finalThrough = to >= 1 ? fromDayNumber(dayNumberOf(to, 12, 28)) : fromDayNumber(FIRST_DAY);
    const coverage = Object.freeze({ from: years[0] ?? 0, to, years, finalThrough });
    this.#loaded = { source, index: (this.#indexOf ?? buildDayIndex)(source), coverage };
    // The base index a `withYear` calendar was made from is not needed any more.
    this.#indexOf = undefined;
    return this.#loaded;
  }

  // The days to count on: the official ones, or with the uncovered years estimated.
  #counting(policy: UncoveredPolicy): { readonly source: ScheduleSource; readonly index: DayIndex } {
    const loaded = this.#load();
    if (policy !== 'estimate') return loaded;
    if (this.#estimated === undefined) {
      const source = estimatedSource(loaded.source);
      this.#estimated = { source, index: buildDayIndex(source) };
    }
    return this.#estimated;
  }

  get coverage(): CalendarCoverage {
    return this.#load().coverage;
  }

  dayKind(date: PlainDateInput, options?: CalendarOptions): DayKind {
    const day = readDay(date, DATE_PATH);
    const policy = readPolicy(options, 'error');
    const { index } = this.#load();
    return officialKindOf(index, day) ?? uncoveredKind(index, this.#counting(policy).index, day, policy);
  }

  isWorkingDay(date: PlainDateInput, options?: CalendarOptions): boolean {
    const day = readDay(date, DATE_PATH);
    const policy = readPolicy(options, 'error');
    const { index } = this.#load();
    return officiallyWorking(index, day) ?? COUNTS_AS_WORKING[uncoveredKind(index, this.#counting(policy).index, day, policy)];
  }

  addWorkingDays(date: PlainDateInput, n: number, options?: CalendarOptions): PlainDate {
    const day = readDay(date, DATE_PATH);
    const count = readCount(n);
    const policy = readPolicy(options, 'error');
    const { index } = this.#load();
    return dateTextOf(index, countFrom(index, this.#counting(policy).index, day, count, policy));
  }

  addWorkingDaysDetailed(date: PlainDateInput, n: number, options?: CalendarOptions): CalendarAnswer<PlainDate> {
    const day = readDay(date, DATE_PATH);
    const count = readCount(n);
    const policy = readPolicy(options, 'estimate');
    const { index } = this.#load();
    const result = countFrom(index, this.#counting(policy).index, day, count, policy);
    return { value: dateTextOf(index, result), provisional: countIsProvisional(index, day, result) };
  }

  workingDaysBetween(a: PlainDateInput, b: PlainDateInput, options?: CalendarOptions): number {
    return this.#between(a, b, options, 'error').value;
  }

  workingDaysBetweenDetailed(a: PlainDateInput, b: PlainDateInput, options?: CalendarOptions): CalendarAnswer<number> {
    return this.#between(a, b, options, 'estimate');
  }

  #between(a: PlainDateInput, b: PlainDateInput, options: CalendarOptions | undefined, fallback: UncoveredPolicy): CalendarAnswer<number> {
    const from = readDay(a, FROM_PATH);
    const to = readDay(b, TO_PATH);
    const policy = readPolicy(options, fallback);
    const { index } = this.#load();
    const first = Math.min(from, to) + 1;
    const last = Math.max(from, to);
    const uncovered = touchesUncovered(index, first, last);
    if (uncovered && policy === 'error') throw coverageError(index, firstUncoveredYear(index, first, last, to < from));
    const provisional = uncovered || touchesNotFinal(index, first, last);
    const counting = this.#counting(policy).index;
    return { value: workingDaysBefore(counting, to + 1) - workingDaysBefore(counting, from + 1), provisional };
  }

  explainWorkingDays(date: PlainDateInput, n: number, options?: CalendarOptions): WorkingDaysExplanation {
    const day = readDay(date, DATE_PATH);
    const count = readCount(n);
    const policy = readPolicy(options, 'estimate');
    const { index } = this.#load();
    const counting = this.#counting(policy);
    const result = countFrom(index, counting.index, day, count, policy);
    const skipped: SkippedDay[] = [];
    const makeupWorkdays: PlainDate[] = [];
    const estimatedMakeupWorkdays: PlainDate[] = [];
    // Under 'estimate', a holiday or make-up day of an uncovered year is named as estimated [I-26].
    const estimated = (passed: DayNumber) => policy === 'estimate' && officialKindOf(index, passed) === undefined;
    const first = Math.min(day, result);
    const last = Math.max(day, result);
    // The days passed over lie strictly between the start and the result.
    for (let passed = first + 1; passed < last; passed++) {
      const kind = estimatedKindOf(counting.index, passed);
      if (kind === 'makeup-workday') {
        makeupWorkdays.push(dateTextOf(index, passed));
        if (estimated(passed)) estimatedMakeupWorkdays.push(dateTextOf(index, passed));
      } else if (kind === 'weekend') skipped.push({ date: dateTextOf(index, passed), kind });
      else if (kind === 'holiday') skipped.push(namedHoliday(index, counting.source, passed, estimated(passed)));
    }
    // The result itself counted; say so when it is a make-up working day.
    if (result !== day && estimatedKindOf(counting.index, result) === 'makeup-workday') {
      const text = dateTextOf(index, result);
      if (result > day) makeupWorkdays.push(text);
      else makeupWorkdays.unshift(text);
      if (estimated(result)) {
        if (result > day) estimatedMakeupWorkdays.push(text);
        else estimatedMakeupWorkdays.unshift(text);
      }
    }
    const explanation = { result: dateTextOf(index, result), skipped, makeupWorkdays, provisional: countIsProvisional(index, day, result) };
    return estimatedMakeupWorkdays.length > 0 ? { ...explanation, estimatedMakeupWorkdays } : explanation;
  }

  withYear(year: number, data: YearSchedule): WorkingDayCalendar {
    const added = readGuarded(() => readYearSchedule(year, data));
    if (added.issues.length > 0) throw invalidInput(added.issues);
    // Read the base now, so that a broken base fails here rather than in the new calendar.
    const base = this.#load();
    const merged = mergeYear(base.source, year, added.source);
    // The new index is the base's with one year rebuilt (a calendar may cover 9,999 years).
    return new IndexedWorkingDayCalendar(() => merged, (source) => indexWithYear(base.index, source, year));
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
// `counting` is the index counted on: the official one, or the estimated one [I-26].
function countFrom(index: DayIndex, counting: DayIndex, day: DayNumber, n: number, policy: UncoveredPolicy): DayNumber {
  if (n === 0) return day;
  const result =
    n > 0
      ? workingDayWithCount(counting, workingDaysBefore(counting, day + 1) + n)
      : workingDayWithCount(counting, workingDaysBefore(counting, day) + n + 1);
  // An answer outside 0001–9999 is out of range in every mode, before any question of
  // coverage: no year 10000 (or 0) to supply data for.
  if (result < FIRST_DAY || result > LAST_DAY) {
    throw invalidInput([issue(['n'], 'beyond-calendar', { n, date: fromDayNumber(day) }, TEXTS)]);
  }
  if (policy === 'error') {
    const [first, last] = daysLookedAt(day, result);
    if (touchesUncovered(index, first, last)) throw coverageError(index, firstUncoveredYear(index, first, last, n < 0));
  }
  return result;
}

// The days a count from `day` to `result` looked at: (day, result] forwards, [result, day)
// backwards; none (first > last) when they are the same day.
function daysLookedAt(day: DayNumber, result: DayNumber): readonly [DayNumber, DayNumber] {
  return result > day ? [day + 1, result] : [result, day - 1];
}

// Whether a count's answer is provisional: it used a day of an uncovered year, or a day that
// is published but not final [I-25] (which never throws: the data does cover it).
function countIsProvisional(index: DayIndex, day: DayNumber, result: DayNumber): boolean {
  const [first, last] = daysLookedAt(day, result);
  return touchesUncovered(index, first, last) || touchesNotFinal(index, first, last);
}

function uncoveredKind(index: DayIndex, counting: DayIndex, day: DayNumber, policy: UncoveredPolicy): DayKind {
  if (policy === 'error') throw coverageError(index, firstUncoveredYear(index, day, day, false));
  return estimatedKindOf(counting, day);
}

function namedHoliday(index: DayIndex, source: ScheduleSource, day: DayNumber, estimated: boolean): SkippedDay {
  const label = source.holidays.get(day);
  const date = dateTextOf(index, day);
  const named: SkippedDay = label === undefined ? { date, kind: 'holiday' } : { date, kind: 'holiday', name: holidayNameOf(label) };
  return estimated ? { ...named, estimated: true } : named;
}

function coverageError(index: DayIndex, year: number): SkillcertError {
  const { years } = index;
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? 0;
  const covered = years.length === last - first + 1 ? `${first}–${last}` : years.join(', ');
  const found = issue([], 'uncovered-year', { year, covered }, TEXTS);
  return new SkillcertError('calendar-coverage', found.message.en, { year, issues: [found] });
}

function readDay(value: unknown, path: IssuePath): DayNumber {
  // parsePlainDate throws the invalid-date error for whatever the fast reader refuses.
  return dayNumberOfText(value) ?? toDayNumber(parsePlainDate(value, path));
}

function readCount(n: unknown): number {
  if (typeof n === 'number' && Number.isInteger(n) && n <= MAX_WORKING_DAYS && n >= -MAX_WORKING_DAYS) return n;
  throw invalidInput([issue(['n'], 'out-of-range', { what: 'working-days', min: -MAX_WORKING_DAYS, max: MAX_WORKING_DAYS, value: describeValue(n) })]);
}

// The first own enumerable string key of a calendar's options that is not `uncovered`.
function firstUnknownKey(options: object): string | undefined {
  for (const key in options) if (key !== 'uncovered' && Object.hasOwn(options, key)) return key;
  return undefined;
}

// The default follows what the answer can say [I-26]: 'estimate' where it carries
// `provisional` (the *Detailed methods, explainWorkingDays), 'error' where a bare value could
// not tell an estimate from the official day.
function readPolicy(options: unknown, fallback: UncoveredPolicy): UncoveredPolicy {
  if (options === undefined) return fallback;
  if (typeof options !== 'object' || options === null) {
    throw invalidInput([wrongType(['options'], 'options', options)]);
  }
  // A misspelt option (`uncoverd`) would leave the default in force without a word: refused,
  // as in the schedule. The first key that is not `uncovered` is enough to refuse.
  const unknownKey = readGuarded(() => firstUnknownKey(options));
  if (unknownKey !== undefined) throw invalidInput([issue(['options', unknownKey], 'unknown-key', { what: 'option-key', key: unknownKey, expected: 'uncovered' })]);
  const uncovered = readGuarded(() => own(options, 'uncovered')) as CalendarOptions['uncovered'];
  if (uncovered === undefined || uncovered === 'error' || uncovered === 'estimate' || uncovered === 'weekends-only') return uncovered ?? fallback;
  throw invalidInput([unknownValue(['options', 'uncovered'], 'uncovered-policy', ['error', 'estimate', 'weekends-only'], uncovered)]);
}
