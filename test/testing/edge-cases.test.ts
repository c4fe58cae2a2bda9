// The edge-aimed arbitraries draw valid inputs, honour their options, and do land on the
// edges they promise (how often is measured on fixed seeds, with generous floors).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/index.js';
import { SkillcertError } from '../../src/core/errors.js';
import { checkEligibility, profileSchema } from '../../src/eligibility/index.js';
import { paperSchema, scorePaper } from '../../src/scoring/index.js';
import { arbEligibilityCase, arbEligibilityPolicy, arbScoringCase, arbWorkingDayCase } from '../../src/testing/index.js';

const SAMPLE = { numRuns: 400, seed: 11 };

describe('arbEligibilityCase', () => {
  const cases = fc.sample(arbEligibilityCase(), SAMPLE);

  it('draws profiles and queries the library accepts', () => {
    for (const { profile, query } of cases) {
      expect(profileSchema.safeParse(profile).success, JSON.stringify(profile)).toBe(true);
      expect(checkEligibility(profile, query).asOf).toBe(query.asOf);
    }
  });

  it('ties the as-of date to the work: most histories are not all after it', () => {
    const withWork = cases.filter(({ profile }) => (profile.work?.length ?? 0) > 0);
    const allAfter = withWork.filter(({ profile, query }) => profile.work!.every((period) => period.from > query.asOf));
    expect(withWork.length).toBeGreaterThan(cases.length / 2);
    expect(allAfter.length / withWork.length).toBeLessThan(0.1);
  });

  it('lands on the edges: touching periods, one-day gaps, 29 February starts, enrolment ending around the as-of date, certificates issued the day after', () => {
    const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const count = (test: (c: (typeof cases)[number]) => boolean) => cases.filter(test).length;
    const pairs = (c: (typeof cases)[number]) =>
      (c.profile.work ?? []).flatMap((a, i) => (c.profile.work ?? []).slice(i + 1).map((b) => [a, b] as const)).filter(([a]) => typeof a.to === 'string');
    expect(count((c) => pairs(c).some(([a, b]) => dayAfter(a.to!) === b.from))).toBeGreaterThan(20);
    expect(count((c) => pairs(c).some(([a, b]) => dayAfter(dayAfter(a.to!)) === b.from))).toBeGreaterThan(3);
    expect(count((c) => (c.profile.work ?? []).some((period) => period.from.endsWith('-02-29')))).toBeGreaterThan(10);
    expect(count((c) => c.profile.enrolment?.until !== undefined && [c.query.asOf, dayAfter(c.query.asOf)].includes(c.profile.enrolment.until))).toBeGreaterThan(5);
    expect(count((c) => (c.profile.certificates ?? []).some((certificate) => certificate.issuedOn === dayAfter(c.query.asOf)))).toBeGreaterThan(10);
  });

  it('with unknown: false never answers incomplete; with withPolicy: false draws no policy', () => {
    fc.assert(
      fc.property(arbEligibilityCase({ unknown: false, withPolicy: false }), ({ profile, query }) => {
        expect(query.policy).toBeUndefined();
        expect(checkEligibility(profile, query).status).not.toBe('incomplete');
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it('honours tracks and levels, and refuses bad options with SkillcertError', () => {
    const drawn = fc.sample(arbEligibilityCase({ tracks: ['internet-marketer'], levels: ['senior'] }), { numRuns: 30, seed: 5 });
    expect(new Set(drawn.map(({ query }) => `${query.track}/${query.level}`))).toEqual(new Set(['internet-marketer/senior']));
    expect(() => arbEligibilityCase({ tracks: [] })).toThrow(SkillcertError);
    expect(() => arbEligibilityCase({ levels: ['expert' as never] })).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    expect(() => arbEligibilityCase({ unknown: 'no' as never })).toThrow(SkillcertError);
    expect(() => arbEligibilityCase({ color: 1 } as never)).toThrow(SkillcertError);
  });
});

describe('arbEligibilityPolicy', () => {
  it('draws policies the library accepts, with gap tolerances and the same-track switch', () => {
    const policies = fc.sample(arbEligibilityPolicy(), { numRuns: 100, seed: 2 });
    for (const policy of policies) expect(() => checkEligibility({}, { track: 'digital-manager', level: 'junior', asOf: '2026-01-01', policy })).not.toThrow();
    expect(policies.some((policy) => (policy.continuityGapDays ?? 0) > 0)).toBe(true);
    expect(policies.some((policy) => policy.progressionSameTrackOnly === true)).toBe(true);
  });
});

describe('arbWorkingDayCase', () => {
  it('starts on holidays and make-up working days often', () => {
    const cases = fc.sample(arbWorkingDayCase({ beyondCoverage: false }), { numRuns: 300, seed: 4 });
    const kinds = cases.map(({ from }) => chinaCalendar.dayKind(from));
    expect(kinds.filter((kind) => kind === 'holiday').length).toBeGreaterThan(30);
    expect(kinds.filter((kind) => kind === 'makeup-workday').length).toBeGreaterThan(30);
  });

  it('with beyondCoverage: false stays inside coverage; by default also reaches past it', () => {
    fc.assert(
      fc.property(arbWorkingDayCase({ beyondCoverage: false }), ({ from, days, to, options }) => {
        expect(options.uncovered).toBe('error');
        // (from, from + n working days] holds exactly n working days for n ≥ 0.
        const n = Math.abs(days);
        expect(chinaCalendar.workingDaysBetween(from, chinaCalendar.addWorkingDays(from, n, options), options)).toBe(n);
        expect(() => chinaCalendar.workingDaysBetween(from, to, options)).not.toThrow();
      }),
      { numRuns: 200, seed: 8 },
    );
    const last = `${chinaCalendar.coverage.to}-12-31`;
    expect(fc.sample(arbWorkingDayCase(), { numRuns: 300, seed: 9 }).some(({ from }) => from > last)).toBe(true);
    expect(() => arbWorkingDayCase({ calendar: {} as never })).toThrow(SkillcertError);
  });
});

describe('arbScoringCase', () => {
  it('draws valid papers whose right answers are worth exactly 60 (or 59.99)', () => {
    fc.assert(
      fc.property(arbScoringCase({ withPolicy: false }), ({ paper, key, responses, policy, rightPoints }) => {
        expect(paperSchema.safeParse(paper).success).toBe(true);
        const { total, passed } = scorePaper(paper, key, responses, policy);
        // All-or-nothing: a right subset earns nothing, so the total is exactly the right points.
        expect(total).toBe(rightPoints);
        expect(passed).toBe(rightPoints === 60);
      }),
      { numRuns: 200, seed: 6 },
    );
  });

  it('gives right subsets of multiple-choice keys, and partial credit only adds', () => {
    const cases = fc.sample(arbScoringCase(), { numRuns: 200, seed: 10 });
    const subsets = cases.filter(({ key, responses }) =>
      Object.entries(responses).some(([id, picks]) => Array.isArray(picks) && Array.isArray(key[id]) && picks.length > 0 && picks.length < (key[id] as string[]).length && picks.every((p) => (key[id] as string[]).includes(p))),
    );
    expect(subsets.length).toBeGreaterThan(150);
    for (const { paper, key, responses, policy, rightPoints } of cases) expect(scorePaper(paper, key, responses, policy).total).toBeGreaterThanOrEqual(rightPoints);
    expect(() => arbScoringCase({ maxQuestions: 3 })).toThrow(SkillcertError);
  });
});
