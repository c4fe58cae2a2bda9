// The schedule's arguments and its calendar guard at their edges, as whole issues (path, code,
// params): a missing year, a year out of range, examDay given where it belongs in `policy`, a
// calendar that fails, earliestSession's query and its search past December 2100, and
// checkMaterials' query.
import { describe, expect, it } from 'vitest';
import { IndexedWorkingDayCalendar } from '../../src/calendar/calendar.js';
import { createCalendar } from '../../src/calendar/index.js';
import type { ValidationIssue } from '../../src/core/errors.js';
import type { ProfileInput } from '../../src/eligibility/index.js';
import { checkMaterials, earliestSession, getSession, nextOpenSession, registrationStatus, reviewDueBy } from '../../src/schedule/index.js';
import { thrown } from '../thrown.js';

const bare = ({ path, code, params }: ValidationIssue) => (params === undefined ? { path, code } : { path, code, params });

describe('session arguments', () => {
  it('a missing year is required, a year outside 1990–2100 out of range', () => {
    expect(thrown(() => getSession(undefined as never, 1)).issues.map(bare)).toEqual([{ path: ['year'], code: 'required' }]);
    expect(thrown(() => getSession(1989, 13)).issues.map(bare)).toEqual([
      { path: ['year'], code: 'out-of-range', params: { what: 'year', min: 1990, max: 2100, value: '1989' } },
      { path: ['month'], code: 'out-of-range', params: { what: 'month', min: 1, max: 12, value: '13' } },
    ]);
  });

  it('examDay at the top of the session options says it goes in policy', () => {
    expect(thrown(() => getSession(2026, 9, { examDay: 'avoid-holidays' } as never)).issues.map(bare)).toEqual([
      { path: ['options', 'examDay'], code: 'unknown-key', params: { what: 'option-key', key: 'examDay', expected: 'calendar, policy or uncovered', hint: 'policy' } },
    ]);
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
    expect(error.issues.map(bare)).toEqual([{ path: ['options', 'calendar'], code: 'calendar-failed', params: { reason: 'boom' } }]);
    expect(thrown(() => reviewDueBy('2026-09-01', { calendar: failing('not an error') })).issues.map(bare)).toEqual([
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
      expect(thrown(() => earliestSession(profile, value as never)).issues.map(bare)).toEqual([{ path: [], code: 'wrong-type', params: { expected: 'earliest-query', value: described } }]);
    }
    const hostile = Object.defineProperty({}, 'track', { enumerable: true, get: () => { throw new Error('no'); } });
    expect(thrown(() => earliestSession(profile, hostile as never)).issues.map(bare)).toEqual([{ path: [], code: 'wrong-type', params: { expected: 'earliest-query', value: 'an object' } }]);
  });

  it('refuses now and its old name from together', () => {
    expect(thrown(() => earliestSession(profile, { ...query, now: '2026-01-01', from: '2026-01-01' })).issues.map(bare)).toEqual([
      { path: ['from'], code: 'conflicting-keys', params: { keys: 'now, from', current: 'now', deprecated: 'from' } },
    ]);
  });

  it('names the day after the last session at the name it was given under', () => {
    for (const name of ['now', 'from'] as const) {
      expect(thrown(() => earliestSession(profile, { ...query, [name]: '2100-12-31' })).issues.map((found) => [found.path, found.code])).toEqual([[[name], 'no-open-session']]);
    }
  });

  it('is null when eligibility comes only after December 2100', () => {
    // Two years of related work from 2099-06-01 are reached in 2101.
    expect(earliestSession(profile, { ...query, now: '2099-07-01' })).toBeNull();
  });
});

describe('checkMaterials query', () => {
  it('refuses a query that is not an object', () => {
    for (const [value, described] of [['junior.4', 'junior.4'], [null, 'null'], [[], 'an array']] as const) {
      expect(thrown(() => checkMaterials(value as never)).issues.map(bare)).toEqual([{ path: [], code: 'wrong-type', params: { expected: 'materials-query', value: described } }]);
    }
  });
});

describe('registration and open sessions', () => {
  it('registrationStatus refuses a session that is not an object', () => {
    for (const [value, described] of [['2026-09', '2026-09'], [null, 'null']] as const) {
      expect(thrown(() => registrationStatus(value as never, '2026-09-01')).issues.map(bare)).toEqual([{ path: ['session'], code: 'wrong-type', params: { expected: 'session', value: described } }]);
    }
  });

  it('no session open after the last supported one names the day and the years', () => {
    expect(thrown(() => nextOpenSession('2100-12-31')).issues.map(bare)).toEqual([
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
