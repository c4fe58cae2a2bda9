// One API (0.2): rule switches travel as `options.policy` in examDate, getSession and
// scorePaper alike, and "now" is called `now` (earliestSession's `from` is its deprecated
// name); the testing kit's switches that reused `policy` and `uncovered` for booleans are
// `withPolicy` and `beyondCoverage`. The 0.1 forms still give the same answers, for one minor
// version. And one default for unpublished years: 'estimate' wherever a result can say
// provisional, 'error' where it is a bare value (docs/options.md).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../src/calendar/index.js';
import { fromDayNumber, toDayNumber } from '../src/core/plain-date.js';
import { SkillcertError } from '../src/core/errors.js';
import { scorePaper } from '../src/scoring/index.js';
import { earliestSession, examDate, getSession, nextOpenSession, reviewDueBy, reviewDueByDetailed, sessionsInYear } from '../src/schedule/index.js';
import { arbEligibilityCase, arbPaperWithResponses, arbPlainDate, arbScoringCase, arbWorkingDayCase } from '../src/testing/index.js';
import { thrown } from './thrown.js';

// The last day a generated calendar case may reach: well inside the [I-26] estimate's years.
const LAST_CASE_DAY = toDayNumber('2099-12-31' as never);

describe('options.policy everywhere', () => {
  it('examDate takes { policy: { examDay } } like getSession, and the flat 0.1 form still', () => {
    for (const [year, month] of [[2026, 9], [2026, 2], [2023, 1], [2025, 5]] as const) {
      const policy = { examDay: 'avoid-holidays' } as const;
      const session = getSession(year, month, { policy });
      expect(examDate(year, month, { policy })).toBe(session.examDate);
      expect(examDate(year, month, policy)).toBe(session.examDate);
    }
    // 2026-09-26 is a Mid-Autumn holiday: avoided, the exam moves to 2026-09-19.
    expect(examDate(2026, 9, { policy: { examDay: 'avoid-holidays' } })).toBe('2026-09-19');
    expect(thrown(() => examDate(2026, 9, { policy: { examDay: 'first' } } as never)).issues[0]?.path).toEqual(['options', 'policy', 'examDay']);
  });

  it('scorePaper takes { policy } and the bare 0.1 policy alike', () => {
    fc.assert(
      fc.property(arbScoringCase({ maxQuestions: 20 }), ({ paper, key, responses, policy }) => {
        expect(scorePaper(paper, key, responses, { policy })).toEqual(scorePaper(paper, key, responses, policy));
      }),
      { numRuns: 100, seed: 12 },
    );
    const paper = { sections: [{ kind: 'multiple' as const, questions: [{ id: 'm1', points: 100 }] }] };
    expect(scorePaper(paper, { m1: ['A', 'B'] }, { m1: ['A'] }, { policy: { multiple: { partial: 0.5 } } }).total).toBe(50);
    expect(thrown(() => scorePaper(paper, { m1: ['A', 'B'] }, {}, { policy: { multiple: 'some' } } as never)).issues[0]?.path).toEqual(['policy', 'multiple']);
    expect(thrown(() => scorePaper(paper, { m1: ['A', 'B'] }, {}, { policy: {}, multiple: 'all-or-nothing' } as never)).code).toBe('invalid-input');
  });
});

describe('now', () => {
  const profile = { education: { level: 'high-school' }, work: [{ from: '2024-03-01', related: true }], enrolment: null, certificates: [] } as const;
  const query = { track: 'digital-manager', level: 'junior' } as const;

  it('earliestSession calls "now" now, and still reads its 0.1 name from', () => {
    // junior.2 (2 years = 730 days from 2024-03-01) holds from 2026-02-28; March 2026's registration closes 2026-03-21.
    expect(earliestSession(profile, { ...query, now: '2025-11-28' })?.session.id).toBe('2026-03');
    expect(earliestSession(profile, { ...query, from: '2025-11-28' })?.session.id).toBe('2026-03');
    expect(earliestSession(profile, { ...query, now: '2025-11-21T16:00:00Z' })?.session.id).toBe('2026-03');
  });

  it('says which name a bad date came under, and refuses both at once', () => {
    expect(thrown(() => earliestSession(profile, { ...query, now: '2026-02-30' })).issues[0]?.path).toEqual(['now']);
    expect(thrown(() => earliestSession(profile, { ...query, from: '2026-02-30' })).issues[0]?.path).toEqual(['from']);
    expect(thrown(() => earliestSession(profile, { ...query, now: '2026-01-01', from: '2026-01-01' })).code).toBe('invalid-input');
  });
});

