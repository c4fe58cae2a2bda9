/**
 * `skillcert/testing`: fast-check arbitraries of valid inputs (dates, profiles, papers with
 * responses) and hand-checked golden cases, for other apps' test suites. Needs the optional
 * peer dependency fast-check (3 or 4).
 * @module
 */
export { arbPlainDate, DEFAULT_DATE_RANGE, type DateRange } from './dates.js';
export {
  arbCertificate,
  arbEducation,
  arbEducationLevel,
  arbEnrolment,
  arbLevel,
  arbProfile,
  arbRelatedness,
  arbTrack,
  arbWorkPeriod,
  type ArbCertificate,
  type ArbWorkPeriod,
  type ListSize,
  type ProfileOptions,
} from './profiles.js';
export { arbPaperWithResponses, arbScoringPolicy, CHOICE_OPTIONS, type PaperOptions, type PaperWithResponses } from './papers.js';
export {
  goldenCases,
  type GoldenCaseBase,
  type GoldenCases,
  type GoldenEligibilityCase,
  type GoldenScoringCase,
  type GoldenSessionCase,
} from './golden.js';
export { arbEligibilityCase, arbEligibilityPolicy, type EligibilityCase, type EligibilityCaseOptions } from './eligibility-cases.js';
export { arbWorkingDayCase, type WorkingDayCase, type WorkingDayCaseOptions } from './working-day-cases.js';
export { arbScoringCase, type ScoringCase, type ScoringCaseOptions } from './scoring-cases.js';
