// The words of results, written out whole: what each requirement shows against what it needs,
// and each kind of next step in zh and en. The expected sentences are the wording tables'
// (src/eligibility/requirements.ts, next-steps.ts) filled in by hand from the clause data of
// RULES.md §2, so that a changed separator, plural or citation is caught.
import { describe, expect, it } from 'vitest';
import type { RequirementOutcome } from '../../src/eligibility/index.js';
import { check, clauseOf, known, work } from './support.js';

const requirementOf = (outcomes: readonly RequirementOutcome[], kind: RequirementOutcome['kind']) => outcomes.find((outcome) => outcome.kind === kind);

describe('requirement messages', () => {
  it('say "1 day" for a single day of work, continuous and cumulative', () => {
    // Related work from the as-of date: one day covered.
    const result = check(known({ work: [work('2026-05-01')] }), 'senior', '2026-05-01');
    expect(requirementOf(clauseOf(result, 'senior.2').requirements, 'continuous-experience')?.message).toEqual({
      zh: '连续从事相关工作 1 天，需满 3 年',
      en: '1 day of continuous related work; 3 full years needed',
    });
    expect(requirementOf(clauseOf(result, 'senior.5').requirements, 'cumulative-experience')).toMatchObject({
      actual: { days: 1, years: 0 },
      message: { zh: '累计从事相关工作 1 天，需满 1 年（365 天）', en: '1 day of related work in total; 1 year (365 days) needed' },
    });
  });

  it('name a certificate held by kind, level and track, and how long it is held where years are asked', () => {
    const certificates = [
      { kind: 'skillcert', level: 'junior', track: 'internet-marketer', issuedOn: '2025-03-01' },
      { kind: 'title', level: 'senior', issuedOn: '2026-04-01' },
    ] as const;
    const intermediate = check(known({ certificates: [...certificates] }), 'intermediate', '2026-05-01');
    // [I-10]: this scheme's junior certificate of any track counts for intermediate.6.
    expect(requirementOf(clauseOf(intermediate, 'intermediate.6').requirements, 'certificate')).toMatchObject({
      met: true,
      message: {
        zh: '持有本项目互联网营销师初级证书（2025-03-01 取得），需本项目初级及以上证书',
        en: "holds a junior Internet Marketer certificate of this scheme issued 2025-03-01; this scheme's junior certificate or higher needed",
      },
    });
    // senior.7 [I-11]: the title issued 2026-04-01 is held 1 month on 2026-05-01, a year is needed.
    const senior = check(known({ certificates: [...certificates] }), 'senior', '2026-05-01');
    expect(requirementOf(clauseOf(senior, 'senior.7').requirements, 'certificate-held-for')).toMatchObject({
      met: false,
      actual: { certificate: certificates[1], years: 0, months: 1, days: 0 },
      message: {
        zh: '持有高级职称（2026-04-01 取得，已 1 个月），需其他高级及以上证书满 1 年',
        en: 'holds a senior professional title issued 2026-04-01, held 1 month; another certificate of senior level or higher, held for 1 full year needed',
      },
    });
  });

  it('say "same track" when the policy asks for it [I-10], and that no certificate qualifies', () => {
    const profile = known({ certificates: [{ kind: 'skillcert', level: 'junior', track: 'internet-marketer', issuedOn: '2025-03-01' }] });
    const result = check(profile, 'intermediate', '2026-05-01', { progressionSameTrackOnly: true });
    expect(requirementOf(clauseOf(result, 'intermediate.6').requirements, 'certificate')).toMatchObject({
      met: false,
      actual: null,
      message: { zh: '无符合条件的证书，需本项目同职业初级及以上证书', en: "no qualifying certificate; this scheme's junior certificate or higher of the same track needed" },
    });
  });

  it('show a current enrolment whose major is not said', () => {
    const result = check(known({ enrolment: { institution: 'vocational', from: '2026-01-01' } }), 'junior', '2026-05-01');
    expect(clauseOf(result, 'junior.4').requirements[0]).toMatchObject({
      met: false,
      actual: { institution: 'vocational', from: '2026-01-01', until: null, relatedMajor: null },
      message: {
        zh: '职业院校在读，需高等院校（任何专业）或职业院校相关专业在读',
        en: 'enrolled at a vocational school; enrolment at a higher-education institution (any major) or a vocational school in a related major needed',
      },
      missing: ['enrolment.relatedMajor'],
    });
  });
});

