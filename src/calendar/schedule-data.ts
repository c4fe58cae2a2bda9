/**
 * Reading and checking holiday data — the caller's (`createCalendar`, `withYear`) or
 * chinese-days' — into day-number maps. Problems are collected as issues with paths; the
 * caller of each reader decides the error code (`invalid-input` for a caller's data,
 * `calendar-data` for the installed package's).
 * @module
 */
import { own, ownKeysUpTo } from '../core/own.js';
import { listEntries, tooMany } from '../core/bounded-list.js';
import { issue, wrongType, type IssuePath, type ValidationIssue } from '../core/errors.js';
import { CALENDAR_TEXTS as TEXTS } from './issue-texts.js';
import { civilOf, dateIssue, dayNumberOf, dayNumberOfText, fromDayNumber, type DayNumber } from '../core/plain-date.js';
import { describeValue } from '../core/describe-value.js';

/** Checked holiday data: covered years and, per day number, the label the data gave (if any). */
export interface ScheduleSource {
  /** Covered years, ascending, without repeats. */
  readonly years: readonly number[];
  /** Public holidays. */
  readonly holidays: ReadonlyMap<DayNumber, string | undefined>;
  /** Make-up working days (调休上班). */
  readonly workdays: ReadonlyMap<DayNumber, string | undefined>;
}

/**
 * A source read from input, with the problems found in it (the source is only usable when
 * there are none).
 *
 * @example
 * ```ts
 * const { source, issues }: ReadSource = readScheduleData({ years: [2030], holidays: [], workdays: [] });
 * ```
 */
export interface ReadSource {
  readonly source: ScheduleSource;
  readonly issues: ValidationIssue[];
}

type Days = Map<DayNumber, string | undefined>;

// The most holidays (and, apart, make-up working days) a calendar's data may list, and the
// most covered years (there are 9,999); a longer list or map is refused unread.
const MAX_DAYS = 100_000;
const MAX_YEARS = 9999;

// Where each day of a list was found (its index), so that a later consistency issue points at
// the caller's own entry; a day from a map is found under its own text.
type Positions = Record<'holidays' | 'workdays', Map<DayNumber, number>>;

/**
 * Reads `{ years, holidays, workdays }`; every covered year must be an integer 1–9999 and
 * every listed date must fall in a covered year. Returns the issues found alongside.
 *
 * @example
 * ```ts
 * readScheduleData({ years: [2030], holidays: ['2030-01-01'], workdays: [] }).issues;
 * //=> []
 * ```
 */
export function readScheduleData(raw: unknown): ReadSource {
  return readSource(raw, 'calendar-data', readYears);
}

/**
 * Reads one year's schedule for `withYear`: every date must fall in that year, or in the
 * 29–31 December before it (which its notice may move, [I-25]).
 *
 * @example
 * ```ts
 * readYearSchedule(2027, { holidays: ['2028-01-01'], workdays: [] }).issues[0]?.path;
 * //=> ['holidays', 0]
 * ```
 */
export function readYearSchedule(year: unknown, raw: unknown): ReadSource {
  const issues: ValidationIssue[] = [];
  const valid = isCalendarYear(year);
  if (!valid) issues.push(yearIssue(['year'], year));
  // With no valid year there is nothing to check the days against.
  return readSource(raw, 'year-schedule', () => (valid ? [year] : undefined), issues);
}

/**
 * Reads chinese-days' `chinese-days.json` (`{ holidays, workdays, inLieuDays }`, each a map
 * from date to `"English name,中文名,N"`). Coverage is every year the data names a day of.
 *
 * @example
 * ```ts
 * readChineseDaysData({ holidays: { '2026-10-01': 'National Day,国庆节,3' }, workdays: {} }).source.years;
 * //=> [2026]
 * ```
 */
export function readChineseDaysData(raw: unknown): ReadSource {
  return readSource(raw, 'chinese-days-data', undefined, [], true);
}

/**
 * A new source: `base` with `year`'s days replaced by those of `added`, and `year` covered.
 *
 * @example
 * ```ts
 * mergeYear(chinaSource, 2027, next).years.at(-1);
 * //=> 2027
 * ```
 */
export function mergeYear(base: ScheduleSource, year: number, added: ScheduleSource): ScheduleSource {
  // The year's days are replaced; so is any day of the previous December its notice speaks of.
  const first = dayNumberOf(year, 1, 1);
  const last = dayNumberOf(year, 12, 31);
  const replaced = (day: DayNumber) => (day >= first && day <= last) || added.holidays.has(day) || added.workdays.has(day);
  const merge = (days: ReadonlyMap<DayNumber, string | undefined>, more: ReadonlyMap<DayNumber, string | undefined>): Days => {
    const kept: Days = new Map();
    for (const [day, label] of days) if (!replaced(day)) kept.set(day, label);
    for (const [day, label] of more) kept.set(day, label);
    return kept;
  };
  return {
    years: base.years.includes(year) ? base.years : sortedYears([...base.years, year]),
    holidays: merge(base.holidays, added.holidays),
    workdays: merge(base.workdays, added.workdays),
  };
}

/**
 * The common reader. `coveredYears` reads the covered years from the record (`undefined`:
 * skip the consistency checks); without it (chinese-days) they are derived from the days, and
 * `labelled` requires every day list to be a map from date to name.
 */
