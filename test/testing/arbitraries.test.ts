// The public arbitraries draw only valid inputs, honour their options, and refuse bad options
// with SkillcertError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SkillcertError } from '../../src/core/errors.js';
import { checkEligibility, profileSchema } from '../../src/eligibility/index.js';
import { paperSchema, scorePaper } from '../../src/scoring/index.js';
import { arbCertificate, arbPaperWithResponses, arbPlainDate, arbProfile, arbTrack, arbWorkPeriod } from '../../src/testing/index.js';

const RUNS = { numRuns: 300 };

describe('arbPlainDate', () => {
  it('draws real days within the range, both ends included', () => {
    fc.assert(
      fc.property(arbPlainDate({ from: '2023-12-30', to: '2024-03-01' }), (date) => {
        expect(profileSchema.safeParse({ certificates: [{ kind: 'title', level: 'junior', issuedOn: date }] }).success).toBe(true);
        expect(date >= '2023-12-30' && date <= '2024-03-01').toBe(true);
      }),
      RUNS,
    );
    expect(fc.sample(arbPlainDate({ from: '2026-05-01', to: '2026-05-01' }), 3)).toEqual(['2026-05-01', '2026-05-01', '2026-05-01']);
  });

  it('draws 29 February often', () => {
    const dates = fc.sample(arbPlainDate(), { numRuns: 500, seed: 7 });
    expect(dates.filter((date) => date.endsWith('-02-29')).length).toBeGreaterThan(20);
  });

  it('refuses an impossible or reversed range with SkillcertError', () => {
    expect(() => arbPlainDate({ from: '2026-02-30' })).toThrow(expect.objectContaining({ code: 'invalid-date' }));
    expect(() => arbPlainDate({ from: '2026-01-02', to: '2026-01-01' })).toThrow(SkillcertError);
  });
});

describe('arbProfile', () => {
  it('draws profiles the library accepts', () => {
    fc.assert(
      fc.property(arbProfile(), (profile) => {
        expect(profileSchema.safeParse(profile).success).toBe(true);
      }),
      RUNS,
    );
  });

  it('with unknown: false, gives every field, so no answer is incomplete', () => {
    fc.assert(
      fc.property(arbProfile({ unknown: false }), arbTrack(), (profile, track) => {
        expect(Object.keys(profile).sort()).toEqual(['certificates', 'education', 'enrolment', 'work']);
        expect(checkEligibility(profile, { track, level: 'senior', asOf: '2026-06-20' }).status).not.toBe('incomplete');
      }),
      RUNS,
    );
  });

  it('honours list sizes and the date range', () => {
    const options = { work: { min: 2, max: 3 }, certificates: { min: 1, max: 1 }, dates: { from: '2020-01-01', to: '2021-12-31' } };
    fc.assert(
      fc.property(arbProfile(options), (profile) => {
        expect(profile.work?.length).toBeGreaterThanOrEqual(2);
        expect(profile.work?.length).toBeLessThanOrEqual(3);
        expect(profile.certificates).toHaveLength(1);
        const dates = JSON.stringify(profile).match(/\d{4}-\d{2}-\d{2}/g) ?? [];
        for (const date of dates) expect(date >= '2020-01-01' && date <= '2021-12-31', date).toBe(true);
      }),
      RUNS,
    );
  });

  it('draws work periods that never end before they start, and skillcert certificates with a track', () => {
    fc.assert(
      fc.property(arbWorkPeriod(), arbCertificate(), (period, certificate) => {
        expect(period.to == null || period.to >= period.from).toBe(true);
        expect(certificate.kind !== 'skillcert' || certificate.track !== undefined).toBe(true);
      }),
      RUNS,
    );
  });

  it('refuses impossible list sizes with SkillcertError', () => {
    expect(() => arbProfile({ work: { min: 3, max: 2 } })).toThrow(SkillcertError);
    expect(() => arbProfile({ certificates: { max: 51 } })).toThrow(SkillcertError);
  });
});

describe('arbPaperWithResponses', () => {
  it('draws papers totalling 100 that score without error', () => {
    fc.assert(
      fc.property(arbPaperWithResponses({ maxQuestions: 25 }), ({ paper, key, responses, policy }) => {
        expect(paperSchema.safeParse(paper).success).toBe(true);
        const { total, passed } = scorePaper(paper, key, responses, policy);
        expect(total >= 0 && total <= 100).toBe(true);
        expect(passed).toBe(total >= 60);
      }),
      RUNS,
    );
  });

  it('with withPolicy: false, draws no policy', () => {
    expect(fc.sample(arbPaperWithResponses({ maxQuestions: 3, withPolicy: false }), 20).every(({ policy }) => policy === undefined)).toBe(true);
  });

  it('refuses a question count outside 1 … 1000', () => {
    expect(() => arbPaperWithResponses({ maxQuestions: 0 })).toThrow(SkillcertError);
    expect(() => arbPaperWithResponses({ maxQuestions: 1001 })).toThrow(SkillcertError);
  });
});