// The outcome of a call: its answer, or the code, year and issue paths of its SkillcertError,
// so that two calls can be compared whether they answer or throw.
function outcome(run: () => unknown): unknown {
  try {
    return { answer: run() };
  } catch (error) {
    if (!(error instanceof SkillcertError)) throw error;
    return { code: error.code, year: error.year, issues: error.issues.map(({ path, code }) => ({ path, code })) };
  }
}

describe('every rename: the deprecated name gives the same answers, and both at once are refused', () => {
  it('earliestSession: now and from', () => {
    fc.assert(
      fc.property(arbEligibilityCase({ asOf: { from: '2015-01-01', to: '2026-06-30' } }), ({ profile, query }) => {
        const { asOf, ...rest } = query;
        expect(outcome(() => earliestSession(profile, { ...rest, from: asOf }))).toEqual(outcome(() => earliestSession(profile, { ...rest, now: asOf })));
      }),
      { numRuns: 60, seed: 15 },
    );
    const error = thrown(() => earliestSession({}, { track: 'digital-manager', level: 'junior', now: '2026-01-01', from: '2026-01-01' }));
    expect(error.issues.map(({ path, code }) => ({ path, code }))).toEqual([{ path: ['from'], code: 'conflicting-keys' }]);
    expect(error.issues[0]?.message.en).toBe('give one of now, from, not both (from is the deprecated name of now)');
  });

  it('examDate: policy.examDay and examDay', () => {
    const examDay = fc.constantFrom('last-saturday', 'avoid-holidays' as const);
    const uncovered = fc.constantFrom(undefined, 'error', 'estimate', 'weekends-only' as const);
    fc.assert(
      fc.property(arbPlainDate({ from: '1990-01-01', to: '2100-12-31' }), examDay, uncovered, (date, rule, mode) => {
        const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
        const beside = mode === undefined ? {} : { uncovered: mode };
        expect(outcome(() => examDate(year, month, { examDay: rule, ...beside }))).toEqual(outcome(() => examDate(year, month, { policy: { examDay: rule }, ...beside })));
      }),
      { numRuns: 300, seed: 15 },
    );
    const error = thrown(() => examDate(2026, 9, { policy: { examDay: 'avoid-holidays' }, examDay: 'avoid-holidays' } as never));
    expect(error.issues.map(({ path, code }) => ({ path, code }))).toEqual([{ path: ['options', 'examDay'], code: 'conflicting-keys' }]);
  });

  it('scorePaper: { policy } and the bare policy (over arbScoringCase with its policies)', () => {
    fc.assert(
      fc.property(arbScoringCase({ maxQuestions: 30 }), ({ paper, key, responses, policy }) => {
        fc.pre(policy !== undefined);
        expect(outcome(() => scorePaper(paper, key, responses, policy))).toEqual(outcome(() => scorePaper(paper, key, responses, { policy })));
      }),
      { numRuns: 100, seed: 15 },
    );
    const paper = { sections: [{ kind: 'multiple' as const, questions: [{ id: 'm1', points: 100 }] }] };
    const error = thrown(() => scorePaper(paper, { m1: ['A', 'B'] }, {}, { policy: { multiple: { partial: 0.5 } }, multiple: 'all-or-nothing' } as never));
    expect(error.issues.map(({ path, code }) => ({ path, code }))).toEqual([{ path: ['multiple'], code: 'conflicting-keys' }]);
  });

  // An arbitrary's options are renamed when the same key meant something else elsewhere: in
  // the kit `policy: boolean` drew policies and `uncovered: boolean` reached past coverage.
  const renamed: [string, string, string, (options: object) => fc.Arbitrary<unknown>][] = [
    ['arbEligibilityCase', 'withPolicy', 'policy', (options) => arbEligibilityCase(options)],
    ['arbPaperWithResponses', 'withPolicy', 'policy', (options) => arbPaperWithResponses({ maxQuestions: 10, ...options })],
    ['arbScoringCase', 'withPolicy', 'policy', (options) => arbScoringCase({ maxQuestions: 10, ...options })],
    ['arbWorkingDayCase', 'beyondCoverage', 'uncovered', (options) => arbWorkingDayCase(options)],
  ];

  it.each(renamed)('%s: %s and its deprecated name %s draw the same cases', (_name, current, deprecated, arbitrary) => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer(), (value, seed) => {
        const drawn = (key: string) => fc.sample(arbitrary({ [key]: value }), { numRuns: 5, seed });
        expect(drawn(deprecated)).toEqual(drawn(current));
      }),
      { numRuns: 20, seed: 15 },
    );
    const error = thrown(() => arbitrary({ [current]: true, [deprecated]: true }));
    expect(error.issues.map(({ path, code }) => ({ path, code }))).toEqual([{ path: [deprecated], code: 'conflicting-keys' }]);
    expect(thrown(() => arbitrary({ [deprecated]: 'yes' })).issues[0]?.path).toEqual([deprecated]);
  });
});

