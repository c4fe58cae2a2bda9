// Issue 14, "Guarantees, second pass": each finding is a test here, named after it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as testing from '../../src/testing/index.js';
import { chinaCalendar, chinaDateOf, createCalendar, createChinaCalendarFromData } from '../../src/calendar/index.js';
import { formatIssuePath, SkillcertError } from '../../src/core/errors.js';
import { checkEligibility, DEFAULT_ELIGIBILITY_POLICY, experienceOf } from '../../src/eligibility/index.js';
import { checkMaterials, earliestSession, examDate, getSession, nextOpenSession, reviewDueBy, SESSION_OFFSETS } from '../../src/schedule/index.js';
import { calendarAddWorkingDays, calendarDayKind } from '../../src/schedule/options.js';
import { scorePaper } from '../../src/scoring/index.js';
import { thrown } from '../thrown.js';
import { PLAUSIBLE_POLLUTION } from './mutations.js';
import { TARGETS } from './targets.js';

const q = { track: 'digital-manager', level: 'junior', asOf: '2026-01-01' } as const;
const isZodSchema = (value: object): boolean => '_zod' in value;

// Every object reachable from a value through own enumerable properties (functions and zod
// schemas excluded: not data).
function objectsOf(value: unknown, out = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null || out.has(value) || isZodSchema(value)) return out;
  out.add(value);
  for (const key of Object.keys(value)) objectsOf((value as Record<string, unknown>)[key], out);
  return out;
}

const exported: [string, unknown][] = [...Object.entries(root), ...Object.entries(testing)].filter(([, value]) => typeof value === 'object' && value !== null && !isZodSchema(value));

describe('finding 3: exported constants cannot be changed', () => {
  it.each(exported)('%s is deep-frozen', (_name, value) => {
    for (const object of objectsOf(value)) expect(Object.isFrozen(object)).toBe(true);
  });

  it('names every constant of the issue', () => {
    const names = new Set(exported.map(([name]) => name));
    for (const name of ['DEFAULT_ELIGIBILITY_POLICY', 'SESSION_OFFSETS', 'SESSION_YEARS', 'REQUIRED_MATERIALS', 'CLAUSES', 'TRACKS', 'LEVELS', 'EDUCATION_LEVELS', 'QUESTION_KINDS', 'SESSION_DATE_LABELS', 'PROOF_OF_ENROLMENT', 'QUESTION_ID_PREFIX', 'goldenCases', 'chinaCalendar']) {
      expect(names.has(name), name).toBe(true);
    }
  });

  it('SESSION_OFFSETS.workingDaysAfterExam.scoresFrom = 999 throws and leaves getSession(2026, 9).scoresFrom alone', () => {
    expect(() => {
      (SESSION_OFFSETS.workingDaysAfterExam as { scoresFrom: number }).scoresFrom = 999;
    }).toThrow(TypeError);
    expect(getSession(2026, 9).scoresFrom).toBe('2026-10-22');
  });

  it('DEFAULT_ELIGIBILITY_POLICY.continuityGapDays = 366 throws and leaves experienceOf alone', () => {
    const profile = { work: [{ from: '2020-01-01', to: '2020-12-31', related: true }, { from: '2021-03-01', to: '2021-12-31', related: true }] };
    const before = experienceOf(profile, { track: 'digital-manager', asOf: '2026-01-01' });
    expect(() => {
      (DEFAULT_ELIGIBILITY_POLICY as { continuityGapDays: number }).continuityGapDays = 366;
    }).toThrow(TypeError);
    expect(experienceOf(profile, { track: 'digital-manager', asOf: '2026-01-01' })).toEqual(before);
    // Two runs, not bridged: the longest is 2020's (2021-03-01 … 2021-12-31 is shorter).
    expect(before.longestContinuous?.from).toBe('2020-01-01');
  });

  it("a calendar's methods cannot be replaced", () => {
    expect(() => {
      (chinaCalendar as { addWorkingDays: unknown }).addWorkingDays = () => '2000-01-01';
    }).toThrow(TypeError);
  });

  it("the class of the library's calendars cannot be patched either: its prototype is frozen", () => {
    const calendars = [
      chinaCalendar,
      createCalendar({ years: [2030], holidays: ['2030-10-01'], workdays: [] }),
      createChinaCalendarFromData({ holidays: { '2026-10-01': 'National Day,国庆节,3' }, workdays: {} }),
      chinaCalendar.withYear(2027, { holidays: ['2027-01-01'], workdays: [] }),
    ];
    const before = chinaCalendar.explainWorkingDays('2026-09-30', 5);
    for (const calendar of calendars) {
      const prototype = Object.getPrototypeOf(calendar) as Record<string, unknown>;
      expect(Object.isFrozen(calendar)).toBe(true);
      expect(Object.isFrozen(prototype)).toBe(true);
      // ESM is strict: a patch throws rather than failing silently.
      expect(() => {
        prototype.addWorkingDays = () => '2000-01-01';
      }).toThrow(TypeError);
      expect(() => Object.defineProperty(prototype, 'coverage', { get: () => ({ years: [] }) })).toThrow(TypeError);
      expect(() => Object.setPrototypeOf(prototype, { isWorkingDay: () => true })).toThrow(TypeError);
    }
    expect(chinaCalendar.explainWorkingDays('2026-09-30', 5)).toEqual(before);
  });
});

