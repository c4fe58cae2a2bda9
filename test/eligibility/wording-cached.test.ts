// Words that are made once and then shared (by education level, by relatedness of the major,
// by field not given, by certificate): each test here is the first in its file to make them,
// and checks them whole. Expected sentences: the wording tables filled in by hand.
import { describe, expect, it } from 'vitest';
import type { EligibilityResult, RequirementOutcome } from '../../src/eligibility/index.js';
import { check, clauseOf, known, work } from './support.js';

const outcome = (result: EligibilityResult, id: string, kind: RequirementOutcome['kind']) =>
  clauseOf(result, id as never).requirements.find((requirement) => requirement.kind === kind);

describe('shared words', () => {
  it('of a major that is related, unrelated, or not said', () => {
    const major = (relatedMajor: boolean | undefined) =>
      outcome(check(known({ education: relatedMajor === undefined ? { level: 'associate' } : { level: 'associate', relatedMajor } }), 'intermediate', '2026-05-01'), 'intermediate.5', 'related-major');
    expect(major(true)).toMatchObject({ met: true, actual: true, missing: [], message: { zh: '最高学历为相关专业，需与本职业相关的专业', en: 'highest education in a related major; a major related to the track needed' } });
    expect(major(false)).toMatchObject({ met: false, actual: false, missing: [], message: { zh: '最高学历为非相关专业，需与本职业相关的专业', en: 'highest education in an unrelated major; a major related to the track needed' } });
    expect(major(undefined)).toMatchObject({ met: false, actual: null, missing: ['education.relatedMajor'], message: { zh: '未说明最高学历的专业是否相关，需与本职业相关的专业' } });
  });

  it('of each field not given', () => {
    const result = check({}, 'junior', '2026-05-01');
    expect(outcome(result, 'junior.1', 'cumulative-experience')).toMatchObject({ actual: null, missing: ['work'], message: { zh: '未提供工作经历，需满 3 年（1095 天）', en: 'work not given; 3 years (1095 days) needed' } });
    expect(outcome(result, 'junior.2', 'education-at-least')).toMatchObject({ actual: null, missing: ['education'], message: { zh: '未提供学历，需高中及以上学历', en: 'education not given; high school or higher needed' } });
    expect(outcome(result, 'junior.4', 'enrolled')).toMatchObject({
      actual: null,
      missing: ['enrolment'],
      message: { zh: '未提供在读情况，需高等院校（任何专业）或职业院校相关专业在读', en: 'enrolment not given; enrolment at a higher-education institution (any major) or a vocational school in a related major needed' },
    });
    expect(outcome(result, 'junior.5', 'certificate')).toMatchObject({ actual: null, missing: ['certificates'], message: { zh: '未提供证书，需其他初级及以上证书', en: 'certificates not given; another certificate of junior level or higher needed' } });
  });

  it('of an education level, met or not', () => {
    expect(outcome(check(known({ education: { level: 'bachelor' } }), 'junior', '2026-05-01'), 'junior.2', 'education-at-least')).toMatchObject({
      met: true,
      actual: 'bachelor',
      message: { zh: '学历：本科，需高中及以上学历', en: "education: bachelor's degree; high school or higher needed" },
    });
    expect(outcome(check(known({ education: { level: 'below-high-school' } }), 'junior', '2026-05-01'), 'junior.2', 'education-at-least')).toMatchObject({
      met: false,
      actual: 'below-high-school',
      message: { zh: '学历：高中以下，需高中及以上学历', en: 'education: below high school; high school or higher needed' },
    });
  });

  it('of a certificate by kind, level and track', () => {
    const held = (certificate: object) => outcome(check(known({ certificates: [certificate as never] }), 'junior', '2026-05-01'), 'junior.5', 'certificate')?.message;
    expect(held({ kind: 'vocational', level: 'senior', issuedOn: '2025-01-02' })).toEqual({
      zh: '持有高级职业技能证书（2025-01-02 取得），需其他初级及以上证书',
      en: 'holds a senior vocational or skill certificate issued 2025-01-02; another certificate of junior level or higher needed',
    });
    expect(held({ kind: 'vocational', level: 'intermediate', issuedOn: '2025-01-05' })?.en).toBe(
      'holds an intermediate vocational or skill certificate issued 2025-01-05; another certificate of junior level or higher needed',
    );
    expect(held({ kind: 'title', level: 'junior', issuedOn: '2025-01-03' })).toEqual({
      zh: '持有初级职称（2025-01-03 取得），需其他初级及以上证书',
      en: 'holds a junior professional title issued 2025-01-03; another certificate of junior level or higher needed',
    });
    expect(held({ kind: 'skillcert', level: 'senior', track: 'all-media-operator', issuedOn: '2025-01-04' })).toEqual({
      zh: '持有本项目全媒体运营师高级证书（2025-01-04 取得），需其他初级及以上证书',
      en: 'holds a senior All-Media Operator certificate of this scheme issued 2025-01-04; another certificate of junior level or higher needed',
    });
  });

  it('of durations, each by its own figures whatever was worded before', () => {
    // A closed run of related work, checked the day after it ends: its length in words.
    const run = (from: string, to: string, asOf: string) => outcome(check(known({ work: [work(from, to)] }), 'senior', asOf), 'senior.1', 'continuous-experience')?.message.zh;
    expect(run('2025-01-01', '2025-10-31', '2025-11-01')).toBe('连续从事相关工作 10 个月，需满 4 年');
    expect(run('2025-01-01', '2025-01-21', '2025-11-01')).toBe('连续从事相关工作 21 天，需满 4 年');
    expect(run('2024-01-01', '2024-12-31', '2025-11-01')).toBe('连续从事相关工作 1 年，需满 4 年');
    expect(run('2025-01-01', '2025-01-19', '2025-11-01')).toBe('连续从事相关工作 19 天，需满 4 年');
    expect(run('2023-01-01', '2024-02-29', '2025-11-01')).toBe('连续从事相关工作 1 年 2 个月，需满 4 年');
    expect(run('2025-01-01', '2025-02-12', '2025-11-01')).toBe('连续从事相关工作 1 个月，需满 4 年'); // the days are left out once there is a month
  });
});
