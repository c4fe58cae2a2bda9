import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar, SkillcertError, type WorkingDayCalendar } from '../../src/calendar/index.js';
import { civilOf, dayNumberOf, fromDayNumber, toDayNumber, type PlainDate } from '../../src/core/plain-date.js';
import { CHINA_REFERENCE, referenceAdd, referenceBetween, referenceDay } from './reference.js';
import { thrown } from '../thrown.js';

const FIRST = dayNumberOf(2004, 1, 1);
const LAST = dayNumberOf(2026, 12, 31);

describe('chinaCalendar: coverage', () => {
  it('covers exactly the years named in the chinese-days data, 2004–2026 today', () => {
    expect(chinaCalendar.coverage.years).toEqual([...CHINA_REFERENCE.years].sort((a, b) => a - b));
    expect(chinaCalendar.coverage.from).toBe(2004);
    expect(chinaCalendar.coverage.to).toBeGreaterThanOrEqual(2026);
  });

  it.each([
    ['2027-01-04', 2027],
    ['2027-10-01', 2027],
    ['2003-12-31', 2003],
  ])('a day of an uncovered year (%s) is a calendar-coverage error naming %i', (date, year) => {
    for (const ask of [() => chinaCalendar.dayKind(date), () => chinaCalendar.isWorkingDay(date)]) {
      const error = thrown(ask);
      expect(error.code).toBe('calendar-coverage');
      expect(error.year).toBe(year);
      expect(error.message).toContain(String(year));
    }
  });

  it('never calls 2027-10-01 a working day (chinese-days does) unless told to estimate', () => {
    expect(thrown(() => chinaCalendar.isWorkingDay('2027-10-01')).code).toBe('calendar-coverage');
    expect(chinaCalendar.isWorkingDay('2027-10-01', { uncovered: 'weekends-only' })).toBe(true);
  });

  it('names the first uncovered year met in the direction of the count', () => {
    expect(thrown(() => chinaCalendar.addWorkingDays('2026-12-20', 45)).year).toBe(2027);
    expect(thrown(() => chinaCalendar.addWorkingDays('2004-01-20', -45)).year).toBe(2003);
    expect(thrown(() => chinaCalendar.workingDaysBetween('2026-12-01', '2027-03-01')).year).toBe(2027);
    expect(thrown(() => chinaCalendar.explainWorkingDays('2026-12-20', 45, { uncovered: 'error' })).code).toBe('calendar-coverage');
    // explainWorkingDays can say provisional, so by default it estimates instead (One API).
    expect(chinaCalendar.explainWorkingDays('2026-12-20', 45).provisional).toBe(true);
  });

  it('answers near the end of coverage when no uncovered day is needed', () => {
    expect(chinaCalendar.addWorkingDays('2026-12-30', 1)).toBe('2026-12-31');
    expect(chinaCalendar.workingDaysBetween('2026-12-01', '2026-12-31')).toBe(22);
    expect(chinaCalendar.addWorkingDays('2027-03-01', 0)).toBe('2027-03-01');
  });
});

describe('chinaCalendar: known days of 2026', () => {
  it.each([
    ['2026-10-01', 'holiday'], // National Day
    ['2026-10-07', 'holiday'],
    ['2026-10-10', 'makeup-workday'], // a Saturday worked for National Day
    ['2026-09-26', 'holiday'], // Mid-Autumn, a Saturday
    ['2026-02-14', 'makeup-workday'], // a Saturday worked for the Spring Festival
    ['2026-09-28', 'workday'],
    ['2026-10-11', 'weekend'],
  ] as const)('%s is a %s', (date, kind) => {
    expect(chinaCalendar.dayKind(date)).toBe(kind);
    expect(chinaCalendar.isWorkingDay(date)).toBe(kind === 'workday' || kind === 'makeup-workday');
  });

  it('counts the working days after the September 2026 exam [I-21]', () => {
    expect(chinaCalendar.addWorkingDays('2026-09-26', 1)).toBe('2026-09-28');
    expect(chinaCalendar.addWorkingDays('2026-09-26', 15)).toBe('2026-10-22');
    expect(chinaCalendar.addWorkingDays('2026-09-26', 40)).toBe('2026-11-26');
    expect(chinaCalendar.addWorkingDays('2026-09-26', 45)).toBe('2026-12-03');
    expect(chinaCalendar.workingDaysBetween('2026-09-26', '2026-10-22')).toBe(15);
    expect(chinaCalendar.workingDaysBetween('2026-10-22', '2026-09-26')).toBe(-15);
    expect(chinaCalendar.addWorkingDays('2026-10-22', -15)).toBe('2026-09-24');
  });

  it('explains the count: the holidays skipped with their names, the make-up day counted', () => {
    const explanation = chinaCalendar.explainWorkingDays('2026-09-26', 15);
    expect(explanation.result).toBe('2026-10-22');
    expect(explanation.provisional).toBe(false);
    expect(explanation.makeupWorkdays).toEqual(['2026-10-10']);
    expect(explanation.skipped[0]).toEqual({ date: '2026-09-27', kind: 'holiday', name: { zh: '中秋节', en: 'Mid-autumn Festival' } }); // the notice's name [I-24]
    expect(explanation.skipped.filter((day) => day.name?.zh === '国庆节').map((day) => day.date)).toEqual(
      ['01', '02', '03', '04', '05', '06', '07'].map((day) => `2026-10-${day}`),
    );
    expect(explanation.skipped.filter((day) => day.kind === 'weekend').map((day) => day.date)).toEqual([
      '2026-10-11',
      '2026-10-17',
      '2026-10-18',
    ]);
  });

  it('explains a backward count in calendar order, the result included among make-up days', () => {
    const explanation = chinaCalendar.explainWorkingDays('2026-10-12', -1);
    expect(explanation.result).toBe('2026-10-10');
    expect(explanation.makeupWorkdays).toEqual(['2026-10-10']);
    expect(explanation.skipped).toEqual([{ date: '2026-10-11', kind: 'weekend' }]);
  });

  it('explains n = 0 as the day itself with nothing skipped', () => {
    expect(chinaCalendar.explainWorkingDays('2026-10-01', 0)).toEqual({
      result: '2026-10-01',
      skipped: [],
      makeupWorkdays: [],
      provisional: false,
    });
  });
});

