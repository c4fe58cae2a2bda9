/**
 * Plain (civil) dates: China calendar days written `"YYYY-MM-DD"`.
 *
 * At the API boundary a day is a branded string; inside, arithmetic runs on integer
 * day numbers (days since 1970-01-01), which no host time zone can shift. A JS `Date`
 * is never used for a civil date.
 * @module
 */
import { describeValue } from './describe-value.js';
import { invalidInput, issue, SkillcertError, type IssuePath, type ValidationIssue } from './errors.js';

declare const plainDateBrand: unique symbol;

/**
 * A China civil date as a `"YYYY-MM-DD"` string that has been checked to be a real day.
 * Compare two of them with `===`, or with `<` since the format sorts lexically.
 */
export type PlainDate = string & { readonly [plainDateBrand]: true };

/** What functions accept for a civil date: a checked {@link PlainDate} or any string to be checked. */
export type PlainDateInput = PlainDate | string;

/** Days since 1970-01-01 (negative before it). Internal arithmetic type. */
export type DayNumber = number;

/**
 * The day number of 9999-12-31, the last day a plain date can name. A computed date past it
 * (an anniversary of a certificate issued in 9999) is reported as "never", not written out.
 *
 * @example
 * ```ts
 * fromDayNumber(LAST_PLAIN_DAY);
 * //=> '9999-12-31'
 * ```
 */
export const LAST_PLAIN_DAY: DayNumber = 2_932_896;

/**
 * The same set of days as {@link isPlainDate}, as one regular expression (leap years
 * included, year 0000 excluded), so that JSON Schema generated from our zod schemas can
 * carry it as a `pattern` and non-TypeScript callers validate dates exactly as we do.
 * Built on zod's leap-aware ISO date pattern.
 *
 * @example
 * ```ts
 * PLAIN_DATE_PATTERN.test('2024-02-29');
 * //=> true
 * ```
 */
export const PLAIN_DATE_PATTERN =
  /^(?!0000)(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))$/;

/**
 * Days in a month of the proleptic Gregorian calendar.
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2);
 * //=> 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether a year is a Gregorian leap year.
 *
 * @example
 * ```ts
 * isLeapYear(2100);
 * //=> false
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Days of a common year before each month 1–13 (index 0 unused): a month's length is the
// difference of two neighbours.
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365] as const;

/**
 * The day number of a real `"YYYY-MM-DD"` day (years 0001–9999), or `undefined` for
 * anything else. Read by character codes: the calendar's hot path calls it on every date, and
 * a regular expression plus slices would cost more than the working-day lookup itself.
 *
 * @example
 * ```ts
 * dayNumberOfText('1970-01-02');
 * //=> 1
 * dayNumberOfText('2026-02-30');
 * //=> undefined
 * ```
 */
export function dayNumberOfText(value: unknown): DayNumber | undefined {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  // Each digit less 48 ('0'); `>>> 0` turns a negative difference into a large number, so
  // one test `> 9` finds any character that is not a digit.
  const y1 = (value.charCodeAt(0) - 48) >>> 0;
  const y2 = (value.charCodeAt(1) - 48) >>> 0;
  const y3 = (value.charCodeAt(2) - 48) >>> 0;
  const y4 = (value.charCodeAt(3) - 48) >>> 0;
  const m1 = (value.charCodeAt(5) - 48) >>> 0;
  const m2 = (value.charCodeAt(6) - 48) >>> 0;
  const d1 = (value.charCodeAt(8) - 48) >>> 0;
  const d2 = (value.charCodeAt(9) - 48) >>> 0;
  if (y1 > 9 || y2 > 9 || y3 > 9 || y4 > 9 || m1 > 9 || m2 > 9 || d1 > 9 || d2 > 9) return undefined;
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  const leapDay = isLeapYear(year) ? 1 : 0;
  const daysBefore = DAYS_BEFORE_MONTH[month]! + (month > 2 ? leapDay : 0);
  if (day > DAYS_BEFORE_MONTH[month + 1]! + (month > 1 ? leapDay : 0) - daysBefore) return undefined;
  // dayNumberOf for years 1–9999, where truncating division is floor: fewer operations.
  const before = year - 1;
  return before * 365 + (before >> 2) - ((before / 100) | 0) + ((before / 400) | 0) + daysBefore + day - 719_163;
}

/**
 * Whether a value is a `"YYYY-MM-DD"` string naming a real day (years 0001–9999).
 *
 * @example
 * ```ts
 * isPlainDate('2024-02-29');
 * //=> true
 * isPlainDate('2026-02-30');
 * //=> false
 * ```
 */
export function isPlainDate(value: unknown): value is PlainDate {
  return dayNumberOfText(value) !== undefined;
}

