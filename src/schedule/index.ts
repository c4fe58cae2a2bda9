/**
 * `skillcert/schedule`: monthly exam sessions, their registration and result dates, and what
 * an application must carry.
 * @module
 */
export { earliestSession, MAX_ELIGIBILITY_CHECKS, type EarliestSessionQuery, type SessionWithEligibility } from './earliest.js';
export { examDate } from './exam-date.js';
export { toICalendar, MAX_ICALENDAR_SESSIONS, type ICalendarOptions } from './ical.js';
export { getSession, nextOpenSession, sessionsInYear, SESSION_OFFSETS } from './sessions.js';
export { registrationStatus, reviewDueBy, reviewDueByDetailed, type RegistrationStatus, type ReviewOptions } from './registration.js';
export {
  checkMaterials,
  PROOF_OF_ENROLMENT,
  REQUIRED_MATERIALS,
  type MaterialCondition,
  type MaterialId,
  type MaterialsCheck,
  type RegistrationMaterial,
} from './materials.js';
export { SESSION_YEARS } from './options.js';
export { SESSION_DATE_LABELS, type SessionDateField } from './labels.js';
export type {
  DateSpan,
  ExamDateOptions,
  ExamDatePolicy,
  ExamDayRule,
  ExamSession,
  ExamSessionFlags,
  SchedulePolicy,
  SessionOptions,
  WorkingDayDateName,
} from './types.js';
