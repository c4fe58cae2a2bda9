// One requirement at its edges: the first and last day it holds, which certificate it shows,
// and its words under each policy. Expected values are counted by hand from RULES.md [I-8]…[I-14].
import { describe, expect, it } from 'vitest';
import type { Certificate, EligibilityResult, ProfileInput, TrackId } from '../../src/eligibility/index.js';
import { check, clauseOf, known, work } from './support.js';

type Shown = readonly [kind: string, met: boolean, zh: string, en?: string];

/** Each requirement of a clause: its kind, whether it is met, and its words. */
function requirementsOf(result: EligibilityResult, id: Parameters<typeof clauseOf>[1], withEnglish = false): Shown[] {
  return clauseOf(result, id).requirements.map((requirement) =>
    withEnglish ? [requirement.kind, requirement.met, requirement.message.zh, requirement.message.en] : [requirement.kind, requirement.met, requirement.message.zh],
  );
}

const ENROLLED_NEEDS = '需高等院校（任何专业）或职业院校相关专业在读';

describe('enrolment: from and until inclusive [I-8], [I-14]', () => {
  const enrolled = (enrolment: ProfileInput['enrolment']) => check(known({ enrolment }), 'junior', '2026-05-01');

  it('is enrolled on its first day and on its last', () => {
    for (const enrolment of [
      { institution: 'higher-education', from: '2026-05-01' },
      { institution: 'higher-education', from: '2025-09-01', until: '2026-05-01' },
    ] as const) {
      expect(requirementsOf(enrolled(enrolment), 'junior.4')).toEqual([['enrolled', true, `高等院校在读，${ENROLLED_NEEDS}`]]);
    }
  });

  it('is not enrolled the day after its last, nor before its first', () => {
    expect(requirementsOf(enrolled({ institution: 'higher-education', from: '2025-09-01', until: '2026-04-30' }), 'junior.4')).toEqual([
      ['enrolled', false, `2026-05-01 不在读（2025-09-01 至 2026-04-30），${ENROLLED_NEEDS}`],
    ]);
    // No end given: "…".
    expect(requirementsOf(enrolled({ institution: 'higher-education', from: '2026-09-01' }), 'junior.4', true)).toEqual([
      [
        'enrolled',
        false,
        `2026-05-01 不在读（2026-09-01 至 …），${ENROLLED_NEEDS}`,
        'not enrolled on 2026-05-01 (2026-09-01 to …); enrolment at a higher-education institution (any major) or a vocational school in a related major needed',
      ],
    ]);
  });

  it('asks whether a vocational major is related on the first and last day of the enrolment only', () => {
    const missing = (from: string, until: string) => clauseOf(enrolled({ institution: 'vocational', from, until }), 'junior.4').requirements[0]?.missing;
    expect(missing('2026-05-01', '2026-07-01')).toEqual(['enrolment.relatedMajor']);
    expect(missing('2025-09-01', '2026-05-01')).toEqual(['enrolment.relatedMajor']);
    expect(missing('2025-09-01', '2026-04-30')).toEqual([]);
    expect(missing('2026-05-02', '2026-07-01')).toEqual([]);
  });
});

