/**
 * `skillcert/calendar`: China's working-day calendar (RULES.md §4, §6; API.md "Calendar").
 * @module
 */
export { chinaCalendar, createChinaCalendarFromData } from './china-calendar.js';
export { createCalendar, MAX_WORKING_DAYS } from './calendar.js';
export { holidayNameOf, type HolidayName } from './holiday-name.js';
export { fromHolidayCn, type HolidayCnData, type HolidayCnDay, type HolidayCnFile } from './holiday-cn.js';
export { HOLIDAY_ERRATA, type Erratum, type HolidayNotice } from './errata.js';
export { NOTICE_HOLIDAYS, type NoticeHoliday } from './notice-names.js';
export type {
  CalendarAnswer,
  CalendarCoverage,
  CalendarData,
  CalendarOptions,
  DayKind,
  SkippedDay,
  UncoveredPolicy,
  WorkingDayCalendar,
  WorkingDaysExplanation,
  YearSchedule,
} from './types.js';
export { CHINA_TIME_ZONE, chinaDateFrom, chinaDateOf, chinaToday, type EpochInstant, type Instant } from '../core/china-time.js';
export { ISSUE_CODES, SkillcertError, type IssueCode, type IssueNoun, type IssueParams, type SkillcertErrorCode, type ValidationIssue } from '../core/errors.js';
export { isPlainDate, parsePlainDate, type PlainDate, type PlainDateInput } from '../core/plain-date.js';
