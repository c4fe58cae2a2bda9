import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar, createCalendar } from '../../src/calendar/index.js';
import { examDate, getSession, nextOpenSession, sessionsInYear, type ExamSession } from '../../src/schedule/index.js';
import {
  coveredYears,
  DAY_MS,
  holidays,
  isoOf,
  makeupWorkdays,
  msOf,
  referenceLastSaturday,
  referenceSession,
  weekdayOfIso,
} from './reference.js';
import { thrown } from '../thrown.js';

const arbYearMonth = fc.record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) });

describe('getSession against the plain reference', () => {
  it('agrees for every session 2004–2026 whose dates stay in the covered years', () => {
    let compared = 0;
    for (let year = 2004; year <= 2026; year++) {
      for (let month = 1; month <= 12; month++) {
        const expected = referenceSession(year, month);
        if (expected.certificateQueryFrom === null) continue;
        const session = getSession(year, month);
        expect({
          examDate: session.examDate,
          registrationCloses: session.registrationCloses,
          sprintCourse: session.sprintCourse,
          mockTest: session.mockTest,
          scoresFrom: session.scoresFrom,
          certificatesBy: session.certificatesBy,
          certificateQueryFrom: session.certificateQueryFrom,
          examOnHoliday: session.flags.examOnHoliday,
          examOnMakeupWorkday: session.flags.examOnMakeupWorkday,
        }).toEqual(expected);
        expect(session.id).toBe(`${year}-${String(month).padStart(2, '0')}`);
        expect(session.provisional).toEqual([]);
        expect(session.flags.provisional).toBe(false);
        // The same answer when uncovered years are an error: nothing here needed an estimate.
        expect(getSession(year, month, { uncovered: 'error' })).toEqual(session);
        compared++;
      }
    }
    // 2004-01 … 2026-09 (October's certificate query already reaches into 2027).
    expect(compared).toBe(23 * 12 - 3);
  });
});

describe('known sessions', () => {
  it('September 2026: the exam falls on Mid-Autumn, is kept there and flagged; scores from 22 October', () => {
    const session = getSession(2026, 9);
    expect(session).toEqual({
      id: '2026-09',
      examDate: '2026-09-26',
      registrationCloses: '2026-09-19',
      sprintCourse: { from: '2026-09-19', to: '2026-09-25' },
      mockTest: { from: '2026-09-23', to: '2026-09-24' },
      scoresFrom: '2026-10-22',
      certificatesBy: '2026-11-26',
      certificateQueryFrom: '2026-12-03',
      flags: { examOnHoliday: true, examOnMakeupWorkday: false, examDayProvisional: false, provisional: false },
      provisional: [],
    });
  });

  it('January 2023: the exam falls on a make-up working day and is flagged', () => {
    const session = getSession(2023, 1);
    expect(session.examDate).toBe('2023-01-28');
    expect(session.flags).toEqual({ examOnHoliday: false, examOnMakeupWorkday: true, examDayProvisional: false, provisional: false });
  });

  it('December 2026: the later dates reach into 2027, are estimated and named provisional', () => {
    const session = getSession(2026, 12);
    expect(session.examDate).toBe('2026-12-26');
    expect(session.registrationCloses).toBe('2026-12-19');
    expect(session.provisional).toEqual(['scoresFrom', 'certificatesBy', 'certificateQueryFrom']);
    // The exam day itself is in 2026, whose schedule is known: only the later dates are estimates.
    expect(session.flags).toEqual({ examOnHoliday: false, examOnMakeupWorkday: false, examDayProvisional: false, provisional: true });
    // By the [I-26] estimate (the schedule's default): 28–31 Dec (4), 1 Jan a Friday 元旦, then
    // 4–8 Jan (9), 11–15 Jan (14), 18 Jan (15).
    expect(session.scoresFrom).toBe('2027-01-18');
    // Weekends alone count 1 Jan as a working day: 15 Jan.
    expect(getSession(2026, 12, { uncovered: 'weekends-only' }).scoresFrom).toBe('2027-01-15');
  });

  it('December 2026 under uncovered: "error" throws calendar-coverage with year 2027', () => {
    const error = thrown(() => getSession(2026, 12, { uncovered: 'error' }));
    expect(error.code).toBe('calendar-coverage');
    expect(error.year).toBe(2027);
  });

  it('October and November 2026 name only the dates that reach into 2027', () => {
    expect(getSession(2026, 10).provisional).toEqual(['certificateQueryFrom']);
    expect(getSession(2026, 11).provisional).toEqual(['certificatesBy', 'certificateQueryFrom']);
    expect(getSession(2026, 11).flags.provisional).toBe(true);
  });

  it('an exam in an uncovered year: flags are estimates, so flags.provisional is true; "error" throws for that year', () => {
    const session = getSession(2027, 3);
    expect(session.examDate).toBe('2027-03-27');
    expect(session.flags).toEqual({ examOnHoliday: false, examOnMakeupWorkday: false, examDayProvisional: true, provisional: true });
    expect(session.provisional).toEqual(['scoresFrom', 'certificatesBy', 'certificateQueryFrom']);
    expect(thrown(() => getSession(2027, 3, { uncovered: 'error' })).year).toBe(2027);
    expect(thrown(() => getSession(1995, 3, { uncovered: 'error' })).year).toBe(1995);
  });

  it('a calendar given by the caller is used, including for a year it adds', () => {
    const withNewYear = chinaCalendar.withYear(2027, { holidays: ['2027-01-01'], workdays: [] });
    const session = getSession(2026, 12, { calendar: withNewYear });
    expect(session.provisional).toEqual([]);
    expect(session.scoresFrom).toBe('2027-01-18'); // one day later than the estimate: 1 January is off
    const bare = createCalendar({ years: [2026], holidays: [], workdays: [] });
    expect(getSession(2026, 9, { calendar: bare }).flags.examOnHoliday).toBe(false);
  });
});

