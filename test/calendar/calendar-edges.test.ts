// A fresh calendar per case (createCalendar), counted forwards and backwards across a holiday
// block, a make-up day and the edges of coverage (issue #16). The expected days are counted by
// hand from the data below and the rule of counting [I-21]: the n-th working day strictly
// after the start for n > 0, strictly before it for n < 0.
import { describe, expect, it } from 'vitest';
import { createCalendar, type CalendarData } from '../../src/index.js';
import { MAX_WORKING_DAYS } from '../../src/calendar/calendar.js';
import { thrown } from '../thrown.js';

// 2030: 1 October is a Tuesday; 国庆节 1–7 October (Tuesday–Monday), 29 September (Sunday) and
// 12 October (Saturday) made up.
const OCTOBER: CalendarData = {
  years: [2030],
  holidays: Object.fromEntries(['01', '02', '03', '04', '05', '06', '07'].map((day) => [`2030-10-${day}`, 'National Day,国庆节,3'])),
  workdays: ['2030-09-29', '2030-10-12'],
};

describe('counting on a calendar of its own [I-21]', () => {
  const calendar = createCalendar(OCTOBER);

  it('counts forwards over the make-up day and the holiday block', () => {
    expect(calendar.addWorkingDays('2030-09-27', 1)).toBe('2030-09-29');
    expect(calendar.addWorkingDays('2030-09-29', 1)).toBe('2030-09-30');
    expect(calendar.addWorkingDays('2030-09-30', 1)).toBe('2030-10-08');
    expect(calendar.addWorkingDays('2030-10-03', 1)).toBe('2030-10-08');
    expect(calendar.addWorkingDays('2030-10-11', 1)).toBe('2030-10-12');
  });

  it('counts backwards the same days', () => {
    expect(calendar.addWorkingDays('2030-10-08', -1)).toBe('2030-09-30');
    expect(calendar.addWorkingDays('2030-10-03', -1)).toBe('2030-09-30');
    expect(calendar.addWorkingDays('2030-09-30', -1)).toBe('2030-09-29');
    expect(calendar.addWorkingDays('2030-09-29', -1)).toBe('2030-09-27');
    expect(calendar.addWorkingDays('2030-10-08', -3)).toBe('2030-09-27');
  });

  it('answers 0 working days with the day itself, a holiday too', () => {
    expect(calendar.addWorkingDays('2030-10-03', 0)).toBe('2030-10-03');
    expect(calendar.addWorkingDaysDetailed('2030-12-31', 0)).toEqual({ value: '2030-12-31', provisional: false });
  });

  it('counts the working days between two dates, negative when the second is earlier', () => {
    // (27 September, 8 October]: 29 and 30 September, 8 October.
    expect(calendar.workingDaysBetween('2030-09-27', '2030-10-08')).toBe(3);
    expect(calendar.workingDaysBetween('2030-10-08', '2030-09-27')).toBe(-3);
    expect(calendar.workingDaysBetween('2030-10-03', '2030-10-03')).toBe(0);
  });

  it('explains a backward count: the holidays passed over, strictly between', () => {
    const explanation = calendar.explainWorkingDays('2030-10-08', -2);
    expect(explanation.skipped.map((skipped) => [skipped.date, skipped.kind])).toEqual(
      ['01', '02', '03', '04', '05', '06', '07'].map((day) => [`2030-10-${day}`, 'holiday']),
    );
    // The result counted: a make-up day, it is named as one.
    expect(explanation.result).toBe('2030-09-29');
    expect(explanation.makeupWorkdays).toEqual(['2030-09-29']);
    const further = calendar.explainWorkingDays('2030-10-08', -3);
    expect(further.result).toBe('2030-09-27');
    expect(further.makeupWorkdays).toEqual(['2030-09-29']);
    expect(further.skipped.map((skipped) => skipped.date)).toEqual(['2030-09-28', ...['01', '02', '03', '04', '05', '06', '07'].map((day) => `2030-10-${day}`)]);
    const weekend = calendar.explainWorkingDays('2030-10-14', -1);
    expect([weekend.result, weekend.makeupWorkdays, weekend.skipped.map((skipped) => [skipped.date, skipped.kind])]).toEqual(['2030-10-12', ['2030-10-12'], [['2030-10-13', 'weekend']]]);
    const forwards = calendar.explainWorkingDays('2030-09-27', 3);
    expect(forwards.makeupWorkdays).toEqual(['2030-09-29']);
    expect(forwards.skipped.map((skipped) => skipped.date)).toEqual(['2030-09-28', ...['01', '02', '03', '04', '05', '06', '07'].map((day) => `2030-10-${day}`)]);
  });

  it('takes up to MAX_WORKING_DAYS either way, and no more', () => {
    expect(MAX_WORKING_DAYS).toBe(100_000);
    const policy = { uncovered: 'weekends-only' } as const;
    expect(calendar.addWorkingDays('2030-01-01', MAX_WORKING_DAYS, policy)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(calendar.addWorkingDays('2030-01-01', -MAX_WORKING_DAYS, policy)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const n of [MAX_WORKING_DAYS + 1, -MAX_WORKING_DAYS - 1, 1.5]) {
      const error = thrown(() => calendar.addWorkingDays('2030-01-01', n, policy));
      expect(error.issues?.[0]).toMatchObject({ path: ['n'], code: 'out-of-range', params: { min: -MAX_WORKING_DAYS, max: MAX_WORKING_DAYS } });
    }
  });

  it('refuses an answer outside 0001–9999, in every mode', () => {
    const policy = { uncovered: 'weekends-only' } as const;
    // 9999-12-31 is a Friday; 0001-01-01 a Monday.
    expect(thrown(() => calendar.addWorkingDays('9999-12-31', 1, policy)).issues?.[0]).toMatchObject({ path: ['n'], code: 'beyond-calendar', params: { n: 1, date: '9999-12-31' } });
    expect(thrown(() => calendar.addWorkingDays('0001-01-01', -1, policy)).issues?.[0]).toMatchObject({ path: ['n'], code: 'beyond-calendar', params: { n: -1, date: '0001-01-01' } });
    expect(calendar.addWorkingDays('9999-12-30', 1, policy)).toBe('9999-12-31');
    expect(calendar.addWorkingDays('0001-01-02', -1, policy)).toBe('0001-01-01');
  });
});

describe('the edges of coverage', () => {
  // Covered 2030 and 2033: 2031 and 2032 are not.
  const gapped = createCalendar({ years: [2030, 2033], holidays: {}, workdays: [] });

  it('names the first uncovered year in the direction of the count', () => {
    expect(thrown(() => gapped.addWorkingDays('2030-12-31', 1)).code).toBe('calendar-coverage');
    expect(thrown(() => gapped.addWorkingDays('2030-12-31', 1)).year).toBe(2031);
    expect(thrown(() => gapped.addWorkingDays('2033-01-03', -1)).year).toBe(2032);
    expect(thrown(() => gapped.addWorkingDays('2030-01-01', -1)).year).toBe(2029);
    expect(thrown(() => gapped.workingDaysBetween('2030-06-03', '2033-06-01')).year).toBe(2031);
    expect(thrown(() => gapped.workingDaysBetween('2033-06-01', '2030-06-03')).year).toBe(2032);
    expect(thrown(() => gapped.dayKind('2032-06-01')).year).toBe(2032);
  });

  it('says which years are covered: a range when they run on, else a list', () => {
    expect(thrown(() => gapped.addWorkingDays('2030-12-31', 1)).issues?.[0]?.params).toEqual({ year: 2031, covered: '2030, 2033' });
    const run = createCalendar({ years: [2030, 2031], holidays: {}, workdays: [] });
    expect(thrown(() => run.addWorkingDays('2031-12-31', 1)).issues?.[0]?.params).toEqual({ year: 2032, covered: '2030–2031' });
    expect(thrown(() => run.addWorkingDays('2030-01-01', -1)).issues?.[0]?.params).toEqual({ year: 2029, covered: '2030–2031' });
  });

  it('marks an answer provisional only when it used an uncovered or not-final day [I-25]', () => {
    const calendar = createCalendar(OCTOBER);
    // 2030-06-03 is a Monday, far from the year's end.
    expect(calendar.addWorkingDaysDetailed('2030-06-03', 1)).toEqual({ value: '2030-06-04', provisional: false });
    expect(calendar.addWorkingDaysDetailed('2030-06-04', -1)).toEqual({ value: '2030-06-03', provisional: false });
    // 29–31 December 2030 is not final while 2031 is not covered.
    expect(calendar.addWorkingDaysDetailed('2030-12-27', 1)).toEqual({ value: '2030-12-30', provisional: true });
    expect(calendar.addWorkingDaysDetailed('2031-01-02', -1).provisional).toBe(true);
    expect(calendar.workingDaysBetweenDetailed('2030-06-03', '2030-06-07')).toEqual({ value: 4, provisional: false });
    expect(calendar.workingDaysBetweenDetailed('2030-12-27', '2030-12-31')).toEqual({ value: 2, provisional: true });
    expect(calendar.workingDaysBetweenDetailed('2030-12-31', '2030-12-27')).toEqual({ value: -2, provisional: true });
  });
});
