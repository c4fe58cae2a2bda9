/**
 * `skillcert/eligibility`: the scheme's tracks and levels, the applicant profile and its
 * schema, and who may apply for which level when (RULES.md sections 1–2).
 *
 * Carries no holiday data and no time-zone code: every date here is a plain China date.
 * @module
 */
export { ISSUE_CODES, SkillcertError, type IssueCode, type IssueNoun, type IssueParams, type SkillcertErrorCode, type ValidationIssue } from '../core/errors.js';
export type { PlainDate, PlainDateInput } from '../core/plain-date.js';
export {
  TRACKS,
  LEVELS,
  EDUCATION_LEVELS,
  isTrackId,
  isLevel,
  isEducationLevel,
  type Bilingual,
  type TrackId,
  type Level,
  type EducationLevel,
  type Track,
  type LevelInfo,
  type EducationLevelInfo,
} from './catalog.js';
export {
  profileSchema,
  MAX_WORK_PERIODS,
  MAX_CERTIFICATES,
  type Profile,
  type ProfileInput,
  type ProfileArgument,
  type Relatedness,
  type Education,
  type Enrolment,
  type WorkPeriod,
  type Certificate,
} from './profile.js';
export { DEFAULT_ELIGIBILITY_POLICY, type EligibilityPolicy, type EligibilityQuery, type TrackQuery } from './query.js';
export {
  CLAUSES,
  RULES_VERSION,
  type Clause,
  type ClauseId,
  type Requirement,
  type RequirementKind,
  type AcceptedEnrolment,
  type BrochureLocation,
} from './clauses.js';
export type { RequirementOutcome } from './requirements.js';
export {
  checkEligibility,
  checkAllLevels,
  experienceOf,
  type EligibilityResult,
  type EligibilityResultBase,
  type EligibleResult,
  type NotEligibleResult,
  type ClauseOutcome,
  type Experience,
} from './check.js';
export type { NextStep, NextStepBase, AnswerStep, WaitStep, ObtainStep, AnswerField, AnswerValues } from './next-steps.js';