describe('finding 2: results are the caller\'s own (every object in a result is fresh)', () => {
  const library = new Set<object>();
  for (const [, value] of exported) for (const object of objectsOf(value)) library.add(object);

  it("r.clauses[0].text.en = 'X' and .source changes no later result", () => {
    const first = checkEligibility({}, q);
    const text = { ...first.clauses[0]!.text };
    const source = { ...first.clauses[0]!.source };
    (first.clauses[0]!.text as { en: string }).en = 'X';
    (first.clauses[0]!.source as { section: string }).section = 'X';
    (first.clauses[0]!.requirements[0]! as { met: boolean }).met = true;
    const later = checkEligibility({}, q);
    expect(later.clauses[0]!.text).toEqual(text);
    expect(later.clauses[0]!.source).toEqual(source);
    expect(later.clauses[0]!.requirements[0]!.met).toBe(false);
  });

  it.each(TARGETS.map((target) => [target.name, target] as const))('%s: no object shared with the library or another result, none frozen', (_name, target) => {
    fc.assert(
      fc.property(target.valid, (args) => {
        let first: unknown;
        let second: unknown;
        try {
          first = target.call(args);
          second = target.call(args);
        } catch (error) {
          if (error instanceof SkillcertError) return;
          throw error;
        }
        const mine = objectsOf(first);
        for (const object of objectsOf(second)) expect(mine.has(object), 'shared between two results').toBe(false);
        for (const object of mine) {
          expect(library.has(object), 'shared with an exported constant').toBe(false);
          expect(Object.isFrozen(object), 'frozen part of a result').toBe(false);
        }
      }),
      { numRuns: 20, seed: 14 },
    );
  });
});

describe('finding 4: a calendar is trusted only if this library made it', () => {
  const forge = (methods: Record<string, unknown>): Record<PropertyKey, unknown> => {
    const forged: Record<PropertyKey, unknown> = { ...methods, get coverage() { return { years: [2026] }; } };
    forged[Symbol.for('skillcert.calendar')] = forged;
    return forged;
  };
  const throwing = forge({ dayKind() { throw new TypeError('boom'); } });
  const lying = forge({ dayKind: () => 'workday', isWorkingDay: () => true, addWorkingDaysDetailed: () => ({ value: 'not-a-date', provisional: false }) });

  it.each([
    ['getSession', () => getSession(2026, 9, { calendar: throwing as never }), ['options', 'calendar']],
    ['reviewDueBy', () => reviewDueBy('2026-01-01', { calendar: throwing as never }), ['options', 'calendar']],
    ['examDate', () => examDate(2026, 9, { calendar: throwing as never, examDay: 'avoid-holidays' }), ['options', 'calendar']],
    ['getSession, a forged addWorkingDaysDetailed', () => getSession(2026, 9, { calendar: lying as never }), ['options', 'calendar']],
    ['nextOpenSession', () => nextOpenSession('2026-01-01', { calendar: { ...chinaCalendar } as never }), ['options', 'calendar']],
  ])('%s: a forged brand is invalid-input at its path, never a raw error', (_name, call, path) => {
    const error = thrown(call);
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toEqual(path);
  });

  it('a calendar\'s answers are checked where they enter a session', () => {
    const options = { calendar: lying as never, calendarPath: ['options', 'calendar'], examDay: 'last-saturday', uncovered: 'error' } as const;
    const error = thrown(() => calendarAddWorkingDays(options, '2026-09-26' as never, 15));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toEqual(['options', 'calendar']);
    expect(thrown(() => calendarDayKind({ ...options, calendar: throwing as never }, '2026-09-26' as never)).issues[0]?.path).toEqual(['options', 'calendar']);
    // The library's own calendars pass their SkillcertError on.
    expect(thrown(() => calendarAddWorkingDays({ ...options, calendar: chinaCalendar }, '2026-12-31' as never, 1)).code).toBe('calendar-coverage');
  });

  it('withYear, createCalendar and createChinaCalendarFromData make trusted calendars', () => {
    const calendar = chinaCalendar.withYear(2027, { holidays: ['2027-01-01'], workdays: [] });
    expect(getSession(2026, 12, { calendar, uncovered: 'error' }).provisional).toEqual([]);
  });
});

