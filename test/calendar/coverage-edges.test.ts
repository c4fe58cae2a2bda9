// The edges of the official data (2004 … 2026 in chinese-days): the first and last covered
// day and the day before / after them, under each `uncovered` mode. Every expected value is
// worked out by hand from the weekday and the notices, not taken from the code:
// 2003-12-31 Wed · 2004-01-01 Thu, 元旦 (the 2004 notice: one day) · 2004-01-02 Fri ·
// 2026-12-30 Wed · 2026-12-31 Thu, a working day (the 2026 notice gives 元旦 2026 only) ·
// 2027-01-01 Fri, no notice yet, so a working day by the weekends-only estimate · 2027-01-04 Mon.
// [I-25]: the days from 29 December of the last covered year on are published but not final
// (the next year's notice may move them), so an answer that used 2026-12-29 … 12-31 is provisional.
import { describe, expect, it } from 'vitest';
import { chinaCalendar, createCalendar } from '../../src/calendar/index.js';
import { thrown } from '../thrown.js';

const estimate = { uncovered: 'weekends-only' } as const;
const strict = { uncovered: 'error' } as const;

describe('the edges of the covered years', () => {
  it('covers 2004 … 2026 (the days below are its edges)', () => {
    expect([chinaCalendar.coverage.from, chinaCalendar.coverage.to]).toEqual([2004, 2026]);
  });

  describe.each([
    ['by default', undefined],
    ["with uncovered: 'error'", strict],
  ] as const)('%s, a day outside the data is an error naming its year', (_, options) => {
    it('knows the first and last covered day, refuses the day before and the day after', () => {
      expect(chinaCalendar.dayKind('2004-01-01', options)).toBe('holiday');
      expect(chinaCalendar.dayKind('2026-12-31', options)).toBe('workday');
      expect(chinaCalendar.isWorkingDay('2004-01-02', options)).toBe(true);
      expect(thrown(() => chinaCalendar.dayKind('2003-12-31', options))).toMatchObject({ code: 'calendar-coverage', year: 2003 });
      expect(thrown(() => chinaCalendar.isWorkingDay('2027-01-01', options))).toMatchObject({ code: 'calendar-coverage', year: 2027 });
    });

    it('counts up to the last covered day, and refuses a step onto the day after', () => {
      expect(chinaCalendar.addWorkingDays('2026-12-30', 1, options)).toBe('2026-12-31');
      expect(chinaCalendar.addWorkingDaysDetailed('2026-12-30', 1, options)).toEqual({ value: '2026-12-31', provisional: true });
      expect(thrown(() => chinaCalendar.addWorkingDays('2026-12-31', 1, options))).toMatchObject({ code: 'calendar-coverage', year: 2027 });
      expect(chinaCalendar.workingDaysBetween('2026-12-30', '2026-12-31', options)).toBe(1);
      expect(thrown(() => chinaCalendar.workingDaysBetween('2026-12-31', '2027-01-01', options))).toMatchObject({ code: 'calendar-coverage', year: 2027 });
      // Only the days counted are needed: from 2027-01-01 one back is 2026-12-31.
      expect(chinaCalendar.addWorkingDays('2027-01-01', -1, options)).toBe('2026-12-31');
    });

    it('counts back to the first covered day, and refuses a step onto the day before', () => {
      expect(chinaCalendar.addWorkingDays('2004-01-01', 1, options)).toBe('2004-01-02');
      expect(chinaCalendar.addWorkingDays('2003-12-31', 1, options)).toBe('2004-01-02');
      expect(thrown(() => chinaCalendar.addWorkingDays('2004-01-02', -1, options))).toMatchObject({ code: 'calendar-coverage', year: 2003 });
      // (2003-12-31, 2004-01-02] holds 元旦 and one working day; 2003-12-31 itself is not counted.
      expect(chinaCalendar.workingDaysBetween('2003-12-31', '2004-01-02', options)).toBe(1);
      expect(thrown(() => chinaCalendar.workingDaysBetween('2003-12-30', '2004-01-02', options))).toMatchObject({ code: 'calendar-coverage', year: 2003 });
      expect(thrown(() => chinaCalendar.workingDaysBetween('2004-01-02', '2003-12-30', options))).toMatchObject({ code: 'calendar-coverage', year: 2003 });
    });
  });

  describe("with uncovered: 'weekends-only', a day outside the data is a weekday estimate, marked provisional", () => {
    it('gives the kind of the days on either side of each edge', () => {
      expect(chinaCalendar.dayKind('2003-12-31', estimate)).toBe('workday');
      expect(chinaCalendar.dayKind('2004-01-01', estimate)).toBe('holiday');
      expect(chinaCalendar.dayKind('2026-12-31', estimate)).toBe('workday');
      expect(chinaCalendar.dayKind('2027-01-01', estimate)).toBe('workday');
      expect(chinaCalendar.dayKind('2027-01-02', estimate)).toBe('weekend');
    });

    it('steps over the last covered day into the estimate, and back', () => {
      expect(chinaCalendar.addWorkingDaysDetailed('2026-12-30', 1, estimate)).toEqual({ value: '2026-12-31', provisional: true });
      expect(chinaCalendar.addWorkingDaysDetailed('2026-12-31', 1, estimate)).toEqual({ value: '2027-01-01', provisional: true });
      // The day after the data: Friday 1 January, then Monday 4 January (the audit's survivor).
      expect(chinaCalendar.addWorkingDaysDetailed('2027-01-01', 1, estimate)).toEqual({ value: '2027-01-04', provisional: true });
      expect(chinaCalendar.addWorkingDays('2027-01-01', 1, estimate)).toBe('2027-01-04');
      expect(chinaCalendar.addWorkingDaysDetailed('2027-01-04', -1, estimate)).toEqual({ value: '2027-01-01', provisional: true });
      expect(chinaCalendar.addWorkingDaysDetailed('2027-01-01', -1, estimate)).toEqual({ value: '2026-12-31', provisional: true });
      expect(chinaCalendar.addWorkingDaysDetailed('2026-12-31', -1, estimate)).toEqual({ value: '2026-12-30', provisional: true });
      expect(chinaCalendar.explainWorkingDays('2026-12-31', 1, estimate)).toEqual({ result: '2027-01-01', skipped: [], makeupWorkdays: [], provisional: true });
    });

    it('steps over the first covered day into the estimate, and back', () => {
      expect(chinaCalendar.addWorkingDaysDetailed('2004-01-01', 1, estimate)).toEqual({ value: '2004-01-02', provisional: false });
      expect(chinaCalendar.addWorkingDaysDetailed('2003-12-31', 1, estimate)).toEqual({ value: '2004-01-02', provisional: false });
      expect(chinaCalendar.addWorkingDaysDetailed('2004-01-01', -1, estimate)).toEqual({ value: '2003-12-31', provisional: true });
      expect(chinaCalendar.addWorkingDaysDetailed('2004-01-02', -1, estimate)).toEqual({ value: '2003-12-31', provisional: true });
      expect(chinaCalendar.explainWorkingDays('2004-01-02', -1, estimate)).toEqual({
        result: '2003-12-31',
        skipped: [{ date: '2004-01-01', kind: 'holiday', name: { zh: '元旦', en: "New Year's Day" } }],
        makeupWorkdays: [],
        provisional: true,
      });
    });

    it('counts working days across each edge', () => {
      // (2026-12-31, 2027-01-04]: Fri 1 Jan and Mon 4 Jan by the estimate.
      expect(chinaCalendar.workingDaysBetweenDetailed('2026-12-31', '2027-01-04', estimate)).toEqual({ value: 2, provisional: true });
      expect(chinaCalendar.workingDaysBetweenDetailed('2027-01-04', '2026-12-31', estimate)).toEqual({ value: -2, provisional: true });
      expect(chinaCalendar.workingDaysBetweenDetailed('2026-12-30', '2026-12-31', estimate)).toEqual({ value: 1, provisional: true });
      expect(chinaCalendar.workingDaysBetweenDetailed('2027-01-01', '2027-01-04', estimate)).toEqual({ value: 1, provisional: true });
      // (2003-12-30, 2004-01-02]: Wed 31 Dec by the estimate, 元旦 skipped, Fri 2 Jan.
      expect(chinaCalendar.workingDaysBetweenDetailed('2003-12-30', '2004-01-02', estimate)).toEqual({ value: 2, provisional: true });
      expect(chinaCalendar.workingDaysBetweenDetailed('2003-12-31', '2004-01-02', estimate)).toEqual({ value: 1, provisional: false });
      expect(chinaCalendar.workingDaysBetweenDetailed('2003-12-30', '2003-12-31', estimate)).toEqual({ value: 1, provisional: true });
      expect(chinaCalendar.workingDaysBetweenDetailed('2003-12-31', '2004-01-01', estimate)).toEqual({ value: 0, provisional: false });
    });
  });

  // Data whose first working day is a make-up Saturday and whose last day is a holiday: the
  // first and last working days of the data are then not the first and last weekdays.
  describe('of data that starts on holidays and ends on one', () => {
    // 2026-01-01 Thu and 01-02 Fri holidays, 01-03 Sat a make-up working day; 12-31 Thu a holiday.
    const calendar = createCalendar({ years: [2026], holidays: ['2026-01-01', '2026-01-02', '2026-12-31'], workdays: ['2026-01-03'] });

    it('finds the last working day of the data before its closing holiday', () => {
      expect(calendar.addWorkingDays('2026-12-29', 1)).toBe('2026-12-30');
      expect(calendar.addWorkingDaysDetailed('2026-12-30', 1, estimate)).toEqual({ value: '2027-01-01', provisional: true });
      expect(calendar.addWorkingDaysDetailed('2027-01-01', -1, estimate)).toEqual({ value: '2026-12-30', provisional: true });
      expect(calendar.workingDaysBetween('2026-12-29', '2026-12-31')).toBe(1);
      expect(thrown(() => calendar.addWorkingDays('2026-12-30', 1))).toMatchObject({ code: 'calendar-coverage', year: 2027 });
    });

    it('finds the make-up Saturday as the first working day of the data', () => {
      expect(calendar.addWorkingDays('2026-01-01', 1)).toBe('2026-01-03');
      expect(calendar.addWorkingDaysDetailed('2025-12-31', 1, estimate)).toEqual({ value: '2026-01-03', provisional: false });
      expect(calendar.addWorkingDaysDetailed('2026-01-03', -1, estimate)).toEqual({ value: '2025-12-31', provisional: true });
      expect(calendar.workingDaysBetween('2025-12-31', '2026-01-03')).toBe(1);
      expect(thrown(() => calendar.addWorkingDays('2026-01-03', -1))).toMatchObject({ code: 'calendar-coverage', year: 2025 });
    });
  });
});
