/**
 * Work experience as day arithmetic: related periods become merged day ranges, from which
 * cumulative days [I-5], continuous runs [I-3] and their full years [I-4] are read — on any
 * date, and backwards: the first date on which a threshold is reached [I-14].
 * @module
 */
import { own } from '../core/own.js';
import { addYearsTo, civilOf, dayNumberOf, daysInMonth, type CivilParts, type DayNumber } from '../core/plain-date.js';
import type { TrackId } from './catalog.js';
import type { Relatedness, WorkPeriod } from './profile.js';

/** Days `from` … `to`, both inclusive; `to` is `Infinity` for work still going on. */
export interface DayRange {
  readonly from: DayNumber;
  readonly to: DayNumber;
}

/** A continuous run of related work as seen on some date, with its full years [I-4]. */
export interface Run extends DayRange {
  readonly years: number;
}

/**
 * The day number of a date the schema has already checked, read digit by digit: several
 * times faster than slicing and `Number`, and it runs for every date of every profile.
 *
 * @example
 * ```ts
 * dayOfCheckedDate('1970-01-02');
 * //=> 1
 * ```
 */
export function dayOfCheckedDate(date: string): DayNumber {
  // 48 is '0': 53328 = 48 × 1111, 528 = 48 × 11.
  const year = date.charCodeAt(0) * 1000 + date.charCodeAt(1) * 100 + date.charCodeAt(2) * 10 + date.charCodeAt(3) - 53328;
  return dayNumberOf(year, date.charCodeAt(5) * 10 + date.charCodeAt(6) - 528, date.charCodeAt(8) * 10 + date.charCodeAt(9) - 528);
}

/**
 * Whether a relatedness answer covers a track ([I-7]): `true` every track, a list those.
 *
 * @example
 * ```ts
 * isRelatedTo(['digital-manager'], 'internet-marketer');
 * //=> false
 * ```
 */
export function isRelatedTo(relatedness: Relatedness, track: TrackId): boolean {
  return relatedness === true || (Array.isArray(relatedness) && relatedness.includes(track));
}

/**
 * The work periods related to a track as sorted day ranges, overlapping or touching ones
 * merged (so that no day is counted twice [I-5]).
 *
 * @example
 * ```ts
 * relatedRanges([{ from: '1970-01-01', to: '1970-01-05', related: true }, { from: '1970-01-06', related: true }], 'digital-manager');
 * //=> [{ from: 0, to: Infinity }]
 * ```
 */
export function relatedRanges(work: readonly WorkPeriod[], track: TrackId): DayRange[] {
  // Made at its size and merged in place: a pushed-to `[]` first grows a 17-slot store.
  const ranges: DayRange[] = new Array(work.length);
  let count = 0;
  for (const period of work) {
    if (!isRelatedTo(period.related, track)) continue;
    ranges[count++] = { from: dayOfCheckedDate(period.from), to: own(period, 'to') == null ? Infinity : dayOfCheckedDate(period.to as string) };
  }
  if (count < ranges.length) ranges.length = count;
  return mergeRanges(ranges, 0);
}

// Sorts and merges ranges whose gap (days strictly between them) is at most `gap`.
function mergeRanges(ranges: DayRange[], gap: number): DayRange[] {
  if (ranges.length < 2) return ranges; // nothing to sort or merge
  // A profile has a handful of periods: a stable insertion sort beats Array#sort's setup.
  for (let i = 1; i < ranges.length; i++) {
    const range = ranges[i] as DayRange;
    let j = i - 1;
    while (j >= 0 && (ranges[j] as DayRange).from > range.from) {
      ranges[j + 1] = ranges[j] as DayRange;
      j--;
    }
    ranges[j + 1] = range;
  }
  return mergeSorted(ranges, gap);
}

// Merges ranges already in order of their first day, in place (the lists are our own).
function mergeSorted(ranges: DayRange[], gap: number): DayRange[] {
  let count = 0;
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i] as DayRange;
    const last = count > 0 ? (ranges[count - 1] as DayRange) : undefined;
    if (last !== undefined && range.from - last.to - 1 <= gap) {
      if (range.to > last.to) ranges[count - 1] = { from: last.from, to: range.to };
    } else ranges[count++] = range;
  }
  if (count < ranges.length) ranges.length = count;
  return ranges;
}

/**
 * Distinct related days up to and including `day` [I-5].
 *
 * @example
 * ```ts
 * cumulativeDaysOn([{ from: 0, to: 9 }, { from: 20, to: Infinity }], 24);
 * //=> 15
 * ```
 */
export function cumulativeDaysOn(ranges: readonly DayRange[], day: DayNumber): number {
  let days = 0;
  for (const range of ranges) {
    if (range.from > day) break;
    days += Math.min(range.to, day) - range.from + 1;
  }
  return days;
}

/**
 * The first day on which cumulative related days reach `days`, or null if they never do.
 *
 * @example
 * ```ts
 * dayCumulativeReaches([{ from: 0, to: 9 }, { from: 20, to: Infinity }], 15);
 * //=> 24
 * ```
 */
