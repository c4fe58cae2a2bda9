// Next steps at their edges: steps that gather several clauses, the order of answers across
// fields and within one, and the ends of the plain-date range. Every expected value is counted
// by hand from RULES.md (the clause table of 第三部分 五, [I-2]…[I-14]).
import { describe, expect, it } from 'vitest';
import type { NextStep } from '../../src/eligibility/index.js';
import { check, known, work } from './support.js';

const kinds = (steps: readonly NextStep[]) => steps.map((step) => [step.kind, step.field ?? step.on ?? null, step.clauses]);

describe('nextSteps: steps that gather clauses', () => {
  it('names two clauses that begin on one day in one wait step, with the words of each', () => {
    // Related work since 2025-09-02: 242 days on 2026-05-01 (29 + 31 + 30 + 31 + 31 + 28 + 31
    // + 30 + 1), 365 on 2026-09-01 (junior.3, 中专 and 1 year [I-5]); the enrolment begins the
    // same day (junior.4, [I-14]).
    const profile = known({
      education: { level: 'bachelor', relatedMajor: false },
      enrolment: { institution: 'higher-education', from: '2026-09-01', until: '2026-12-31' },
      work: [work('2025-09-02')],
    });
    const [wait, ...rest] = check(profile, 'junior', '2026-05-01').nextSteps;
    expect(wait).toEqual({
      kind: 'wait',
      on: '2026-09-01',
      clauses: ['junior.3', 'junior.4'],
      message: {
        zh:
          '2026-09-01 起可报名：累计从事相关工作 242 天，需满 1 年（365 天）；' +
          '2026-05-01 不在读（2026-09-01 至 2026-12-31），需高等院校（任何专业）或职业院校相关专业在读（第三部分 五 1(3)、第三部分 五 1(4)）',
        en:
          'Eligible from 2026-09-01: 242 days of related work in total; 1 year (365 days) needed; ' +
          'not enrolled on 2026-05-01 (2026-09-01 to 2026-12-31); enrolment at a higher-education institution (any major) or a vocational school in a related major needed (clauses junior.3, junior.4)',
      },
    });
    expect(kinds(rest)).toEqual([['obtain', null, ['junior.5']]]);
  });

  it('says each need once when a clause that waits on two begins with one that waits on one of them', () => {
    // Associate degree in a related major, related work since 2025-09-02 (365 days on
    // 2026-09-01, as above), this scheme's intermediate certificate issued on 2026-09-01: senior.5
    // (1 year) and senior.6 (the certificate and 1 year [I-10]) both begin then.
    const profile = known({
      education: { level: 'associate', relatedMajor: true },
      work: [work('2025-09-02')],
      certificates: [{ kind: 'skillcert', level: 'intermediate', track: 'digital-manager', issuedOn: '2026-09-01' }],
    });
    const [wait] = check(profile, 'senior', '2026-05-01').nextSteps;
    expect(wait).toMatchObject({ kind: 'wait', on: '2026-09-01', clauses: ['senior.5', 'senior.6'] });
    expect(wait?.message.zh).toBe('2026-09-01 起可报名：累计从事相关工作 242 天，需满 1 年（365 天）；无符合条件的证书，需本项目中级及以上证书（第三部分 五 3(5)、第三部分 五 3(6)）');
  });

  it('names two clauses that the same answer opens in one answer step', () => {
    // A master's graduate, work not said: senior.3 (bachelor) and senior.4 (master) both ask two
    // continuous years, from 2024-05-02 (2024-05-02 + 2 years = 2026-05-02 ≤ 2026-05-01 + 1 day [I-4]).
    const result = check({ education: { level: 'master', relatedMajor: false }, enrolment: null, certificates: [] }, 'senior', '2026-05-01');
    expect(result.nextSteps[0]).toEqual({
      kind: 'answer',
      field: 'work',
      value: [{ from: '2024-05-02', related: true }],
      clauses: ['senior.3', 'senior.4'],
      message: {
        zh: '请补充工作经历：连续从事相关工作满 2 年即可报名（第三部分 五 3(3)、第三部分 五 3(4)）',
        en: 'Tell us your work history: with 2 full years of continuous related work, you can apply now (clauses senior.3, senior.4)',
      },
    });
    expect(kinds(result.nextSteps.slice(1))).toEqual([
      ['answer', 'work', ['senior.2']],
      ['answer', 'work', ['senior.1']],
      ['obtain', null, ['senior.7']],
    ]);
  });
});