describe('avoid-holidays policy [I-18]', () => {
  it('moves the exam back to the previous free Saturday, and examDate agrees', () => {
    const policy = { examDay: 'avoid-holidays' } as const;
    const september = getSession(2026, 9, { policy });
    expect(september.examDate).toBe('2026-09-19');
    expect(september.registrationCloses).toBe('2026-09-12');
    expect(september.flags.examOnHoliday).toBe(false);
    // 2023-01-28 is a make-up working day and 2023-01-21 New Year's Eve, a holiday.
    expect(getSession(2023, 1, { policy }).examDate).toBe('2023-01-14');
    expect(examDate(2026, 9, policy)).toBe('2026-09-19');
    expect(examDate(2023, 1, policy)).toBe('2023-01-14');
    expect(getSession(2026, 11, { policy }).examDate).toBe('2026-11-28');
  });

  it('never lands on a holiday or make-up working day in the covered years (unless the month has no free Saturday)', () => {
    for (let year = 2004; year <= 2026; year++) {
      for (let month = 1; month <= 12; month++) {
        const date = examDate(year, month, { examDay: 'avoid-holidays' });
        expect(weekdayOfIso(date)).toBe(6);
        expect(holidays.has(date) || makeupWorkdays.has(date)).toBe(false);
        expect(date <= examDate(year, month)).toBe(true);
      }
    }
  });

  it('needs official data: examDate throws for an uncovered year unless weekends-only is chosen', () => {
    expect(thrown(() => examDate(2027, 10, { examDay: 'avoid-holidays' })).code).toBe('calendar-coverage');
    expect(examDate(2027, 10, { examDay: 'avoid-holidays', uncovered: 'weekends-only' })).toBe('2027-10-30');
    expect(getSession(2027, 10, { policy: { examDay: 'avoid-holidays' } }).flags.provisional).toBe(true);
  });

  it('keeps the last Saturday when no Saturday of the month is free', () => {
    const saturdays = ['2026-05-02', '2026-05-09', '2026-05-16', '2026-05-23', '2026-05-30'];
    const calendar = createCalendar({ years: [2026], holidays: saturdays.filter((d) => d !== '2026-05-09'), workdays: ['2026-05-09'] });
    const session = getSession(2026, 5, { calendar, policy: { examDay: 'avoid-holidays' } });
    expect(session.examDate).toBe('2026-05-30');
    expect(session.flags.examOnHoliday).toBe(true);
  });
});

