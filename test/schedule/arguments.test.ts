// The schedule's argument checks are hand-written (no zod): every problem is listed, in the
// order of the arguments and their fields, each at its path, with the messages below.
import { describe, expect, it, vi } from 'vitest';
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { chinaCalendar, createCalendar, createChinaCalendarFromData } from '../../src/calendar/index.js';
import { checkMaterials, examDate, getSession, nextOpenSession, reviewDueBy, sessionsInYear } from '../../src/schedule/index.js';
import { englishIssues, thrown } from '../thrown.js';

const issuesOf = (run: () => unknown) => thrown(run).issues.map((issue) => [issue.path, issue.message.en]);
// Data and options are read from own properties (issue 14, finding 7): the proxy must refuse to describe them.
const hostile = new Proxy({}, { get: () => { throw new Error('no'); }, getOwnPropertyDescriptor: () => { throw new Error('no'); } });

describe('schedule arguments', () => {
  it('lists a bad year, month and every bad option, in order', () => {
    const error = thrown(() => getSession(2101.5, 0, { calendar: 5, policy: { examDay: 'first' }, uncovered: null } as never));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe('year: expected a year 1990–2100, got 2101.5 (and 4 more)');
    expect(error.issues.map((issue) => [issue.path, issue.message.en])).toEqual([
      [['year'], 'expected a year 1990–2100, got 2101.5'],
      [['month'], 'expected a month 1–12, got 0'],
      [['options', 'calendar'], 'expected a working-day calendar (chinaCalendar or one from createCalendar), got 5'],
      [['options', 'policy', 'examDay'], "unknown exam-day rule: first (expected one of last-saturday, avoid-holidays)"],
      [['options', 'uncovered'], "unknown uncovered-year policy: null (expected one of error, estimate, weekends-only)"],
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
    // One API: examDate takes { policy: { examDay } } like the session functions (the flat examDay is deprecated).
    expect(issuesOf(() => examDate(2026, 2, { policy: { examday: 'avoid-holidays' } } as never))).toEqual([
      [['options', 'policy', 'examday'], 'unknown policy field: examday (expected examDay)'],
    ]);
    expect(examDate(2026, 2, { policy: { examDay: 'avoid-holidays' } })).toBe('2026-02-07');
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

  it('refuses a look-alike calendar, so its methods are never called and their answers never returned', () => {
    const lookAlike = (over: object) => ({
      coverage: { years: [2026] },
      dayKind: () => 'workday',
      addWorkingDaysDetailed: (date: string) => ({ value: date, provisional: false }),
      ...over,
    });
    const calendars = [
      lookAlike({}),
      lookAlike({ dayKind: () => { throw new TypeError('boom'); }, addWorkingDaysDetailed: () => { throw new RangeError('boom'); } }),
      lookAlike({ dayKind: () => 'zzz', addWorkingDaysDetailed: () => ({ value: 'garbage', provisional: 'yes' }) }),
      lookAlike({ addWorkingDaysDetailed: () => ({ value: '1990-01-01', provisional: false }) }),
      lookAlike({ addWorkingDaysDetailed: () => 42 }),
    ];
    const expected = [[['options', 'calendar'], 'expected a working-day calendar (chinaCalendar or one from createCalendar), got an object']];
    for (const calendar of calendars as never[]) {
      expect(issuesOf(() => getSession(2026, 9, { calendar }))).toEqual(expected);
      expect(issuesOf(() => nextOpenSession('2026-09-01', { calendar }))).toEqual(expected);
      expect(issuesOf(() => reviewDueBy('2026-09-30', { calendar }))).toEqual(expected);
      expect(issuesOf(() => examDate(2026, 9, { examDay: 'avoid-holidays', calendar }))[0]?.[0]).toEqual(['options', 'calendar']);
    }
  });

  it('refuses a copy, a proxy or a derivative of a real calendar, and a revoked proxy, without throwing anything else', () => {
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const calendar of [{ ...chinaCalendar }, new Proxy(chinaCalendar, {}), Object.create(chinaCalendar) as object, revoked, hostile]) {
      expect(issuesOf(() => getSession(2026, 9, { calendar: calendar as never }))[0]?.[0]).toEqual(['options', 'calendar']);
    }
  });

  it('accepts every calendar the library makes, including one from another copy of it (an ESM and a CJS build)', async () => {
    const data = { years: [2026], holidays: { '2026-09-26': 'Exam day off' }, workdays: [] };
    for (const calendar of [chinaCalendar, chinaCalendar.withYear(2027, { holidays: [], workdays: [] }), createCalendar(data), createChinaCalendarFromData(chineseDays)]) {
      expect(getSession(2026, 9, { calendar }).examDate).toBe('2026-09-26');
    }
    vi.resetModules();
    const copy = await import('../../src/calendar/index.js');
    expect(copy.createCalendar).not.toBe(createCalendar);
    expect(getSession(2026, 9, { calendar: copy.createCalendar(data) }).flags.examOnHoliday).toBe(true);
  });

  it('checks examDate’s policy fields and reviewDueBy’s options by their own names', () => {
    expect(issuesOf(() => examDate(2026, 9, { uncovered: 'never' } as never))).toEqual([
      [['options', 'uncovered'], "unknown uncovered-year policy: never (expected one of error, estimate, weekends-only)"],
    ]);
    expect(issuesOf(() => reviewDueBy('2026-09-30', { calendar: null } as never))).toEqual([
      [['options', 'calendar'], 'expected a working-day calendar (chinaCalendar or one from createCalendar), got null'],
    ]);
  });

  it('turns a hostile getter into "input could not be read"', () => {
    for (const run of [() => getSession(2026, 9, hostile), () => examDate(2026, 9, hostile), () => reviewDueBy('2026-09-30', hostile), () => checkMaterials(hostile as never)]) {
      const error = thrown(run);
      expect(error.code).toBe('invalid-input');
      // At the property being read (issue 14): the first one each function reads.
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]?.code).toBe('unreadable');
      expect(error.issues[0]?.message.en).toBe('input could not be read');
      expect(error.issues[0]?.path.length).toBeGreaterThan(0);
    }
  });
});

describe('checkMaterials arguments', () => {
  it('lists unknown materials and clauses with their positions', () => {
    expect(issuesOf(() => checkMaterials({ provided: ['id-photo', 'passport'], claim: ['junior.1', 'expert.1', 'junior.9'] as never }))).toEqual([
      [
        ['provided', 1],
        "unknown material: passport (expected one of registration-review-form, id-card-photos, education-certificate-copy, id-photo, proof-of-work, proof-of-enrolment)",
      ],
      [['claim', 1], "unknown clause: expert.1 (expected one of junior.1, junior.2, junior.3, junior.4, junior.5, intermediate.1, intermediate.2, intermediate.3, intermediate.4, intermediate.5, intermediate.6, intermediate.7, senior.1, senior.2, senior.3, senior.4, senior.5, senior.6, senior.7)"],
      [['claim', 2], "unknown clause: junior.9 (expected one of junior.1, junior.2, junior.3, junior.4, junior.5, intermediate.1, intermediate.2, intermediate.3, intermediate.4, intermediate.5, intermediate.6, intermediate.7, senior.1, senior.2, senior.3, senior.4, senior.5, senior.6, senior.7)"],
    ]);
  });

  it('wants a list of materials, at least one clause, and an object', () => {
    expect(issuesOf(() => checkMaterials({ provided: 'id-photo', claim: [] } as never))).toEqual([
      [['provided'], 'expected a list of material ids, got id-photo'],
      [['claim'], 'at least one clause is needed'],
    ]);
    expect(issuesOf(() => checkMaterials([] as never))).toEqual([[[], 'expected { provided, claim }, got an array']]);
  });

  it('accepts at most 100 entries per list, refused before any entry is read', () => {
    const basic = ['registration-review-form', 'id-card-photos', 'education-certificate-copy', 'id-photo'];
    expect(checkMaterials({ provided: Array<string>(100).fill('id-photo'), claim: Array(100).fill('junior.4') }).missing).toHaveLength(4);
    expect(issuesOf(() => checkMaterials({ provided: Array<string>(101).fill('id-photo'), claim: Array(101).fill('junior.4') }))).toEqual([
      [['provided'], 'at most 100 materials are accepted'],
      [['claim'], 'at most 100 clauses are accepted'],
    ]);
    // Sparse, so only an entry read would cost anything: refused at once.
    expect(issuesOf(() => checkMaterials({ provided: new Array(2 ** 32 - 1), claim: 'junior.4' }))).toEqual([[['provided'], 'at most 100 materials are accepted']]);
    expect(issuesOf(() => checkMaterials({ provided: basic, claim: new Array(2 ** 32 - 1) }))).toEqual([[['claim'], 'at most 100 clauses are accepted']]);
  });

  it('reads each list’s length and each entry once, and answers from what it checked', () => {
    const basic = ['registration-review-form', 'id-card-photos', 'education-certificate-copy', 'id-photo'];
    // An entry whose getter throws on a second read, or answers something else.
    let provided = 0;
    let claimed = 0;
    const list = Object.defineProperty([...basic], 0, { get: () => (provided++ === 0 ? basic[0] : (() => { throw new TypeError('read twice'); })()) });
    const claim = Object.defineProperty(['junior.4'], 0, { get: () => (claimed++ === 0 ? 'junior.4' : 'bogus') });
    expect(checkMaterials({ provided: list, claim: claim as never }).claim).toEqual(['junior.4']);
    expect([provided, claimed]).toEqual([1, 1]);
    // A list whose length would grow, and whose entries would change, on a second read.
    const reads: string[] = [];
    const counted = (entries: string[]) => {
      const seen = new Map<string, number>();
      return new Proxy(entries, {
        get(target, key, receiver) {
          if (typeof key !== 'string') return Reflect.get(target, key, receiver);
          reads.push(key);
          seen.set(key, (seen.get(key) ?? 0) + 1);
          if (seen.get(key) === 1) return Reflect.get(target, key, receiver);
          return key === 'length' ? 1e9 : 'bogus';
        },
      });
    };
    const check = checkMaterials({ provided: counted([...basic]), claim: counted(['junior.4']) as never });
    expect(check).toEqual({ complete: false, claim: ['junior.4'], required: [...basic, 'proof-of-enrolment'], missing: ['proof-of-enrolment'], notRequired: [] });
    expect(reads.sort()).toEqual(['0', '0', '1', '2', '3', 'length', 'length']);
  });
});