describe('finding 5: earliestSession reads the profile and the policy once', () => {
  const query = { track: 'digital-manager', level: 'junior', from: '2026-11-28' } as const;
  // High school and related work since 2025-06-01: junior.2's 2 years (730 days) are reached
  // on 2027-05-31; May 2027's registration closes on the 22nd, June's on the 19th: '2027-06'.
  // The first check (December 2026's) fails and points there, so the search checks again.
  const work = [{ from: '2025-06-01', related: true }];
  const stable = { education: { level: 'high-school' as const }, work };

  it('a getter `work` that answers differently after the first read changes nothing', () => {
    expect(earliestSession(stable, query)?.session.id).toBe('2027-06');
    let reads = 0;
    const shifty = {
      education: { level: 'high-school' as const },
      get work() {
        return reads++ === 0 ? work : [{ from: '2010-01-01', to: '2010-02-01', related: true }];
      },
    };
    expect(earliestSession(shifty, query)?.session.id).toBe('2027-06');
    expect(reads).toBe(1);
  });

  it('a policy getter is read once', () => {
    let reads = 0;
    const policy = {
      get continuityGapDays() {
        reads++;
        return 0;
      },
    };
    earliestSession({ education: { level: 'high-school' }, work: [{ from: '2025-06-01', related: true }] }, { ...query, policy });
    expect(reads).toBe(1);
  });
});

describe('finding 8: smaller ones', () => {
  it.each([
    ['null', null, ['path']],
    ['{}', {}, ['path']],
    ['5', 5, ['path']],
    ['a symbol segment', ['work', Symbol('x')], ['path', 1]],
    ['an object segment', [{}], ['path', 0]],
    ['new Array(2 ** 32 - 1)', new Array(2 ** 32 - 1), ['path']],
    ['a lying length', new Proxy([], { get: (target, key) => (key === 'length' ? { valueOf: () => 1e9 } : Reflect.get(target, key)) }), ['path']],
    ['a revoked proxy', (() => { const r = Proxy.revocable([], {}); r.revoke(); return r.proxy; })(), []],
  ])('formatIssuePath(%s) is invalid-input, at once', (_name, value, path) => {
    const error = thrown(() => formatIssuePath(value as never));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toEqual(path);
  });

  it('formatIssuePath still formats paths', () => {
    expect(formatIssuePath(['work', 1, 'to'])).toBe('work[1].to');
    expect(formatIssuePath([])).toBe('');
  });

  it.each([
    ['9999-12-31', 1],
    ['0001-01-01', -1],
  ] as const)('addWorkingDays(%s, %i) is out of range (invalid-input at n) in every mode, never coverage of year 10000 or 0', (date, n) => {
    for (const options of [undefined, { uncovered: 'error' }, { uncovered: 'weekends-only' }] as const) {
      const error = thrown(() => chinaCalendar.addWorkingDays(date, n, options));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]?.path).toEqual(['n']);
      expect(error.year).toBeUndefined();
      expect(thrown(() => chinaCalendar.addWorkingDaysDetailed(date, n, options)).code).toBe('invalid-input');
      expect(thrown(() => chinaCalendar.explainWorkingDays(date, n, options)).code).toBe('invalid-input');
    }
  });

  it('chinaDateOf(0001-01-01T00:00:00+08:00) is 0001-01-01', () => {
    expect(chinaDateOf('0001-01-01T00:00:00+08:00')).toBe('0001-01-01');
  });

  it('a throwing proxy as chinese-days data is calendar-data with a non-empty issues list', () => {
    const hostile = new Proxy({}, { get: () => { throw new TypeError('boom'); }, ownKeys: () => { throw new TypeError('boom'); }, getPrototypeOf: () => { throw new TypeError('boom'); } });
    const error = thrown(() => createChinaCalendarFromData(hostile).dayKind('2026-10-01'));
    expect(error.code).toBe('calendar-data');
    expect(error.issues.length).toBeGreaterThan(0);
  });
});

