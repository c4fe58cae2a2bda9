import { describe, expect, it } from 'vitest';
import { chinaCalendar, createCalendar, getSession } from '../../src/index.js';

// [I-25]: a year's 29–31 December are published but not final until the next year's notice.
describe('late December of the last covered year is not final [I-25]', () => {
  const last = chinaCalendar.coverage.to;

  it('coverage says which days are final: through 28 December of the last covered year', () => {
    expect(chinaCalendar.coverage.finalThrough).toBe(`${last}-12-28`);
    expect(createCalendar({ years: [2030], holidays: [], workdays: [] }).coverage.finalThrough).toBe('2030-12-28');
  });

  it('an answer that used 29–31 December is provisional, and never throws (the data covers it)', () => {
    const calendar = createCalendar({ years: [2030], holidays: [], workdays: [] });
    // 2030-12-27 is a Friday: its next working day is Monday 30 December, a not-final day.
    expect(calendar.addWorkingDaysDetailed('2030-12-27', 1)).toEqual({ value: '2030-12-30', provisional: true });
    expect(calendar.addWorkingDays('2030-12-27', 1)).toBe('2030-12-30');
    expect(calendar.dayKind('2030-12-31')).toBe('workday');
    expect(calendar.workingDaysBetweenDetailed('2030-12-27', '2030-12-31')).toEqual({ value: 2, provisional: true });
    expect(calendar.explainWorkingDays('2030-12-27', 1).provisional).toBe(true);
    // Backwards across the tail too.
    expect(calendar.addWorkingDaysDetailed('2030-12-31', -1)).toEqual({ value: '2030-12-30', provisional: true });
  });

  it('a count that stays before 29 December is final', () => {
    const calendar = createCalendar({ years: [2030], holidays: [], workdays: [] });
    // Friday 20 December + 5 working days = Friday 27 December.
    expect(calendar.addWorkingDaysDetailed('2030-12-20', 5)).toEqual({ value: '2030-12-27', provisional: false });
    expect(chinaCalendar.addWorkingDaysDetailed(`${last - 1}-12-28`, 2).provisional).toBe(false);
  });

  it('the next year\'s notice makes the December final', () => {
    const calendar = createCalendar({ years: [2030], holidays: [], workdays: [] }).withYear(2031, { holidays: ['2031-01-01'], workdays: [] });
    expect(calendar.coverage.finalThrough).toBe('2031-12-28');
    expect(calendar.addWorkingDaysDetailed('2030-12-27', 1)).toEqual({ value: '2030-12-30', provisional: false });
    // A gap year leaves the December before it open.
    const gapped = createCalendar({ years: [2030], holidays: [], workdays: [] }).withYear(2032, { holidays: [], workdays: [] });
    expect(gapped.addWorkingDaysDetailed('2030-12-27', 1).provisional).toBe(true);
  });

  it('a session names a date that used them in its provisional list', () => {
    // Holidays 2–6 and 27 December 2030: the 15th working day after the 30 November exam is
    // Monday 30 December (9–13, 16–20, 23–26 and 30 December).
    const holidays = ['2030-12-02', '2030-12-03', '2030-12-04', '2030-12-05', '2030-12-06', '2030-12-27'];
    const calendar = createCalendar({ years: [2030], holidays, workdays: [] });
    const session = getSession(2030, 11, { calendar, uncovered: 'weekends-only' });
    expect(session.scoresFrom).toBe('2030-12-30');
    expect(session.provisional).toContain('scoresFrom');
  });
});
