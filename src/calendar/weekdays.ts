/**
 * Monday–Friday counted by arithmetic, for the days outside the official data (the
 * `'weekends-only'` estimate) and to continue the running count past either end of it.
 * @module
 */
import type { DayNumber } from '../core/plain-date.js';

// 1969-12-29, the Monday before day 0 (a Thursday): weeks are counted from it.
const MONDAY_BEFORE_EPOCH = -3;

/**
 * The number of Mondays–Fridays in [1969-12-29, day); negative for earlier days, so that
 * `weekdaysBefore(b) - weekdaysBefore(a)` counts the weekdays in [a, b) for any a ≤ b.
 *
 * @example
 * ```ts
 * weekdaysBefore(dayNumberOf(1970, 1, 5)); // the next Monday
 * //=> 5
 * ```
 */
export function weekdaysBefore(day: DayNumber): number {
  const sinceMonday = day - MONDAY_BEFORE_EPOCH;
  const weeks = Math.floor(sinceMonday / 7);
  return weeks * 5 + Math.min(sinceMonday - weeks * 7, 5);
}

/**
 * The weekday that has exactly `count` weekdays before it in the sense of
 * {@link weekdaysBefore} (the inverse of that count on Mondays–Fridays).
 *
 * @example
 * ```ts
 * fromDayNumber(weekdayAfterCount(5));
 * //=> '1970-01-05'
 * ```
 */
export function weekdayAfterCount(count: number): DayNumber {
  const weeks = Math.floor(count / 5);
  return MONDAY_BEFORE_EPOCH + weeks * 7 + (count - weeks * 5);
}

/**
 * Whether a day is Saturday or Sunday.
 *
 * @example
 * ```ts
 * isWeekend(dayNumberOf(2026, 9, 26));
 * //=> true
 * ```
 */
export function isWeekend(day: DayNumber): boolean {
  const sinceMonday = (((day - MONDAY_BEFORE_EPOCH) % 7) + 7) % 7;
  return sinceMonday >= 5;
}