describe('nextSteps: order', () => {
  it('keeps answers to one field together, in the order the fields are first asked about', () => {
    // Bachelor, major and work not said: the work answers (intermediate.1–3) come before the
    // major (intermediate.5), though a major asks no days at all.
    const result = check({ education: { level: 'bachelor' }, enrolment: null, certificates: [] }, 'intermediate', '2026-05-01');
    expect(kinds(result.nextSteps)).toEqual([
      ['answer', 'work', ['intermediate.3']],
      ['answer', 'work', ['intermediate.2']],
      ['answer', 'work', ['intermediate.1']],
      ['answer', 'education.relatedMajor', ['intermediate.5']],
      ['obtain', null, ['intermediate.4']],
      ['obtain', null, ['intermediate.7']],
    ]);
  });

  it('asks for the lowest education first, a related major just above its level without one', () => {
    // Continuous related work since 2020-01-01: six years on 2026-05-01, enough for every senior
    // clause's experience; education not said.
    const result = check({ enrolment: null, certificates: [], work: [work('2020-01-01')] }, 'senior', '2026-05-01');
    expect(result.nextSteps.filter((step) => step.kind === 'answer').map((step) => [step.clauses, step.value])).toEqual([
      [['senior.1'], { level: 'secondary-vocational' }],
      [['senior.2'], { level: 'associate' }],
      [['senior.5'], { level: 'associate', relatedMajor: true }],
      [['senior.3'], { level: 'bachelor' }],
      [['senior.4'], { level: 'master' }],
    ]);
  });

  it('counts cumulative work in days across 29 February [I-5], continuous in anniversaries [I-4]', () => {
    // As of 2024-05-01, 365 days back reach 2023-05-03 (243 days in 2023, 122 in 2024 with
    // 29 February); 730 from 2022-05-03, 1,095 from 2021-05-03 (junior.3, .2, .1).
    const junior = check({ education: { level: 'bachelor', relatedMajor: false }, enrolment: null, certificates: [] }, 'junior', '2024-05-01');
    expect(junior.nextSteps.filter((step) => step.kind === 'answer').map((step) => [step.clauses, step.value])).toEqual([
      [['junior.3'], [{ from: '2023-05-03', related: true }]],
      [['junior.2'], [{ from: '2022-05-03', related: true }]],
      [['junior.1'], [{ from: '2021-05-03', related: true }]],
    ]);
    // One continuous year (intermediate.3) as of the same day: from 2023-05-02, whose anniversary
    // 2024-05-02 is the as-of date + 1 day.
    const intermediate = check({ education: { level: 'bachelor', relatedMajor: false }, enrolment: null, certificates: [] }, 'intermediate', '2024-05-01');
    expect(intermediate.nextSteps[0]).toMatchObject({ clauses: ['intermediate.3'], value: [{ from: '2023-05-02', related: true }] });
  });

  it('asks for work near 9999-12-31 as anywhere else, though a later start would end beyond it', () => {
    // One continuous year as of 9999-06-01: from 9998-06-02 (its anniversary 9999-06-02 is the
    // as-of date + 1 day [I-4]); two from 9997-06-02, three from 9996-06-02.
    const result = check({ education: { level: 'bachelor', relatedMajor: false }, enrolment: null, certificates: [] }, 'intermediate', '9999-06-01');
    expect(result.nextSteps.filter((step) => step.kind === 'answer').map((step) => [step.clauses, step.value])).toEqual([
      [['intermediate.3'], [{ from: '9998-06-02', related: true }]],
      [['intermediate.2'], [{ from: '9997-06-02', related: true }]],
      [['intermediate.1'], [{ from: '9996-06-02', related: true }]],
    ]);
  });
});

