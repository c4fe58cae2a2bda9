// The plain-date arithmetic (integer day numbers) cross-checked against date-fns, the library
// the design card names, for dates across 0001–9999: adding days, adding years with the
// 29 February rule ([I-4], [I-11]), differences in days, weekdays. date-fns works on Date
// objects in the host zone, which would make the check depend on TZ (and on zones that
// skipped a whole day, such as Pacific/Kiritimati on 1994-12-31); UTCDate from @date-fns/utc
// keeps every date-fns call in UTC, whatever TZ the suite runs under. Instants and China
// dates are cross-checked against date-fns-tz in china-time.test.ts.
import { UTCDate } from '@date-fns/utc';
import { addDays as fnsAddDays, addYears as fnsAddYears, differenceInCalendarDays, getDay, isValid } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addYearsTo, fromDayNumber, LAST_PLAIN_DAY, parsePlainDate, toDayNumber, weekdayOf, type PlainDate } from '../../src/core/plain-date.js';

const FIRST_PLAIN_DAY = toDayNumber(parsePlainDate('0001-01-01'));

/** A plain date as a date-fns UTC date, built from its fields (not by parsing, which maps years 0–99 to 19xx). */
function toUTCDate(date: PlainDate): UTCDate {
  const value = new UTCDate(2000, 0, 1);
  value.setFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return value;
}

function fromUTCDate(value: Date): string {
  expect(isValid(value)).toBe(true);
  return `${String(value.getFullYear()).padStart(4, '0')}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
}

// Any day 0001–9999, with 29 February and the ends of the range drawn often.
const arbDay = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: FIRST_PLAIN_DAY, max: LAST_PLAIN_DAY }) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 2499 }).map((k) => k * 4).filter((y) => y % 100 !== 0 || y % 400 === 0).map((y) => toDayNumber(parsePlainDate(`${String(y).padStart(4, '0')}-02-29`))) },
  { weight: 1, arbitrary: fc.constantFrom(FIRST_PLAIN_DAY, LAST_PLAIN_DAY, toDayNumber(parsePlainDate('1900-02-28')), toDayNumber(parsePlainDate('2000-02-29'))) },
);

describe('plain-date arithmetic agrees with date-fns across 0001–9999', () => {
  it('round-trips through a date-fns date unchanged', () => {
    fc.assert(
      fc.property(arbDay, (day) => {
        const date = fromDayNumber(day);
        expect(fromUTCDate(toUTCDate(date))).toBe(date);
      }),
      { numRuns: 500 },
    );
  });

  it('adds days as date-fns addDays does', () => {
    fc.assert(
      fc.property(arbDay, fc.integer({ min: -400_000, max: 400_000 }), (day, delta) => {
        const target = day + delta;
        fc.pre(target >= FIRST_PLAIN_DAY && target <= LAST_PLAIN_DAY);
        const date = fromDayNumber(day);
        expect(addDays(date, delta)).toBe(fromUTCDate(fnsAddDays(toUTCDate(date), delta)));
      }),
      { numRuns: 500 },
    );
  });

  it('adds years as date-fns addYears does, 29 February landing on 28 February in a common year', () => {
    fc.assert(
      fc.property(arbDay, fc.integer({ min: -50, max: 50 }), (day, years) => {
        const date = fromDayNumber(day);
        const year = Number(date.slice(0, 4)) + years;
        fc.pre(year >= 1 && year <= 9999);
        expect(fromDayNumber(addYearsTo(day, years))).toBe(fromUTCDate(fnsAddYears(toUTCDate(date), years)));
      }),
      { numRuns: 500 },
    );
  });

  it('counts the days between two dates as date-fns differenceInCalendarDays does', () => {
    fc.assert(
      fc.property(arbDay, arbDay, (a, b) => {
        expect(b - a).toBe(differenceInCalendarDays(toUTCDate(fromDayNumber(b)), toUTCDate(fromDayNumber(a))));
      }),
      { numRuns: 500 },
    );
  });

  it('names the weekday as date-fns getDay does (0 = Sunday)', () => {
    fc.assert(
      fc.property(arbDay, (day) => {
        expect(weekdayOf(day)).toBe(getDay(toUTCDate(fromDayNumber(day))));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees on the 29 February anniversaries by hand, too', () => {
    // Written out from [I-4]: 2024-02-29 + 1 year = 2025-02-28; + 4 years = 2028-02-29; 1900 is not a leap year, 2000 is.
    expect(fromUTCDate(fnsAddYears(toUTCDate(parsePlainDate('2024-02-29')), 1))).toBe('2025-02-28');
    expect(fromDayNumber(addYearsTo(toDayNumber(parsePlainDate('2024-02-29')), 1))).toBe('2025-02-28');
    expect(fromDayNumber(addYearsTo(toDayNumber(parsePlainDate('1896-02-29')), 4))).toBe('1900-02-28');
    expect(fromDayNumber(addYearsTo(toDayNumber(parsePlainDate('1996-02-29')), 4))).toBe('2000-02-29');
  });
});
