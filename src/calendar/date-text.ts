/**
 * The calendar's hot path reads `"YYYY-MM-DD"` by character codes and table lookups: the
 * shared `isPlainDate` + `toDayNumber` (a regular expression, slices and float divisions)
 * costs several times more than the whole working-day lookup it precedes.
 * @module
 */
import { dayNumberOf, type DayNumber } from '../core/plain-date.js';

const DIGIT_ZERO = 48;
const HYPHEN = 45;
// Indexed by month 1–12 (index 0 unused); February's leap day is added separately.
const MONTH_LENGTHS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334] as const;

// Day number of 1 January of every year 1–10000, built on first use (40 kB).
let januaryFirsts: Int32Array | undefined;

function buildJanuaryFirsts(): Int32Array {
  const table = new Int32Array(10_001);
  for (let year = 1; year <= 10_000; year++) table[year] = dayNumberOf(year, 1, 1);
  return table;
}

/**
 * The day number of a real `"YYYY-MM-DD"` day (years 0001–9999), or `undefined` for
 * anything else — the same days `isPlainDate` accepts.
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
  if (typeof value !== 'string' || value.length !== 10) return undefined;
  if (value.charCodeAt(4) !== HYPHEN || value.charCodeAt(7) !== HYPHEN) return undefined;
  const y1 = value.charCodeAt(0) - DIGIT_ZERO;
  const y2 = value.charCodeAt(1) - DIGIT_ZERO;
  const y3 = value.charCodeAt(2) - DIGIT_ZERO;
  const y4 = value.charCodeAt(3) - DIGIT_ZERO;
  const m1 = value.charCodeAt(5) - DIGIT_ZERO;
  const m2 = value.charCodeAt(6) - DIGIT_ZERO;
  const d1 = value.charCodeAt(8) - DIGIT_ZERO;
  const d2 = value.charCodeAt(9) - DIGIT_ZERO;
  // `>>> 0` turns a negative difference into a large number: one test for 0–9.
  if ((y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9 || (y4 >>> 0) > 9) return undefined;
  if ((m1 >>> 0) > 9 || (m2 >>> 0) > 9 || (d1 >>> 0) > 9 || (d2 >>> 0) > 9) return undefined;
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  const starts = (januaryFirsts ??= buildJanuaryFirsts());
  const januaryFirst = starts[year] ?? 0;
  const leapDay = (starts[year + 1] ?? 0) - januaryFirst - 365;
  if (day > MONTH_LENGTHS[month]! + (month === 2 ? leapDay : 0)) return undefined;
  return januaryFirst + DAYS_BEFORE_MONTH[month]! + (month > 2 ? leapDay : 0) + day - 1;
}
