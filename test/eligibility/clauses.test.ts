// Each clause: a profile that meets it, and the closest ones that do not (exactly N full years
// vs one day short, education one level lower, enrolment ended yesterday, a certificate held
// one year vs one year minus a day, a 29 February start).
import { describe, expect, it } from 'vitest';
import { CLAUSES, type ClauseId, type EligibilityPolicy, type ProfileInput } from '../../src/eligibility/index.js';
import { known, meets, TRACK, work } from './support.js';

interface Example {
  readonly why: string;
  readonly profile: ProfileInput;
  readonly asOf?: string;
  readonly policy?: Partial<EligibilityPolicy>;
}

interface ClauseCase {
  readonly id: ClauseId;
  readonly meets: readonly Example[];
  readonly misses: readonly Example[];
}

const AS_OF = '2026-06-01';
const OTHER_TRACK = 'internet-marketer';

const CASES: readonly ClauseCase[] = [
  {
    id: 'junior.1',
    meets: [{ why: 'exactly 1095 related days (3 × 365)', profile: known({ work: [work('2020-01-01', '2022-12-30')] }) }],
    misses: [{ why: 'one day short: 1094 days', profile: known({ work: [work('2020-01-01', '2022-12-29')] }) }],
  },
  {
    id: 'junior.2',
    meets: [{ why: 'high school and exactly 730 days', profile: known({ education: { level: 'high-school' }, work: [work('2024-01-01', '2025-12-30')] }) }],
    misses: [
      { why: 'education one level lower', profile: known({ education: { level: 'below-high-school' }, work: [work('2024-01-01', '2025-12-30')] }) },
      { why: 'one day short: 729 days', profile: known({ education: { level: 'high-school' }, work: [work('2024-01-01', '2025-12-29')] }) },
    ],
  },
  {
    id: 'junior.3',
    meets: [
      { why: 'secondary vocational and exactly 365 days', profile: known({ education: { level: 'secondary-vocational' }, work: [work('2025-01-01', '2025-12-31')] }) },
      { why: 'two overlapping periods covering 365 distinct days', profile: known({ education: { level: 'bachelor' }, work: [work('2025-01-01', '2025-09-30'), work('2025-06-01', '2025-12-31')] }) },
    ],
    misses: [
      { why: 'education one level lower (high school)', profile: known({ education: { level: 'high-school' }, work: [work('2025-01-01', '2025-12-31')] }) },
      { why: 'one day short: 364 days', profile: known({ education: { level: 'secondary-vocational' }, work: [work('2025-01-01', '2025-12-30')] }) },
      { why: 'overlapping periods are not counted twice', profile: known({ education: { level: 'bachelor' }, work: [work('2025-01-01', '2025-09-30'), work('2025-01-01', '2025-09-30')] }) },
      { why: 'work related to another track only', profile: known({ education: { level: 'bachelor' }, work: [work('2024-01-01', '2025-12-31', [OTHER_TRACK])] }) },
    ],
  },
  {
    id: 'junior.4',
    meets: [
      { why: 'higher-education student whose enrolment ends today', profile: known({ enrolment: { institution: 'higher-education', from: '2022-09-01', until: AS_OF } }) },
      { why: 'higher-education student of an unrelated major', profile: known({ enrolment: { institution: 'higher-education', relatedMajor: false, from: '2022-09-01' } }) },
      { why: 'vocational student of a related major', profile: known({ enrolment: { institution: 'vocational', relatedMajor: [TRACK], from: '2024-09-01', until: '2027-06-30' } }) },
    ],
    misses: [
      { why: 'enrolment ended yesterday', profile: known({ enrolment: { institution: 'higher-education', from: '2022-09-01', until: '2026-05-31' } }) },
      { why: 'enrolment starts tomorrow', profile: known({ enrolment: { institution: 'higher-education', from: '2026-06-02' } }) },
      { why: 'vocational student of a major related to another track', profile: known({ enrolment: { institution: 'vocational', relatedMajor: [OTHER_TRACK], from: '2024-09-01' } }) },
    ],
  },
  {
    id: 'junior.5',
    meets: [
      { why: 'a junior vocational certificate issued today', profile: known({ certificates: [{ kind: 'vocational', level: 'junior', issuedOn: AS_OF }] }) },
      { why: "this scheme's junior certificate of another track", profile: known({ certificates: [{ kind: 'skillcert', level: 'junior', track: OTHER_TRACK, issuedOn: '2025-01-01' }] }) },
      { why: 'a senior professional title (higher level)', profile: known({ certificates: [{ kind: 'title', level: 'senior', issuedOn: '2020-01-01' }] }) },
    ],
    misses: [
      { why: 'issued tomorrow', profile: known({ certificates: [{ kind: 'vocational', level: 'junior', issuedOn: '2026-06-02' }] }) },
      { why: 'the very certificate applied for', profile: known({ certificates: [{ kind: 'skillcert', level: 'junior', track: TRACK, issuedOn: '2025-01-01' }] }) },
    ],
  },
  {
    id: 'intermediate.1',
    meets: [{ why: 'secondary vocational and exactly 3 full years', profile: known({ education: { level: 'secondary-vocational' }, work: [work('2021-03-01', '2024-02-29')] }) }],
    misses: [
      { why: 'one day short', profile: known({ education: { level: 'secondary-vocational' }, work: [work('2021-03-01', '2024-02-28')] }) },
      { why: 'education one level lower', profile: known({ education: { level: 'high-school' }, work: [work('2021-03-01', '2024-02-29')] }) },
    ],
  },
  {
    id: 'intermediate.2',
    meets: [{ why: 'a 29 February start: 2 full years on 2026-02-27', profile: known({ education: { level: 'associate' }, work: [work('2024-02-29', '2026-02-27')] }) }],
    misses: [
      { why: 'a 29 February start, one day short', profile: known({ education: { level: 'associate' }, work: [work('2024-02-29', '2026-02-26')] }) },
      { why: 'education one level lower', profile: known({ education: { level: 'secondary-vocational' }, work: [work('2024-02-29', '2026-02-27')] }) },
    ],
  },
  {
    id: 'intermediate.3',
    meets: [
      { why: 'two touching periods form one run', profile: known({ education: { level: 'bachelor' }, work: [work('2024-01-01', '2024-06-30'), work('2024-07-01', '2024-12-31')] }) },
      {
        why: 'a one-day gap bridged by policy',
        profile: known({ education: { level: 'bachelor' }, work: [work('2024-01-01', '2024-06-30'), work('2024-07-02', '2024-12-31')] }),
        policy: { continuityGapDays: 1 },
      },
      { why: 'ongoing work, on the day before the anniversary', profile: known({ education: { level: 'bachelor' }, work: [work('2025-06-02')] }) },
    ],
    misses: [
      { why: 'a one-day gap breaks the run', profile: known({ education: { level: 'bachelor' }, work: [work('2024-01-01', '2024-06-30'), work('2024-07-02', '2024-12-31')] }) },
      { why: 'education one level lower', profile: known({ education: { level: 'associate' }, work: [work('2024-01-01', '2024-12-31')] }) },
      { why: 'ongoing work, two days before the anniversary', profile: known({ education: { level: 'bachelor' }, work: [work('2025-06-03')] }) },
    ],
  },
  {
    id: 'intermediate.4',
    meets: [{ why: "a master's degree, no experience", profile: known({ education: { level: 'master' } }) }],
    misses: [{ why: "education one level lower (bachelor's)", profile: known({ education: { level: 'bachelor' } }) }],
  },
  {
    id: 'intermediate.5',
    meets: [
      { why: 'associate degree in a major related to this track', profile: known({ education: { level: 'associate', relatedMajor: [TRACK] } }) },
      { why: 'a major related to every track', profile: known({ education: { level: 'doctorate', relatedMajor: true } }) },
    ],
    misses: [
      { why: 'education one level lower', profile: known({ education: { level: 'secondary-vocational', relatedMajor: true } }) },
      { why: 'major related to another track only', profile: known({ education: { level: 'associate', relatedMajor: [OTHER_TRACK] } }) },
    ],
  },
  {
    id: 'intermediate.6',
    meets: [
      {
        why: "this scheme's junior certificate (another track) and 365 days",
        profile: known({ certificates: [{ kind: 'skillcert', level: 'junior', track: OTHER_TRACK, issuedOn: '2023-01-01' }], work: [work('2025-01-01', '2025-12-31')] }),
      },
    ],
    misses: [
      {
        why: 'one day short of a year of experience',
        profile: known({ certificates: [{ kind: 'skillcert', level: 'junior', track: OTHER_TRACK, issuedOn: '2023-01-01' }], work: [work('2025-01-01', '2025-12-30')] }),
      },
      {
        why: 'another track, under the same-track policy',
        profile: known({ certificates: [{ kind: 'skillcert', level: 'junior', track: OTHER_TRACK, issuedOn: '2023-01-01' }], work: [work('2025-01-01', '2025-12-31')] }),
        policy: { progressionSameTrackOnly: true },
      },
      {
        why: 'a vocational certificate is not this scheme’s',
        profile: known({ certificates: [{ kind: 'vocational', level: 'junior', issuedOn: '2023-01-01' }], work: [work('2025-01-01', '2025-12-31')] }),
      },
    ],
  },
  {
    id: 'intermediate.7',
    meets: [
      { why: 'an intermediate professional title', profile: known({ certificates: [{ kind: 'title', level: 'intermediate', issuedOn: '2026-01-01' }] }) },
      { why: "this scheme's senior certificate of the same track", profile: known({ certificates: [{ kind: 'skillcert', level: 'senior', track: TRACK, issuedOn: '2026-01-01' }] }) },
    ],
    misses: [
      { why: 'a title one level lower', profile: known({ certificates: [{ kind: 'title', level: 'junior', issuedOn: '2026-01-01' }] }) },
      { why: 'the very certificate applied for', profile: known({ certificates: [{ kind: 'skillcert', level: 'intermediate', track: TRACK, issuedOn: '2026-01-01' }] }) },
    ],
  },
  {
    id: 'senior.1',
    meets: [{ why: 'secondary vocational and exactly 4 full years', profile: known({ education: { level: 'secondary-vocational' }, work: [work('2020-01-01', '2023-12-31')] }) }],
    misses: [{ why: 'one day short', profile: known({ education: { level: 'secondary-vocational' }, work: [work('2020-01-01', '2023-12-30')] }) }],
  },
  {
    id: 'senior.2',
    meets: [{ why: 'associate and exactly 3 full years', profile: known({ education: { level: 'associate' }, work: [work('2021-06-01', '2024-05-31')] }) }],
    misses: [
      { why: 'one day short', profile: known({ education: { level: 'associate' }, work: [work('2021-06-01', '2024-05-30')] }) },
      { why: 'education one level lower', profile: known({ education: { level: 'secondary-vocational' }, work: [work('2021-06-01', '2024-05-31')] }) },
    ],
  },
  {
    id: 'senior.3',
    meets: [{ why: "bachelor's and ongoing work reaching 2 full years on the as-of date", profile: known({ education: { level: 'bachelor' }, work: [work('2024-06-02', null)] }) }],
    misses: [
      { why: 'one day short', profile: known({ education: { level: 'bachelor' }, work: [work('2024-06-02', null)] }), asOf: '2026-05-31' },
      { why: 'education one level lower', profile: known({ education: { level: 'associate' }, work: [work('2024-06-02', null)] }) },
    ],
  },
  {
    id: 'senior.4',
    meets: [{ why: "master's and exactly 2 full years", profile: known({ education: { level: 'master' }, work: [work('2022-02-28', '2024-02-27')] }) }],
    misses: [
      { why: 'one day short', profile: known({ education: { level: 'master' }, work: [work('2022-02-28', '2024-02-26')] }) },
      { why: "education one level lower (bachelor's)", profile: known({ education: { level: 'bachelor' }, work: [work('2022-02-28', '2024-02-27')] }) },
    ],
  },
  {
    id: 'senior.5',
    meets: [{ why: 'related associate degree and 365 days', profile: known({ education: { level: 'associate', relatedMajor: true }, work: [work('2025-01-01', '2025-12-31')] }) }],
    misses: [
      { why: 'unrelated major', profile: known({ education: { level: 'associate', relatedMajor: false }, work: [work('2025-01-01', '2025-12-31')] }) },
      { why: 'one day short', profile: known({ education: { level: 'associate', relatedMajor: true }, work: [work('2025-01-01', '2025-12-30')] }) },
    ],
  },
  {
    id: 'senior.6',
    meets: [
      {
        why: "this scheme's intermediate certificate and a year of experience before it",
        profile: known({ certificates: [{ kind: 'skillcert', level: 'intermediate', track: TRACK, issuedOn: '2026-03-01' }], work: [work('2020-01-01', '2020-12-30')] }),
      },
    ],
    misses: [
      {
        why: 'certificate one level lower',
        profile: known({ certificates: [{ kind: 'skillcert', level: 'junior', track: TRACK, issuedOn: '2026-03-01' }], work: [work('2020-01-01', '2020-12-30')] }),
      },
    ],
  },
  {
    id: 'senior.7',
    meets: [
      { why: 'a senior vocational certificate held exactly one year', profile: known({ certificates: [{ kind: 'vocational', level: 'senior', issuedOn: '2025-06-01' }] }) },
      { why: 'issued 29 February: one year on 28 February', profile: known({ certificates: [{ kind: 'title', level: 'senior', issuedOn: '2024-02-29' }] }), asOf: '2025-02-28' },
    ],
    misses: [
      { why: 'held one year minus a day', profile: known({ certificates: [{ kind: 'vocational', level: 'senior', issuedOn: '2025-06-01' }] }), asOf: '2026-05-31' },
      { why: 'issued 29 February, a day short', profile: known({ certificates: [{ kind: 'title', level: 'senior', issuedOn: '2024-02-29' }] }), asOf: '2025-02-27' },
      { why: 'an intermediate certificate held for years', profile: known({ certificates: [{ kind: 'vocational', level: 'intermediate', issuedOn: '2020-06-01' }] }) },
    ],
  },
];

describe('each clause: an example that meets it, and the closest that does not', () => {
  it('covers all 19 clauses', () => {
    expect(CASES.map((entry) => entry.id)).toEqual(CLAUSES.map((clause) => clause.id));
    expect(CLAUSES).toHaveLength(19);
  });

  for (const entry of CASES) {
    describe(entry.id, () => {
      for (const example of entry.meets) {
        it(`met: ${example.why}`, () => {
          expect(meets(example.profile, entry.id, example.asOf ?? AS_OF, example.policy)).toBe(true);
        });
      }
      for (const example of entry.misses) {
        it(`not met: ${example.why}`, () => {
          expect(meets(example.profile, entry.id, example.asOf ?? AS_OF, example.policy)).toBe(false);
        });
      }
    });
  }
});
