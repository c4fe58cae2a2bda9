// The schedule's arguments and its calendar guard at their edges, as whole issues (path, code,
// params): a missing year, a year out of range, examDay given where it belongs in `policy` or in
// both places, a calendar that fails or answers nonsense, earliestSession's query and its search
// (far ahead, and past December 2100), and checkMaterials' query.
import { describe, expect, it } from 'vitest';
import { IndexedWorkingDayCalendar } from '../../src/calendar/calendar.js';
import { chinaCalendar, createCalendar } from '../../src/calendar/index.js';
import type { ProfileInput } from '../../src/eligibility/index.js';
import { checkMaterials, earliestSession, examDate, getSession, nextOpenSession, registrationStatus, reviewDueBy } from '../../src/schedule/index.js';
import { bareIssue, thrown } from '../thrown.js';


describe('session arguments', () => {
  it('a missing year is required, a year outside 1990–2100 out of range', () => {
    expect(thrown(() => getSession(undefined as never, 1)).issues.map(bareIssue)).toEqual([{ path: ['year'], code: 'required' }]);
    expect(thrown(() => getSession(1989, 13)).issues.map(bareIssue)).toEqual([
      { path: ['year'], code: 'out-of-range', params: { what: 'year', min: 1990, max: 2100, value: '1989' } },
      { path: ['month'], code: 'out-of-range', params: { what: 'month', min: 1, max: 12, value: '13' } },
    ]);
  });

  it('examDay at the top of the session options says it goes in policy', () => {
    expect(thrown(() => getSession(2026, 9, { examDay: 'avoid-holidays' } as never)).issues.map(bareIssue)).toEqual([
      { path: ['options', 'examDay'], code: 'unknown-key', params: { what: 'option-key', key: 'examDay', expected: 'calendar, policy or uncovered', hint: 'policy' } },
    ]);
  });
});

describe('examDay in both places (examDate)', () => {
  it('is refused even when the two agree, naming policy.examDay as the current key', () => {
    for (const [top, inPolicy] of [['avoid-holidays', 'avoid-holidays'], ['last-saturday', 'avoid-holidays']] as const) {
      const error = thrown(() => examDate(2026, 9, { examDay: top, policy: { examDay: inPolicy } } as never));
      expect(error.issues.map(bareIssue)).toEqual([
        { path: ['options', 'examDay'], code: 'conflicting-keys', params: { keys: 'policy.examDay, examDay', current: 'policy.examDay', deprecated: 'examDay' } },
      ]);
      expect(error.issues[0]?.message.en).toBe('give one of policy.examDay, examDay, not both (examDay is the deprecated name of policy.examDay)');
    }
  });
});

describe('a calendar that answers nonsense', () => {
  // A user reaches the library's calendar class as `chinaCalendar.constructor`; a subclass of
  // it is registered like the library's own calendars, and its answers may be anything.
  const Calendar = chinaCalendar.constructor as typeof IndexedWorkingDayCalendar;
  const answering = ({ years, kind, answer }: { years?: unknown; kind?: unknown; answer?: unknown }) => {
    class Answering extends Calendar {
      override get coverage() {
        return years === undefined ? chinaCalendar.coverage : ({ ...chinaCalendar.coverage, years } as never);
      }
      override dayKind(...args: Parameters<IndexedWorkingDayCalendar['dayKind']>) {
        return kind === undefined ? chinaCalendar.dayKind(...args) : (kind as never);
      }
      override addWorkingDaysDetailed(...args: Parameters<IndexedWorkingDayCalendar['addWorkingDaysDetailed']>) {
        if (typeof answer === 'function') return answer(chinaCalendar.addWorkingDaysDetailed(...args), ...args);
        return answer === undefined ? chinaCalendar.addWorkingDaysDetailed(...args) : (answer as never);
      }
    }
    return new Answering(() => {
      throw new Error('not read: every answer above is given without the source');
    });
  };
  const failure = (calendar: IndexedWorkingDayCalendar) => thrown(() => getSession(2026, 9, { calendar })).issues.map(bareIssue);
  const failed = (reason: string) => [{ path: ['options', 'calendar'], code: 'calendar-failed', params: { reason } }];

  it('is calendar-failed for covered years that are not a list', () => {
    // The text "2026" holds 2026 when asked with `includes`; it is still not a list of years.
    expect(failure(answering({ years: '2026' }))).toEqual(failed('coverage.years is not a list'));
  });

  it('is calendar-failed for a kind of day that is none of the four', () => {
    expect(failure(answering({ kind: 'nonsense' }))).toEqual(failed('not a kind of day: nonsense'));
  });

  it('takes a plain workday as a kind of day, even on a Saturday', () => {
    // 2026-09-26 is the last Saturday of September; a workday is no holiday, so it stands.
    const calendar = answering({ kind: 'workday' });
    const session = getSession(2026, 9, { calendar, policy: { examDay: 'avoid-holidays' } });
    expect([session.examDate, session.flags.examOnHoliday, session.flags.examOnMakeupWorkday]).toEqual(['2026-09-26', false, false]);
  });

  it('makes every later date provisional once one count is, whatever the later counts say', () => {
    // Only the count from the exam day (to scoresFrom) is said to be an estimate; certificatesBy
    // and certificateQueryFrom are counted on from it, so they are estimates too.
    const calendar = answering({ answer: (found: { value: string }, date: string) => ({ value: found.value, provisional: date === '2026-09-26' }) });
    expect(getSession(2026, 9, { calendar }).provisional).toEqual(['scoresFrom', 'certificatesBy', 'certificateQueryFrom']);
  });

  it('is calendar-failed for a date answer without a date or without a boolean provisional', () => {
    expect(failure(answering({ answer: { value: '2026-10-22', provisional: 'no' } }))).toEqual(failed('not a date answer: an object'));
    expect(failure(answering({ answer: { value: '2026-13-01', provisional: false } }))).toEqual(failed('not a date answer: an object'));
    expect(failure(answering({ answer: null }))).toEqual(failed('not a date answer: null'));
  });
});

