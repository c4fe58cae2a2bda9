import { describe, expect, it } from 'vitest';
import { chinaCalendar, createCalendar, type PlainDate } from '../../src/index.js';
import { HOLIDAY_LAWS, lawOf } from '../../src/calendar/estimate.js';
import { lunarDatesOf } from '../../src/calendar/lunar.js';
import { dayNumberOf, fromDayNumber } from '../../src/core/plain-date.js';
import { thrown } from '../thrown.js';

const ESTIMATE = { uncovered: 'estimate' } as const;
const FIRST_ESTIMATED = chinaCalendar.coverage.to + 1;
const LAST_ESTIMATED = 2100;
const years = Array.from({ length: LAST_ESTIMATED - FIRST_ESTIMATED + 1 }, (_, i) => FIRST_ESTIMATED + i);
const day = (year: number, month: number, date: number) => fromDayNumber(dayNumberOf(year, month, date));

describe('the generated lunar table (scripts/gen-lunar-table.ts)', () => {
  it('has 除夕, 端午 and 中秋 on the days the notices gave them', () => {
    // 除夕 as the notices name it (春节：…（农历除夕）…) and the 端午节 / 中秋节 days they give.
    // (chinese-days' own lunar functions read the host zone, so the suite checks the committed
    // table against the notices instead; scripts/gen-lunar-table.ts runs them in China's zone.)
    const eves = { 2011: '2011-02-02', 2015: '2015-02-18', 2021: '2021-02-11', 2025: '2025-01-28', 2026: '2026-02-16' };
    const dragonBoat = { 2015: '2015-06-20', 2020: '2020-06-25', 2023: '2023-06-22', 2024: '2024-06-10', 2025: '2025-05-31', 2026: '2026-06-19' };
    const midAutumn = { 2015: '2015-09-27', 2020: '2020-10-01', 2021: '2021-09-21', 2023: '2023-09-29', 2024: '2024-09-17', 2025: '2025-10-06', 2026: '2026-09-25' };
    for (const [year, date] of Object.entries(eves)) expect(fromDayNumber(lunarDatesOf(Number(year))!.eve)).toBe(date);
    for (const [year, date] of Object.entries(dragonBoat)) expect(fromDayNumber(lunarDatesOf(Number(year))!.dragonBoat)).toBe(date);
    for (const [year, date] of Object.entries(midAutumn)) expect(fromDayNumber(lunarDatesOf(Number(year))!.midAutumn)).toBe(date);
    expect(lunarDatesOf(1999)).toBeUndefined();
    expect(lunarDatesOf(2101)).toBeUndefined();
  });

  it('has 清明 on the days the notices gave it', () => {
    // From the notices: 清明节 2019-04-05, 2020-04-04, 2023-04-05, 2024-04-04, 2025-04-04, 2026-04-05.
    for (const date of ['2019-04-05', '2020-04-04', '2023-04-05', '2024-04-04', '2025-04-04', '2026-04-05']) {
      expect(fromDayNumber(lunarDatesOf(Number(date.slice(0, 4)))!.qingming)).toBe(date);
    }
  });
});

