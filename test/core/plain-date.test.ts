import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrown } from '../thrown.js';
import { SkillcertError } from '../../src/core/errors.js';
import {
  addDays,
  addYearsTo,
  civilOf,
  dayNumberOf,
  daysInMonth,
  formatPlainDate,
  fromDayNumber,
  isPlainDate,
  parsePlainDate,
  toDayNumber,
  weekdayOf,
} from '../../src/core/plain-date.js';

// Reference built from UTC instants only (never the host zone), to check the integer arithmetic.
function referenceDayNumber(year: number, month: number, day: number): number {
  const ms = new Date(0).setUTCFullYear(year, month - 1, day);
  return Math.round(ms / 86_400_000);
}

const arbCivil = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => day <= daysInMonth(year, month));

describe('parsePlainDate', () => {
  it.each(['2024-02-29', '2026-12-31', '0001-01-01', '9999-12-31', '2000-02-29'])('accepts the real day %s', (text) => {
    expect(parsePlainDate(text)).toBe(text);
    expect(isPlainDate(text)).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2026-13-01',
    '2026-2-3',
    '2026-10-01T00:00:00Z',
    '',
    '2025-02-29',
    '1900-02-29',
    '0000-01-01',
    '2026-00-10',
    '2026-01-00',
    ' 2026-01-01',
    '２０２６-01-01',
  ])('rejects %j with invalid-date', (text) => {
    expect(isPlainDate(text)).toBe(false);
    expect(() => parsePlainDate(text)).toThrow(SkillcertError);
    const error = thrown(() => parsePlainDate(text, ['asOf']));
    expect(error.code).toBe('invalid-date');
    expect(error.issues[0]?.path).toEqual(['asOf']);
  });

  it.each([null, undefined, 20260101, new Date(0), {}, [], Symbol('x'), 10n])('rejects non-strings (%s) without a TypeError', (value) => {
    expect(() => parsePlainDate(value)).toThrow(expect.objectContaining({ code: 'invalid-date' }));
  });
});

describe('day numbers', () => {
  it('match a UTC-instant reference for every generated day', () => {
    fc.assert(
      fc.property(arbCivil, ({ year, month, day }) => {
        const n = dayNumberOf(year, month, day);
        expect(n).toBe(referenceDayNumber(year, month, day));
        expect(civilOf(n)).toEqual({ year, month, day });
        const text = formatPlainDate(year, month, day);
        expect(toDayNumber(parsePlainDate(text))).toBe(n);
        expect(fromDayNumber(n)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('knows its fixed points and weekdays', () => {
    expect(dayNumberOf(1970, 1, 1)).toBe(0);
    expect(weekdayOf(0)).toBe(4); // Thursday
    expect(weekdayOf(toDayNumber(parsePlainDate('2026-09-26')))).toBe(6);
    expect(weekdayOf(toDayNumber(parsePlainDate('1969-12-28')))).toBe(0);
  });

  it('weekday agrees with the UTC reference', () => {
    fc.assert(
      fc.property(arbCivil, ({ year, month, day }) => {
        const ms = new Date(0).setUTCFullYear(year, month - 1, day);
        expect(weekdayOf(dayNumberOf(year, month, day))).toBe(new Date(ms).getUTCDay());
      }),
      { numRuns: 500 },
    );
  });

  it('addDays is an inverse pair and crosses years exactly', () => {
    expect(addDays(parsePlainDate('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(parsePlainDate('2024-03-01'), -1)).toBe('2024-02-29');
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: -5000, max: 5000 }), (start, delta) => {
        const date = fromDayNumber(start);
        expect(addDays(addDays(date, delta), -delta)).toBe(date);
      }),
    );
  });
});

describe('addYearsTo (anniversaries, [I-4])', () => {
  it('moves 29 February to 28 February in a common year, as date-fns addYears does', () => {
    const leap = toDayNumber(parsePlainDate('2024-02-29'));
    expect(fromDayNumber(addYearsTo(leap, 1))).toBe('2025-02-28');
    expect(fromDayNumber(addYearsTo(leap, 4))).toBe('2028-02-29');
    expect(fromDayNumber(addYearsTo(toDayNumber(parsePlainDate('2023-03-01')), 1))).toBe('2024-03-01');
  });

  it('is monotone in the number of years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 50 }), (start, years) => {
        expect(addYearsTo(start, years + 1)).toBeGreaterThan(addYearsTo(start, years));
      }),
    );
  });
});

describe('PLAIN_DATE_PATTERN', () => {
  it('accepts exactly the days isPlainDate accepts', async () => {
    const { PLAIN_DATE_PATTERN } = await import('../../src/core/plain-date.js');
    const arbText = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
        ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(arbText, (text) => {
        expect(PLAIN_DATE_PATTERN.test(text)).toBe(isPlainDate(text));
      }),
      { numRuns: 5000 },
    );
    for (const text of ['2000-02-29', '1900-02-29', '2400-02-29', '2100-02-29', '0004-02-29', '0000-02-29']) {
      expect(PLAIN_DATE_PATTERN.test(text)).toBe(isPlainDate(text));
    }
  });
});

describe('LAST_PLAIN_DAY', () => {
  it('is 9999-12-31', async () => {
    const { LAST_PLAIN_DAY } = await import('../../src/core/plain-date.js');
    expect(LAST_PLAIN_DAY).toBe(dayNumberOf(9999, 12, 31));
    expect(fromDayNumber(LAST_PLAIN_DAY)).toBe('9999-12-31');
  });
});
