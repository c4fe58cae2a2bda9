// The library's promises, checked across the whole API together: no silent guess about an
// unpublished year, inputs never mutated (frozen ones work), nothing reaching
// Object.prototype, and the invariants that tie eligibility and the schedule together.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/index.js';
import { SkillcertError } from '../../src/core/errors.js';
import { addDays, parsePlainDate } from '../../src/core/plain-date.js';
import { checkAllLevels, checkEligibility, experienceOf, type Level, type TrackId } from '../../src/eligibility/index.js';
import {
  earliestSession,
  examDate,
  getSession,
  nextOpenSession,
  registrationStatus,
  reviewDueBy,
  reviewDueByDetailed,
  sessionsInYear,
} from '../../src/schedule/index.js';
import { blueprint, scorePaper } from '../../src/scoring/index.js';
import { arbPaperWithResponses, arbProfile } from '../../src/testing/index.js';

function codeOf(call: () => unknown): string | undefined {
  try {
    call();
    return undefined;
  } catch (error) {
    if (!(error instanceof SkillcertError)) throw error;
    return error.code;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

describe('no silent guess about a year without official data (2027)', () => {
  // Each row needs a day of 2027: by default it throws calendar-coverage naming 2027, or
  // (where the caller opted in, or the function estimates by default) it says provisional.
  const strict: [string, () => unknown][] = [
    ['dayKind', () => chinaCalendar.dayKind('2027-10-01')],
    ['isWorkingDay', () => chinaCalendar.isWorkingDay('2027-10-01')],
    ['addWorkingDays into 2027', () => chinaCalendar.addWorkingDays('2026-12-25', 10)],
    ['addWorkingDays from 2027 back', () => chinaCalendar.addWorkingDays('2027-01-10', -10)],
    ['workingDaysBetween', () => chinaCalendar.workingDaysBetween('2026-12-01', '2027-01-31')],
    ['explainWorkingDays uncovered: error', () => chinaCalendar.explainWorkingDays('2026-12-31', 1, { uncovered: 'error' })],
    ['addWorkingDaysDetailed uncovered: error', () => chinaCalendar.addWorkingDaysDetailed('2026-12-25', 10, { uncovered: 'error' })],
    ['reviewDueBy', () => reviewDueBy('2026-12-31')],
    ['getSession uncovered: error', () => getSession(2026, 12, { uncovered: 'error' })],
    ['sessionsInYear uncovered: error', () => sessionsInYear(2027, { uncovered: 'error' })],
    ['examDate avoid-holidays in 2027', () => examDate(2027, 10, { policy: { examDay: 'avoid-holidays' } })],
  ];
  it.each(strict)('%s throws calendar-coverage with year 2027', (_name, call) => {
    try {
      call();
      expect.unreachable('answered without the 2027 schedule');
    } catch (error) {
      expect(error).toBeInstanceOf(SkillcertError);
      expect((error as SkillcertError).code).toBe('calendar-coverage');
      expect((error as SkillcertError).year).toBe(2027);
    }
  });

  const estimate = { uncovered: 'weekends-only' } as const;
  const provisional: [string, () => boolean][] = [
    ['addWorkingDaysDetailed', () => chinaCalendar.addWorkingDaysDetailed('2026-12-25', 10, estimate).provisional],
    ['workingDaysBetweenDetailed', () => chinaCalendar.workingDaysBetweenDetailed('2026-12-01', '2027-01-31', estimate).provisional],
    ['explainWorkingDays', () => chinaCalendar.explainWorkingDays('2026-12-31', 1, estimate).provisional],
    ['addWorkingDaysDetailed (default)', () => chinaCalendar.addWorkingDaysDetailed('2026-12-25', 10).provisional],
    ['workingDaysBetweenDetailed (default)', () => chinaCalendar.workingDaysBetweenDetailed('2026-12-01', '2027-01-31').provisional],
    ['explainWorkingDays (default)', () => chinaCalendar.explainWorkingDays('2026-12-31', 1).provisional],
    ['reviewDueByDetailed', () => reviewDueByDetailed('2026-12-31').provisional],
    ['getSession 2026-12 (default)', () => getSession(2026, 12).flags.provisional && getSession(2026, 12).provisional.length > 0],
    ['sessionsInYear 2027 (default)', () => sessionsInYear(2027).every((session) => session.flags.provisional)],
    ['nextOpenSession in 2027 (default)', () => nextOpenSession('2027-03-01').flags.provisional],
  ];
  it.each(provisional)('%s says provisional', (_name, call) => {
    expect(call()).toBe(true);
  });

  it('a session whose dates all lie in covered years is not provisional', () => {
    for (const session of sessionsInYear(2025)) {
      expect(session.flags.provisional).toBe(false);
      expect(session.provisional).toEqual([]);
    }
  });

  it('withYear makes 2027 answerable without estimates, and only on the new calendar', () => {
    const calendar = chinaCalendar.withYear(2027, { holidays: ['2027-01-01'], workdays: [] });
    expect(calendar.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(getSession(2026, 12, { calendar, uncovered: 'error' }).provisional).toEqual([]);
    expect(codeOf(() => chinaCalendar.addWorkingDays('2026-12-31', 1))).toBe('calendar-coverage');
  });
});

describe('inputs are never mutated, frozen inputs work, nothing reaches Object.prototype', () => {
  it('eligibility and schedule', () => {
    fc.assert(
      fc.property(arbProfile(), fc.constantFrom<TrackId>('digital-manager', 'internet-marketer'), fc.constantFrom<Level>('junior', 'intermediate', 'senior'), (profile, track, level) => {
        const before = structuredClone(profile);
        const frozen = deepFreeze(structuredClone(profile));
        const query = deepFreeze({ track, level, asOf: '2026-11-28' });
        expect(checkEligibility(frozen, query)).toEqual(checkEligibility(profile, { track, level, asOf: '2026-11-28' }));
        checkAllLevels(frozen, { track, asOf: '2026-11-28' });
        experienceOf(frozen, { track, asOf: '2026-11-28' });
        earliestSession(frozen, deepFreeze({ track, level, from: '2026-11-28' }));
        expect(profile).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('scoring', () => {
    fc.assert(
      fc.property(arbPaperWithResponses(), ({ paper, key, responses, policy }) => {
        const before = structuredClone({ paper, key, responses, policy });
        const frozen = deepFreeze(structuredClone({ paper, key, responses, policy }));
        expect(scorePaper(frozen.paper, frozen.key, frozen.responses, frozen.policy)).toEqual(scorePaper(paper, key, responses, policy));
        expect({ paper, key, responses, policy }).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('JSON with __proto__ keys, everywhere', () => {
    const hostile = '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}';
    const profile = JSON.parse(`{"education": ${hostile}, "work": [${hostile}], "__proto__": {"polluted": true}}`) as unknown;
    codeOf(() => checkEligibility(profile, { track: 'digital-manager', level: 'junior', asOf: '2026-11-28' }));
    codeOf(() => checkEligibility(JSON.parse('{"education": {"level": "master", "__proto__": {"polluted": true}}}'), JSON.parse('{"track": "digital-manager", "level": "intermediate", "asOf": "2026-11-28", "__proto__": {"polluted": true}}')));
    const paper = blueprint({ single: [100, 1] });
    codeOf(() => scorePaper(paper, JSON.parse(`{"s1": "A", "__proto__": {"polluted": true}}`), JSON.parse(hostile)));
    codeOf(() => getSession(2026, 9, JSON.parse(hostile)));
    codeOf(() => chinaCalendar.withYear(2027, JSON.parse(`{"holidays": ${hostile}, "workdays": []}`)));
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('eligibility and the schedule agree', () => {
  it('earliestSession: eligible as of its registration close; the session before it is not', () => {
    fc.assert(
      fc.property(arbProfile({ unknown: false }), fc.constantFrom<TrackId>('digital-manager', 'digital-hr-manager'), fc.constantFrom<Level>('junior', 'intermediate', 'senior'), (profile, track, level) => {
        const from = '2020-06-15';
        const found = earliestSession(profile, { track, level, from });
        const first = nextOpenSession(from);
        if (found === null) {
          // Never by time alone: not eligible at the first session either.
          expect(checkEligibility(profile, { track, level, asOf: first.registrationCloses }).eligible).toBe(false);
          return;
        }
        const { session, eligibility } = found;
        expect(eligibility.eligible).toBe(true);
        expect(eligibility.asOf).toBe(session.registrationCloses);
        expect(checkEligibility(profile, { track, level, asOf: session.registrationCloses }).eligible).toBe(true);
        expect(registrationStatus(session, from).open).toBe(true);
        if (session.id !== first.id) {
          const [year, month] = session.id.split('-').map(Number) as [number, number];
          const previous = month === 1 ? getSession(year - 1, 12) : getSession(year, month - 1);
          expect(checkEligibility(profile, { track, level, asOf: previous.registrationCloses }).eligible).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('nextOpenSession and registrationStatus agree on the China date of an instant, around China midnight', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2004, 0, 1), max: Date.UTC(2026, 10, 1) }), (ms) => {
        const session = nextOpenSession(ms);
        expect(registrationStatus(session, ms).open).toBe(true);
        const closes = parsePlainDate(session.registrationCloses);
        // One second after the China midnight that ends the closing day, it is closed.
        const [y, m, d] = addDays(closes, 1).split('-').map(Number) as [number, number, number];
        const nextChinaMidnight = Date.UTC(y, m - 1, d) - 8 * 3_600_000;
        expect(registrationStatus(session, nextChinaMidnight - 1000).open).toBe(true);
        expect(registrationStatus(session, nextChinaMidnight).open).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