describe('next-step messages', () => {
  it('answer: the field, every need it settles, and the clause', () => {
    // Education not said, no work or certificates: intermediate.5 (associate + related major)
    // and intermediate.4 (master) are each one answer away; the lesser answer first.
    const result = check({ enrolment: null, certificates: [], work: [] }, 'intermediate', '2026-05-01');
    const answers = result.nextSteps.filter((step) => step.kind === 'answer');
    expect(answers).toEqual([
      {
        kind: 'answer',
        field: 'education',
        value: { level: 'associate', relatedMajor: true },
        clauses: ['intermediate.5'],
        message: {
          zh: '请补充最高学历：大专及以上学历，所学为与本职业相关的专业即可报名（第三部分 五 2(5)）',
          en: 'Tell us your highest education: with associate degree or higher and a major related to the track, you can apply now (clause intermediate.5)',
        },
      },
      {
        kind: 'answer',
        field: 'education',
        value: { level: 'master' },
        clauses: ['intermediate.4'],
        message: {
          zh: '请补充最高学历：硕士研究生及以上学历即可报名（第三部分 五 2(4)）',
          en: "Tell us your highest education: with master's degree or higher, you can apply now (clause intermediate.4)",
        },
      },
    ]);
  });

  it('answer: the major of a current enrolment', () => {
    const result = check(known({ enrolment: { institution: 'vocational', from: '2026-01-01' } }), 'junior', '2026-05-01');
    expect(result.nextSteps[0]).toEqual({
      kind: 'answer',
      field: 'enrolment.relatedMajor',
      value: true,
      clauses: ['junior.4'],
      message: {
        zh: '请补充在读专业是否与本职业相关：高等院校（任何专业）或职业院校相关专业在读即可报名（第三部分 五 1(4)）',
        en: 'Tell us whether your current major is related to the track: with enrolment at a higher-education institution (any major) or a vocational school in a related major, you can apply now (clause junior.4)',
      },
    });
  });

  it('obtain: every need of the clause, joined', () => {
    const result = check({ enrolment: null, certificates: [], work: [] }, 'intermediate', '2026-05-01');
    expect(result.nextSteps.filter((step) => step.kind === 'obtain')).toEqual([
      {
        kind: 'obtain',
        clauses: ['intermediate.7'],
        message: { zh: '还需持有其他中级及以上证书，方可报名（第三部分 五 2(7)）', en: 'To apply under clause intermediate.7, you need another certificate of intermediate level or higher' },
      },
      {
        kind: 'obtain',
        clauses: ['intermediate.6'],
        message: {
          zh: '还需持有本项目初级及以上证书、累计从事相关工作满 1 年（365 天），方可报名（第三部分 五 2(6)）',
          en: "To apply under clause intermediate.6, you need this scheme's junior certificate or higher and 1 year (365 days) of related work in total",
        },
      },
    ]);
  });

  it('wait: one step for clauses beginning the same day, cited together', () => {
    // Master's degree, related work since 2025-01-01: two full continuous years on 2026-12-31
    // (2025-01-01 + 2 years ≤ 2026-12-31 + 1 day [I-4]) meet senior.3 and senior.4.
    const result = check(known({ education: { level: 'master', relatedMajor: false }, work: [work('2025-01-01')] }), 'senior', '2026-05-01');
    expect(result.nextSteps[0]).toEqual({
      kind: 'wait',
      on: '2026-12-31',
      clauses: ['senior.3', 'senior.4'],
      message: {
        zh: '2026-12-31 起可报名：连续从事相关工作 1 年 4 个月，需满 2 年（第三部分 五 3(3)、第三部分 五 3(4)）',
        en: 'Eligible from 2026-12-31: 1 year 4 months of continuous related work; 2 full years needed (clauses senior.3, senior.4)',
      },
    });
  });
});