describe("one default for unpublished years: 'estimate' wherever a result can say provisional", () => {
  const estimate = { uncovered: 'estimate' } as const;
  // Days up to a year past the calendar data (2004–2026), counts reaching into 2027 and beyond.
  const calendarCase = fc.tuple(arbWorkingDayCase(), fc.integer({ min: 0, max: 400 })).map(([{ from, days, to }, push]) => ({
    from,
    days,
    to: fromDayNumber(Math.min(toDayNumber(to) + push, LAST_CASE_DAY)),
  }));
  const sessionMonth = arbPlainDate({ from: '2024-01-01', to: '2030-12-31' }).map((date) => [Number(date.slice(0, 4)), Number(date.slice(5, 7))] as const);

  it('the default equals passing uncovered: estimate, for every function whose result has provisional', () => {
    fc.assert(
      fc.property(calendarCase, ({ from, days, to }) => {
        expect(outcome(() => chinaCalendar.addWorkingDaysDetailed(from, days))).toEqual(outcome(() => chinaCalendar.addWorkingDaysDetailed(from, days, estimate)));
        expect(outcome(() => chinaCalendar.workingDaysBetweenDetailed(from, to))).toEqual(outcome(() => chinaCalendar.workingDaysBetweenDetailed(from, to, estimate)));
        expect(outcome(() => chinaCalendar.explainWorkingDays(from, days))).toEqual(outcome(() => chinaCalendar.explainWorkingDays(from, days, estimate)));
        expect(outcome(() => reviewDueByDetailed(from))).toEqual(outcome(() => reviewDueByDetailed(from, estimate)));
      }),
      { numRuns: 300, seed: 26 },
    );
    fc.assert(
      fc.property(sessionMonth, ([year, month]) => {
        expect(outcome(() => getSession(year, month))).toEqual(outcome(() => getSession(year, month, estimate)));
        const day = `${year}-${String(month).padStart(2, '0')}-01`;
        expect(outcome(() => nextOpenSession(day))).toEqual(outcome(() => nextOpenSession(day, estimate)));
      }),
      { numRuns: 100, seed: 26 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 2024, max: 2030 }), (year) => {
        expect(outcome(() => sessionsInYear(year))).toEqual(outcome(() => sessionsInYear(year, estimate)));
      }),
      { numRuns: 7, seed: 26 },
    );
    fc.assert(
      fc.property(arbEligibilityCase({ asOf: { from: '2024-01-01', to: '2028-12-31' } }), ({ profile, query }) => {
        const { asOf, ...rest } = query;
        expect(outcome(() => earliestSession(profile, { ...rest, now: asOf }))).toEqual(outcome(() => earliestSession(profile, { ...rest, now: asOf }, estimate)));
      }),
      { numRuns: 40, seed: 26 },
    );
  });

  it('a date in 2027 is provisional: true by default', () => {
    expect(chinaCalendar.addWorkingDaysDetailed('2027-03-01', 1)).toEqual({ value: '2027-03-02', provisional: true });
    expect(chinaCalendar.workingDaysBetweenDetailed('2027-03-01', '2027-03-08').provisional).toBe(true);
    expect(chinaCalendar.explainWorkingDays('2027-03-01', 1).provisional).toBe(true);
    expect(reviewDueByDetailed('2027-03-01').provisional).toBe(true);
    expect(getSession(2027, 3).flags.provisional).toBe(true);
    expect(sessionsInYear(2027).every((session) => session.flags.provisional)).toBe(true);
    expect(nextOpenSession('2027-03-01').flags.provisional).toBe(true);
    const profile = { education: { level: 'bachelor' }, work: [{ from: '2020-01-01', related: true }], enrolment: null, certificates: [] } as const;
    expect(earliestSession(profile, { track: 'digital-manager', level: 'junior', now: '2027-03-01' })?.session.flags.provisional).toBe(true);
  });

  it("keeps 'error' where the result is a bare value that cannot say provisional", () => {
    for (const run of [
      () => chinaCalendar.addWorkingDays('2027-03-01', 1),
      () => chinaCalendar.workingDaysBetween('2027-03-01', '2027-03-08'),
      () => chinaCalendar.dayKind('2027-03-01'),
      () => chinaCalendar.isWorkingDay('2027-03-01'),
      () => reviewDueBy('2027-03-01'),
      () => examDate(2027, 10, { policy: { examDay: 'avoid-holidays' } }),
    ]) {
      expect(thrown(run)).toMatchObject({ code: 'calendar-coverage', year: 2027 });
    }
  });
});
