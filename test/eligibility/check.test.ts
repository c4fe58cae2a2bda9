import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import {
  CLAUSES,
  LEVELS,
  RULES_VERSION,
  TRACKS,
  EDUCATION_LEVELS,
  checkAllLevels,
  checkEligibility,
  experienceOf,
} from '../../src/eligibility/index.js';
import { asOfArbitrary, profileArbitrary, trackArbitrary } from './arbitraries.js';
import { check, clauseOf, known, NOTHING, TRACK, work } from './support.js';

describe('catalog', () => {
  it('has the six tracks and three levels of RULES.md, with our own descriptions', () => {
    expect(TRACKS.map((track) => track.id)).toEqual([
      'all-media-operator',
      'digital-manager',
      'internet-marketer',
      'digital-technology-engineer',
      'digital-carbon-neutrality-engineer',
      'digital-hr-manager',
    ]);
    expect(TRACKS.map((track) => track.name.zh)).toEqual(['全媒体运营师', '数字化管理师', '互联网营销师', '数字化技术工程师', '数字碳中和工程师', '数字化人力资源管理师']);
    for (const track of TRACKS) {
      expect(track.description.zh.length).toBeGreaterThan(5);
      expect(track.description.en.length).toBeGreaterThan(20);
    }
    expect(LEVELS.map((level) => [level.id, level.name.zh])).toEqual([
      ['junior', '初级'],
      ['intermediate', '中级'],
      ['senior', '高级'],
    ]);
  });

  it('orders education levels as RULES.md does [I-1]', () => {
    expect(EDUCATION_LEVELS.map((level) => level.id)).toEqual([
      'below-high-school',
      'high-school',
      'secondary-vocational',
      'associate',
      'bachelor',
      'master',
      'doctorate',
    ]);
  });

  it('cites a brochure location for every clause, item matching the id', () => {
    for (const clause of CLAUSES) {
      const [level, number] = clause.id.split('.');
      const section = { junior: '第三部分 五 1', intermediate: '第三部分 五 2', senior: '第三部分 五 3' }[level as 'junior'];
      expect(clause.source).toEqual({ section, item: `(${number})` });
      expect(clause.level).toBe(level);
      expect(clause.requirements.length).toBeGreaterThan(0);
    }
  });
});

describe('checkEligibility results', () => {
  const bachelor = known({ education: { level: 'bachelor' }, work: [work('2025-01-01')] });

  it('lists every clause of the level in brochure order, with source and text', () => {
    const result = check(bachelor, 'intermediate', '2026-05-01');
    expect(result.clauses.map((clause) => clause.id)).toEqual([
      'intermediate.1',
      'intermediate.2',
      'intermediate.3',
      'intermediate.4',
      'intermediate.5',
      'intermediate.6',
      'intermediate.7',
    ]);
    expect(clauseOf(result, 'intermediate.3').source).toEqual({ section: '第三部分 五 2', item: '(3)' });
    expect(result).toMatchObject({
      status: 'eligible',
      eligible: true,
      track: TRACK,
      level: 'intermediate',
      asOf: '2026-05-01',
      satisfiedBy: ['intermediate.3'],
      earliestEligibleOn: '2026-05-01',
      missing: [],
      rulesVersion: RULES_VERSION,
    });
    expect(RULES_VERSION).toMatch(/^\d{4}\.\d+$/);
  });

  it('explains each requirement, required against actual, in zh and en', () => {
    const result = check(bachelor, 'senior', '2026-05-01');
    const [education, continuous] = clauseOf(result, 'senior.3').requirements;
    expect(education).toMatchObject({ kind: 'education-at-least', met: true, required: { level: 'bachelor' }, actual: 'bachelor' });
    expect(continuous).toMatchObject({
      kind: 'continuous-experience',
      met: false,
      required: { years: 2 },
      actual: { from: '2025-01-01', to: '2026-05-01', years: 1, months: 4, days: 1 },
      message: { zh: '连续从事相关工作 1 年 4 个月，需满 2 年', en: '1 year 4 months of continuous related work; 2 full years needed' },
    });
    const cumulative = clauseOf(result, 'senior.6').requirements[1];
    expect(cumulative?.message).toEqual({ zh: '累计从事相关工作 486 天，需满 1 年（365 天）', en: '486 days of related work in total; 1 year (365 days) needed' });
    expect(cumulative?.met).toBe(true);
  });

  it('shows the ended enrolment in its message', () => {
    const result = check(known({ enrolment: { institution: 'higher-education', from: '2022-09-01', until: '2026-05-31' } }), 'junior', '2026-06-01');
    expect(clauseOf(result, 'junior.4').requirements[0]?.message.en).toBe(
      'not enrolled on 2026-06-01 (2022-09-01 to 2026-05-31); enrolment at a higher-education institution (any major) or a vocational school in a related major needed',
    );
  });

  it('is ineligible when every fact is known and none suffices', () => {
    const result = check(NOTHING, 'junior', '2026-05-01');
    expect(result).toMatchObject({ status: 'ineligible', eligible: false, satisfiedBy: [], earliestEligibleOn: null, missing: [] });
  });

  it('is incomplete when an absent field could make it eligible, naming those fields', () => {
    expect(check({}, 'junior', '2026-05-01')).toMatchObject({ status: 'incomplete', eligible: false, missing: ['education', 'enrolment', 'work', 'certificates'] });
    const noMajor = check(known({ education: { level: 'associate' } }), 'intermediate', '2026-05-01');
    expect(noMajor).toMatchObject({ status: 'incomplete', missing: ['education.relatedMajor'] });
    expect(clauseOf(noMajor, 'intermediate.5').missing).toEqual(['education.relatedMajor']);
    // A vocational student whose major's relatedness is not said.
    const student = check(known({ enrolment: { institution: 'vocational', from: '2025-09-01' } }), 'junior', '2026-05-01');
    expect(student).toMatchObject({ status: 'incomplete', missing: ['enrolment.relatedMajor'] });
  });

  it('does not call an absent field missing when it could not help', () => {
    // Education below associate: the related major cannot matter for intermediate.5.
    const result = check({ education: { level: 'high-school' }, work: [], certificates: [] }, 'intermediate', '2026-05-01');
    expect(result).toMatchObject({ status: 'ineligible', missing: [] });
    // Certificates unknown, but eligible anyway: nothing is missing.
    expect(check({ education: { level: 'master' } }, 'intermediate', '2026-05-01')).toMatchObject({ status: 'eligible', missing: [] });
  });

  it("[I-12]: a master's graduate with no experience is intermediate- but not junior-eligible", () => {
    const results = checkAllLevels(known({ education: { level: 'master' } }), { track: TRACK, asOf: '2026-05-01' });
    expect(results.junior.eligible).toBe(false);
    expect(results.intermediate.satisfiedBy).toEqual(['intermediate.4']);
    expect(results.senior.eligible).toBe(false);
  });

  it('judges each track by its own relatedness [I-7]', () => {
    const profile = known({ education: { level: 'associate', relatedMajor: ['digital-hr-manager'] } });
    expect(check(profile, 'intermediate', '2026-05-01', undefined, 'digital-hr-manager').eligible).toBe(true);
    expect(check(profile, 'intermediate', '2026-05-01', undefined, 'digital-manager').eligible).toBe(false);
  });
});

