import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, toDayNumber, type PlainDate } from '../../src/core/plain-date.js';
import { EDUCATION_LEVEL_IDS } from '../../src/eligibility/catalog.js';
import { checkAllLevels, checkEligibility, experienceOf, type Level, type ProfileInput, type TrackId } from '../../src/eligibility/index.js';
import {
  asOfArbitrary,
  certificateArbitrary,
  completeProfileArbitrary,
  levelArbitrary,
  profileArbitrary,
  trackArbitrary,
  workPeriodArbitrary,
} from './arbitraries.js';

const RUNS = { numRuns: 300 };

const eligible = (profile: ProfileInput, track: TrackId, level: Level, asOf: string): boolean =>
  checkEligibility(profile, { track, level, asOf }).eligible;

describe('more never hurts', () => {
  it('higher education never turns eligible into ineligible', () => {
    fc.assert(
      fc.property(profileArbitrary, trackArbitrary, levelArbitrary, asOfArbitrary, fc.constantFrom(...EDUCATION_LEVEL_IDS), (profile, track, level, asOf, higher) => {
        const current = profile.education;
        fc.pre(current == null || EDUCATION_LEVEL_IDS.indexOf(higher) >= EDUCATION_LEVEL_IDS.indexOf(current.level));
        const better = { ...profile, education: { ...(current ?? {}), level: higher } };
        if (eligible(profile, track, level, asOf)) expect(eligible(better, track, level, asOf)).toBe(true);
      }),
      RUNS,
    );
  });

  it('another work period never turns eligible into ineligible', () => {
    fc.assert(
      fc.property(profileArbitrary, workPeriodArbitrary, trackArbitrary, levelArbitrary, asOfArbitrary, (profile, period, track, level, asOf) => {
        const more = { ...profile, work: [...(profile.work ?? []), period] };
        if (eligible(profile, track, level, asOf)) expect(eligible(more, track, level, asOf)).toBe(true);
      }),
      RUNS,
    );
  });

  it('another certificate never turns eligible into ineligible', () => {
    fc.assert(
      fc.property(profileArbitrary, certificateArbitrary, trackArbitrary, levelArbitrary, asOfArbitrary, (profile, certificate, track, level, asOf) => {
        const more = { ...profile, certificates: [...(profile.certificates ?? []), certificate] };
        if (eligible(profile, track, level, asOf)) expect(eligible(more, track, level, asOf)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('experience [I-3]–[I-5]', () => {
  it('does not depend on the order of work periods', () => {
    fc.assert(
      fc.property(completeProfileArbitrary, trackArbitrary, asOfArbitrary, fc.integer(), (profile, track, asOf, seed) => {
        const work = [...(profile.work ?? [])];
        const shuffled = work.map((period, index) => ({ period, key: Math.imul(index + 1, seed | 1) >>> 7 })).sort((a, b) => a.key - b.key);
        const reordered = { ...profile, work: shuffled.map((entry) => entry.period) };
        expect(checkAllLevels(reordered, { track, asOf })).toEqual(checkAllLevels(profile, { track, asOf }));
      }),
      RUNS,
    );
  });

  it('does not count overlapping periods twice', () => {
    fc.assert(
      fc.property(fc.array(workPeriodArbitrary, { maxLength: 5 }), trackArbitrary, asOfArbitrary, (work, track, asOf) => {
        const once = experienceOf({ work }, { track, asOf });
        const twice = experienceOf({ work: [...work, ...work] }, { track, asOf });
        expect(twice).toEqual(once);
        // Never more days than from the first start to the as-of date.
        const starts = work.map((period) => toDayNumber(period.from as PlainDate));
        const span = starts.length === 0 ? 0 : Math.max(0, toDayNumber(asOf) - Math.min(...starts) + 1);
        expect(once.cumulativeDays).toBeLessThanOrEqual(span);
      }),
      RUNS,
    );
  });

  it('gives continuous full years ≤ cumulative full years', () => {
    fc.assert(
      fc.property(fc.array(workPeriodArbitrary, { maxLength: 6 }), trackArbitrary, asOfArbitrary, (work, track, asOf) => {
        const experience = experienceOf({ work }, { track, asOf });
        expect(experience.longestContinuous?.years ?? 0).toBeLessThanOrEqual(experience.cumulativeYears);
      }),
      RUNS,
    );
  });

  it('agrees with the clauses: a run of N full years meets exactly the continuous requirements of N years or fewer', () => {
    fc.assert(
      fc.property(fc.array(workPeriodArbitrary, { maxLength: 6 }), trackArbitrary, asOfArbitrary, fc.nat(30), (work, track, asOf, gap) => {
        const policy = { continuityGapDays: gap };
        const years = experienceOf({ work }, { track, asOf, policy }).longestContinuous?.years ?? 0;
        const results = checkAllLevels({ work }, { track, asOf, policy });
        for (const result of [results.intermediate, results.senior]) {
          for (const clause of result.clauses) {
            for (const requirement of clause.requirements) {
              if (requirement.kind !== 'continuous-experience') continue;
              expect(requirement.met).toBe(years >= (requirement.required as { years: number }).years);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('counts a work period related to one track for no other', () => {
    fc.assert(
      fc.property(completeProfileArbitrary, trackArbitrary, trackArbitrary, levelArbitrary, asOfArbitrary, (profile, own, other, level, asOf) => {
        fc.pre(own !== other);
        const work = (profile.work ?? []).map((period) => ({ ...period, related: [own] }));
        expect(experienceOf({ work }, { track: other, asOf }).cumulativeDays).toBe(0);
        const query = { track: other, level, asOf };
        expect(checkEligibility({ ...profile, work }, query)).toEqual(checkEligibility({ ...profile, work: [] }, query));
      }),
      RUNS,
    );
  });
});

describe('levels [I-12]', () => {
  it('senior-eligible implies intermediate-eligible', () => {
    fc.assert(
      fc.property(profileArbitrary, trackArbitrary, asOfArbitrary, (profile, track, asOf) => {
        const results = checkAllLevels(profile, { track, asOf });
        if (results.senior.eligible) expect(results.intermediate.eligible).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('earliestEligibleOn [I-14]', () => {
  it('is the as-of date when eligible; otherwise ineligible the day before it and eligible on it', () => {
    fc.assert(
      fc.property(profileArbitrary, trackArbitrary, levelArbitrary, asOfArbitrary, (profile, track, level, asOf) => {
        const result = checkEligibility(profile, { track, level, asOf });
        if (result.eligible) {
          expect(result.earliestEligibleOn).toBe(asOf);
          return;
        }
        const on = result.earliestEligibleOn;
        if (on === null) return;
        expect(on > asOf).toBe(true);
        expect(eligible(profile, track, level, addDays(on, -1))).toBe(false);
        const then = checkEligibility(profile, { track, level, asOf: on });
        expect(then.eligible).toBe(true);
        expect(then.earliestEligibleOn).toBe(on);
      }),
      RUNS,
    );
  });

  it('leaves every day before it ineligible, and null means never', () => {
    fc.assert(
      fc.property(profileArbitrary, trackArbitrary, levelArbitrary, asOfArbitrary, fc.integer({ min: 1, max: 20 * 366 }), (profile, track, level, asOf, ahead) => {
        const result = checkEligibility(profile, { track, level, asOf });
        if (result.eligible) return;
        const later = addDays(asOf as PlainDate, ahead);
        if (result.earliestEligibleOn === null || later < result.earliestEligibleOn) expect(eligible(profile, track, level, later)).toBe(false);
      }),
      RUNS,
    );
  });

  it('agrees with every clause: metOn is the first day each clause holds', () => {
    fc.assert(
      fc.property(profileArbitrary, trackArbitrary, levelArbitrary, asOfArbitrary, (profile, track, level, asOf) => {
        const result = checkEligibility(profile, { track, level, asOf });
        for (const clause of result.clauses) {
          expect(clause.met).toBe(clause.metOn === asOf);
          if (clause.metOn === null || clause.metOn === asOf) continue;
          const before = checkEligibility(profile, { track, level, asOf: addDays(clause.metOn, -1) });
          const on = checkEligibility(profile, { track, level, asOf: clause.metOn });
          expect(before.clauses.find((entry) => entry.id === clause.id)?.met).toBe(false);
          expect(on.clauses.find((entry) => entry.id === clause.id)?.met).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('once eligible, stays eligible as time passes unless an enrolment has ended', () => {
    fc.assert(
      fc.property(profileArbitrary, trackArbitrary, levelArbitrary, asOfArbitrary, fc.integer({ min: 1, max: 10 * 366 }), (profile, track, level, asOf, ahead) => {
        if (!eligible(profile, track, level, asOf)) return;
        const later = addDays(asOf as PlainDate, ahead);
        if (eligible(profile, track, level, later)) return;
        // Only a clause resting on enrolment can be lost: the enrolment ended in between.
        const until = profile.enrolment?.until;
        expect(until !== undefined && until < later).toBe(true);
      }),
      RUNS,
    );
  });
});
