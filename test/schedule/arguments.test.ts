// The schedule's argument checks are hand-written (no zod): every problem is listed, in the
// order of the arguments and their fields, each at its path, with the messages below.
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { checkMaterials, examDate, getSession, reviewDueBy, sessionsInYear } from '../../src/schedule/index.js';
import { thrown } from '../thrown.js';

const issuesOf = (run: () => unknown) => thrown(run).issues.map((issue) => [issue.path, issue.message]);
const hostile = new Proxy({}, { get: () => { throw new Error('no'); } });

describe('schedule arguments', () => {
  it('lists a bad year, month and every bad option, in order', () => {
    const error = thrown(() => getSession(2101.5, 0, { calendar: 5, policy: { examDay: 'first' }, uncovered: null } as never));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe('year: expected an integer year 1990–2100, got 2101.5 (and 4 more)');
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['year'], 'expected an integer year 1990–2100, got 2101.5'],
      [['month'], 'expected an integer month 1–12, got 0'],
      [['options', 'calendar'], 'not a working-day calendar: 5 (expected chinaCalendar or one from createCalendar)'],
      [['options', 'policy', 'examDay'], "unknown exam-day rule: first (expected 'last-saturday' or 'avoid-holidays')"],
      [['options', 'uncovered'], "unknown uncovered-year policy: null (expected 'error' or 'weekends-only')"],
    ]);
  });

  it('rejects options that are not an object, and accepts absent fields', () => {
    expect(issuesOf(() => sessionsInYear(2026, [] as never))).toEqual([[['options'], 'expected an options object, got an array']]);
    expect(issuesOf(() => getSession(2026, 9, { policy: null } as never))).toEqual([[['options', 'policy'], 'expected an options object, got null']]);
    expect(getSession(2026, 9, { calendar: undefined, policy: {}, uncovered: undefined }).examDate).toBe('2026-09-26');
  });

  it('rejects a misspelt or misplaced option instead of falling back to its default', () => {
    expect(issuesOf(() => getSession(2026, 2, { examDay: 'avoid-holidays' } as never))).toEqual([
      [['options', 'examDay'], 'unknown option: examDay (expected calendar, policy or uncovered; examDay goes in policy)'],
    ]);
    expect(issuesOf(() => getSession(2026, 12, { uncoverd: 'error' } as never))).toEqual([[['options', 'uncoverd'], 'unknown option: uncoverd (expected calendar, policy or uncovered)']]);
    expect(issuesOf(() => sessionsInYear(2026, { policy: { examday: 'avoid-holidays' } } as never))).toEqual([
      [['options', 'policy', 'examday'], 'unknown policy field: examday (expected examDay)'],
    ]);
    expect(issuesOf(() => examDate(2026, 2, { policy: { examDay: 'avoid-holidays' } } as never))).toEqual([
      [['policy', 'policy'], 'unknown policy field: policy (expected examDay, calendar or uncovered)'],
    ]);
    expect(issuesOf(() => reviewDueBy('2026-12-31', { uncovered: 'weekends-only', lenient: true } as never))).toEqual([
      [['options', 'lenient'], 'unknown option: lenient (expected calendar or uncovered)'],
    ]);
    // Spelt right, in the right place: the reading switches.
    expect(getSession(2026, 2, { policy: { examDay: 'avoid-holidays' } }).examDate).toBe('2026-02-07');
    expect(examDate(2026, 2, { examDay: 'avoid-holidays' })).toBe('2026-02-07');
  });

  it('reads a calendar made by createCalendar, and refuses one that only looks like it', () => {
    const calendar = createCalendar({ years: [2026], holidays: [], workdays: [] });
    expect(getSession(2026, 9, { calendar }).flags.examOnHoliday).toBe(false);
    expect(issuesOf(() => getSession(2026, 9, { calendar: { dayKind: () => 'weekend', addWorkingDaysDetailed: () => null, coverage: {} } } as never))[0]?.[0]).toEqual([
      'options',
      'calendar',
    ]);
  });

  it('checks examDate’s policy fields and reviewDueBy’s options by their own names', () => {
    expect(issuesOf(() => examDate(2026, 9, { uncovered: 'never' } as never))).toEqual([
      [['policy', 'uncovered'], "unknown uncovered-year policy: never (expected 'error' or 'weekends-only')"],
    ]);
    expect(issuesOf(() => reviewDueBy('2026-09-30', { calendar: null } as never))).toEqual([
      [['options', 'calendar'], 'not a working-day calendar: null (expected chinaCalendar or one from createCalendar)'],
    ]);
  });

  it('turns a hostile getter into "input could not be read"', () => {
    for (const run of [() => getSession(2026, 9, hostile), () => examDate(2026, 9, hostile), () => reviewDueBy('2026-09-30', hostile), () => checkMaterials(hostile as never)]) {
      const error = thrown(run);
      expect(error.code).toBe('invalid-input');
      expect(error.issues).toEqual([{ path: [], message: 'input could not be read' }]);
    }
  });
});

describe('checkMaterials arguments', () => {
  it('lists unknown materials and clauses with their positions', () => {
    expect(issuesOf(() => checkMaterials({ provided: ['id-photo', 'passport'], claim: ['junior.1', 'expert.1', 'junior.9'] as never }))).toEqual([
      [
        ['provided', 1],
        "unknown material: passport (expected one of 'registration-review-form', 'id-card-photos', 'education-certificate-copy', 'id-photo', 'proof-of-work', 'proof-of-enrolment')",
      ],
      [['claim', 1], "unknown clause: expert.1 (expected an id such as 'junior.3')"],
      [['claim', 2], "unknown clause: junior.9 (expected an id such as 'junior.3')"],
    ]);
  });

  it('wants a list of materials, at least one clause, and an object', () => {
    expect(issuesOf(() => checkMaterials({ provided: 'id-photo', claim: [] } as never))).toEqual([
      [['provided'], 'expected a list of material ids, got id-photo'],
      [['claim'], 'expected at least one clause'],
    ]);
    expect(issuesOf(() => checkMaterials([] as never))).toEqual([[[], 'expected { provided, claim }, got an array']]);
  });
});
