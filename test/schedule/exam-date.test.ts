import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examDate } from '../../src/schedule/index.js';
import { isoOf, referenceLastSaturday, weekdayOfIso } from './reference.js';
import { thrown } from '../thrown.js';

const arbYearMonth = fc.record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) });

describe('examDate: the last Saturday of the month [I-18]', () => {
  it.each([
    [2026, 9, '2026-09-26'],
    [2026, 11, '2026-11-28'],
    [2026, 2, '2026-02-28'],
    [2023, 1, '2023-01-28'],
    [2024, 2, '2024-02-24'],
    [2026, 10, '2026-10-31'],
    [2027, 7, '2027-07-31'],
    [2100, 12, '2100-12-25'],
    [1990, 1, '1990-01-27'],
  ])('%i-%i → %s', (year, month, expected) => {
    expect(examDate(year, month)).toBe(expected);
    expect(examDate(year, month, { examDay: 'last-saturday' })).toBe(expected);
  });

  it('agrees with a walk back from the last day, for every month 1990–2100', () => {
    for (let year = 1990; year <= 2100; year++) {
      for (let month = 1; month <= 12; month++) expect(examDate(year, month)).toBe(isoOf(referenceLastSaturday(year, month)));
    }
  });

  it('is a Saturday of its month, and a week later is already the next month (property)', () => {
    fc.assert(
      fc.property(arbYearMonth, ({ year, month }) => {
        const date = examDate(year, month);
        expect(weekdayOfIso(date)).toBe(6);
        expect(date.slice(0, 7)).toBe(`${year}-${String(month).padStart(2, '0')}`);
        const weekLater = new Date(Date.parse(`${date}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 7);
        expect(weekLater).not.toBe(date.slice(0, 7));
      }),
      { numRuns: 500 },
    );
  });
});

describe('examDate: bad input', () => {
  it.each([
    [1989, 1, ['year']],
    [2101, 1, ['year']],
    [2026.5, 1, ['year']],
    [Number.NaN, 1, ['year']],
    ['2026', 1, ['year']],
    [2026, 0, ['month']],
    [2026, 13, ['month']],
    [2026, 1.5, ['month']],
    [2026, undefined, ['month']],
  ])('examDate(%s, %s) is invalid-input at %j', (year, month, path) => {
    const error = thrown(() => examDate(year as number, month as number));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.path)).toEqual([path]);
  });

  it('reports both a bad year and a bad month', () => {
    const error = thrown(() => examDate(3000, 13));
    expect(error.issues.map((issue) => issue.path)).toEqual([['year'], ['month']]);
    expect(error.message).toMatch(/^year: expected a year 1990–2100, got 3000/);
  });

  it('rejects an unknown exam-day rule and a calendar that is not one', () => {
    const rule = thrown(() => examDate(2026, 9, { examDay: 'first-saturday' as 'last-saturday' }));
    expect(rule.issues[0]?.path).toEqual(['options', 'examDay']);
    const calendar = thrown(() => examDate(2026, 9, { examDay: 'avoid-holidays', calendar: {} as never }));
    expect(calendar.issues[0]?.path).toEqual(['options', 'calendar']);
    expect(thrown(() => examDate(2026, 9, 'avoid' as never)).issues[0]?.path).toEqual(['options']);
  });
});