describe('nextSteps: waits', () => {
  it('gives no wait step for a clause that opens inside eligibility already begun', () => {
    // Related work since 2026-03-15 reaches 365 days on 2027-03-14 (junior.3), open-ended; an
    // enrolment of June 2027 (junior.4) and two years of work on 2028-03-13 (junior.2: 2027-03-15
    // … 2028-03-13 is 365 days with 29 February) fall within it.
    const profile = known({
      education: { level: 'bachelor', relatedMajor: false },
      enrolment: { institution: 'higher-education', from: '2027-06-01', until: '2027-06-30' },
      work: [work('2026-03-15')],
    });
    expect(kinds(check(profile, 'junior', '2026-05-01').nextSteps)).toEqual([
      ['wait', '2027-03-14', ['junior.3']],
      ['obtain', null, ['junior.5']],
    ]);
  });

  it('waits up to 9999-12-31 and no further', () => {
    // One continuous year from 9999-01-01 ends on 9999-12-31 (its anniversary, 10000-01-01, is
    // that day + 1 [I-4]); from 9999-01-02 it would end on 10000-01-01, which no plain date names.
    const bachelor = { education: { level: 'bachelor', relatedMajor: false } } as const;
    const last = check(known({ ...bachelor, work: [work('9999-01-01')] }), 'intermediate', '9999-06-01');
    expect(last.earliestEligibleOn).toBe('9999-12-31');
    expect(kinds(last.nextSteps)[0]).toEqual(['wait', '9999-12-31', ['intermediate.3']]);
    const beyond = check(known({ ...bachelor, work: [work('9999-01-02')] }), 'intermediate', '9999-06-01');
    expect(beyond.earliestEligibleOn).toBeNull();
    expect(beyond.nextSteps.map((step) => step.kind)).toEqual(['obtain', 'obtain', 'obtain', 'obtain']);
  });
});

describe('nextSteps: what to obtain', () => {
  it('says in English what each clause still needs, the needs joined with "and"', () => {
    const result = check(known({}), 'intermediate', '2026-05-01');
    expect(result.nextSteps.map((step) => step.message.en)).toEqual([
      "To apply under clause intermediate.4, you need master's degree or higher",
      'To apply under clause intermediate.7, you need another certificate of intermediate level or higher',
      'To apply under clause intermediate.1, you need secondary vocational school or higher and 3 full years of continuous related work',
      'To apply under clause intermediate.2, you need associate degree or higher and 2 full years of continuous related work',
      "To apply under clause intermediate.3, you need bachelor's degree or higher and 1 full year of continuous related work",
      'To apply under clause intermediate.5, you need associate degree or higher and a major related to the track',
      "To apply under clause intermediate.6, you need this scheme's junior certificate or higher and 1 year (365 days) of related work in total",
    ]);
  });

  it('advises a new enrolment once the last one has ended [I-14]', () => {
    // Enrolled until 2026-04-30, checked on 2026-05-01: time will not bring junior.4 back.
    const result = check(known({ enrolment: { institution: 'higher-education', from: '2025-09-01', until: '2026-04-30' } }), 'junior', '2026-05-01');
    expect(result.earliestEligibleOn).toBeNull();
    expect(kinds(result.nextSteps)).toEqual([
      ['obtain', null, ['junior.1']],
      ['obtain', null, ['junior.4']],
      ['obtain', null, ['junior.5']],
      ['obtain', null, ['junior.2']],
      ['obtain', null, ['junior.3']],
    ]);
    expect(result.nextSteps[1]?.message.zh).toBe('还需高等院校（任何专业）或职业院校相关专业在读，方可报名（第三部分 五 1(4)）');
  });
});

describe('nextSteps: the values to answer', () => {
  it('asks for an enrolment at a higher-education institution, any major (no relatedMajor) [I-8]', () => {
    const result = check({ education: { level: 'high-school' }, work: [], certificates: [] }, 'junior', '2026-05-01');
    expect(result.nextSteps[0]?.value).toEqual({ institution: 'higher-education', from: '2026-05-01' });
  });

  it('asks for no certificate that would have to be issued before 0001-01-01 [I-11]', () => {
    // senior.7 wants a certificate held one full year: as of 0001-06-01 it would be issued in year 0.
    const early = check({ education: null, enrolment: null, work: [] }, 'senior', '0001-06-01');
    expect(early.nextSteps.some((step) => step.kind === 'answer')).toBe(false);
    // As of 0002-01-01 the first plain date suffices: 0001-01-01 + 1 year = 0002-01-01.
    const first = check({ education: null, enrolment: null, work: [] }, 'senior', '0002-01-01');
    expect(first.nextSteps[0]).toMatchObject({ kind: 'answer', field: 'certificates', clauses: ['senior.7'], value: [{ kind: 'vocational', level: 'senior', issuedOn: '0001-01-01' }] });
  });
});