describe('chinaCalendar against a day-by-day reference built from the same JSON', () => {
  it('agrees on the kind of every day 2004–2026', () => {
    const disagreements: string[] = [];
    for (let day = FIRST; day <= LAST; day++) {
      const date = fromDayNumber(day);
      const expected = referenceDay(CHINA_REFERENCE, date).kind;
      if (chinaCalendar.dayKind(date) !== expected) disagreements.push(`${date}: ${chinaCalendar.dayKind(date)} ≠ ${expected}`);
      if (chinaCalendar.isWorkingDay(date) !== (expected === 'workday' || expected === 'makeup-workday')) {
        disagreements.push(`${date}: isWorkingDay`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('agrees on addWorkingDays and workingDaysBetween for a sample of dates', () => {
    const coveredDate = fc.integer({ min: dayNumberOf(2004, 7, 1), max: dayNumberOf(2026, 5, 31) }).map(fromDayNumber);
    fc.assert(
      fc.property(coveredDate, fc.integer({ min: -100, max: 100 }), coveredDate, (date, n, other) => {
        expect(chinaCalendar.addWorkingDays(date, n)).toBe(referenceAdd(CHINA_REFERENCE, date, n).value);
        expect(chinaCalendar.workingDaysBetween(date, other)).toBe(referenceBetween(CHINA_REFERENCE, date, other).value);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the estimate and its provisional flag across the ends of coverage', () => {
    const nearEdges = fc.oneof(
      fc.integer({ min: dayNumberOf(2002, 11, 1), max: dayNumberOf(2004, 3, 1) }),
      fc.integer({ min: dayNumberOf(2026, 10, 1), max: dayNumberOf(2028, 2, 1) }),
    );
    const estimate = { uncovered: 'weekends-only' } as const;
    fc.assert(
      fc.property(nearEdges.map(fromDayNumber), fc.integer({ min: -300, max: 300 }), (date, n) => {
        const expected = referenceAdd(CHINA_REFERENCE, date, n);
        expect(chinaCalendar.addWorkingDaysDetailed(date, n, estimate)).toEqual(expected);
        expect(chinaCalendar.explainWorkingDays(date, n, estimate).provisional).toBe(expected.provisional);
        const between = referenceBetween(CHINA_REFERENCE, date, expected.value);
        expect(chinaCalendar.workingDaysBetweenDetailed(date, expected.value, estimate)).toEqual(between);
        // Under the default policy, the same question is answered exactly when no estimate was needed.
        // (A count that used only published-not-final days [I-25] is provisional but answered.)
        // The days looked at: (date, result] forwards, [result, date) backwards.
        const start = toDayNumber(date as PlainDate);
        const end = toDayNumber(expected.value);
        const [first, last] = n >= 0 ? [start + 1, end] : [end, start - 1];
        const uncovered = n !== 0 && first <= last && [civilOf(first).year, civilOf(last).year].some((year) => !CHINA_REFERENCE.years.has(year));
        if (expected.provisional && uncovered) expect(thrown(() => chinaCalendar.addWorkingDays(date, n)).code).toBe('calendar-coverage');
        else expect(chinaCalendar.addWorkingDays(date, n)).toBe(expected.value);
      }),
      { numRuns: 300 },
    );
  });
});

describe('chinaCalendar: input checking', () => {
  const calendar: WorkingDayCalendar = chinaCalendar;

  it.each(['2026-02-30', '2026-13-01', '2026-2-3', '', 20261001, null, undefined, new Date(0)])(
    'rejects the date %s with invalid-date',
    (date) => {
      const error = thrown(() => calendar.dayKind(date as string));
      expect(error.code).toBe('invalid-date');
      expect(error.issues[0]?.path).toEqual(['date']);
    },
  );

  it('refuses a misspelt option instead of keeping the default (README "Guarantees")', () => {
    const misspelt = { uncoverd: 'estimate' } as never;
    for (const call of [
      () => calendar.addWorkingDays('2026-12-30', 5, misspelt),
      () => calendar.addWorkingDaysDetailed('2026-12-30', 5, misspelt),
      () => calendar.workingDaysBetween('2026-01-01', '2026-02-01', misspelt),
      () => calendar.isWorkingDay('2026-01-01', misspelt),
    ]) {
      const error = thrown(call);
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]).toMatchObject({ path: ['options', 'uncoverd'], code: 'unknown-key' });
      expect(error.issues[0]?.message.zh).toContain('无法识别的选项：uncoverd');
    }
    // Own keys only: an inherited key is neither read nor refused.
    expect(calendar.addWorkingDays('2026-01-05', 1, Object.create({ uncoverd: 1 }) as never)).toBe('2026-01-06');
  });

  it('names which of the two dates of workingDaysBetween is wrong', () => {
    expect(thrown(() => calendar.workingDaysBetween('2026-01-01', '2026-02-30')).issues[0]?.path).toEqual(['b']);
    expect(thrown(() => calendar.workingDaysBetween('x', '2026-02-01')).issues[0]?.path).toEqual(['a']);
  });

  it.each([1.5, Number.NaN, Infinity, -Infinity, 100_001, -100_001, 2 ** 53, '3', null])('rejects n = %s with invalid-input at [n]', (n) => {
    for (const ask of [
      () => calendar.addWorkingDays('2026-01-05', n as number),
      () => calendar.addWorkingDaysDetailed('2026-01-05', n as number),
      () => calendar.explainWorkingDays('2026-01-05', n as number),
    ]) {
      const error = thrown(ask);
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]?.path).toEqual(['n']);
    }
  });

  it('accepts the largest n and -0', () => {
    const estimate = { uncovered: 'weekends-only' } as const;
    const far = calendar.addWorkingDaysDetailed('2026-01-05', 100_000, estimate);
    expect(far.provisional).toBe(true);
    expect(calendar.workingDaysBetween('2026-01-05', far.value, estimate)).toBe(100_000);
    expect(calendar.addWorkingDays('2026-10-01', -0)).toBe('2026-10-01');
  });

  it('refuses a result outside the years 0001–9999 as invalid-input, not a broken date', () => {
    const error = thrown(() => calendar.addWorkingDays('9999-12-30', 5, { uncovered: 'weekends-only' }));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toEqual(['n']);
    expect(thrown(() => calendar.addWorkingDays('0001-01-02', -5, { uncovered: 'weekends-only' })).code).toBe('invalid-input');
    // 0001-01-01 is a Monday and 9999-12-31 a Friday: both ends are reachable, not beyond.
    expect(calendar.addWorkingDays('0001-01-02', -1, { uncovered: 'weekends-only' })).toBe('0001-01-01');
    expect(calendar.addWorkingDays('9999-12-30', 1, { uncovered: 'weekends-only' })).toBe('9999-12-31');
    expect(thrown(() => calendar.addWorkingDays('0001-01-01', -1, { uncovered: 'weekends-only' })).code).toBe('invalid-input');
    expect(thrown(() => calendar.addWorkingDays('9999-12-31', 1, { uncovered: 'weekends-only' })).code).toBe('invalid-input');
  });

  it.each([{ uncovered: 'guess' }, { uncovered: null }, 'weekends-only', 42, null])('rejects the options %o', (options) => {
    const error = thrown(() => calendar.isWorkingDay('2026-10-01', options as never));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path[0]).toBe('options');
  });

  it('turns an options object whose getter throws into invalid-input', () => {
    const hostile = Object.defineProperty({}, 'uncovered', {
      get() {
        throw new TypeError('boom');
      },
    });
    expect(thrown(() => calendar.dayKind('2026-10-01', hostile)).code).toBe('invalid-input');
  });

  it('reads no host time zone: a branded date and its string give the same answers', () => {
    const date = '2026-09-26' as PlainDate;
    expect(toDayNumber(date)).toBe(dayNumberOf(2026, 9, 26));
    expect(calendar.addWorkingDays(date, 45)).toBe(calendar.addWorkingDays('2026-09-26', 45));
  });
});
