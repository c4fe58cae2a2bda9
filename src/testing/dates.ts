/**
 * Arbitraries of China civil dates. Dates are drawn as integer day numbers and written as
 * `"YYYY-MM-DD"` strings, so no host time zone can shift them; 29 February is drawn more
 * often than chance would, since anniversaries of it are where date code breaks ([I-4]).
 * @module
 */
import { deepFreeze } from '../core/freeze.js';
import fc from 'fast-check';
import { issue, type IssuePath } from '../core/errors.js';
import { civilOf, dayNumberOf, fromDayNumber, isLeapYear, parsePlainDate, toDayNumber, type DayNumber, type PlainDate } from '../core/plain-date.js';
import { readOptions, refuse } from './options.js';

/**
 * A span of civil dates to draw from, both ends inclusive, as `"YYYY-MM-DD"` strings.
 * A missing end takes the default (2008-01-01 … 2032-12-31).
 *
 * @example
 * ```ts
 * const range: DateRange = { from: '2020-01-01', to: '2026-12-31' };
 * ```
 */
export interface DateRange {
  readonly from?: string;
  readonly to?: string;
}

/**
 * The range every date arbitrary uses when none is given: 2008-01-01 … 2032-12-31, a span
 * holding seven 29 Februaries and every year of China's published holiday data that matters.
 *
 * @example
 * ```ts
 * DEFAULT_DATE_RANGE;
 * //=> { from: '2008-01-01', to: '2032-12-31' }
 * ```
 */
export const DEFAULT_DATE_RANGE = /* @__PURE__ */ deepFreeze({ from: '2008-01-01', to: '2032-12-31' } as const);

/** A checked date range as day numbers. */
export interface DayRange {
  readonly first: DayNumber;
  readonly last: DayNumber;
}

/**
 * Checks a {@link DateRange} (`undefined` is the default range) and turns it into day
 * numbers; throws `SkillcertError`: `invalid-date` for an end that is not a real
 * `"YYYY-MM-DD"` day, `invalid-input` for a range that is not an object, has a key other
 * than `from` and `to`, or ends before it starts. Paths start with `path`.
 *
 * @example
 * ```ts
 * dayRangeOf({ from: '1970-01-02', to: '1970-01-31' });
 * //=> { first: 1, last: 30 }
 * ```
 */
export function dayRangeOf(range: unknown, path: IssuePath = []): DayRange {
  const { from = DEFAULT_DATE_RANGE.from, to = DEFAULT_DATE_RANGE.to } = readOptions(range, ['from', 'to'], path, 'date-range');
  const first = toDayNumber(parsePlainDate(from, [...path, 'from']));
  const last = toDayNumber(parsePlainDate(to, [...path, 'to']));
  if (first > last) refuse(issue([...path, 'to'], 'ends-before-start', { start: 'from', from: fromDayNumber(first), to: fromDayNumber(last) }));
  return { first, last };
}

/**
 * An arbitrary of day numbers in a range, with the range's 29 Februaries drawn about one
 * time in ten.
 *
 * @example
 * ```ts
 * fc.sample(arbDayNumber({ first: 0, last: 9 }), 3).every((day) => day >= 0 && day <= 9);
 * //=> true
 * ```
 */
export function arbDayNumber({ first, last }: DayRange): fc.Arbitrary<DayNumber> {
  const leapDays: DayNumber[] = [];
  for (let year = civilOf(first).year; year <= civilOf(last).year; year++) {
    const leapDay = isLeapYear(year) ? dayNumberOf(year, 2, 29) : undefined;
    if (leapDay !== undefined && leapDay >= first && leapDay <= last) leapDays.push(leapDay);
  }
  const anyDay = fc.integer({ min: first, max: last });
  if (leapDays.length === 0) return anyDay;
  return fc.oneof({ weight: 9, arbitrary: anyDay }, { weight: 1, arbitrary: fc.constantFrom(...leapDays) });
}

/**
 * An arbitrary of real China civil dates (`PlainDate`, `"YYYY-MM-DD"`) within a range
 * (default 2008-01-01 … 2032-12-31), with 29 February over-represented. Shrinks towards the
 * range's first day. Throws `SkillcertError` for a range that is not a {@link DateRange}
 * (`invalid-input` at its path) or holds an impossible day (`invalid-date`).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { arbPlainDate } from 'skillcert/testing';
 *
 * fc.assert(fc.property(arbPlainDate({ from: '2024-01-01', to: '2024-12-31' }), (date) => date.startsWith('2024-')));
 * fc.sample(arbPlainDate({ from: '2024-02-29', to: '2024-02-29' }), 1);
 * //=> ['2024-02-29']
 * ```
 */
export function arbPlainDate(range?: DateRange): fc.Arbitrary<PlainDate> {
  return arbDayNumber(dayRangeOf(range)).map(fromDayNumber);
}
