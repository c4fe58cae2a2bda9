import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import {
  chinaCalendar,
  createCalendar,
  createChinaCalendarFromData,
  holidayNameOf,
  SkillcertError,
  type YearSchedule,
} from '../../src/calendar/index.js';
import { dayNumberOf, fromDayNumber } from '../../src/core/plain-date.js';
import { CHINA_REFERENCE, referenceAdd, referenceBetween, type ReferenceData } from './reference.js';
import { englishIssues, thrown } from '../thrown.js';

// A made-up 2028 schedule (the real one is not published): three days of National Day
// and a make-up Saturday.
const SCHEDULE_2028: YearSchedule = {
  holidays: { '2028-10-02': 'National Day,国庆节,3', '2028-10-03': 'National Day,国庆节,3', '2028-10-04': 'National Day,国庆节,3' },
  workdays: ['2028-10-07'],
};

describe('createCalendar', () => {
  const calendar = createCalendar({
    years: [2030],
    holidays: { '2030-10-01': 'National Day,国庆节,1', '2030-10-02': 'Founders day' },
    workdays: ['2030-09-29'],
  });

  it('answers from the caller’s data', () => {
    expect(calendar.coverage).toEqual({ from: 2030, to: 2030, years: [2030], finalThrough: '2030-12-28' });
    expect(calendar.dayKind('2030-10-01')).toBe('holiday');
    expect(calendar.dayKind('2030-09-29')).toBe('makeup-workday');
    expect(calendar.addWorkingDays('2030-09-27', 1)).toBe('2030-09-29');
    expect(calendar.addWorkingDays('2030-09-29', 1)).toBe('2030-09-30');
    expect(calendar.addWorkingDays('2030-09-30', 1)).toBe('2030-10-03');
    expect(thrown(() => calendar.dayKind('2031-01-01')).year).toBe(2031);
  });

  it('uses a label not in the "English,中文,N" form as both names', () => {
    const skipped = calendar.explainWorkingDays('2030-09-30', 1).skipped;
    expect(skipped).toEqual([
      { date: '2030-10-01', kind: 'holiday', name: { zh: '国庆节', en: 'National Day' } },
      { date: '2030-10-02', kind: 'holiday', name: { zh: 'Founders day', en: 'Founders day' } },
    ]);
  });

  it('gives no name for a holiday given as a bare date', () => {
    const bare = createCalendar({ years: [2030], holidays: ['2030-10-01'], workdays: {} });
    expect(bare.explainWorkingDays('2030-09-30', 1).skipped).toEqual([{ date: '2030-10-01', kind: 'holiday' }]);
  });

  it.each([
    [{ years: [], holidays: [], workdays: [] }, ['years']],
    [{ years: [2030.5], holidays: [], workdays: [] }, ['years', 0]],
    [{ years: [2030], holidays: ['2030-02-30'], workdays: [] }, ['holidays', 0]],
    [{ years: [2030], holidays: { '2030-1-1': 'x' }, workdays: [] }, ['holidays', '2030-1-1']],
    [{ years: [2030], holidays: { '2030-01-01': 7 }, workdays: [] }, ['holidays', '2030-01-01']],
    [{ years: [2030], holidays: [], workdays: 'none' }, ['workdays']],
    [{ years: [2030], holidays: ['2031-01-01'], workdays: [] }, ['holidays', 0]],
    [{ years: [2030], holidays: ['2030-10-06'], workdays: ['2030-10-06'] }, ['workdays', 0]],
    [null, []],
  ])('rejects malformed data %o with invalid-input at %o', (data, path) => {
    const error = thrown(() => createCalendar(data as never));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toEqual(path);
  });

  it('refuses a map that is not a plain object (a Map would be read as empty, a String object as millions of keys)', () => {
    for (const holidays of [new Map([['2030-10-01', 'National Day,国庆节,1']]), new String('x'.repeat(1e7)), new Uint8Array(1e8)]) {
      const error = thrown(() => createCalendar({ years: [2030], holidays: holidays as never, workdays: [] }));
      expect(englishIssues(error)).toEqual([{ path: ['holidays'], message: 'expected a list of dates or a map from date to name, got an object' }]);
    }
    const noPrototype = Object.assign(Object.create(null) as object, { '2030-10-01': 'National Day,国庆节,1' });
    expect(createCalendar({ years: [2030], holidays: noPrototype, workdays: [] }).dayKind('2030-10-01')).toBe('holiday');
  });

  it('accepts at most 9,999 covered years and 100,000 holidays and make-up working days, refused before any entry is read', () => {
    expect(englishIssues(thrown(() => createCalendar({ years: Array<number>(10_000).fill(2030), holidays: [], workdays: [] })))).toEqual([
      { path: ['years'], message: 'at most 9999 covered years are accepted' },
    ]);
    // 100,000 days from 2000-01-01 fill 2000–2273.
    const days = Array.from({ length: 100_001 }, (_, i) => fromDayNumber(dayNumberOf(2000, 1, 1) + i));
    const years = Array.from({ length: 274 }, (_, i) => 2000 + i);
    const full = createCalendar({ years, holidays: days.slice(0, -1), workdays: [] });
    expect([full.dayKind(days[99_999] ?? ''), full.dayKind(days[100_000] ?? '')]).toEqual(['holiday', expect.not.stringMatching('holiday')]);
    expect(englishIssues(thrown(() => createCalendar({ years, holidays: [], workdays: days })))).toEqual([{ path: ['workdays'], message: 'at most 100000 dates are accepted' }]);
    const map = Object.fromEntries(days.map((day) => [day, 'Day off']));
    expect(englishIssues(thrown(() => createCalendar({ years, holidays: map, workdays: [] })))).toEqual([{ path: ['holidays'], message: 'at most 100000 dates are accepted' }]);
    // Sparse lists, so only the entries read would cost anything: refused at once.
    const huge = new Array<never>(2 ** 32 - 1);
    expect(englishIssues(thrown(() => createCalendar({ years: huge, holidays: [], workdays: [] })))).toEqual([{ path: ['years'], message: 'at most 9999 covered years are accepted' }]);
    expect(englishIssues(thrown(() => createCalendar({ years: [2030], holidays: huge, workdays: [] })))).toEqual([{ path: ['holidays'], message: 'at most 100000 dates are accepted' }]);
    expect(englishIssues(thrown(() => chinaCalendar.withYear(2027, { holidays: [], workdays: huge })))).toEqual([{ path: ['workdays'], message: 'at most 100000 dates are accepted' }]);
  });

  it('reads each list’s entries once and covers the years it checked', () => {
    let reads = 0;
    // A year that answers 2030 when first read and 1 afterwards.
    const years = Object.defineProperty([0], 0, { get: () => (reads++ === 0 ? 2030 : 1) }) as number[];
    const calendar = createCalendar({ years, holidays: ['2030-10-01'], workdays: [] });
    expect(calendar.coverage.years).toEqual([2030]);
    expect(calendar.dayKind('2030-10-01')).toBe('holiday');
    expect(reads).toBe(1);
  });
});