describe('earliestEligibleOn [I-14]', () => {
  it('is the day the run reaches its full years, for ongoing work', () => {
    const result = check(known({ education: { level: 'bachelor' }, work: [work('2025-06-01')] }), 'intermediate', '2026-01-01');
    expect(result.earliestEligibleOn).toBe('2026-05-31');
    expect(clauseOf(result, 'intermediate.1').metOn).toBe('2028-05-31');
    expect(clauseOf(result, 'intermediate.4').metOn).toBeNull();
  });

  it('stays null for closed work that is too short', () => {
    expect(check(known({ education: { level: 'bachelor' }, work: [work('2025-06-01', '2025-12-31')] }), 'intermediate', '2026-01-01').earliestEligibleOn).toBeNull();
  });

  it('counts facts dated after the as-of date from their own dates', () => {
    const certificate = known({ certificates: [{ kind: 'vocational', level: 'junior', issuedOn: '2026-09-15' }] });
    expect(check(certificate, 'junior', '2026-05-01')).toMatchObject({ eligible: false, earliestEligibleOn: '2026-09-15' });
    const enrolment = known({ enrolment: { institution: 'higher-education', from: '2026-09-01', until: '2030-06-30' } });
    expect(check(enrolment, 'junior', '2026-05-01')).toMatchObject({ eligible: false, earliestEligibleOn: '2026-09-01' });
    const laterWork = known({ education: { level: 'secondary-vocational' }, work: [work('2026-07-01')] });
    expect(check(laterWork, 'junior', '2026-05-01').earliestEligibleOn).toBe('2027-06-30');
  });

  it('adds up cumulative days across periods, open-ended ones going on', () => {
    // 200 days in 2024, then work from 2026-03-01 on: 365 days reached 165 days later.
    const profile = known({ education: { level: 'high-school' }, work: [work('2024-01-01', '2024-07-18'), work('2026-03-01')] });
    const result = check(profile, 'junior', '2026-04-01');
    expect(clauseOf(result, 'junior.2').metOn).toBe('2027-08-12');
    expect(result.earliestEligibleOn).toBe('2027-08-12');
  });

  it('takes a certificate anniversary for senior.7, 29 February to 28 February', () => {
    const profile = known({ certificates: [{ kind: 'title', level: 'senior', issuedOn: '2028-02-29' }] });
    expect(check(profile, 'senior', '2028-01-01').earliestEligibleOn).toBe('2029-02-28');
  });

  it('equals the as-of date while enrolled, and is null once enrolment is over', () => {
    const profile = known({ enrolment: { institution: 'higher-education', from: '2022-09-01', until: '2026-06-30' } });
    expect(check(profile, 'junior', '2026-06-30').earliestEligibleOn).toBe('2026-06-30');
    expect(check(profile, 'junior', '2026-07-01').earliestEligibleOn).toBeNull();
  });
});

