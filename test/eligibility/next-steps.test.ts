import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/plain-date.js';
import { checkEligibility, type NextStep, type ProfileInput } from '../../src/eligibility/index.js';
import { asOfArbitrary, completeProfileArbitrary, levelArbitrary, profileArbitrary, trackArbitrary } from './arbitraries.js';
import { check, known, TRACK, work } from './support.js';

const RUNS = { numRuns: 300 };
const kinds = (steps: readonly NextStep[]) => steps.map((step) => [step.kind, step.field ?? step.on ?? null, step.clauses]);

/** The profile with an answer step followed: its value written at its path. */
function answered(profile: ProfileInput, step: NextStep): ProfileInput {
  if (step.kind !== 'answer') throw new Error('not an answer step');
  const [field, inner] = step.field.split('.') as [keyof ProfileInput, string | undefined];
  if (inner === undefined) return { ...profile, [field]: step.value };
  return { ...profile, [field]: { ...(profile[field] as object), [inner]: step.value } };
}

describe('nextSteps: examples', () => {
  it('is empty when eligible', () => {
    const result = check(known({ education: { level: 'master' } }), 'intermediate', '2026-05-01');
    expect(result.status).toBe('eligible');
    expect(result.nextSteps).toEqual([]);
  });

  it('answers first, then the wait, then what to obtain', () => {
    // Bachelor, related work since 2025-01-01; major, enrolment and certificates not said.
    const profile = { education: { level: 'bachelor' }, work: [work('2025-01-01')] } satisfies ProfileInput;
    const result = check(profile, 'intermediate', '2025-10-01');
    expect(result.status).toBe('incomplete');
    expect(kinds(result.nextSteps)).toEqual([
      ['answer', 'education.relatedMajor', ['intermediate.5']], // associate + related major
      ['answer', 'certificates', ['intermediate.7']], // another intermediate certificate
      // 2025-01-01 + 1 year = 2026-01-01 ≤ B + 1 day: one full continuous year on 2025-12-31 (intermediate.3).
      // intermediate.1/2 (3 and 2 years) come later within eligibility, so they are no turn of their own.
      ['wait', '2025-12-31', ['intermediate.3']],
      ['obtain', null, ['intermediate.4']], // a master's degree: time will not bring it
    ]);
    const [major, certificates, wait, obtain] = result.nextSteps;
    expect(major?.value).toBe(true);
    // The least that works: an intermediate certificate of another kind, issued on the as-of date.
    expect(certificates?.value).toEqual([{ kind: 'vocational', level: 'intermediate', issuedOn: '2025-10-01' }]);
    expect(wait?.on).toBe(result.earliestEligibleOn);
    expect(wait?.message.zh).toBe('2025-12-31 起可报名：连续从事相关工作 9 个月，需满 1 年（第三部分 五 2(3)）');
    expect(wait?.message.en).toContain('Eligible from 2025-12-31');
    expect(obtain?.message.zh).toBe('还需硕士研究生及以上学历，方可报名（第三部分 五 2(4)）');
    expect(major?.message.zh).toBe('请补充所学专业是否与本职业相关：所学为与本职业相关的专业即可报名（第三部分 五 2(5)）');
  });

  it('gives a wait step for each day eligibility begins again, not for clauses that follow within it', () => {
    // Enrolled 2026-09-01…2026-12-31 (junior.4); related work since 2026-03-15 reaches 365 days
    // on 2027-03-14 (junior.3), after the enrolment has ended.
    const profile = known({
      education: { level: 'bachelor', relatedMajor: false },
      enrolment: { institution: 'higher-education', from: '2026-09-01', until: '2026-12-31' },
      work: [work('2026-03-15')],
    });
    const result = check(profile, 'junior', '2026-05-01');
    expect(kinds(result.nextSteps)).toEqual([
      ['wait', '2026-09-01', ['junior.4']],
      ['wait', '2027-03-14', ['junior.3']],
      ['obtain', null, ['junior.5']],
    ]);
  });

  it('names every clause that begins on the same day in one wait step, its words once', () => {
    // Master's degree, related work since 2025-01-01: two continuous years on 2026-12-31 meet
    // senior.3 (bachelor) and senior.4 (master) together.
    const result = check(known({ education: { level: 'master', relatedMajor: false }, work: [work('2025-01-01')] }), 'senior', '2026-05-01');
    const [first] = result.nextSteps;
    expect(first).toMatchObject({ kind: 'wait', on: '2026-12-31', clauses: ['senior.3', 'senior.4'] });
    expect(first?.message.zh.split('连续从事相关工作').length).toBe(2);
    expect(first?.message.zh).toContain('第三部分 五 3(3)、第三部分 五 3(4)');
  });

  it('asks for an unknown education with the lowest level that works, and sorts obtain steps by how much they need', () => {
    // 366 days of related work in 2020, education not said: junior.3 needs 中专 and one year.
    const profile = { enrolment: null, certificates: [], work: [work('2020-01-01', '2020-12-31')] } satisfies ProfileInput;
    const result = check(profile, 'junior', '2026-05-01');
    expect(kinds(result.nextSteps)).toEqual([
      ['answer', 'education', ['junior.3']],
      ['obtain', null, ['junior.1']],
      ['obtain', null, ['junior.4']],
      ['obtain', null, ['junior.5']],
    ]);
    expect(result.nextSteps[0]?.value).toEqual({ level: 'secondary-vocational' });
  });

  it('asks for unknown work with the latest start that works, least demanding first', () => {
    // Bachelor, work not said, as of 2026-05-01: one full year from 2025-05-02 to 2026-05-01
    // (intermediate.3), two from 2024-05-02 (intermediate.2), three from 2023-05-02 (intermediate.1).
    const profile = { education: { level: 'bachelor', relatedMajor: false }, enrolment: null, certificates: [] } satisfies ProfileInput;
    const result = check(profile, 'intermediate', '2026-05-01');
    const answers = result.nextSteps.filter((step) => step.kind === 'answer');
    expect(answers.map((step) => [step.clauses, step.value])).toEqual([
      [['intermediate.3'], [{ from: '2025-05-02', related: true }]],
      [['intermediate.2'], [{ from: '2024-05-02', related: true }]],
      [['intermediate.1'], [{ from: '2023-05-02', related: true }]],
    ]);
    // A day later start is one day short of the full year.
    expect(check({ ...profile, work: [work('2025-05-03')] }, 'intermediate', '2026-05-01').eligible).toBe(false);
  });

  it('asks for a certificate held a full year from the anniversary rule [I-11]', () => {
    // senior.7: issued on or before 2025-05-01 for 2026-05-01.
    const result = check({ education: null, enrolment: null, work: [] }, 'senior', '2026-05-01');
    expect(result.nextSteps[0]).toMatchObject({ kind: 'answer', field: 'certificates', clauses: ['senior.7'], value: [{ kind: 'vocational', level: 'senior', issuedOn: '2025-05-01' }] });
  });

  it('asks for an enrolment and for this scheme’s own certificate of the track', () => {
    const student = check({ education: { level: 'high-school' }, work: [], certificates: [] }, 'junior', '2026-05-01');
    expect(student.nextSteps[0]).toMatchObject({ kind: 'answer', field: 'enrolment', clauses: ['junior.4'], value: { institution: 'higher-education', from: '2026-05-01' } });
    const progression = check(known({ work: [work('2024-01-01')], certificates: undefined }), 'intermediate', '2026-05-01', { progressionSameTrackOnly: true });
    expect(progression.nextSteps.find((step) => step.clauses.includes('intermediate.6'))?.value).toEqual([
      { kind: 'skillcert', level: 'junior', track: TRACK, issuedOn: '2026-05-01' },
    ]);
  });

  it('builds fresh steps for every call', () => {
    const profile = known({ work: [work('2025-01-01')] });
    const a = check(profile, 'junior', '2025-06-01');
    const b = check(profile, 'junior', '2025-06-01');
    expect(a.nextSteps).toEqual(b.nextSteps);
    expect(a.nextSteps).not.toBe(b.nextSteps);
    expect(a.nextSteps[0]).not.toBe(b.nextSteps[0]);
  });
});

