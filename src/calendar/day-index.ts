/**
 * The working-day index: one byte of day kind and one running count of working days per
 * day from 1 January of the first covered year to 31 December of the last (about 8,400
 * days for 2004–2026), and the inverse table (the day of the k-th working day). Counting
 * working days between two dates is then a subtraction, and finding the n-th working day
 * two array reads. Past either end the count continues by arithmetic on weekdays, so
 * that the `'weekends-only'` estimate needs no loop either.
 * @module
 */
import { deepFreeze } from '../core/freeze.js';
import { civilOf, dayNumberOf, fromDayNumber, type DayNumber, type PlainDate } from '../core/plain-date.js';
import type { ScheduleSource } from './schedule-data.js';
import type { DayKind } from './types.js';
import { isWeekend, weekdayAfterCount, weekdaysBefore } from './weekdays.js';

// Kind codes in the index; GAP marks a day of an uncovered year between covered ones
// (after `withYear` added a later year), estimated from weekends alone.
const WORKDAY = 0;
const WEEKEND = 1;
const HOLIDAY = 2;
const MAKEUP_WORKDAY = 3;
const GAP = 4;

// Days per block of the text cache.
const TEXT_BLOCK_BITS = 12;
const TEXT_BLOCK = 1 << TEXT_BLOCK_BITS;

const KIND_NAMES: readonly DayKind[] = ['workday', 'weekend', 'holiday', 'makeup-workday'];

/**
 * Whether each kind of day counts as a working day (the compiler checks it names every
 * {@link DayKind}).
 *
 * @example
 * ```ts
 * COUNTS_AS_WORKING['makeup-workday'];
 * //=> true
 * ```
 */
export const COUNTS_AS_WORKING = /* @__PURE__ */ deepFreeze({
  workday: true,
  'makeup-workday': true,
  weekend: false,
  holiday: false,
} as const satisfies Record<DayKind, boolean>);

/** The precomputed tables of one calendar. */
export interface DayIndex {
  /** 1 January of the first covered year. */
  readonly start: DayNumber;
  /** 31 December of the last covered year. */
  readonly end: DayNumber;
  /** Covered years, ascending. */
  readonly years: readonly number[];
  /** Kind code per day of [start, end]. */
  readonly kinds: Uint8Array;
  /** `counts[i]`: working days in [start, start + i), for i in 0 … end − start + 1. */
  readonly counts: Int32Array;
  /** `workingDays[k]`: offset from `start` of the (k + 1)-th working day (the inverse of `counts`). */
  readonly workingDays: Int32Array;
  /**
   * The text of each day of [start, end], filled in as results are asked for, in blocks of
   * {@link TEXT_BLOCK} days made on first use (a calendar of 9,999 years has 3.65 million days;
   * one array of them took longer to make than the rest of the index). A text depends on the
   * day alone, so an index with the same `start` may share its blocks.
   */
  readonly texts: ((PlainDate | undefined)[] | undefined)[];
  /** Whether an uncovered year lies between covered ones (after `withYear` added a later year). */
  readonly gaps: boolean;
  /** `weekdaysBefore(start)` and `weekdaysBefore(end + 1)`, to continue the count outside. */
  readonly weekdaysBeforeStart: number;
  readonly weekdaysAfterEnd: number;
}

/**
 * Builds the index of a checked source: one pass over the covered span.
 *
 * @example
 * ```ts
 * buildDayIndex({ years: [2026], holidays: new Map(), workdays: new Map() }).counts.at(-1);
 * //=> 261
 * ```
 */
export function buildDayIndex(source: ScheduleSource): DayIndex {
  const tables = emptyTables(source);
  const working = fillDays(source, tables, tables.start, tables.end, 0);
  return finish(source, tables, working);
}

/**
 * The index of `source`, which is `base`'s source with `year`'s days replaced (`mergeYear`):
 * the days before the change are copied, the changed year (with the 29–31 December before it,
 * [I-25]) and any new gap years are built, and the days after it are copied with their running
 * count moved by the change, so that `withYear` on a calendar of thousands of years costs a
 * few copies of its tables rather than a new pass over every day. Equal to
 * `buildDayIndex(source)`.
 *
 * @example
 * ```ts
 * const next = mergeYear(source, 2027, added);
 * indexWithYear(buildDayIndex(source), next, 2027).counts.at(-1) === buildDayIndex(next).counts.at(-1);
 * //=> true
 * ```
 */