/**
 * Checks a civil date and returns it branded; throws `SkillcertError` `invalid-date`
 * (with the given path in its issue) for anything that is not a real `"YYYY-MM-DD"` day.
 * Never rolls over (`2026-02-30` is an error, not 2 March) and never reads a time zone.
 *
 * @example
 * ```ts
 * parsePlainDate('2026-10-01');
 * //=> '2026-10-01'
 * parsePlainDate('2026-2-3');
 * // throws SkillcertError { code: 'invalid-date' }
 * ```
 */
export function parsePlainDate(value: unknown, path: IssuePath = []): PlainDate {
  if (isPlainDate(value)) return value;
  throw invalidDate(dateIssue(path, value));
}

/**
 * The issue of a value that is not a real day: `required` when it is `undefined`,
 * `impossible-date` when it is shaped `"YYYY-MM-DD"` but names no day (`2026-02-30`,
 * `2026-13-01`), `not-a-date` for anything else (`2026/02/30`, `""`, a number).
 *
 * @example
 * ```ts
 * dateIssue(['asOf'], '2026-02-30').code;
 * //=> 'impossible-date'
 * dateIssue(['asOf'], '2026/02/30').code;
 * //=> 'not-a-date'
 * ```
 */
export function dateIssue(path: IssuePath, value: unknown): ValidationIssue {
  if (value === undefined) return issue(path, 'required');
  const shaped = typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value);
  return issue(path, shaped ? 'impossible-date' : 'not-a-date', { value: describeValue(value) });
}

/**
 * The `invalid-date` error of one date issue; its message names the path like `invalid-input`'s.
 *
 * @example
 * ```ts
 * invalidDate(dateIssue(['asOf'], '2026-02-30')).message;
 * //=> 'asOf: not a date: 2026-02-30 does not exist'
 * ```
 */
export function invalidDate(found: ValidationIssue): SkillcertError {
  const error = invalidInput([found]);
  return new SkillcertError('invalid-date', error.message, { issues: [found] });
}

/**
 * The day number (days since 1970-01-01) of a civil year, month and day.
 * Howard Hinnant's `days_from_civil`, exact for every proleptic Gregorian day.
 *
 * @example
 * ```ts
 * dayNumberOf(1970, 1, 2);
 * //=> 1
 * ```
 */
export function dayNumberOf(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** A civil date split into numbers. */
export interface CivilParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The civil year, month and day of a day number (inverse of {@link dayNumberOf}).
 *
 * @example
 * ```ts
 * civilOf(0);
 * //=> { year: 1970, month: 1, day: 1 }
 * ```
 */
export function civilOf(dayNumber: DayNumber): CivilParts {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The day number of a checked plain date.
 *
 * @example
 * ```ts
 * toDayNumber(parsePlainDate('1970-01-11'));
 * //=> 10
 * ```
 */
export function toDayNumber(date: PlainDate): DayNumber {
  // A checked date always reads; NaN only for a string cast to PlainDate unchecked.
  return dayNumberOfText(date) ?? Number.NaN;
}

/**
 * The plain date of a day number (years 0001–9999).
 *
 * @example
 * ```ts
 * fromDayNumber(10);
 * //=> '1970-01-11'
 * ```
 */
export function fromDayNumber(dayNumber: DayNumber): PlainDate {
  const { year, month, day } = civilOf(dayNumber);
  return formatPlainDate(year, month, day);
}

/**
 * Writes a year, month and day as a plain date, without checking them.
 *
 * @example
 * ```ts
 * formatPlainDate(2026, 9, 26);
 * //=> '2026-09-26'
 * ```
 */
export function formatPlainDate(year: number, month: number, day: number): PlainDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as PlainDate;
}

/**
 * Day of the week of a day number: 0 = Sunday … 6 = Saturday.
 *
 * @example
 * ```ts
 * weekdayOf(toDayNumber(parsePlainDate('2026-09-26')));
 * //=> 6
 * ```
 */
export function weekdayOf(dayNumber: DayNumber): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/**
 * A plain date moved by whole days.
 *
 * @example
 * ```ts
 * addDays(parsePlainDate('2026-10-01'), -7);
 * //=> '2026-09-24'
 * ```
 */
export function addDays(date: PlainDate, days: number): PlainDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * The day number `years` calendar years after a day, with 29 February landing on
 * 28 February in a common year — the rule of date-fns `addYears`, used for every
 * anniversary ([I-4], [I-11]).
 *
 * @example
 * ```ts
 * fromDayNumber(addYearsTo(toDayNumber(parsePlainDate('2024-02-29')), 1));
 * //=> '2025-02-28'
 * ```
 */
export function addYearsTo(dayNumber: DayNumber, years: number): DayNumber {
  const { year, month, day } = civilOf(dayNumber);
  const target = year + years;
  return dayNumberOf(target, month, Math.min(day, daysInMonth(target, month)));
}
