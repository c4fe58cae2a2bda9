import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar, type CalendarOptions, type WorkingDayCalendar } from '../../src/calendar/index.js';
import { dayNumberOf, fromDayNumber } from '../../src/core/plain-date.js';

const ESTIMATE: CalendarOptions = { uncovered: 'weekends-only' };

// Dates and counts that stay inside 2004–2026 (200 working days is under 300 calendar days).
const coveredDate = fc.integer({ min: dayNumberOf(2005, 1, 1), max: dayNumberOf(2025, 12, 31) }).map(fromDayNumber);
const coveredCount = fc.integer({ min: -200, max: 200 });
// Anywhere from 1900 to 2100 and any count, estimated outside 2004–2026.
const anyDate = fc.integer({ min: dayNumberOf(1900, 1, 1), max: dayNumberOf(2100, 12, 31) }).map(fromDayNumber);
const anyCount = fc.integer({ min: -100_000, max: 100_000 });

// The same laws, checked on the official range under the default policy and everywhere
// under the estimate (which exercises the arithmetic past both ends of the tables).
const cases: [string, fc.Arbitrary<string>, fc.Arbitrary<number>, CalendarOptions | undefined][] = [
  ['inside coverage', coveredDate, coveredCount, undefined],
  ['with weekends-only estimates', anyDate, anyCount, ESTIMATE],
];

describe.each(cases)('working-day laws %s', (_, date, count, options) => {
  const calendar: WorkingDayCalendar = chinaCalendar;

  it('addWorkingDays(d, n) is a working day when n ≠ 0', () => {
    fc.assert(
      fc.property(date, count.filter((n) => n !== 0), (d, n) => {
        expect(calendar.isWorkingDay(calendar.addWorkingDays(d, n, options), options)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) = n for n ≥ 0, and for n < 0 when d is a working day', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        const reached = calendar.addWorkingDays(d, n, options);
        const between = calendar.workingDaysBetween(d, reached, options);
        // (a, b] excludes the result and includes d when counting backwards.
        if (n >= 0 || calendar.isWorkingDay(d, options)) expect(between).toBe(n);
        else expect(between).toBe(n + 1);
      }),
      { numRuns: 500 },
    );
  });

  it('adding then subtracting n returns a working day to itself', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        const working = calendar.addWorkingDays(d, 1, options);
        expect(calendar.addWorkingDays(calendar.addWorkingDays(working, n, options), -n, options)).toBe(working);
      }),
      { numRuns: 500 },
    );
  });

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(date, count, count, (d, m, n) => {
        fc.pre(m !== n);
        const [low, high] = m < n ? [m, n] : [n, m];
        expect(calendar.addWorkingDays(d, low, options) < calendar.addWorkingDays(d, high, options)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('workingDaysBetween is antisymmetric and additive', () => {
    fc.assert(
      fc.property(date, date, date, (a, b, c) => {
        const ab = calendar.workingDaysBetween(a, b, options);
        expect(calendar.workingDaysBetween(b, a, options)).toBe(0 - ab);
        expect(ab + calendar.workingDaysBetween(b, c, options)).toBe(calendar.workingDaysBetween(a, c, options));
      }),
      { numRuns: 500 },
    );
  });
});

describe('provisional answers', () => {
  const calendar = chinaCalendar;

  // The days looked at by a count: (d, result] forwards, [result, d) backwards; none when n = 0.
  function lookedAt(d: string, value: string, n: number): { readonly from: number; readonly to: number } | undefined {
    if (n === 0) return undefined;
    const [from, to] = d < value ? [d, value] : [value, d];
    return n > 0 ? { from: dayNumberOf(...split(from)) + 1, to: dayNumberOf(...split(to)) } : { from: dayNumberOf(...split(from)), to: dayNumberOf(...split(to)) - 1 };
  }
  const first = dayNumberOf(2004, 1, 1);
  const lastCovered = dayNumberOf(2026, 12, 31);
  // [I-25]: 29–31 December of the last covered year are published but not final.
  const lastFinal = dayNumberOf(2026, 12, 28);
  // Starts near the end of the data, where the not-final days are within a short count.
  const nearDataEnd = fc.integer({ min: dayNumberOf(2026, 12, 1), max: dayNumberOf(2027, 1, 15) }).map(fromDayNumber);
  const shortCount = fc.integer({ min: -30, max: 30 });

  it('are provisional exactly when a day before 2004-01-01 or after 2026-12-28 (not final [I-25]) lies between the start and the result', () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(anyDate, anyCount), fc.tuple(nearDataEnd, shortCount)), ([d, n]) => {
        const { value, provisional } = calendar.addWorkingDaysDetailed(d, n, ESTIMATE);
        const looked = lookedAt(d, value, n);
        expect(provisional).toBe(looked !== undefined && (looked.from < first || looked.to > lastFinal));
      }),
      { numRuns: 1000 },
    );
    // The three not-final days alone make an answer provisional, in a covered year.
    expect(calendar.addWorkingDaysDetailed('2026-12-28', 1, { uncovered: 'error' })).toEqual({ value: '2026-12-29', provisional: true });
    expect(calendar.addWorkingDaysDetailed('2026-12-25', 1, { uncovered: 'error' })).toEqual({ value: '2026-12-28', provisional: false });
  });

  it("are the same answers as 'error' gives when no day of an uncovered year was used", () => {
    const strict: CalendarOptions = { uncovered: 'error' };
    fc.assert(
      fc.property(fc.oneof(fc.tuple(anyDate, fc.integer({ min: -2000, max: 2000 })), fc.tuple(nearDataEnd, shortCount)), ([d, n]) => {
        const estimated = calendar.addWorkingDaysDetailed(d, n, ESTIMATE);
        const looked = lookedAt(d, estimated.value, n);
        if (looked !== undefined && (looked.from < first || looked.to > lastCovered)) {
          expect(() => calendar.addWorkingDaysDetailed(d, n, strict)).toThrow(expect.objectContaining({ code: 'calendar-coverage' }));
        } else {
          expect(calendar.addWorkingDaysDetailed(d, n, strict)).toEqual(estimated);
          // Nothing estimated: the default ('estimate' since One API) agrees too.
          expect(calendar.addWorkingDaysDetailed(d, n)).toEqual(estimated);
        }
      }),
      { numRuns: 500 },
    );
  });
});

function split(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}
