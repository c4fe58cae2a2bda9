import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberOfText } from '../../src/calendar/date-text.js';
import { dayNumberOf, isPlainDate, toDayNumber, type PlainDate } from '../../src/core/plain-date.js';

// The calendar's fast reader must accept exactly the days the shared core accepts.
function coreReading(value: unknown): number | undefined {
  return isPlainDate(value) ? toDayNumber(value) : undefined;
}

describe('dayNumberOfText', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['0001-01-01', dayNumberOf(1, 1, 1)],
    ['9999-12-31', dayNumberOf(9999, 12, 31)],
    ['2024-02-29', dayNumberOf(2024, 2, 29)],
    ['2000-02-29', dayNumberOf(2000, 2, 29)],
    ['2026-10-01', dayNumberOf(2026, 10, 1)],
  ])('reads %s', (text, dayNumber) => {
    expect(dayNumberOfText(text)).toBe(dayNumber);
  });

  it.each(['2026-02-30', '2025-02-29', '1900-02-29', '2100-02-29', '0000-01-01', '2026-00-10', '2026-13-01', '2026-04-31', '2026-10-00',
    '2026-2-03', '2026/02/03', '2026-02-3 ', ' 2026-02-03', '２０２６-02-03', '2026-0a-03', '2026-02-0:', '', 20260203, null, undefined, {}])(
    'refuses %o',
    (value) => {
      expect(dayNumberOfText(value)).toBeUndefined();
      expect(coreReading(value)).toBeUndefined();
    },
  );

  it('agrees with isPlainDate + toDayNumber on every real day of years 0001–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumberOf(1, 1, 1), max: dayNumberOf(9999, 12, 31) }), (day) => {
        const text = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(dayNumberOfText(text)).toBe(day);
        expect(coreReading(text as PlainDate)).toBe(day);
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the core on near-dates (any digits, any separator)', () => {
    // Mostly digits and hyphens, so that real days, impossible days and near misses all occur.
    const digit = fc.oneof({ arbitrary: fc.constantFrom(...'0123456789'), weight: 30 }, { arbitrary: fc.constantFrom('/', ':', 'a', '-'), weight: 1 });
    const hyphen = fc.oneof({ arbitrary: fc.constant('-'), weight: 20 }, { arbitrary: fc.constantFrom('/', '0', '.'), weight: 1 });
    const digits = (count: number) => fc.array(digit, { minLength: count, maxLength: count }).map((chars) => chars.join(''));
    const nearDate = fc
      .tuple(digits(4), hyphen, digits(2), hyphen, digits(2))
      .map(([year, dash, month, dash2, day]) => `${year}${dash}${month}${dash2}${day}`);
    fc.assert(
      fc.property(fc.oneof(nearDate, fc.string({ minLength: 10, maxLength: 10 })), (text) => {
        expect(dayNumberOfText(text)).toBe(coreReading(text));
      }),
      { numRuns: 2000 },
    );
  });
});