describe('withYear', () => {
  it('returns a new calendar covering the added year, with a gap before it', () => {
    const extended = chinaCalendar.withYear(2028, SCHEDULE_2028);
    expect(extended.coverage.years.at(-1)).toBe(2028);
    expect(extended.coverage.years).not.toContain(2027);
    expect(extended.dayKind('2028-10-02')).toBe('holiday');
    expect(extended.dayKind('2028-10-07')).toBe('makeup-workday');
    expect(extended.addWorkingDays('2028-09-29', 1)).toBe('2028-10-05');
    expect(thrown(() => extended.dayKind('2027-06-01')).year).toBe(2027);
    expect(thrown(() => extended.addWorkingDays('2026-12-30', 5)).year).toBe(2027);
    expect(thrown(() => extended.addWorkingDays('2028-01-10', -10)).year).toBe(2027);
    expect(extended.addWorkingDaysDetailed('2026-12-30', 5, { uncovered: 'weekends-only' }).provisional).toBe(true);
    expect(extended.addWorkingDaysDetailed('2028-12-20', 20, { uncovered: 'weekends-only' }).provisional).toBe(true);
  });

  it('agrees with the day-by-day reference across the gap', () => {
    const extended = chinaCalendar.withYear(2028, SCHEDULE_2028);
    const reference: ReferenceData = {
      years: new Set([...CHINA_REFERENCE.years, 2028]),
      holidays: { ...CHINA_REFERENCE.holidays, ...(SCHEDULE_2028.holidays as Record<string, string>) },
      workdays: { ...CHINA_REFERENCE.workdays, '2028-10-07': '' },
    };
    const estimate = { uncovered: 'weekends-only' } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumberOf(2026, 6, 1), max: dayNumberOf(2029, 6, 1) }).map(fromDayNumber),
        fc.integer({ min: -400, max: 400 }),
        (date, n) => {
          const expected = referenceAdd(reference, date, n);
          expect(extended.addWorkingDaysDetailed(date, n, estimate)).toEqual(expected);
          expect(extended.workingDaysBetweenDetailed(date, expected.value, estimate)).toEqual(
            referenceBetween(reference, date, expected.value),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('replaces the schedule of a year already covered', () => {
    const replaced = chinaCalendar.withYear(2026, { holidays: ['2026-10-01'], workdays: [] });
    expect(replaced.dayKind('2026-10-02')).toBe('workday');
    expect(replaced.dayKind('2026-10-10')).toBe('weekend');
    expect(replaced.dayKind('2026-10-01')).toBe('holiday');
    expect(replaced.dayKind('2025-10-01')).toBe('holiday');
    expect(chinaCalendar.dayKind('2026-10-02')).toBe('holiday');
  });

  it('never changes the calendar it was called on', () => {
    const dates = ['2026-10-01', '2026-10-10', '2026-09-28', '2025-01-01'];
    const before = dates.map((date) => chinaCalendar.dayKind(date));
    const coverageBefore = structuredClone(chinaCalendar.coverage);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: dayNumberOf(2026, 1, 1), max: dayNumberOf(2026, 12, 31) }), { maxLength: 20 }),
        fc.constantFrom(2026, 2027, 2030),
        (days, year) => {
          // 2026, 2027 and 2030 all have 365 days: move the days into the chosen year.
          const moved = days.map((day) => fromDayNumber(day - dayNumberOf(2026, 1, 1) + dayNumberOf(year, 1, 1)));
          const half = Math.floor(moved.length / 2);
          const other = chinaCalendar.withYear(year, { holidays: moved.slice(0, half), workdays: moved.slice(half) });
          expect(other).not.toBe(chinaCalendar);
          expect(other.coverage.years).toContain(year);
        },
      ),
      { numRuns: 100 },
    );
    expect(chinaCalendar.coverage).toEqual(coverageBefore);
    expect(dates.map((date) => chinaCalendar.dayKind(date))).toEqual(before);
    expect(() => chinaCalendar.dayKind('2030-01-01')).toThrow(SkillcertError);
  });

  it.each([
    [2027.5, SCHEDULE_2028, ['year']],
    [0, SCHEDULE_2028, ['year']],
    [2027, SCHEDULE_2028, ['holidays', '2028-10-02']],
    [2028, { holidays: ['2028-10-02'], workdays: ['2029-01-06'] }, ['workdays', 0]],
    [2028, { holidays: {}, workdays: 'x' }, ['workdays']],
    [2028, undefined, []],
  ])('rejects year %s with %o as invalid-input at %o', (year, data, path) => {
    const error = thrown(() => chinaCalendar.withYear(year, data as YearSchedule));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toEqual(path);
  });
});