function readSource(
  raw: unknown,
  what: keyof typeof TEXTS.nouns,
  coveredYears: ((value: unknown, issues: ValidationIssue[]) => number[] | undefined) | undefined,
  issues: ValidationIssue[] = [],
  labelled = false,
): ReadSource {
  const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  if (record === undefined) {
    issues.push(wrongType([], what, raw, TEXTS));
    return { source: { years: [], holidays: new Map(), workdays: new Map() }, issues };
  }
  const given = coveredYears?.(own(record, 'years'), issues);
  const positions: Positions = { holidays: new Map(), workdays: new Map() };
  const holidays = readDays(own(record, 'holidays'), 'holidays', issues, positions.holidays, labelled);
  const workdays = readDays(own(record, 'workdays'), 'workdays', issues, positions.workdays, labelled);
  if (labelled && own(record, 'inLieuDays') !== undefined) readDays(own(record, 'inLieuDays'), 'inLieuDays', issues, new Map(), true);
  let years = given ?? [];
  if (coveredYears === undefined) {
    years = sortedYears([...holidays.keys(), ...workdays.keys()].map((day) => civilOf(day).year));
    if (issues.length === 0 && years.length === 0) issues.push(issue(['holidays'], 'empty', { what: 'date' }, TEXTS));
  }
  const source = { years, holidays, workdays };
  if (coveredYears === undefined || given !== undefined) checkConsistency(source, positions, issues);
  return { source, issues };
}

function sortedYears(years: Iterable<number>): number[] {
  return [...new Set(years)].sort((a, b) => a - b);
}

function yearIssue(path: IssuePath, value: unknown): ValidationIssue {
  return issue(path, 'out-of-range', { what: 'year', min: 1, max: 9999, value: describeValue(value) });
}

function isCalendarYear(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 9999;
}

function readYears(value: unknown, issues: ValidationIssue[]): number[] {
  if (!Array.isArray(value)) {
    issues.push(wrongType(['years'], 'year-list', value, TEXTS));
    return [];
  }
  const years = listEntries(value, 'years', MAX_YEARS, 'covered-years', issues, TEXTS);
  if (years === undefined) return [];
  years.forEach((year, index) => {
    if (!isCalendarYear(year)) issues.push(yearIssue(['years', index], year));
  });
  if (years.length === 0) issues.push(issue(['years'], 'empty', { what: 'covered-year' }, TEXTS));
  return sortedYears(years.filter(isCalendarYear));
}

// A list of dates, or a map from date to label (`labelled` requires the map form).
function readDays(value: unknown, key: string, issues: ValidationIssue[], positions: Map<DayNumber, number>, labelled: boolean): Days {
  const days: Days = new Map();
  const list = Array.isArray(value);
  // A map is a plain object: a String object or a typed array would be one of millions of
  // keys, and a Map's entries are not keys at all.
  if (typeof value !== 'object' || value === null || (list ? labelled : Object.prototype.toString.call(value) !== '[object Object]')) {
    issues.push(wrongType([key], labelled ? 'date-map' : 'date-list-or-map', value, TEXTS));
    return days;
  }
  const read = (date: unknown, where: string | number, label?: unknown): void => {
    const day = dayNumberOfText(date);
    if (day === undefined) issues.push(dateIssue([key, where], date));
    else if (list) {
      days.set(day, undefined);
      positions.set(day, where as number);
    } else if (typeof label === 'string') days.set(day, label);
    else issues.push(wrongType([key, where], 'holiday-name', label, TEXTS));
  };
  if (list) listEntries(value, key, MAX_DAYS, 'dates', issues, TEXTS)?.forEach(read);
  else {
    const map = value as Record<string, unknown>;
    // Counted up to the limit before any is read (issue 14, finding 8).
    const dates = ownKeysUpTo(map, MAX_DAYS);
    if (dates === undefined) issues.push(tooMany([key], MAX_DAYS, 'dates', TEXTS));
    else for (const date of dates) read(date, date, map[date]);
  }
  return days;
}

// A notice may move days from 29 December of the year before its own [I-25]: such a day is
// accepted with the covered year after it (it belongs to its own year, which it does not
// make covered).
function isLateDecemberBefore(day: DayNumber, covered: ReadonlySet<number>): boolean {
  const civil = civilOf(day);
  return civil.month === 12 && civil.day >= 29 && covered.has(civil.year + 1);
}

// A day cannot be both a holiday and a make-up working day, and the data must not name
// days of a year it does not claim to cover (that year would count as covered by accident).
function checkConsistency(source: ScheduleSource, positions: Positions, issues: ValidationIssue[]): void {
  const { years } = source;
  const covered = new Set(years);
  const yearList = years.length === 1 ? String(years[0]) : `${years[0]}–${years.at(-1)}`;
  const where = (key: keyof Positions, day: DayNumber) => positions[key].get(day) ?? fromDayNumber(day);
  for (const key of ['holidays', 'workdays'] as const) {
    for (const day of source[key].keys()) {
      if (years.length > 0 && !covered.has(civilOf(day).year) && !isLateDecemberBefore(day, covered)) {
        issues.push(issue([key, where(key, day)], 'outside-covered-years', { date: fromDayNumber(day), covered: yearList }, TEXTS));
      }
    }
  }
  for (const day of source.workdays.keys()) {
    if (source.holidays.has(day)) {
      issues.push(issue(['workdays', where('workdays', day)], 'holiday-and-workday', { date: fromDayNumber(day) }, TEXTS));
    }
  }
}