describe("uncovered: 'estimate' [I-26]", () => {
  it('follows the law in force each year, each version from its start', () => {
    expect(HOLIDAY_LAWS.map((law) => [law.revision, law.from])).toEqual([[1999, 2000], [2007, 2008], [2013, 2014], [2025, 2025]]);
    expect(lawOf(2024)?.revision).toBe(2013);
    expect(lawOf(2027)?.days).toMatchObject({ newYear: 1, springFestival: 4, qingming: 1, labourDay: 2, dragonBoat: 1, midAutumn: 1, nationalDay: 3 });
  });

  it('gives every estimated year the statutory days off of the law (2025 revision)', () => {
    for (const year of years) {
      const lunar = lunarDatesOf(year)!;
      const statutory = [
        day(year, 1, 1),
        ...[0, 1, 2, 3].map((k) => fromDayNumber(lunar.eve + k)),
        fromDayNumber(lunar.qingming),
        day(year, 5, 1),
        day(year, 5, 2),
        fromDayNumber(lunar.dragonBoat),
        fromDayNumber(lunar.midAutumn),
        day(year, 10, 1),
        day(year, 10, 2),
        day(year, 10, 3),
      ];
      for (const date of statutory) expect(chinaCalendar.isWorkingDay(date, ESTIMATE), `${date}`).toBe(false);
    }
  });

  it('never has more than 6 working days in a row, unless a whole weekend next to a holiday is made up', () => {
    for (const year of years) {
      let run: PlainDate[] = [];
      const check = () => {
        if (run.length <= 6) return;
        const weekendMadeUp = run.some((date, i) => chinaCalendar.dayKind(date, ESTIMATE) === 'makeup-workday' && chinaCalendar.dayKind(run[i + 1] ?? date, ESTIMATE) === 'makeup-workday' && run[i + 1] !== undefined);
        expect(weekendMadeUp, `${run[0]}…${run.at(-1)}`).toBe(true);
      };
      for (let d = dayNumberOf(year, 1, 1); d <= dayNumberOf(year, 12, 31); d++) {
        const date = fromDayNumber(d);
        if (chinaCalendar.isWorkingDay(date, ESTIMATE)) run.push(date);
        else {
          check();
          run = [];
        }
      }
      check();
    }
  });

  it('never changes a day of a covered year', () => {
    for (let d = dayNumberOf(2004, 1, 1); d <= dayNumberOf(FIRST_ESTIMATED - 1, 12, 31); d++) {
      const date = fromDayNumber(d);
      expect(chinaCalendar.dayKind(date, ESTIMATE)).toBe(chinaCalendar.dayKind(date));
    }
    // A calendar covering 2030 alone: 2031's 元旦 (a Wednesday) and 2029's estimate leave 2030 as it is.
    const calendar = createCalendar({ years: [2030], holidays: [], workdays: [] });
    for (let d = dayNumberOf(2030, 1, 1); d <= dayNumberOf(2030, 12, 31); d++) {
      const date = fromDayNumber(d);
      expect(calendar.dayKind(date, ESTIMATE)).toBe(calendar.dayKind(date));
    }
  });

  it('marks every answer that used it provisional; calendar methods still default to error', () => {
    expect(chinaCalendar.addWorkingDaysDetailed('2027-03-01', 5, ESTIMATE).provisional).toBe(true);
    expect(thrown(() => chinaCalendar.addWorkingDays('2027-03-01', 5)).code).toBe('calendar-coverage');
    // 2027-10-01 is 国庆节 by the estimate (chinese-days' own functions call it a working day).
    expect(chinaCalendar.dayKind('2027-10-01', ESTIMATE)).toBe('holiday');
    expect(chinaCalendar.dayKind('2027-10-01', { uncovered: 'weekends-only' })).toBe('workday');
  });

  it('names the estimated holidays and make-up days as estimated in an explanation', () => {
    // 2026-12-26 + 45: 元旦 2027-01-01 (Friday) off; 春节 2027 from 除夕 02-05 for 8 days, its two
    // make-up days on the weekend touching the block, 02-13 and 02-14.
    const explanation = chinaCalendar.explainWorkingDays('2026-12-26', 45, ESTIMATE);
    expect(explanation.provisional).toBe(true);
    const holidays = explanation.skipped.filter((skipped) => skipped.kind === 'holiday');
    expect(holidays[0]).toEqual({ date: '2027-01-01', kind: 'holiday', name: { zh: '元旦', en: "New Year's Day" }, estimated: true });
    expect(holidays.filter((skipped) => skipped.name?.zh === '春节').map((skipped) => skipped.date)).toEqual(
      ['05', '06', '07', '08', '09', '10', '11', '12'].map((date) => `2027-02-${date}`),
    );
    expect(holidays.every((skipped) => skipped.estimated === true)).toBe(true);
    expect(explanation.estimatedMakeupWorkdays).toEqual(['2027-02-13', '2027-02-14']);
    // Official days are not marked.
    expect(chinaCalendar.explainWorkingDays('2026-09-26', 15, ESTIMATE).skipped.some((skipped) => skipped.estimated)).toBe(false);
  });
});