export function indexWithYear(base: DayIndex, source: ScheduleSource, year: number): DayIndex {
  const tables = emptyTables(source);
  const { start, end, kinds, counts, workingOffsets } = tables;
  // A year before the first covered one moves every offset of the base by `shift` (never
  // negative: the merged years hold the base's, so its span holds the base's span).
  const shift = base.start - start;
  // The changed days: the year and the late December before it (from the start when the year
  // is the new first one), and any gap years between the base's span and a year beyond it.
  const changedFrom = Math.min(Math.max(start, dayNumberOf(year - 1, 12, 29)), base.end + 1);
  const changedTo = shift > 0 ? base.start - 1 : dayNumberOf(year, 12, 31);
  // Before the change: the base's days as they are (same start).
  const before = changedFrom - start;
  kinds.set(base.kinds.subarray(0, before));
  counts.set(base.counts.subarray(0, before + 1));
  const workingBefore = counts[before] ?? 0;
  workingOffsets.set(base.workingDays.subarray(0, workingBefore));
  const working = fillDays(source, tables, changedFrom, changedTo, workingBefore);
  // After the change: the base's days, their offsets moved by `shift` and counts by `delta`.
  const after = changedTo + 1 - start;
  if (after < kinds.length) {
    const baseAfter = after - shift;
    const baseWorking = base.counts[baseAfter] ?? 0;
    const delta = working - baseWorking;
    kinds.set(base.kinds.subarray(baseAfter), after);
    const baseCounts = base.counts;
    counts.set(baseCounts.subarray(baseAfter + 1), after + 1);
    if (delta !== 0) for (let i = after + 1; i < counts.length; i++) (counts[i] as number) += delta;
    const baseDays = base.workingDays;
    if (shift === 0) workingOffsets.set(baseDays.subarray(baseWorking), working);
    else for (let k = baseWorking; k < baseDays.length; k++) workingOffsets[k + delta] = (baseDays[k] ?? 0) + shift;
    return finish(source, tables, working + baseDays.length - baseWorking, base);
  }
  return finish(source, tables, working, base);
}

interface Tables {
  readonly start: DayNumber;
  readonly end: DayNumber;
  readonly kinds: Uint8Array;
  readonly counts: Int32Array;
  readonly workingOffsets: Int32Array;
  readonly covered: ReadonlySet<number>;
}

function emptyTables(source: ScheduleSource): Tables {
  const { years } = source;
  const first = years[0] ?? 1970;
  const last = years.at(-1) ?? first;
  const start = dayNumberOf(first, 1, 1);
  const end = dayNumberOf(last, 12, 31);
  const length = end - start + 1;
  return { start, end, kinds: new Uint8Array(length), counts: new Int32Array(length + 1), workingOffsets: new Int32Array(length), covered: new Set(years) };
}

// Kinds, counts and working days of [from, to] from the source, `working` working days
// before `from`; returns the count after `to`.
function fillDays(source: ScheduleSource, tables: Tables, from: DayNumber, to: DayNumber, working: number): number {
  const { start, kinds, counts, workingOffsets, covered } = tables;
  let day = from;
  while (day <= to) {
    const year = civilOf(day).year;
    const inGap = !covered.has(year);
    const yearEnd = Math.min(dayNumberOf(year + 1, 1, 1), to + 1);
    for (; day < yearEnd; day++) {
      const i = day - start;
      const kind = inGap
        ? GAP
        : source.holidays.has(day)
          ? HOLIDAY
          : source.workdays.has(day)
            ? MAKEUP_WORKDAY
            : isWeekend(day)
              ? WEEKEND
              : WORKDAY;
      kinds[i] = kind;
      if (kind === GAP ? !isWeekend(day) : kind === WORKDAY || kind === MAKEUP_WORKDAY) workingOffsets[working++] = i;
      counts[i + 1] = working;
    }
  }
  return working;
}

