/**
 * Reading and checking holiday data — the caller's (`createCalendar`, `withYear`) or
 * chinese-days' — into day-number maps. Problems are collected as issues with paths; the
 * caller of each reader decides the error code (`invalid-input` for a caller's data,
 * `calendar-data` for the installed package's).
 * @module
 */
import type { ValidationIssue } from '../core/errors.js';
import { civilOf, fromDayNumber, isPlainDate, toDayNumber, type DayNumber } from '../core/plain-date.js';
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

type Path = readonly (string | number)[];

// Where each day was found in the caller's input (its list index or map key), so that a
// later consistency issue points at the caller's own entry.
type Positions = Map<DayNumber, string | number>;

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
export function readScheduleData(raw: unknown): { source: ScheduleSource; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const record = asRecord(raw, [], 'calendar data', issues);
  if (record === undefined) return { source: emptySource(), issues };
  const years = readYears(record['years'], issues);
  const positions = { holidays: new Map(), workdays: new Map() };
  const holidays = readDayLabels(record['holidays'], ['holidays'], issues, positions.holidays);
  const workdays = readDayLabels(record['workdays'], ['workdays'], issues, positions.workdays);
  checkScheduleConsistency({ years, holidays, workdays }, positions, issues);
  return { source: { years, holidays, workdays }, issues };
}

/**
 * Reads one year's schedule for `withYear`: every date must fall in that year.
 *
 * @example
 * ```ts
 * readYearSchedule(2027, { holidays: ['2028-01-01'], workdays: [] }).issues[0]?.path;
 * //=> ['holidays', 0]
 * ```
 */
export function readYearSchedule(year: unknown, raw: unknown): { source: ScheduleSource; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  if (!isCalendarYear(year)) issues.push({ path: ['year'], message: `expected a year 1–9999, got ${describeValue(year)}` });
  const record = asRecord(raw, [], 'year schedule', issues);
  if (record === undefined) return { source: emptySource(), issues };
  const positions = { holidays: new Map(), workdays: new Map() };
  const holidays = readDayLabels(record['holidays'], ['holidays'], issues, positions.holidays);
  const workdays = readDayLabels(record['workdays'], ['workdays'], issues, positions.workdays);
  const years = isCalendarYear(year) ? [year] : [];
  if (years.length > 0) checkScheduleConsistency({ years, holidays, workdays }, positions, issues);
  return { source: { years, holidays, workdays }, issues };
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
export function readChineseDaysData(raw: unknown): { source: ScheduleSource; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const record = asRecord(raw, [], 'chinese-days data', issues);
  if (record === undefined) return { source: emptySource(), issues };
  const positions = { holidays: new Map(), workdays: new Map() };
  const holidays = readDayLabels(record['holidays'], ['holidays'], issues, positions.holidays, true);
  const workdays = readDayLabels(record['workdays'], ['workdays'], issues, positions.workdays, true);
  if (record['inLieuDays'] !== undefined) {
    readDayLabels(record['inLieuDays'], ['inLieuDays'], issues, new Map(), true);
  }
  const years = [...new Set([...holidays.keys(), ...workdays.keys()].map((day) => civilOf(day).year))].sort((a, b) => a - b);
  if (issues.length === 0 && years.length === 0) issues.push({ path: ['holidays'], message: 'no dates at all' });
  checkScheduleConsistency({ years, holidays, workdays }, positions, issues);
  return { source: { years, holidays, workdays }, issues };
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
  const withoutYear = (days: ReadonlyMap<DayNumber, string | undefined>) =>
    new Map([...days].filter(([day]) => civilOf(day).year !== year));
  const holidays = withoutYear(base.holidays);
  const workdays = withoutYear(base.workdays);
  for (const [day, label] of added.holidays) holidays.set(day, label);
  for (const [day, label] of added.workdays) workdays.set(day, label);
  const years = [...new Set([...base.years, year])].sort((a, b) => a - b);
  return { years, holidays, workdays };
}

function emptySource(): ScheduleSource {
  return { years: [], holidays: new Map(), workdays: new Map() };
}

function isCalendarYear(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 9999;
}

function asRecord(value: unknown, path: Path, what: string, issues: ValidationIssue[]): Record<string, unknown> | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  issues.push({ path, message: `expected ${what} as an object, got ${describeValue(value)}` });
  return undefined;
}

function readYears(value: unknown, issues: ValidationIssue[]): number[] {
  if (!Array.isArray(value)) {
    issues.push({ path: ['years'], message: `expected a list of covered years, got ${describeValue(value)}` });
    return [];
  }
  const years = new Set<number>();
  value.forEach((year: unknown, index) => {
    if (isCalendarYear(year)) years.add(year);
    else issues.push({ path: ['years', index], message: `expected a year 1–9999, got ${describeValue(year)}` });
  });
  if (value.length === 0) issues.push({ path: ['years'], message: 'at least one covered year is needed' });
  return [...years].sort((a, b) => a - b);
}

// A list of dates, or a map from date to label (`labelled` requires the map form).
function readDayLabels(
  value: unknown,
  path: Path,
  issues: ValidationIssue[],
  positions: Positions,
  labelled = false,
): Map<DayNumber, string | undefined> {
  const days = new Map<DayNumber, string | undefined>();
  if (Array.isArray(value) && !labelled) {
    value.forEach((date: unknown, index) => {
      if (isPlainDate(date)) {
        days.set(toDayNumber(date), undefined);
        positions.set(toDayNumber(date), index);
      } else issues.push({ path: [...path, index], message: `not a date: ${describeValue(date)}` });
    });
    return days;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const expected = labelled ? 'a map from date to name' : 'a list of dates or a map from date to name';
    issues.push({ path, message: `expected ${expected}, got ${describeValue(value)}` });
    return days;
  }
  for (const [date, label] of Object.entries(value)) {
    if (!isPlainDate(date)) issues.push({ path: [...path, date], message: `not a date: ${describeValue(date)}` });
    else if (typeof label !== 'string') {
      issues.push({ path: [...path, date], message: `expected a name, got ${describeValue(label)}` });
    } else {
      days.set(toDayNumber(date), label);
      positions.set(toDayNumber(date), date);
    }
  }
  return days;
}

// A day cannot be both a holiday and a make-up working day, and the data must not name
// days of a year it does not claim to cover (that year would count as covered by accident).
function checkScheduleConsistency(
  source: ScheduleSource,
  positions: { holidays: Positions; workdays: Positions },
  issues: ValidationIssue[],
): void {
  const covered = new Set(source.years);
  const yearList = source.years.length === 1 ? String(source.years[0]) : `${source.years[0]}–${source.years.at(-1)}`;
  for (const key of ['holidays', 'workdays'] as const) {
    for (const day of source[key].keys()) {
      if (source.years.length > 0 && !covered.has(civilOf(day).year)) {
        issues.push({ path: [key, positions[key].get(day) ?? fromDayNumber(day)], message: `${fromDayNumber(day)} is not in a covered year (${yearList})` });
      }
    }
  }
  for (const day of source.workdays.keys()) {
    if (source.holidays.has(day)) {
      const message = `${fromDayNumber(day)} is listed both as a holiday and as a make-up working day`;
      issues.push({ path: ['workdays', positions.workdays.get(day) ?? fromDayNumber(day)], message });
    }
  }
}
