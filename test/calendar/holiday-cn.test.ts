import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chinaCalendar, createCalendar, fromHolidayCn, type WorkingDayCalendar } from '../../src/index.js';
import { thrown } from '../thrown.js';

const fixture = (year: number): unknown => JSON.parse(readFileSync(new URL(`../fixtures/holiday-cn/${year}.json`, import.meta.url), 'utf8'));
const REAL_YEARS = [2019, 2020, 2023];

// Every day of a year, with what a calendar says of it: kind, and the holiday's name when a
// count passes over it.
function yearAsSeenBy(calendar: WorkingDayCalendar, year: number) {
  const from = `${year}-01-01`;
  const n = calendar.workingDaysBetween(from, `${year}-12-28`);
  const kinds: string[] = [];
  for (let day = Date.UTC(year, 0, 1); day <= Date.UTC(year, 11, 31); day += 86_400_000) kinds.push(calendar.dayKind(new Date(day).toISOString().slice(0, 10)));
  return { kinds, skipped: calendar.explainWorkingDays(from, n).skipped };
}

describe('fromHolidayCn: holiday-cn files as calendar data', () => {
  const data = fromHolidayCn(REAL_YEARS.map(fixture));

  it('covers the files\' years', () => {
    expect(data.years).toEqual(REAL_YEARS);
  });

  it('gives the same calendar as the package data (with its errata and names) for those years', () => {
    const calendar = createCalendar(data);
    for (const year of REAL_YEARS) expect(yearAsSeenBy(calendar, year), String(year)).toEqual(yearAsSeenBy(chinaCalendar, year));
  });

  it('puts the previous December\'s days in their own year, and withYear takes them', () => {
    // The 2019 file holds 2018-12-29 (上班) and 2018-12-30/31 (元旦) as its notice arranged them.
    const single = fromHolidayCn(fixture(2019));
    expect(single.workdays['2018-12-29']).toBeDefined();
    expect(single.holidays['2018-12-31']).toBeDefined();
    const replaced = chinaCalendar.withYear(2019, single);
    for (const date of ['2018-12-29', '2018-12-30', '2018-12-31', '2019-02-02', '2019-04-06']) expect(replaced.dayKind(date)).toBe(chinaCalendar.dayKind(date));
  });

  it('lets a new year\'s notice move the December before it', () => {
    const file = { year: 2027, papers: ['https://www.gov.cn/example'], days: [{ name: '元旦', date: '2026-12-31', isOffDay: true }, { name: '元旦', date: '2027-01-01', isOffDay: true }] };
    const calendar = chinaCalendar.withYear(2027, fromHolidayCn(file));
    expect(chinaCalendar.dayKind('2026-12-31')).toBe('workday');
    expect(calendar.dayKind('2026-12-31')).toBe('holiday');
    expect(calendar.dayKind('2027-01-01')).toBe('holiday');
  });

  it('reads isOffDay: false on a weekday as an ordinary working day, not a make-up day', () => {
    // 2020-02-03, a Monday, ends the extended Spring Festival of 2020.
    expect(data.workdays['2020-02-03']).toBeUndefined();
    expect(createCalendar(data).dayKind('2020-02-03')).toBe('workday');
    expect(createCalendar(data).dayKind('2020-01-19')).toBe('makeup-workday');
  });

  it('maps Chinese-only and merged names to the notices\' zh/en names', () => {
    expect(data.holidays['2023-09-29']).toBe('National Day and Mid-autumn Festival,国庆节、中秋节');
    expect(data.holidays['2020-10-08']).toBe('National Day and Mid-autumn Festival,国庆节、中秋节');
    expect(data.holidays['2019-04-05']).toBe('Tomb-sweeping Day,清明节');
  });

  it('refuses the placeholder of an unpublished year: not published, never "no holidays"', () => {
    const error = thrown(() => fromHolidayCn(fixture(2027)));
    expect(error.code).toBe('calendar-data');
    expect(error.issues?.[0]?.path).toEqual([0]);
    expect(error.message).toContain('2027 is not published');
    expect(thrown(() => fromHolidayCn([fixture(2023), fixture(2027)])).issues?.[0]?.path).toEqual([1]);
  });

  it('names every problem of a bad file by its path', () => {
    const bad = { year: 2027, papers: ['x'], days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }, { name: '', date: '2027-02-30', isOffDay: 'yes' }, { name: '元旦', date: '2025-12-31', isOffDay: true }] };
    const error = thrown(() => fromHolidayCn(bad));
    expect(error.code).toBe('calendar-data');
    expect(error.issues?.map((issue) => issue.path)).toEqual([
      [0, 'days', 1, 'name'],
      [0, 'days', 1, 'date'],
      [0, 'days', 1, 'isOffDay'],
      [0, 'days', 2, 'date'],
    ]);
    for (const value of [null, 42, 'text', { year: 2027 }, [], [fixture(2023), fixture(2023)]]) expect(thrown(() => fromHolidayCn(value)).code).toBe('calendar-data');
  });
});
