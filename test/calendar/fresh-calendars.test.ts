// Calendars built afresh in each test (createCalendar, createChinaCalendarFromData), so that
// what a calendar computes once and keeps (its index, the errata applied to its data) is
// computed under the test that checks it (issue #16: chinaCalendar is built once per file).
// Expected values come from the notices and from days counted by hand; weekdays noted.
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { chinaCalendar, createCalendar, createChinaCalendarFromData, type CalendarData, type WorkingDayCalendar, type YearSchedule } from '../../src/calendar/index.js';
import { isWorkingDayCalendar } from '../../src/calendar/calendar.js';
import { refusalOf, thrown } from '../thrown.js';

const estimate = { uncovered: 'estimate' } as const;
const weekendsOnly = { uncovered: 'weekends-only' } as const;
const empty = (years: number[]): CalendarData => ({ years, holidays: [], workdays: [] });

// 2030: 1 October is a Tuesday; 国庆节 1–7 October, 29 September (Sunday) and 12 October
// (Saturday) made up.
const OCTOBER: CalendarData = {
  years: [2030],
  holidays: Object.fromEntries(['01', '02', '03', '04', '05', '06', '07'].map((day) => [`2030-10-${day}`, 'National Day,国庆节,3'])),
  workdays: ['2030-09-29', '2030-10-12'],
};
const octoberHolidays = ['01', '02', '03', '04', '05', '06', '07'].map((day) => ({ date: `2030-10-${day}`, kind: 'holiday', name: { zh: '国庆节', en: 'National Day' } }));

describe('explaining a count: the days strictly between, and the result itself', () => {
  it('names each make-up day once, in the order of the dates, whichever way the count runs', () => {
    const calendar = createCalendar(OCTOBER);
    // Forwards from Friday 27 September: 29 Sep (make-up), 30 Sep, 8, 9, 10, 11 Oct and Saturday 12 Oct (make-up).
    expect(calendar.explainWorkingDays('2030-09-27', 7)).toEqual({
      result: '2030-10-12',
      skipped: [{ date: '2030-09-28', kind: 'weekend' }, ...octoberHolidays],
      makeupWorkdays: ['2030-09-29', '2030-10-12'],
      provisional: false,
    });
    // Backwards from Monday 14 October: the same seven working days, 29 September the last.
    expect(calendar.explainWorkingDays('2030-10-14', -7)).toEqual({
      result: '2030-09-29',
      skipped: [...octoberHolidays, { date: '2030-10-13', kind: 'weekend' }],
      makeupWorkdays: ['2030-09-29', '2030-10-12'],
      provisional: false,
    });
    // One step onto a make-up day: named once, the start not passed over.
    expect(calendar.explainWorkingDays('2030-09-27', 1)).toEqual({ result: '2030-09-29', skipped: [{ date: '2030-09-28', kind: 'weekend' }], makeupWorkdays: ['2030-09-29'], provisional: false });
    expect(calendar.explainWorkingDays('2030-10-03', -1)).toEqual({ result: '2030-09-30', skipped: octoberHolidays.slice(0, 2), makeupWorkdays: [], provisional: false });
    expect(calendar.explainWorkingDays('2030-10-03', 1)).toEqual({ result: '2030-10-08', skipped: octoberHolidays.slice(3), makeupWorkdays: [], provisional: false });
  });

  it('counts nothing for 0, even from a make-up day', () => {
    const calendar = createCalendar(OCTOBER);
    expect(calendar.explainWorkingDays('2030-09-29', 0)).toEqual({ result: '2030-09-29', skipped: [], makeupWorkdays: [], provisional: false });
    expect(calendar.explainWorkingDays('2030-10-03', 0)).toEqual({ result: '2030-10-03', skipped: [], makeupWorkdays: [], provisional: false });
  });

  it('names the estimated make-up days of an uncovered year as estimated, in date order', () => {
    // 2027 has no notice in the data; 春节 2027 from 除夕 (Friday 5 February) for 8 days, made
    // up on Saturday 13 and Sunday 14 February [I-26] (as in estimate.test.ts).
    const calendar = createChinaCalendarFromData(chineseDays);
    const both = ['2027-02-13', '2027-02-14'];
    expect(calendar.explainWorkingDays('2027-02-15', -2, estimate)).toEqual({ result: '2027-02-13', skipped: [], makeupWorkdays: both, provisional: true, estimatedMakeupWorkdays: both });
    expect(calendar.explainWorkingDays('2027-02-12', 2, estimate)).toEqual({ result: '2027-02-14', skipped: [], makeupWorkdays: both, provisional: true, estimatedMakeupWorkdays: both });
    expect(calendar.explainWorkingDays('2027-02-15', -1, estimate)).toEqual({ result: '2027-02-14', skipped: [], makeupWorkdays: ['2027-02-14'], provisional: true, estimatedMakeupWorkdays: ['2027-02-14'] });
    // Official make-up days are not estimated: 2026's 国庆节 made up on Sunday 20 September
    // and Saturday 10 October (the 2026 notice).
    const official = calendar.explainWorkingDays('2026-09-18', 1, estimate);
    expect(official).toEqual({ result: '2026-09-20', skipped: [{ date: '2026-09-19', kind: 'weekend' }], makeupWorkdays: ['2026-09-20'], provisional: false });
  });
});