describe('certificates: counted from the issue date [I-9]', () => {
  const vocational = (issuedOn: string, track?: TrackId): Certificate<string> => ({ kind: 'vocational', level: 'junior', issuedOn, ...(track === undefined ? {} : { track }) });

  it('counts a certificate issued on the as-of date, not one issued the day after', () => {
    expect(requirementsOf(check(known({ certificates: [vocational('2026-05-01')] }), 'junior', '2026-05-01'), 'junior.5', true)).toEqual([
      [
        'certificate',
        true,
        '持有初级职业技能证书（2026-05-01 取得），需其他初级及以上证书',
        'holds a junior vocational or skill certificate issued 2026-05-01; another certificate of junior level or higher needed',
      ],
    ]);
    expect(requirementsOf(check(known({ certificates: [vocational('2026-05-02')] }), 'junior', '2026-05-01'), 'junior.5')).toEqual([
      ['certificate', false, '无符合条件的证书，需其他初级及以上证书'],
    ]);
  });

  it('shows the earliest certificate held, in whichever order they are given', () => {
    for (const certificates of [
      [vocational('2023-01-01'), vocational('2024-06-01')],
      [vocational('2024-06-01'), vocational('2023-01-01')],
      [vocational('2026-06-01'), vocational('2023-01-01')],
    ]) {
      expect(requirementsOf(check(known({ certificates }), 'junior', '2026-05-01'), 'junior.5')).toEqual([
        ['certificate', true, '持有初级职业技能证书（2023-01-01 取得），需其他初级及以上证书'],
      ]);
    }
  });

  it('shows the first given of two certificates issued the same day', () => {
    const title: Certificate<string> = { kind: 'title', level: 'junior', issuedOn: '2023-01-01' };
    const shows = (certificates: Certificate<string>[]) => requirementsOf(check(known({ certificates }), 'junior', '2026-05-01'), 'junior.5')[0]?.[2];
    expect(shows([vocational('2023-01-01'), title])).toBe('持有初级职业技能证书（2023-01-01 取得），需其他初级及以上证书');
    expect(shows([title, vocational('2023-01-01')])).toBe('持有初级职称（2023-01-01 取得），需其他初级及以上证书');
  });

  it('names a track only on this scheme’s own certificates, each by its own track and level', () => {
    const shows = (certificate: Certificate<string>) => requirementsOf(check(known({ certificates: [certificate] }), 'junior', '2026-05-01'), 'junior.5')[0]?.[2];
    // A vocational certificate is no track's, even when a track is given with it.
    expect(shows(vocational('2025-01-01', 'internet-marketer'))).toBe('持有初级职业技能证书（2025-01-01 取得），需其他初级及以上证书');
    // This scheme's certificates of other tracks (or levels) are "other" certificates [I-9];
    // worded one after another, each keeps its own name.
    expect(shows({ kind: 'skillcert', level: 'junior', track: 'digital-hr-manager', issuedOn: '2025-01-01' })).toBe(
      '持有本项目数字化人力资源管理师初级证书（2025-01-01 取得），需其他初级及以上证书',
    );
    expect(shows({ kind: 'skillcert', level: 'intermediate', track: 'all-media-operator', issuedOn: '2025-01-01' })).toBe(
      '持有本项目全媒体运营师中级证书（2025-01-01 取得），需其他初级及以上证书',
    );
    expect(shows({ kind: 'skillcert', level: 'junior', track: 'all-media-operator', issuedOn: '2025-01-01' })).toBe(
      '持有本项目全媒体运营师初级证书（2025-01-01 取得），需其他初级及以上证书',
    );
    expect(shows({ kind: 'title', level: 'senior', issuedOn: '2025-01-01' })).toBe('持有高级职称（2025-01-01 取得），需其他初级及以上证书');
    expect(shows({ kind: 'skillcert', level: 'intermediate', track: 'digital-manager', issuedOn: '2025-01-01' })).toBe(
      '持有本项目数字化管理师中级证书（2025-01-01 取得），需其他初级及以上证书',
    );
  });

  it('counts another issuer’s certificate of the level applied for, even when it names the track [I-9]', () => {
    // Only this scheme's own certificate of the same track and level is the one applied for.
    const result = check(known({ certificates: [vocational('2025-01-01', 'digital-manager')] }), 'junior', '2026-05-01');
    expect(clauseOf(result, 'junior.5').met).toBe(true);
  });

  it('takes only this scheme’s own certificate for progression [I-10], of the same track under that policy', () => {
    // 486 days of related work on 2026-05-01 (365 in 2025 + 31 + 28 + 31 + 30 + 1).
    const profile = (certificates: Certificate<string>[]) => known({ work: [work('2025-01-01')], certificates });
    const other = check(profile([vocational('2025-01-01')]), 'intermediate', '2026-05-01');
    expect(requirementsOf(other, 'intermediate.6', true)).toEqual([
      ['certificate', false, '无符合条件的证书，需本项目初级及以上证书', "no qualifying certificate; this scheme's junior certificate or higher needed"],
      ['cumulative-experience', true, '累计从事相关工作 486 天，需满 1 年（365 天）', '486 days of related work in total; 1 year (365 days) needed'],
    ]);
    const sameTrackOnly = check(profile([]), 'intermediate', '2026-05-01', { progressionSameTrackOnly: true });
    expect(requirementsOf(sameTrackOnly, 'intermediate.6', true)[0]).toEqual([
      'certificate',
      false,
      '无符合条件的证书，需本项目同职业初级及以上证书',
      "no qualifying certificate; this scheme's junior certificate or higher of the same track needed",
    ]);
    const own = profile([{ kind: 'skillcert', level: 'junior', track: 'digital-manager', issuedOn: '2025-01-01' }]);
    expect(clauseOf(check(own, 'intermediate', '2026-05-01', { progressionSameTrackOnly: true }), 'intermediate.6').met).toBe(true);
    const otherTrack = profile([{ kind: 'skillcert', level: 'junior', track: 'internet-marketer', issuedOn: '2025-01-01' }]);
    expect(clauseOf(check(otherTrack, 'intermediate', '2026-05-01', { progressionSameTrackOnly: true }), 'intermediate.6').met).toBe(false);
    expect(clauseOf(check(otherTrack, 'intermediate', '2026-05-01'), 'intermediate.6').met).toBe(true);
  });
});

describe('education and work in words', () => {
  it('says when the major of the highest education is not said', () => {
    expect(requirementsOf(check(known({ education: { level: 'associate' } }), 'intermediate', '2026-05-01'), 'intermediate.5', true)).toEqual([
      ['education-at-least', true, '学历：大专，需大专及以上学历', 'education: associate degree; associate degree or higher needed'],
      [
        'related-major',
        false,
        '未说明最高学历的专业是否相关，需与本职业相关的专业',
        'not said whether the major of the highest education is related; a major related to the track needed',
      ],
    ]);
  });

  it('words each length of a run as its own, one after another', () => {
    // 2026-04-01 … 2026-04-30 is one month (its end + 1 day is 2026-05-01); 2014-05-01 …
    // 2026-04-30 is twelve years.
    const run = (from: string) => requirementsOf(check(known({ work: [work(from)] }), 'intermediate', '2026-04-30'), 'intermediate.1', true)[1]?.slice(2);
    expect(run('2026-04-01')).toEqual(['连续从事相关工作 1 个月，需满 3 年', '1 month of continuous related work; 3 full years needed']);
    expect(run('2014-05-01')).toEqual(['连续从事相关工作 12 年，需满 3 年', '12 years of continuous related work; 3 full years needed']);
    expect(run('2026-04-01')).toEqual(['连续从事相关工作 1 个月，需满 3 年', '1 month of continuous related work; 3 full years needed']);
  });

  it('shows no work as 0 days of continuous work', () => {
    expect(requirementsOf(check(known({}), 'intermediate', '2026-05-01'), 'intermediate.1', true)[1]).toEqual([
      'continuous-experience',
      false,
      '连续从事相关工作 0 天，需满 3 年',
      '0 days of continuous related work; 3 full years needed',
    ]);
  });
});