describe('finding 1: a list whose length lies is refused at once', () => {
  // (a) a length read twice: small the first time, 2³² − 1 after; (b) a length that is an
  // object whose valueOf answers 0 the first time and 10⁸ after.
  const lying = (items: unknown[], kind: 'number' | 'valueOf'): unknown[] => {
    let reads = 0;
    return new Proxy(items, {
      get: (target, key, receiver) => {
        if (key !== 'length') return Reflect.get(target, key, receiver);
        if (kind === 'number') return reads++ ? 2 ** 32 - 1 : target.length;
        return { valueOf: () => (reads++ ? 1e8 : 0) };
      },
    });
  };
  const kinds = ['number', 'valueOf'] as const;

  it.each(kinds)('relatedness lists (%s): work[0].related and education.relatedMajor', (kind) => {
    // (number) the first read, 1, is the one used: the list is read as ['digital-manager'] and
    // the check answers; (valueOf) the length is no number: too long, refused.
    const read = (profile: unknown): unknown => {
      try {
        return checkEligibility(profile, q).track;
      } catch (error) {
        return (error as SkillcertError).issues[0]?.path;
      }
    };
    const a = read({ work: [{ from: '2020-01-01', related: lying(['digital-manager'], kind) }] });
    const b = read({ education: { level: 'bachelor', relatedMajor: lying(['digital-manager'], kind) } });
    if (kind === 'number') expect([a, b]).toEqual(['digital-manager', 'digital-manager']);
    else expect([a, b]).toEqual([['work', 0, 'related'], ['education', 'relatedMajor']]);
  });

  // (number): the first length read is the one used, so the list is read as it first said and
  // the call answers as for that list; (valueOf): no number, too long, refused at its path.
  it('work: a length read twice is read as its first answer; one that is no number is refused', () => {
    expect(checkEligibility({ work: lying([], 'number') } as unknown, q)).toEqual(checkEligibility({ work: [] }, q));
    expect(thrown(() => checkEligibility({ work: lying([], 'valueOf') } as unknown, q)).issues[0]?.path).toEqual(['work']);
  });

  it('checkMaterials provided / claim stay within 100 entries', () => {
    expect(checkMaterials({ provided: lying([], 'number') as never, claim: lying(['junior.1'], 'number') as never })).toEqual(checkMaterials({ provided: [], claim: ['junior.1'] }));
    expect(thrown(() => checkMaterials({ provided: lying([], 'valueOf') as never, claim: 'junior.1' })).issues[0]?.path).toEqual(['provided']);
    expect(thrown(() => checkMaterials({ provided: [], claim: lying(['junior.1'], 'valueOf') as never })).issues[0]?.path).toEqual(['claim']);
  });

  it('createCalendar years / holidays / workdays and withYear', () => {
    expect(createCalendar({ years: lying([2026], 'number') as never, holidays: lying(['2026-10-01'], 'number') as never, workdays: [] }).dayKind('2026-10-01')).toBe('holiday');
    expect(thrown(() => createCalendar({ years: lying([2026], 'valueOf') as never, holidays: [], workdays: [] })).issues[0]?.path).toEqual(['years']);
    expect(thrown(() => createCalendar({ years: [2026], holidays: lying(['2026-10-01'], 'valueOf') as never, workdays: [] })).issues[0]?.path).toEqual(['holidays']);
    expect(thrown(() => createCalendar({ years: [2026], holidays: [], workdays: lying(['2026-10-10'], 'valueOf') as never })).issues[0]?.path).toEqual(['workdays']);
    expect(thrown(() => chinaCalendar.withYear(2027, { holidays: lying(['2027-01-01'], 'valueOf') as never, workdays: [] })).issues[0]?.path).toEqual(['holidays']);
  });

  it.each(kinds)('scorePaper sections (%s)', (kind) => {
    const error = thrown(() => scorePaper({ sections: lying([], kind) } as never, {}, {}));
    expect(error.code).toBe('invalid-input');
  });
});