describe('provisional answers near the end of a year [I-25]', () => {
  it('looks only at the days a count used', () => {
    const calendar = createCalendar(OCTOBER);
    // Saturday 28 December back one: Friday 27th; 29–31 December not used.
    expect(calendar.addWorkingDaysDetailed('2030-12-28', -1)).toEqual({ value: '2030-12-27', provisional: false });
    // From a day to itself nothing is used, even inside 29–31 December.
    expect(calendar.workingDaysBetweenDetailed('2030-12-30', '2030-12-30')).toEqual({ value: 0, provisional: false });
    expect(calendar.workingDaysBetweenDetailed('2030-12-28', '2030-12-30')).toEqual({ value: 1, provisional: true });
  });

  it('treats 29 December itself as not final, and 28 December as final', () => {
    // 2031: Friday 26 December, Monday 29 December.
    const calendar = createCalendar(empty([2031]));
    expect(calendar.addWorkingDaysDetailed('2031-12-26', 1)).toEqual({ value: '2031-12-29', provisional: true });
    expect(calendar.addWorkingDaysDetailed('2031-12-29', -1)).toEqual({ value: '2031-12-26', provisional: false });
    expect(calendar.workingDaysBetweenDetailed('2031-12-30', '2031-12-31')).toEqual({ value: 1, provisional: true });
    expect(calendar.coverage.finalThrough).toBe('2031-12-28');
  });

  it('leaves open the December of a covered year followed by a gap, not one followed by a covered year', () => {
    // Covered 2029, 2030, 2033: 2030's December waits for 2031's notice; 2029's does not.
    const calendar = createCalendar(empty([2029, 2030, 2033]));
    // Friday 27 December 2030 + 1: Monday 30 December.
    expect(calendar.addWorkingDaysDetailed('2030-12-27', 1)).toEqual({ value: '2030-12-30', provisional: true });
    // Friday 28 December 2029 + 1: Monday 31 December, final (2030 is covered).
    expect(calendar.addWorkingDaysDetailed('2029-12-28', 1)).toEqual({ value: '2029-12-31', provisional: false });
    // Covered 2029, 2031, 2032, 2034: 2031's December is final (2032 covered), though 2030 is not.
    const other = createCalendar(empty([2029, 2031, 2032, 2034]));
    // Friday 26 December 2031 + 2: Monday 29, Tuesday 30 December.
    expect(other.addWorkingDaysDetailed('2031-12-26', 2)).toEqual({ value: '2031-12-30', provisional: false });
    // 2032's December: 2033 not covered. Friday 24 December 2032 + 3: 27, 28, 29 December.
    expect(other.addWorkingDaysDetailed('2032-12-24', 3)).toEqual({ value: '2032-12-29', provisional: true });
  });

  it('gives year 1 its own 28 December as the last final day', () => {
    expect(createCalendar(empty([1])).coverage).toEqual({ from: 1, to: 1, years: [1], finalThrough: '0001-12-28' });
    expect(createCalendar(empty([9999])).coverage.finalThrough).toBe('9999-12-28');
  });
});