describe('checkAllLevels and experienceOf', () => {
  it('checks the three levels with one validation', () => {
    const profile = known({ education: { level: 'bachelor' }, work: [work('2023-01-01')] });
    const results = checkAllLevels(profile, { track: TRACK, asOf: '2026-05-01' });
    expect(Object.keys(results)).toEqual(['junior', 'intermediate', 'senior']);
    expect(results.junior.satisfiedBy).toEqual(['junior.1', 'junior.2', 'junior.3']);
    expect(results.senior.satisfiedBy).toEqual(['senior.2', 'senior.3']); // 3 full years: not senior.1's 4
    expect(results.senior).toEqual(check(profile, 'senior', '2026-05-01'));
  });

  it('reports cumulative days and the longest continuous run [I-3]–[I-5]', () => {
    const profile = {
      work: [
        work('2020-01-01', '2020-12-31'),
        work('2020-06-01', '2021-03-31'), // overlaps: one run 2020-01-01 … 2021-03-31
        work('2021-06-01', null),
        work('2019-01-01', '2019-12-31', ['internet-marketer']),
      ],
    };
    expect(experienceOf(profile, { track: TRACK, asOf: '2022-05-31' })).toEqual({
      cumulativeDays: 456 + 365,
      cumulativeYears: 2,
      longestContinuous: { from: '2020-01-01', to: '2021-03-31', years: 1 },
      missing: [],
    });
    expect(experienceOf(profile, { track: TRACK, asOf: '2022-05-31', policy: { continuityGapDays: 61 } }).longestContinuous).toEqual({
      from: '2020-01-01',
      to: '2022-05-31',
      years: 2,
    });
    // `true` periods count for every track, the 2019 one only for internet-marketer.
    expect(experienceOf(profile, { track: 'internet-marketer', asOf: '2022-05-31' }).cumulativeDays).toBe(456 + 365 + 365);
    expect(experienceOf({}, { track: TRACK, asOf: '2022-05-31' })).toEqual({ cumulativeDays: 0, cumulativeYears: 0, longestContinuous: null, missing: ['work'] });
  });

  it('counts full years by anniversaries, 29 February to 28 February [I-4]', () => {
    const run = (from: string, to: string) => experienceOf({ work: [work(from, to)] }, { track: TRACK, asOf: '2030-01-01' }).longestContinuous?.years;
    expect(run('2024-02-29', '2025-02-27')).toBe(1);
    expect(run('2024-02-29', '2025-02-26')).toBe(0);
    expect(run('2023-03-01', '2024-02-29')).toBe(1);
    expect(run('2023-03-01', '2024-02-28')).toBe(0);
    expect(run('2020-01-01', '2029-12-31')).toBe(10);
  });

  it('ignores work that starts after the as-of date, but counts it later', () => {
    const profile = { work: [work('2027-01-01')] };
    expect(experienceOf(profile, { track: TRACK, asOf: '2026-05-01' }).cumulativeDays).toBe(0);
    expect(experienceOf(profile, { track: TRACK, asOf: '2027-01-10' }).cumulativeDays).toBe(10);
  });

  it('gives the same answer through the package root, checkAllLevels and checkEligibility', () => {
    // checkAllLevels shares one profile's figures across the levels; checkEligibility works
    // them out for its level alone: two paths that must agree on every profile.
    expect(root.checkEligibility).toBe(checkEligibility);
    expect(root.checkAllLevels).toBe(checkAllLevels);
    const master = known({ education: { level: 'master' } });
    expect(checkEligibility(master, { track: TRACK, level: 'intermediate', asOf: '2026-05-01' }).satisfiedBy).toEqual(['intermediate.4']);
    fc.assert(
      fc.property(profileArbitrary, trackArbitrary, asOfArbitrary, fc.constantFrom(0, 3), (profile, track, asOf, continuityGapDays) => {
        const policy = { continuityGapDays };
        const all = checkAllLevels(profile, { track, asOf, policy });
        for (const level of ['junior', 'intermediate', 'senior'] as const) expect(all[level]).toEqual(checkEligibility(profile, { track, level, asOf, policy }));
      }),
      { numRuns: 200 },
    );
  });
});

describe('dates past the calendar', () => {
  it('reports an anniversary after 9999-12-31 as never, not as an impossible date', () => {
    const result = checkEligibility(
      { education: null, enrolment: null, work: [], certificates: [{ kind: 'vocational', level: 'senior', issuedOn: '9999-12-31' }] },
      { track: 'digital-manager', level: 'senior', asOf: '2020-01-19' },
    );
    expect(result.eligible).toBe(false);
    expect(result.earliestEligibleOn).toBeNull();
    expect(result.clauses.find((clause) => clause.id === 'senior.7')?.metOn).toBeNull();
  });
});