describe('session properties', () => {
  const byDay = (a: string, b: string) => Math.round((msOf(b) - msOf(a)) / DAY_MS);
  const isWorkingDay = (date: string) => chinaCalendar.isWorkingDay(date, { uncovered: 'estimate' });

  it('registration closes 7 days before; sprint and mock test sit before the exam', () => {
    fc.assert(
      fc.property(arbYearMonth, ({ year, month }) => {
        const session = getSession(year, month);
        expect(byDay(session.registrationCloses, session.examDate)).toBe(7);
        expect(byDay(session.sprintCourse.from, session.examDate)).toBe(7);
        expect(byDay(session.sprintCourse.to, session.examDate)).toBe(1);
        expect(byDay(session.mockTest.from, session.examDate)).toBe(3);
        expect(byDay(session.mockTest.to, session.examDate)).toBe(2);
      }),
      { numRuns: 300 },
    );
  });

  it('examDate < scoresFrom < certificatesBy < certificateQueryFrom, each a working day', () => {
    fc.assert(
      fc.property(arbYearMonth, ({ year, month }) => {
        const session = getSession(year, month);
        expect(session.examDate < session.scoresFrom).toBe(true);
        expect(session.scoresFrom < session.certificatesBy).toBe(true);
        expect(session.certificatesBy < session.certificateQueryFrom).toBe(true);
        for (const date of [session.scoresFrom, session.certificatesBy, session.certificateQueryFrom]) expect(isWorkingDay(date)).toBe(true);
        expect(chinaCalendar.workingDaysBetween(session.examDate, session.certificateQueryFrom, { uncovered: 'estimate' })).toBe(45);
      }),
      { numRuns: 300 },
    );
  });

  it('provisional names exactly the dates whose count touched an uncovered year', () => {
    fc.assert(
      fc.property(arbYearMonth, ({ year, month }) => {
        const session = getSession(year, month);
        const covered = (from: string, to: string) =>
          coveredYears.has(Number(from.slice(0, 4))) && coveredYears.has(Number(to.slice(0, 4)));
        const expected = (['scoresFrom', 'certificatesBy', 'certificateQueryFrom'] as const).filter(
          (name) => !covered(session.examDate, session[name]),
        );
        expect(session.provisional).toEqual(expected);
        expect(session.flags.examDayProvisional).toBe(!coveredYears.has(year));
        expect(session.flags.provisional).toBe(expected.length > 0 || !coveredYears.has(year));
      }),
      { numRuns: 300 },
    );
  });
});