export function dayCumulativeReaches(ranges: readonly DayRange[], days: number): DayNumber | null {
  let counted = 0;
  for (const range of ranges) {
    const length = range.to - range.from + 1;
    if (counted + length >= days) return range.from + (days - counted) - 1;
    counted += length;
  }
  return null;
}

/**
 * Full years of a run from `from` to `to` inclusive [I-4]: the largest n with
 * `from` + n years ≤ `to` + 1 day, 29 February's anniversary being 28 February.
 *
 * @example
 * ```ts
 * fullYears(toDayNumber('2024-02-29'), toDayNumber('2025-02-27'));
 * //=> 1
 * ```
 */
export function fullYears(from: DayNumber, to: DayNumber): number {
  if (to === Infinity) return Infinity;
  const end = to + 1;
  let years = civilOf(end).year - civilOf(from).year;
  if (addYearsTo(from, years) > end) years -= 1;
  return Math.max(years, 0);
}

/**
 * The longest run on `day`: the most full years, then the most days, then the latest.
 *
 * @example
 * ```ts
 * longestRunOn([{ from: 0, to: 400 }, { from: 500, to: 600 }], 0, 1000);
 * //=> { from: 0, to: 400, years: 1 }
 * ```
 */
export function longestRunOn(ranges: readonly DayRange[], gapDays: number, day: DayNumber): Run | null {
  // The continuous runs up to `day`, made one at a time (no lists): every check with work asks for this.
  let best: Run | null = null;
  let from = 0;
  let to = -Infinity;
  for (const range of ranges) {
    if (range.from > day) break;
    const end = Math.min(range.to, day);
    if (to !== -Infinity && range.from - to - 1 <= gapDays) {
      if (end > to) to = end;
      continue;
    }
    if (to !== -Infinity) best = longer(best, from, to);
    from = range.from;
    to = end;
  }
  return to === -Infinity ? best : longer(best, from, to);
}

// The longer of `best` and the run `from` … `to`: the most full years, then the most days, then the later.
function longer(best: Run | null, from: DayNumber, to: DayNumber): Run {
  const years = fullYears(from, to);
  return best === null || years > best.years || (years === best.years && to - from >= best.to - best.from) ? { from, to, years } : best;
}

/**
 * The first day on which some continuous run reaches `years` full years, or null. A run
 * reaches n years on the day before its n-th anniversary, if it is still covered then; a run
 * bridged over gaps reaches it on the first covered day from then on.
 *
 * @example
 * ```ts
 * fromDayNumber(dayContinuousReaches([{ from: toDayNumber('2024-02-29'), to: Infinity }], 0, 1)!);
 * //=> '2025-02-27'
 * ```
 */
export function dayContinuousReaches(ranges: readonly DayRange[], gapDays: number, years: number): DayNumber | null {
  let runStart = 0;
  let previousEnd = -Infinity;
  let anniversaryEve: DayNumber | undefined;
  // n years are at least 365·n days: a run ending before that cannot reach them, and the
  // calendar arithmetic of its anniversary is skipped.
  const atLeast = years > 0 ? years * 365 - 1 : -Infinity;
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i] as DayRange;
    if (i === 0 || range.from - previousEnd - 1 > gapDays) {
      runStart = range.from;
      anniversaryEve = undefined;
    }
    previousEnd = range.to;
    if (range.to - runStart < atLeast) continue;
    anniversaryEve ??= addYearsTo(runStart, years) - 1;
    // Runs are in date order and each reaches no earlier than it starts: the first hit wins.
    if (range.to >= anniversaryEve) return Math.max(anniversaryEve, range.from);
  }
  return null;
}

/** A length of time in calendar years, months and remaining days. */
export interface Duration {
  readonly years: number;
  readonly months: number;
  readonly days: number;
}

/**
 * The length of `from` … `to` inclusive as years, months and days, counted by calendar
 * months from `from` (the month-end rule of date-fns `addMonths`), for explanations. `to` is
 * never before `from` − 1 (a run, or a certificate held up to the day before the as-of date),
 * so the count of months is never negative.
 *
 * @example
 * ```ts
 * durationOf(toDayNumber('2025-01-01'), toDayNumber('2026-05-03'));
 * //=> { years: 1, months: 4, days: 3 }
 * ```
 */
export function durationOf(from: DayNumber, to: DayNumber): Duration {
  const end = to + 1;
  const start = civilOf(from);
  const stop = civilOf(end);
  let months = (stop.year - start.year) * 12 + stop.month - start.month;
  let reached = addMonthsTo(start, months);
  if (reached > end) reached = addMonthsTo(start, (months -= 1));
  return { years: Math.floor(months / 12), months: months % 12, days: end - reached };
}

// `start` split once by the caller (durationOf adds months to it up to three times).
function addMonthsTo({ year, month, day: dayOfMonth }: CivilParts, months: number): DayNumber {
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return dayNumberOf(targetYear, targetMonth, Math.min(dayOfMonth, daysInMonth(targetYear, targetMonth)));
}