describe('the years between covered ones', () => {
  // Covered 2030 and 2033: 2031 and 2032 are not.
  const gapped = () => createCalendar(empty([2030, 2033]));

  it('are uncovered to every method (Monday 2 June 2031)', () => {
    const calendar = gapped();
    expect(refusalOf(() => calendar.isWorkingDay('2031-06-02'))).toEqual({ code: 'calendar-coverage', issues: [{ path: [], code: 'uncovered-year', params: { year: 2031, covered: '2030, 2033' } }] });
    expect(calendar.isWorkingDay('2031-06-02', weekendsOnly)).toBe(true);
    expect(calendar.isWorkingDay('2031-06-01', weekendsOnly)).toBe(false);
    expect(thrown(() => calendar.dayKind('2031-06-02')).year).toBe(2031);
    expect(calendar.dayKind('2031-06-02', weekendsOnly)).toBe('workday');
    expect(thrown(() => calendar.workingDaysBetween('2031-06-02', '2031-06-09')).year).toBe(2031);
    // Wholly inside the covered span, still uncovered.
    expect(thrown(() => calendar.workingDaysBetween('2032-06-02', '2032-06-09')).year).toBe(2032);
    expect(calendar.workingDaysBetweenDetailed('2031-06-02', '2031-06-09', weekendsOnly)).toEqual({ value: 5, provisional: true });
  });

  it('name the year met first in the direction of the count', () => {
    const calendar = gapped();
    // Saturday 1 January 2033 forwards: 2033 has about 260 working days, so 300 reach 2034.
    expect(thrown(() => calendar.addWorkingDays('2033-01-01', 300)).year).toBe(2034);
    // Tuesday 31 December 2030 backwards past 1 January 2030: 2029.
    expect(thrown(() => calendar.addWorkingDays('2030-12-31', -300)).year).toBe(2029);
    expect(thrown(() => calendar.addWorkingDays('2030-12-31', 1)).year).toBe(2031);
    expect(thrown(() => calendar.addWorkingDays('2033-01-03', -1)).year).toBe(2032);
    // A count across the whole gap and past the data: the first uncovered year it met.
    expect(thrown(() => calendar.addWorkingDays('2030-06-03', 1000)).year).toBe(2031);
    expect(thrown(() => calendar.addWorkingDays('2033-06-01', -1000)).year).toBe(2032);
  });

  it('are found whatever the covered years around them', () => {
    // 1969 and 1971: one year missing, one covered year on each side of 1970.
    expect(thrown(() => createCalendar(empty([1969, 1971])).workingDaysBetween('1970-03-02', '1970-03-09')).year).toBe(1970);
    // 2030, 2032 and 2033: one gap before two covered years.
    expect(thrown(() => createCalendar(empty([2030, 2032, 2033])).workingDaysBetween('2031-03-03', '2031-03-10')).year).toBe(2031);
    expect(createCalendar(empty([2030, 2032, 2033])).workingDaysBetween('2032-03-03', '2033-03-03')).toBe(261);
  });

  it('are uncovered before the first covered year too, however far inside the range of dates', () => {
    const calendar = createCalendar(empty([2030]));
    expect(thrown(() => calendar.workingDaysBetween('2029-06-01', '2029-06-08')).year).toBe(2029);
    expect(thrown(() => calendar.workingDaysBetween('1990-06-01', '1990-06-08')).year).toBe(1990);
    expect(calendar.workingDaysBetweenDetailed('2029-06-01', '2029-06-08', weekendsOnly)).toEqual({ value: 5, provisional: true });
  });
});