describe('sessionsInYear', () => {
  it('returns the twelve sessions of the year in order', () => {
    const sessions = sessionsInYear(2026);
    expect(sessions.map((session) => session.id)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
    expect(sessions.map((session) => session.examDate)).toEqual(
      ['01-31', '02-28', '03-28', '04-25', '05-30', '06-27', '07-25', '08-29', '09-26', '10-31', '11-28', '12-26'].map((d) => `2026-${d}`),
    );
    expect(sessions[8]).toEqual(getSession(2026, 9));
  });

  it('passes its options on, and checks its year', () => {
    expect(thrown(() => sessionsInYear(2026, { uncovered: 'error' })).year).toBe(2027);
    expect(thrown(() => sessionsInYear(2101)).issues[0]?.path).toEqual(['year']);
    expect(thrown(() => sessionsInYear(2026, { uncovered: 'guess' as 'error' })).issues[0]?.path).toEqual(['options', 'uncovered']);
  });
});

describe('getSession: bad input', () => {
  it.each([
    [[1989, 5], ['year']],
    [[2026, 0], ['month']],
    [[2026, 6.5], ['month']],
    [[2026, 6, { policy: { examDay: 'middle' } }], ['options', 'policy', 'examDay']],
    [[2026, 6, { calendar: { dayKind: () => 'weekend' } }], ['options', 'calendar']],
    [[2026, 6, 'weekends-only'], ['options']],
  ])('getSession(%j) is invalid-input at %j', (args, path) => {
    const error = thrown(() => (getSession as (...a: unknown[]) => ExamSession)(...args));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toEqual(path);
  });
});

describe('nextOpenSession', () => {
  it('looks from now without an argument (or with undefined)', () => {
    const before = Date.now();
    const found = [nextOpenSession(), nextOpenSession(undefined)];
    const after = Date.now();
    // The clock may cross midnight in China between the reads: either moment's answer is right.
    const possible = [nextOpenSession(before).id, nextOpenSession(after).id];
    for (const session of found) expect(possible).toContain(session.id);
    // And it is the session open today in China, not on the host's date.
    const chinaNow = new Date(before + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(nextOpenSession(chinaNow).id).toBe(nextOpenSession(before).id);
  });

  it('is open on the day asked about, and the session before it is closed (property)', () => {
    const arbDay = fc.integer({ min: msOf('1990-01-01'), max: msOf('2100-11-30') }).map((ms) => isoOf(ms - (ms % DAY_MS)));
    fc.assert(
      fc.property(arbDay, (day) => {
        const session = nextOpenSession(day);
        expect(session.registrationCloses >= day).toBe(true);
        const [year, month] = session.id.split('-').map(Number) as [number, number];
        expect(isoOf(referenceLastSaturday(year, month - 1) - 7 * DAY_MS) < day).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('reads an instant on the China civil date, near China midnight', () => {
    // November 2026's registration closes on the 21st; China midnight is 16:00 UTC.
    expect(nextOpenSession('2026-11-21').id).toBe('2026-11');
    expect(nextOpenSession('2026-11-21T15:59:59Z').id).toBe('2026-11');
    expect(nextOpenSession('2026-11-21T16:00:00Z').id).toBe('2026-12');
    expect(nextOpenSession('2026-11-21T23:59:59+08:00').id).toBe('2026-11');
    expect(nextOpenSession('2026-11-21T08:00:00-08:00').id).toBe('2026-12');
    expect(nextOpenSession(Date.UTC(2026, 10, 21, 15, 59, 59, 999)).id).toBe('2026-11');
    expect(nextOpenSession(new Date(Date.UTC(2026, 10, 21, 16))).id).toBe('2026-12');
    expect(nextOpenSession('2026-11-28').id).toBe('2026-12');
    expect(nextOpenSession('2026-12-20').id).toBe('2027-01');
  });

  it('passes its options on', () => {
    expect(nextOpenSession('2026-09-13', { policy: { examDay: 'avoid-holidays' } }).id).toBe('2026-10');
    expect(nextOpenSession('2026-09-13').id).toBe('2026-09');
  });

  it('rejects what is not a date or an instant, and days outside the supported sessions', () => {
    expect(thrown(() => nextOpenSession('2026-02-30')).code).toBe('invalid-date');
    const bare = thrown(() => nextOpenSession('2026-11-21T16:00:00'));
    expect(bare.code).toBe('invalid-input');
    expect(bare.issues[0]?.path).toEqual(['now']);
    expect(thrown(() => nextOpenSession('2100-12-25')).issues[0]?.path).toEqual(['now']);
    expect(thrown(() => nextOpenSession('1989-11-30')).issues[0]?.path).toEqual(['now']);
    expect(nextOpenSession('1989-12-31').id).toBe('1990-01');
    expect(nextOpenSession('2100-12-18').id).toBe('2100-12');
  });
});