describe('finding 7: a polluted prototype changes no answer', () => {
  const POLLUTION = PLAUSIBLE_POLLUTION;
  function polluted<T>(run: () => T): T {
    for (const target of [Object.prototype, Array.prototype] as Record<string, unknown>[]) {
      for (const [name, value] of Object.entries(POLLUTION)) Object.defineProperty(target, name, { value, configurable: true, writable: true });
    }
    try {
      return run();
    } finally {
      for (const target of [Object.prototype, Array.prototype] as Record<string, unknown>[]) for (const name of Object.keys(POLLUTION)) delete target[name];
    }
  }
  const outcome = (run: () => unknown): unknown => {
    try {
      return { answer: JSON.parse(JSON.stringify(run())) as unknown };
    } catch (error) {
      if (!(error instanceof SkillcertError)) throw error;
      return { code: error.code, issues: error.issues.map((issue) => ({ path: [...issue.path], message: issue.message })) };
    }
  };

  it('Object.prototype.work does not make an empty profile eligible', () => {
    expect(checkEligibility({}, q).eligible).toBe(false);
    expect(polluted(() => checkEligibility({}, q).eligible)).toBe(false);
  });

  it("Object.prototype.uncovered = 'weekends-only' does not turn off coverage errors", () => {
    expect(polluted(() => thrown(() => chinaCalendar.addWorkingDays('2026-12-31', 1, {})).code)).toBe('calendar-coverage');
    expect(polluted(() => thrown(() => reviewDueBy('2026-12-31', {})).code)).toBe('calendar-coverage');
  });

  // (The first check of a freshly loaded library under pollution: polluted-fresh-library.test.ts.)
  it('earliestSession reads no inherited policy', () => {
    const query = { track: 'digital-manager', level: 'junior', now: '2026-01-01' } as const;
    const clean = outcome(() => earliestSession({}, query));
    for (const policy of [{ continuityGapDays: 'x' }, { dayKind: 1 }]) {
      Object.defineProperty(Object.prototype, 'policy', { value: policy, configurable: true, writable: true });
      try {
        expect(outcome(() => earliestSession({}, query))).toEqual(clean);
      } finally {
        delete (Object.prototype as Record<string, unknown>).policy;
      }
    }
  });

  // Every target, with these values and with others, on valid arguments: the fuzz's
  // "survives pre-polluted prototypes" (test/fuzz/judge.ts).
});

describe('errors from a throwing getter carry the path of the property being read', () => {
  const throwingAt = <T extends object>(object: T, key: string): T =>
    Object.defineProperty(object, key, { get: () => { throw new TypeError('boom'); }, enumerable: true });

  it.each([
    ['work[2].from', () => ({ work: [{ from: '2020-01-01', related: true }, { from: '2020-01-01', related: true }, throwingAt({ related: true }, 'from')] }), ['work', 2, 'from']],
    ['education.level', () => ({ education: throwingAt({}, 'level') }), ['education', 'level']],
    ['certificates[0].issuedOn', () => ({ certificates: [throwingAt({ kind: 'vocational', level: 'junior' }, 'issuedOn')] }), ['certificates', 0, 'issuedOn']],
    ['work', () => throwingAt({}, 'work'), ['work']],
  ])('%s', (_name, profile, path) => {
    const error = thrown(() => checkEligibility(profile(), q));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toEqual(path);
  });
});