describe('nextSteps: properties', () => {
  it('is empty when eligible; otherwise the first wait step is earliestEligibleOn and wait steps ascend', () => {
    fc.assert(
      fc.property(profileArbitrary, trackArbitrary, levelArbitrary, asOfArbitrary, (profile, track, level, asOf) => {
        const result = checkEligibility(profile, { track, level, asOf });
        if (result.eligible) {
          expect(result.nextSteps).toEqual([]);
          return;
        }
        const waits = result.nextSteps.filter((step) => step.kind === 'wait').map((step) => step.on);
        expect(waits[0] ?? null).toBe(result.earliestEligibleOn);
        expect([...waits].sort()).toEqual(waits);
        // Best first: answers, then waits, then obtain steps.
        const order = result.nextSteps.map((step) => ['answer', 'wait', 'obtain'].indexOf(step.kind));
        expect([...order].sort()).toEqual(order);
      }),
      RUNS,
    );
  });

  it('every wait step is a day the check turns eligible, the day before it is not', () => {
    fc.assert(
      fc.property(profileArbitrary, trackArbitrary, levelArbitrary, asOfArbitrary, (profile, track, level, asOf) => {
        const result = checkEligibility(profile, { track, level, asOf });
        for (const step of result.nextSteps) {
          if (step.kind !== 'wait') continue;
          expect(checkEligibility(profile, { track, level, asOf: step.on }).satisfiedBy).toEqual(expect.arrayContaining([...step.clauses]));
          expect(checkEligibility(profile, { track, level, asOf: addDays(step.on, -1) }).eligible).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('following an answer step with its value makes the check eligible on the same date', () => {
    fc.assert(
      fc.property(profileArbitrary, trackArbitrary, levelArbitrary, asOfArbitrary, (profile, track, level, asOf) => {
        const result = checkEligibility(profile, { track, level, asOf });
        for (const step of result.nextSteps) {
          if (step.kind !== 'answer') continue;
          expect(result.status).toBe('incomplete');
          expect(result.missing).toContain(step.field);
          const after = checkEligibility(answered(profile, step), { track, level, asOf });
          expect(after.satisfiedBy).toEqual(expect.arrayContaining([...step.clauses]));
        }
      }),
      RUNS,
    );
  });

  it('leaves no complete profile without a way forward', () => {
    fc.assert(
      fc.property(completeProfileArbitrary, trackArbitrary, levelArbitrary, asOfArbitrary, (profile, track, level, asOf) => {
        const result = checkEligibility(profile, { track, level, asOf });
        expect(result.nextSteps.length === 0).toBe(result.eligible);
        // Nothing unknown: nothing to answer.
        expect(result.nextSteps.every((step) => step.kind !== 'answer')).toBe(true);
      }),
      RUNS,
    );
  });

  it('speaks Chinese in zh and English in en', () => {
    fc.assert(
      fc.property(profileArbitrary, trackArbitrary, levelArbitrary, asOfArbitrary, (profile, track, level, asOf) => {
        for (const { message } of checkEligibility(profile, { track, level, asOf }).nextSteps) {
          expect(message.zh).toMatch(/[\u4e00-\u9fff]/);
          // English text: no Chinese characters or full-width punctuation (typographic … and – are fine).
          expect(message.en).toMatch(/\S/);
          expect(message.en).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
        }
      }),
      { numRuns: 100 },
    );
  });
});