describe('the coverage error', () => {
  it('says the covered years as a range when they run on, else as a list', () => {
    const run = createCalendar(empty([2030, 2031, 2032]));
    expect(refusalOf(() => run.dayKind('2033-01-03'))).toEqual({ code: 'calendar-coverage', issues: [{ path: [], code: 'uncovered-year', params: { year: 2033, covered: '2030–2032' } }] });
    const three = createCalendar(empty([2030, 2031, 2033]));
    expect(refusalOf(() => three.addWorkingDays('2031-12-31', 1)).issues[0]?.params).toEqual({ year: 2032, covered: '2030, 2031, 2033' });
    expect(refusalOf(() => createCalendar(empty([2030])).dayKind('2031-01-01')).issues[0]?.params).toEqual({ year: 2031, covered: '2030–2030' });
  });
});

describe('refusing a count or an option', () => {
  const calendar = createCalendar(OCTOBER);

  it('names the count and its bounds', () => {
    for (const n of [1.5, 100_001, -100_001, Number.NaN, '3']) {
      expect(refusalOf(() => calendar.addWorkingDays('2030-06-03', n as number))).toEqual({
        code: 'invalid-input',
        issues: [{ path: ['n'], code: 'out-of-range', params: { what: 'working-days', min: -100_000, max: 100_000, value: expect.any(String) } }],
      });
    }
    expect(calendar.addWorkingDays('2030-06-03', -0)).toBe('2030-06-03');
  });

  it('names an answer beyond 9999-12-31 by the count and the start', () => {
    expect(refusalOf(() => calendar.addWorkingDays('9999-12-30', 2, weekendsOnly))).toEqual({ code: 'invalid-input', issues: [{ path: ['n'], code: 'beyond-calendar', params: { n: 2, date: '9999-12-30' } }] });
  });

  it('names options that are not an object, and an unknown policy', () => {
    expect(refusalOf(() => calendar.dayKind('2030-06-03', 5 as never))).toEqual({ code: 'invalid-input', issues: [{ path: ['options'], code: 'wrong-type', params: { expected: 'options', value: '5' } }] });
    expect(refusalOf(() => calendar.dayKind('2030-06-03', null as never)).issues[0]?.path).toEqual(['options']);
    expect(refusalOf(() => calendar.dayKind('2030-06-03', { uncovered: 'maybe' } as never))).toEqual({
      code: 'invalid-input',
      issues: [{ path: ['options', 'uncovered'], code: 'unknown-value', params: { what: 'uncovered-policy', value: 'maybe', expected: 'error, estimate, weekends-only' } }],
    });
    // Each known policy is taken.
    expect(thrown(() => calendar.dayKind('2031-01-01', { uncovered: 'error' })).year).toBe(2031);
    expect(calendar.dayKind('2031-01-01', weekendsOnly)).toBe('workday');
    expect(calendar.dayKind('2030-06-03', { uncovered: undefined })).toBe('workday');
    expect(refusalOf(() => calendar.dayKind('2030-06-03', { uncoverd: 'estimate' } as never))).toEqual({
      code: 'invalid-input',
      issues: [{ path: ['options', 'uncoverd'], code: 'unknown-key', params: { what: 'option-key', key: 'uncoverd', expected: 'uncovered' } }],
    });
  });
});

describe('isWorkingDayCalendar', () => {
  it('is false for anything not an object', () => {
    for (const value of [undefined, null, 0, 'calendar', true, Symbol('calendar'), () => chinaCalendar]) expect(isWorkingDayCalendar(value)).toBe(false);
    expect(isWorkingDayCalendar(createCalendar(OCTOBER))).toBe(true);
    expect(isWorkingDayCalendar({})).toBe(false);
  });
});

describe('the default for an uncovered year: the estimate where the answer says provisional [I-26]', () => {
  it('estimates under the *Detailed methods and explainWorkingDays, and refuses under the bare ones', () => {
    const calendar = createChinaCalendarFromData(chineseDays);
    // Thursday 4 February 2027: 春节 from 除夕 5 February for 8 days, made up on 13 February
    // (estimate.test.ts); by weekends alone the next working day would be Friday 5 February.
    expect(calendar.addWorkingDaysDetailed('2027-02-04', 1)).toEqual({ value: '2027-02-13', provisional: true });
    expect(calendar.addWorkingDaysDetailed('2027-02-04', 1, weekendsOnly)).toEqual({ value: '2027-02-05', provisional: true });
    // (4 February, 15 February]: 13, 14 and 15 February by the estimate; 5, 8–12 and 15 by weekends.
    expect(calendar.workingDaysBetweenDetailed('2027-02-04', '2027-02-15')).toEqual({ value: 3, provisional: true });
    expect(calendar.workingDaysBetweenDetailed('2027-02-04', '2027-02-15', weekendsOnly)).toEqual({ value: 7, provisional: true });
    expect(calendar.explainWorkingDays('2027-02-04', 1).result).toBe('2027-02-13');
    expect(thrown(() => calendar.addWorkingDays('2027-02-04', 1)).year).toBe(2027);
    expect(thrown(() => calendar.workingDaysBetween('2027-02-04', '2027-02-15')).year).toBe(2027);
  });
});