// `base`: an index whose text blocks to share (only when it starts on the same day).
function finish(source: ScheduleSource, tables: Tables, working: number, base?: DayIndex): DayIndex {
  const { years } = source;
  const { start, end } = tables;
  // Stryker disable next-line ArrayDeclaration,ArithmeticOperator: a cache's length only sizes the array; a slot past it is made on use
  const texts = new Array<(PlainDate | undefined)[] | undefined>(Math.ceil((end - start + 1) / TEXT_BLOCK));
  if (base !== undefined && base.start === start) {
    // Stryker disable next-line all: sharing fewer or more blocks of a cache changes no text, only when it is made
    for (let i = 0; i < base.texts.length && i < texts.length; i++) texts[i] = base.texts[i];
  }
  const first = years[0] ?? 1970;
  const last = years.at(-1) ?? first;
  return {
    start,
    end,
    years,
    kinds: tables.kinds,
    counts: tables.counts,
    workingDays: tables.workingOffsets.slice(0, working),
    texts,
    gaps: years.length !== last - first + 1,
    weekdaysBeforeStart: weekdaysBefore(start),
    weekdaysAfterEnd: weekdaysBefore(end + 1),
  };
}

/**
 * The kind of a day, or `undefined` when its year is not covered.
 *
 * @example
 * ```ts
 * officialKindOf(index, dayNumberOf(2026, 10, 1));
 * //=> 'holiday'
 * ```
 */
export function officialKindOf(index: DayIndex, day: DayNumber): DayKind | undefined {
  // Outside the span the array has no entry, and a gap year's code has no name: undefined either way.
  return KIND_NAMES[index.kinds[day - index.start] ?? GAP];
}

/**
 * Whether a day is a working day by the official data, or `undefined` when its year is
 * not covered (the hot path of `isWorkingDay`, without going through the kind's name).
 *
 * @example
 * ```ts
 * officiallyWorking(index, dayNumberOf(2026, 10, 10));
 * //=> true
 * ```
 */
export function officiallyWorking(index: DayIndex, day: DayNumber): boolean | undefined {
  const offset = day - index.start;
  if (offset < 0 || offset >= index.kinds.length) return undefined;
  const code = index.kinds[offset];
  return code === GAP ? undefined : code === WORKDAY || code === MAKEUP_WORKDAY;
}

/**
 * The text of a day, taken from the index's cache inside the covered span.
 *
 * @example
 * ```ts
 * dateTextOf(index, dayNumberOf(2026, 12, 3));
 * //=> '2026-12-03'
 * ```
 */
export function dateTextOf(index: DayIndex, day: DayNumber): PlainDate {
  // Stryker disable next-line all: any one-to-one slot of a day, cached or not, gives the same text (outside the span: not cached, to keep the cache small)
  const offset = day - index.start;
  // Stryker disable next-line all: as above
  if (offset < 0 || offset >= index.kinds.length) return fromDayNumber(day);
  // Stryker disable next-line ArrayDeclaration: a block's length only sizes the array
  const block = (index.texts[offset >>> TEXT_BLOCK_BITS] ??= new Array<PlainDate | undefined>(TEXT_BLOCK));
  return (block[offset & (TEXT_BLOCK - 1)] ??= fromDayNumber(day));
}

/**
 * The kind of a day, estimated from the day of the week when its year is not covered.
 *
 * @example
 * ```ts
 * estimatedKindOf(index, dayNumberOf(2027, 10, 1));
 * //=> 'workday'
 * ```
 */
export function estimatedKindOf(index: DayIndex, day: DayNumber): DayKind {
  return officialKindOf(index, day) ?? (isWeekend(day) ? 'weekend' : 'workday');
}

/**
 * Working days in [start, day) — negative for a day before `start` — with days of
 * uncovered years counted as Monday–Friday. Working days in (a, b] are
 * `workingDaysBefore(b + 1) − workingDaysBefore(a + 1)`.
 *
 * @example
 * ```ts
 * workingDaysBefore(index, index.start);
 * //=> 0
 * ```
 */
