/**
 * Hand-checked golden cases: inputs with the answers the rules give, each derived by hand
 * from RULES.md and the official holiday schedule (never by running the library), with its
 * reasoning in `why`. The library's own tests run every case; other apps can run them
 * against their own wrappers or re-implementations.
 * @module
 */
import { deepFreeze, type DeepReadonly } from '../core/freeze.js';
import type { ClauseId } from '../eligibility/clauses.js';
import type { EligibilityPolicy } from '../eligibility/query.js';
import type { Bilingual, Level, TrackId } from '../eligibility/catalog.js';
import type { ProfileInput } from '../eligibility/profile.js';
import type { AnswerKey, Paper, Responses } from '../scoring/paper.js';
import type { ScoringPolicy } from '../scoring/score.js';
import type { DateSpan, WorkingDayDateName } from '../schedule/types.js';
import type { PlainDate } from '../core/plain-date.js';
import cases from './golden-cases.json';

/**
 * What every golden case has: a short name and the reasoning behind its expected answer.
 *
 * @example
 * ```ts
 * const about: GoldenCaseBase = {
 *   name: 'senior.7: held 1 year',
 *   why: { zh: '[I-11] 2025-05-20 加 1 年 = 2026-05-20 ≤ 判断日。', en: '[I-11] 2025-05-20 + 1 year = 2026-05-20 ≤ as-of.' },
 * };
 * ```
 */
export interface GoldenCaseBase {
  readonly name: string;
  /** How the expected answer follows from the rules (readings [I-n] cited), in Chinese and English. */
  readonly why: Bilingual;
}

/**
 * A golden eligibility case: `checkEligibility(profile, query)` must give `expected`
 * (`missing` is compared only when given).
 *
 * @example
 * ```ts
 * const found = goldenCases.eligibility.find((c) => c.name.startsWith("master's graduate: intermediate"));
 * found?.expected.satisfiedBy;
 * //=> ['intermediate.4']
 * ```
 */
export interface GoldenEligibilityCase extends GoldenCaseBase {
  readonly profile: DeepReadonly<ProfileInput>;
  readonly query: { readonly track: TrackId; readonly level: Level; readonly asOf: PlainDate; readonly policy?: Partial<EligibilityPolicy> };
  readonly expected: {
    readonly status: 'eligible' | 'ineligible' | 'incomplete';
    readonly eligible: boolean;
    readonly satisfiedBy: readonly ClauseId[];
    readonly earliestEligibleOn: PlainDate | null;
    readonly missing?: readonly string[];
  };
}

/**
 * A golden session case: `getSession(year, month)` (default options) must give `expected`;
 * `sprintCourse`, `mockTest` and `flags.examDayProvisional` are compared only when given.
 *
 * @example
 * ```ts
 * goldenCases.sessions.find((c) => c.year === 2026 && c.month === 9)?.expected.scoresFrom;
 * //=> '2026-10-22'
 * ```
 */
export interface GoldenSessionCase extends GoldenCaseBase {
  readonly year: number;
  readonly month: number;
  readonly expected: {
    readonly examDate: PlainDate;
    readonly registrationCloses: PlainDate;
    readonly sprintCourse?: DateSpan;
    readonly mockTest?: DateSpan;
    readonly scoresFrom: PlainDate;
    readonly certificatesBy: PlainDate;
    readonly certificateQueryFrom: PlainDate;
    readonly flags: {
      readonly examOnHoliday: boolean;
      readonly examOnMakeupWorkday: boolean;
      readonly provisional: boolean;
      readonly examDayProvisional?: boolean;
    };
    readonly provisional: readonly WorkingDayDateName[];
  };
}

/**
 * A golden scoring case: `scorePaper(paper, key, responses, { policy })` must give `expected`.
 *
 * @example
 * ```ts
 * goldenCases.scoring[0]?.expected;
 * //=> { total: 60, passed: true, pointsToPass: 0 } (600 questions of 0.1 points)
 * ```
 */
export interface GoldenScoringCase extends GoldenCaseBase {
  readonly paper: DeepReadonly<Paper>;
  readonly key: DeepReadonly<AnswerKey>;
  readonly responses: DeepReadonly<Responses>;
  readonly policy?: Partial<ScoringPolicy>;
  readonly expected: { readonly total: number; readonly passed: boolean; readonly pointsToPass: number };
}

/**
 * The golden cases by area.
 *
 * @example
 * ```ts
 * const { eligibility, sessions, scoring }: GoldenCases = goldenCases;
 * ```
 */
export interface GoldenCases {
  readonly eligibility: readonly GoldenEligibilityCase[];
  readonly sessions: readonly GoldenSessionCase[];
  readonly scoring: readonly GoldenScoringCase[];
}

/**
 * The hand-checked golden cases (about 80), deep-frozen, each with its reasoning in Chinese
 * and English: eligibility for every track and with every one of the 19 clauses as a clause
 * that makes the applicant eligible, a met / one-day-short pair for every time requirement
 * (exactly N full years vs one day short, 29 February starts and anniversaries, a
 * certificate held 1 year vs 1 year minus a day, enrolment's last day), a master's graduate
 * eligible for intermediate but not junior, unknown facts; exam sessions on holidays,
 * make-up working days and in unpublished years; exact scores (600 × 0.1 = 60). Plain data:
 * run each case against your code.
 *
 * @example
 * ```ts
 * import { checkEligibility } from 'skillcert/eligibility';
 * import { goldenCases } from 'skillcert/testing';
 *
 * for (const c of goldenCases.eligibility) {
 *   const result = checkEligibility(c.profile, c.query);
 *   if (result.status !== c.expected.status) throw new Error(`${c.name}: ${c.why.en}`);
 * }
 * goldenCases.sessions.find((c) => c.year === 2023 && c.month === 1)?.expected.flags.examOnMakeupWorkday;
 * //=> true
 * ```
 */
export const goldenCases: GoldenCases = /* @__PURE__ */ deepFreeze(cases as unknown as GoldenCases);