// withYear rebuilds only the added year (and any gap it opens), copying the rest of the base's
// index; its answers must be those of a calendar made from the merged data at once.
describe('withYear on a calendar of its own', () => {
  const national = 'National Day,国庆节,3';
  const base = (): WorkingDayCalendar => createCalendar(OCTOBER);
  const octoberHolidays2030 = OCTOBER.holidays as Record<string, string>;
  // A made-up 2028: 2–4 October (Monday–Wednesday) off, Saturday 7 October made up.
  const Y2028: YearSchedule = { holidays: { '2028-10-02': national, '2028-10-03': national, '2028-10-04': national }, workdays: ['2028-10-07'] };
  const dates = (years: number[]) =>
    years.flatMap((year) => [
      ...['01-01', '01-02', '03-15', '06-05', '06-06'].map((day) => `${year}-${day}`),
      ...Array.from({ length: 17 }, (_, i) => (i < 3 ? `${year}-09-${28 + i}` : `${year}-10-${String(i - 2).padStart(2, '0')}`)),
      ...['12-27', '12-28', '12-29', '12-30', '12-31'].map((day) => `${year}-${day}`),
    ]);
  // Every answer on the probe dates, under the weekends-only estimate so that gaps are counted.
  const answers = (calendar: WorkingDayCalendar, years: number[]) =>
    dates(years).map((date) => [
      calendar.dayKind(date, weekendsOnly),
      ...[1, 2, 5, 30, 300, -1, -2, -5, -30, -300].map((n) => calendar.addWorkingDaysDetailed(date, n, weekendsOnly)),
      calendar.workingDaysBetweenDetailed(`${years[0]}-06-05`, date, weekendsOnly),
    ]);
  const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  it('adds a year before the first covered one, with a gap between', () => {
    const calendar = base();
    // The base's text of Thursday 6 June 2030 is made first; the new calendar starts 731 days
    // earlier, so a shared text table would answer it for Monday 5 June 2028.
    expect(calendar.addWorkingDays('2030-06-05', 1)).toBe('2030-06-06');
    const earlier = calendar.withYear(2028, Y2028);
    expect(earlier.addWorkingDays('2028-06-02', 1)).toBe('2028-06-05');
    expect(earlier.coverage.years).toEqual([2028, 2030]);
    // Friday 29 September 2028 + 1: 2–4 October off, Thursday 5 October.
    expect(earlier.addWorkingDays('2028-09-29', 1)).toBe('2028-10-05');
    expect(earlier.addWorkingDays('2030-09-27', 1)).toBe('2030-09-29');
    expect(thrown(() => earlier.dayKind('2029-06-01')).year).toBe(2029);
    const whole = createCalendar({ years: [2028, 2030], holidays: { ...octoberHolidays2030, ...(Y2028.holidays as Record<string, string>) }, workdays: ['2028-10-07', '2030-09-29', '2030-10-12'] });
    expect(answers(earlier, span(2027, 2031))).toEqual(answers(whole, span(2027, 2031)));
  });

  it('adds the year just before the first covered one', () => {
    const Y2029: YearSchedule = { holidays: ['2029-10-01', '2029-10-02'], workdays: [] };
    const added = base().withYear(2029, Y2029);
    const whole = createCalendar({ years: [2029, 2030], holidays: [...(Y2029.holidays as string[]), ...Object.keys(octoberHolidays2030)], workdays: ['2030-09-29', '2030-10-12'] });
    expect(answers(added, span(2028, 2031))).toEqual(answers(whole, span(2028, 2031)));
  });

  it('adds a year after the last covered one, with a gap between', () => {
    const Y2032: YearSchedule = { holidays: ['2032-10-01', '2031-12-31'], workdays: ['2032-10-09'] };
    const later = base().withYear(2032, Y2032);
    expect(later.coverage.years).toEqual([2030, 2032]);
    const whole = createCalendar({ years: [2030, 2032], holidays: [...Object.keys(octoberHolidays2030), '2032-10-01', '2031-12-31'], workdays: ['2030-09-29', '2030-10-12', '2032-10-09'] });
    expect(answers(later, span(2029, 2033))).toEqual(answers(whole, span(2029, 2033)));
  });

  it('replaces a year inside the covered ones, its late December before too, and keeps the others', () => {
    // 2030–2032 with 1 January and 31 December 2031 off; the new 2031 has only 1–3 October off
    // and moves Monday 30 December 2030 off.
    const wide = createCalendar({ years: [2030, 2031, 2032], holidays: { ...octoberHolidays2030, '2031-01-01': "New Year's Day,元旦,1", '2031-12-31': 'Day off' }, workdays: ['2030-09-29', '2030-10-12'] });
    const replaced = wide.withYear(2031, { holidays: ['2030-12-30', '2031-10-01', '2031-10-02', '2031-10-03'], workdays: [] });
    // Wednesday 1 January and Wednesday 31 December 2031 are working days again.
    expect(replaced.dayKind('2031-01-01')).toBe('workday');
    expect(replaced.dayKind('2031-12-31')).toBe('workday');
    expect(replaced.dayKind('2030-12-30')).toBe('holiday');
    // 2030's holidays keep their names.
    expect(replaced.explainWorkingDays('2030-09-30', 1).skipped).toEqual(octoberHolidays);
    const whole = createCalendar({
      years: [2030, 2031, 2032],
      holidays: [...Object.keys(octoberHolidays2030), '2030-12-30', '2031-10-01', '2031-10-02', '2031-10-03'],
      workdays: ['2030-09-29', '2030-10-12'],
    });
    expect(answers(replaced, span(2029, 2033))).toEqual(answers(whole, span(2029, 2033)));
  });

  it('fills a gap between covered years', () => {
    const gapped = createCalendar({ years: [2030, 2033], holidays: { ...octoberHolidays2030, '2033-10-03': national }, workdays: ['2030-09-29', '2030-10-12'] });
    const filled = gapped.withYear(2031, { holidays: ['2031-10-01'], workdays: [] });
    expect(filled.coverage.years).toEqual([2030, 2031, 2033]);
    expect(thrown(() => filled.dayKind('2032-06-01')).year).toBe(2032);
    const whole = createCalendar({ years: [2030, 2031, 2033], holidays: [...Object.keys(octoberHolidays2030), '2031-10-01', '2033-10-03'], workdays: ['2030-09-29', '2030-10-12'] });
    expect(answers(filled, span(2029, 2034))).toEqual(answers(whole, span(2029, 2034)));
    // 2033's holiday keeps its name: Friday 30 September + 1 passes the weekend and Monday 3 October.
    expect(filled.explainWorkingDays('2033-09-30', 1).skipped).toEqual([
      { date: '2033-10-01', kind: 'weekend' },
      { date: '2033-10-02', kind: 'weekend' },
      { date: '2033-10-03', kind: 'holiday', name: { zh: '国庆节', en: 'National Day' } },
    ]);
    // And before the first: the gap's offsets move too.
    const before = gapped.withYear(2028, Y2028);
    const wholeBefore = createCalendar({
      years: [2028, 2030, 2033],
      holidays: { ...octoberHolidays2030, '2033-10-03': national, ...(Y2028.holidays as Record<string, string>) },
      workdays: ['2028-10-07', '2030-09-29', '2030-10-12'],
    });
    expect(answers(before, span(2027, 2034))).toEqual(answers(wholeBefore, span(2027, 2034)));
  });
});