describe('createChinaCalendarFromData', () => {
  it('builds the same calendar as chinaCalendar from the same JSON', () => {
    const fresh = createChinaCalendarFromData(chineseDays);
    expect(fresh.coverage).toEqual(chinaCalendar.coverage);
    expect(fresh.addWorkingDays('2026-09-26', 45)).toBe('2026-12-03');
  });

  it('reads nothing until the first method call (lazy), then checks the shape', () => {
    let reads = 0;
    const watched = new Proxy(
      { holidays: { '2026-10-01': 'National Day,国庆节,3' }, workdays: {} },
      {
        get(target, key, receiver) {
          reads++;
          return Reflect.get(target, key, receiver);
        },
      },
    );
    const calendar = createChinaCalendarFromData(watched);
    expect(reads).toBe(0);
    expect(calendar.dayKind('2026-10-01')).toBe('holiday');
    expect(reads).toBeGreaterThan(0);
  });

  it.each([
    ['not an object', 'expected chinese-days data as an object'],
    [null, ''],
    [{ holidays: [], workdays: {} }, 'holidays'],
    [{ holidays: { '2026-10-01': 3 }, workdays: {} }, '2026-10-01'],
    [{ holidays: { 'Oct 1': 'x,y,1' }, workdays: {} }, 'Oct 1'],
    [{ holidays: {}, workdays: {} }, 'at least one date'],
    [{ holidays: { '2026-10-01': 'a,b,1' }, workdays: { '2026-10-01': 'a,b,1' } }, 'both'],
    [{ holidays: { '2026-10-01': 'a,b,1' }, workdays: {}, inLieuDays: 5 }, 'inLieuDays'],
    [{ workdays: {} }, 'holidays'],
  ])('a broken data file %o is a calendar-data error at first use (message names %s)', (raw, named) => {
    const calendar = createChinaCalendarFromData(raw);
    for (const ask of [() => calendar.coverage, () => calendar.isWorkingDay('2026-10-01'), () => calendar.addWorkingDays('2026-10-01', 3)]) {
      const error = thrown(ask);
      expect(error.code).toBe('calendar-data');
      expect(error.message).toContain('chinese-days');
      if (named !== '') expect(error.message).toContain(named);
    }
  });

  it('turns a data object whose getters throw into calendar-data, not a TypeError', () => {
    const hostile = Object.defineProperty({}, 'holidays', {
      get() {
        throw new TypeError('boom');
      },
    });
    expect(thrown(() => createChinaCalendarFromData(hostile).coverage).code).toBe('calendar-data');
  });
});