export function workingDaysBefore(index: DayIndex, day: DayNumber): number {
  if (day <= index.start) return weekdaysBefore(day) - index.weekdaysBeforeStart;
  const offset = day - index.start;
  const { counts } = index;
  if (offset < counts.length) return counts[offset] ?? 0;
  return (counts[counts.length - 1] ?? 0) + weekdaysBefore(day) - index.weekdaysAfterEnd;
}

/**
 * The working day whose running count reaches `ordinal`: the day x that is a working day
 * with `workingDaysBefore(x + 1) === ordinal` (the inverse of {@link workingDaysBefore}).
 *
 * @example
 * ```ts
 * fromDayNumber(workingDayWithCount(index, 1)); // first working day of 2004
 * //=> '2004-01-02'
 * ```
 */
export function workingDayWithCount(index: DayIndex, ordinal: number): DayNumber {
  const { workingDays } = index;
  if (ordinal <= 0) return weekdayAfterCount(ordinal - 1 + index.weekdaysBeforeStart);
  if (ordinal > workingDays.length) return weekdayAfterCount(ordinal - 1 - workingDays.length + index.weekdaysAfterEnd);
  return index.start + (workingDays[ordinal - 1] ?? 0);
}

/**
 * Whether any day of [first, last] is published but not final [I-25]: 29–31 December of a
 * covered year whose next year is not covered (its notice may still move them).
 *
 * @example
 * ```ts
 * touchesNotFinal(index, dayNumberOf(2026, 12, 28), dayNumberOf(2026, 12, 29));
 * //=> true
 * ```
 */
export function touchesNotFinal(index: DayIndex, first: DayNumber, last: DayNumber): boolean {
  if (first > last || last < index.start || first > index.end) return false;
  const lastYear = index.years.at(-1) ?? 0;
  const tail = (year: number) => {
    const from = dayNumberOf(year, 12, 29);
    return first <= from + 2 && last >= from;
  };
  if (tail(lastYear)) return true;
  if (!index.gaps) return false;
  // Between covered years only a year followed by a gap has an open December.
  const to = Math.min(civilOf(Math.min(last, index.end)).year, lastYear - 1);
  for (let year = civilOf(Math.max(first, index.start)).year; year <= to; year++) {
    if (isCoveredYear(index, year) && !isCoveredYear(index, year + 1) && tail(year)) return true;
  }
  return false;
}

/**
 * Whether any day of [first, last] belongs to an uncovered year.
 *
 * @example
 * ```ts
 * touchesUncovered(index, dayNumberOf(2026, 12, 30), dayNumberOf(2027, 1, 4));
 * //=> true
 * ```
 */
export function touchesUncovered(index: DayIndex, first: DayNumber, last: DayNumber): boolean {
  if (first > last) return false;
  if (first < index.start || last > index.end) return true;
  // Inside the span only a gap year can be uncovered; the chinese-days data has none.
  return index.gaps && !isCoveredYear(index, firstUncoveredYear(index, first, last, false));
}

// Whether a year is covered, from the kind of its 1 January (a gap year's days are GAP): no
// search of `years`, which may hold 9,999 of them.
function isCoveredYear(index: DayIndex, year: number): boolean {
  const code = index.kinds[dayNumberOf(year, 1, 1) - index.start];
  return code !== undefined && code !== GAP;
}

/**
 * The first uncovered year met when walking [first, last] forwards, or backwards with
 * `backwards` (the year a coverage error names).
 *
 * @example
 * ```ts
 * firstUncoveredYear(index, dayNumberOf(2026, 12, 30), dayNumberOf(2027, 1, 4), false);
 * //=> 2027
 * ```
 */
export function firstUncoveredYear(index: DayIndex, first: DayNumber, last: DayNumber, backwards: boolean): number {
  const from = civilOf(first).year;
  const to = civilOf(last).year;
  for (let i = 0; i <= to - from; i++) {
    const year = backwards ? to - i : from + i;
    if (!isCoveredYear(index, year)) return year;
  }
  return backwards ? from : to;
}