describe('a calendar that fails', () => {
  // The library's own calendar class over a source that cannot be read: it answers with
  // neither a day nor a SkillcertError.
  const failing = (fault: unknown) =>
    new IndexedWorkingDayCalendar(() => {
      throw fault;
    });

  it('is calendar-failed at the path the calendar was given, with the reason and the cause', () => {
    const boom = new TypeError('boom');
    const error = thrown(() => getSession(2026, 9, { calendar: failing(boom) }));
    expect([error.code, error.message, error.cause]).toEqual(['invalid-input', 'the calendar could not answer: boom', boom]);
    expect(error.issues.map(bareIssue)).toEqual([{ path: ['options', 'calendar'], code: 'calendar-failed', params: { reason: 'boom' } }]);
    expect(thrown(() => reviewDueBy('2026-09-01', { calendar: failing('not an error') })).issues.map(bareIssue)).toEqual([
      { path: ['options', 'calendar'], code: 'calendar-failed', params: { reason: 'not an error' } },
    ]);
  });

  it('passes a SkillcertError of the calendar on as it is', () => {
    const own = thrown(() => getSession(2026, 9, { calendar: failing(thrown(() => getSession(1, 1))) }));
    expect(own.issues.map((found) => found.path)).toEqual([['year']]);
  });
});

describe('earliestSession query', () => {
  const profile = { education: { level: 'high-school' }, work: [{ from: '2099-06-01', related: true }], enrolment: null, certificates: [] } satisfies ProfileInput;
  const query = { track: 'digital-manager', level: 'junior' } as const;

  it('refuses a query that is not an object, or cannot be read', () => {
    for (const [value, described] of [['x', 'x'], [null, 'null']] as const) {
      expect(thrown(() => earliestSession(profile, value as never)).issues.map(bareIssue)).toEqual([{ path: [], code: 'wrong-type', params: { expected: 'earliest-query', value: described } }]);
    }
    const hostile = Object.defineProperty({}, 'track', { enumerable: true, get: () => { throw new Error('no'); } });
    expect(thrown(() => earliestSession(profile, hostile as never)).issues.map(bareIssue)).toEqual([{ path: [], code: 'wrong-type', params: { expected: 'earliest-query', value: 'an object' } }]);
  });

  it('refuses now and its old name from together', () => {
    expect(thrown(() => earliestSession(profile, { ...query, now: '2026-01-01', from: '2026-01-01' })).issues.map(bareIssue)).toEqual([
      { path: ['from'], code: 'conflicting-keys', params: { keys: 'now, from', current: 'now', deprecated: 'from' } },
    ]);
  });

  it('names the day after the last session at the name it was given under', () => {
    for (const name of ['now', 'from'] as const) {
      expect(thrown(() => earliestSession(profile, { ...query, [name]: '2100-12-31' })).issues.map((found) => [found.path, found.code])).toEqual([[[name], 'no-open-session']]);
    }
  });

  it('jumps to the day eligibility begins, however many sessions away', () => {
    // Work planned from 2050-06-01: two years of related work [I-4] are reached on 2052-06-01.
    // The June 2052 exam is on Saturday the 29th, its registration closes 7 days before, on the
    // 22nd (May's closes on 2052-05-18, too early): 317 sessions after January 2026.
    const planned = { ...profile, work: [{ from: '2050-06-01', related: true }] };
    const found = earliestSession(planned, { ...query, now: '2026-01-01' });
    expect([found?.session.id, found?.session.registrationCloses, found?.eligibility.eligible]).toEqual(['2052-06', '2052-06-22', true]);
  });

  it('is null when eligibility comes only after December 2100', () => {
    // Two years of related work from 2099-06-01 are reached in 2101.
    expect(earliestSession(profile, { ...query, now: '2099-07-01' })).toBeNull();
  });
});

describe('checkMaterials query', () => {
  it('refuses a query that is not an object', () => {
    for (const [value, described] of [['junior.4', 'junior.4'], [null, 'null'], [[], 'an array']] as const) {
      expect(thrown(() => checkMaterials(value as never)).issues.map(bareIssue)).toEqual([{ path: [], code: 'wrong-type', params: { expected: 'materials-query', value: described } }]);
    }
  });
});

describe('registration and open sessions', () => {
  it('registrationStatus refuses a session that is not an object', () => {
    for (const [value, described] of [['2026-09', '2026-09'], [null, 'null']] as const) {
      expect(thrown(() => registrationStatus(value as never, '2026-09-01')).issues.map(bareIssue)).toEqual([{ path: ['session'], code: 'wrong-type', params: { expected: 'session', value: described } }]);
    }
  });

  it('no session open after the last supported one names the day and the years', () => {
    expect(thrown(() => nextOpenSession('2100-12-31')).issues.map(bareIssue)).toEqual([
      { path: ['now'], code: 'no-open-session', params: { date: '2100-12-31', from: 1990, to: 2100 } },
    ]);
  });
});

describe('avoid-holidays [I-18]', () => {
  it('steps back as far as a Saturday on the 1st of the month', () => {
    // August 2026 begins on a Saturday; every later Saturday of it is made a holiday.
    const calendar = createCalendar({ years: [2026], holidays: ['2026-08-08', '2026-08-15', '2026-08-22', '2026-08-29'], workdays: [] });
    expect(getSession(2026, 8, { calendar, policy: { examDay: 'avoid-holidays' } }).examDate).toBe('2026-08-01');
  });
});