describe('holidayNameOf', () => {
  it.each([
    ["New Year's Day,元旦,1", { zh: '元旦', en: "New Year's Day" }],
    ['Anti-Fascist 70th Day,中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日,1', { zh: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日', en: 'Anti-Fascist 70th Day' }],
    ['National Day,国庆节', { zh: '国庆节', en: 'National Day' }],
    ['Founders day', { zh: 'Founders day', en: 'Founders day' }],
    [',,3', { zh: ',,3', en: ',,3' }],
  ])('reads %s', (label, name) => {
    expect(holidayNameOf(label)).toEqual(name);
  });

  it('uses a label longer than 1,000 characters as both names, without splitting it', () => {
    const long = `${'A'.repeat(996)},中秋,1`; // 1,001 characters
    expect(holidayNameOf(long.slice(1))).toEqual({ zh: '中秋', en: 'A'.repeat(995) });
    expect(holidayNameOf(long)).toEqual({ zh: long, en: long });
    const commas = ','.repeat(1e7);
    expect(holidayNameOf(commas)).toEqual({ zh: commas, en: commas });
  });

  it.each([undefined, null, 3, {}, ['National Day,国庆节,3']])('rejects a label that is not text (%s) with invalid-input', (label) => {
    expect(thrown(() => holidayNameOf(label as never)).code).toBe('invalid-input');
  });

  it('names every holiday of the installed data in both languages', () => {
    for (const label of Object.values(chineseDays.holidays)) {
      const { zh, en } = holidayNameOf(label);
      expect(zh).toMatch(/\p{Script=Han}/u);
      expect(en).toMatch(/^[A-Za-z]/);
    }
  });
});

// Issue 14, finding 8: a map of days is counted up to its limit (100,000) before any day is
// read, so a proxy's traps run for at most that many keys, not for all of them.
describe('createCalendar: a map of days counted up to its limit', () => {
  it('refuses a map of 300,000 days after reading at most the limit and one', () => {
    const dates = Array.from({ length: 300_000 }, (_, i) => `k${i}`);
    let reads = 0;
    const holidays = new Proxy({}, {
      ownKeys: () => dates,
      getOwnPropertyDescriptor: () => {
        reads++;
        return { value: 'x', enumerable: true, configurable: true, writable: true };
      },
    });
    const error = thrown(() => createCalendar({ years: [2030], holidays, workdays: [] }));
    expect(englishIssues(error)).toEqual([{ path: ['holidays'], message: 'at most 100000 dates are accepted' }]);
    expect(reads).toBeLessThanOrEqual(2 * 100_001);
  });
});
