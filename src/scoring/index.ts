/**
 * `skillcert/scoring`: papers, answer keys and exact scoring (第二部分 四 4(3); [I-22], [I-23]).
 * Needs only zod/mini: no calendar, no holiday data.
 * @module
 */
export { ISSUE_CODES, SkillcertError, type IssueCode, type IssueNoun, type IssueParams, type SkillcertErrorCode, type ValidationIssue } from '../core/errors.js';
export {
  answerKeySchema,
  FULL_MARKS,
  MAX_OPTIONS,
  MAX_QUESTIONS,
  paperSchema,
  QUESTION_KINDS,
  responsesSchema,
  type AnswerKey,
  type Paper,
  type Question,
  type QuestionKind,
  type Responses,
  type Section,
} from './paper.js';
export { blueprint, QUESTION_ID_PREFIX, type Blueprint, type SectionPlan } from './blueprint.js';
export {
  DEFAULT_SCORING_POLICY,
  PASS_MARK,
  scorePaper,
  scoringPolicySchema,
  type MultipleChoicePolicy,
  type PaperScore,
  type QuestionScore,
  type ScoringOptions,
  type ScoringPolicy,
  type SectionScore,
  type Verdict,
} from './score.js';
