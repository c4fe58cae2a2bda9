/**
 * Monthly exam sessions and all their dates.
 * @module
 */
import { deepFreeze } from '../core/freeze.js';
import { chinaDateFrom, currentInstant, type Instant } from '../core/china-time.js';
import { invalidInput, issue, type IssuePath } from '../core/errors.js';
import { SCHEDULE_TEXTS } from './issue-texts.js';
import { civilOf, formatPlainDate, fromDayNumber, toDayNumber, type DayNumber, type PlainDate } from '../core/plain-date.js';
import { examDayOf } from './exam-date.js';
import { calendarAddWorkingDays, calendarDayKind, DEFAULT_UNCOVERED, isCovered, OPTION_FIELDS, parseSessionOptions, readScheduleArguments, SESSION_YEARS, type ResolvedOptions } from './options.js';
import type { ExamSession, SessionOptions, WorkingDayDateName } from './types.js';

/**
 * The session's dates as offsets from the exam day: calendar days before it [I-15] [I-19]
 * [I-20], and working days strictly after it [I-21].
 *
 * @example
 * ```ts
 * SESSION_OFFSETS.workingDaysAfterExam.scoresFrom;
 * //=> 15
 * ```
 */
export const SESSION_OFFSETS = /* @__PURE__ */ deepFreeze({
  /** Calendar days from the exam day (negative: before it). */
  calendarDays: {
    registrationCloses: -7,
    sprintCourse: { from: -7, to: -1 },
    mockTest: { from: -3, to: -2 },
  },
  /** Working days strictly after the exam day. */
  workingDaysAfterExam: { scoresFrom: 15, certificatesBy: 40, certificateQueryFrom: 45 },
} as const);

const BEFORE = SESSION_OFFSETS.calendarDays;
const AFTER = SESSION_OFFSETS.workingDaysAfterExam;

/**
 * Builds a session from checked arguments (see {@link getSession}).
 *
 * @example
 * ```ts
 * buildSession(2026, 9, { calendar: chinaCalendar, calendarPath: ['options', 'calendar'], examDay: 'last-saturday', uncovered: 'weekends-only' }).examDate;
 * //=> '2026-09-26'
 * ```
 */
export function buildSession(year: number, month: number, options: ResolvedOptions): ExamSession {
  const exam = examDayOf(year, month, options);
  const at = (offset: number): PlainDate => fromDayNumber(exam + offset);
  const examDate = at(0);
  // The exam day's own kind; under 'error' this is where an uncovered exam year throws.
  const kind = calendarDayKind(options, examDate);
  const examDayProvisional = !isCovered(options, year);

  // Counted in steps (15, then 25 more, then 5 more): each result is a working day, so the
  // n-th working day after it is the (15 + n)-th after the exam. A later date is an estimate
  // when any day up to it was.
  const scores = calendarAddWorkingDays(options, examDate, AFTER.scoresFrom);
  const certificates = calendarAddWorkingDays(options, scores.value, AFTER.certificatesBy - AFTER.scoresFrom);
  const query = calendarAddWorkingDays(options, certificates.value, AFTER.certificateQueryFrom - AFTER.certificatesBy);
  const provisional: WorkingDayDateName[] = [];
  if (scores.provisional) provisional.push('scoresFrom');
  if (scores.provisional || certificates.provisional) provisional.push('certificatesBy');
  if (scores.provisional || certificates.provisional || query.provisional) provisional.push('certificateQueryFrom');

  return {
    id: formatPlainDate(year, month, 1).slice(0, 7),
    examDate,
    registrationCloses: at(BEFORE.registrationCloses),
    sprintCourse: { from: at(BEFORE.sprintCourse.from), to: at(BEFORE.sprintCourse.to) },
    mockTest: { from: at(BEFORE.mockTest.from), to: at(BEFORE.mockTest.to) },
    scoresFrom: scores.value,
    certificatesBy: certificates.value,
    certificateQueryFrom: query.value,
    flags: {
      examOnHoliday: kind === 'holiday',
      examOnMakeupWorkday: kind === 'makeup-workday',
      examDayProvisional,
      provisional: examDayProvisional || provisional.length > 0,
    },
    provisional,
  };
}

/**
 * The exam session of a month with all its dates: exam day [I-18], registration deadline
 * [I-15], sprint course [I-19], pre-exam test [I-20], and the score and certificate dates
 * counted in working days strictly after the exam [I-21].
 *
 * By default (`uncovered: 'estimate'`) a date that needs a year without official holiday
 * data (every autumn, the next year's) is estimated from the law and the notices' custom
 * [I-26] (`'weekends-only'`: from weekends alone) and named in
 * `provisional`; `flags.provisional` is then true. When the exam itself lies in such a year,
 * whether it is a holiday is unknown: both exam flags are `false` by estimate and
 * `flags.examDayProvisional` (so also `flags.provisional`) is true. With `uncovered: 'error'` such a session throws
 * `calendar-coverage` with the year.
 *
 * Throws `invalid-input` for a year outside 1990–2100 (path `['year']`), a month outside 1–12
 * (`['month']`), or bad options (`['options', …]`).
 *
 * @param year - 1990–2100.
 * @param month - 1–12.
 * @param options - `calendar` (default `chinaCalendar`), `policy.examDay`, `uncovered`.
 *
 * @example
 * ```ts
 * getSession(2026, 9);
 * //=> { id: '2026-09', examDate: '2026-09-26', registrationCloses: '2026-09-19',
 * //     sprintCourse: { from: '2026-09-19', to: '2026-09-25' },
 * //     mockTest: { from: '2026-09-23', to: '2026-09-24' },
 * //     scoresFrom: '2026-10-22', certificatesBy: '2026-11-26', certificateQueryFrom: '2026-12-03',
 * //     flags: { examOnHoliday: true, examOnMakeupWorkday: false, examDayProvisional: false, provisional: false },
 * //     provisional: [] }
 * getSession(2026, 12).provisional;
 * //=> ['scoresFrom', 'certificatesBy', 'certificateQueryFrom']
 * getSession(2026, 12, { uncovered: 'error' });
 * // throws SkillcertError { code: 'calendar-coverage', year: 2027 }
 * ```
 */
export function getSession(year: number, month: number, options?: SessionOptions): ExamSession {
  const parsed = readScheduleArguments(options, 'options', OPTION_FIELDS.session, DEFAULT_UNCOVERED, year, month);
  return buildSession(parsed.year, parsed.month, parsed.options);
}

/**
 * The twelve sessions of a year, January to December (see {@link getSession}).
 *
 * @example
 * ```ts
 * sessionsInYear(2026).map((session) => session.examDate);
 * //=> ['2026-01-31', '2026-02-28', '2026-03-28', …, '2026-12-26']
 * ```
 */
export function sessionsInYear(year: number, options?: SessionOptions): ExamSession[] {
  const parsed = readScheduleArguments(options, 'options', OPTION_FIELDS.session, DEFAULT_UNCOVERED, year);
  return Array.from({ length: 12 }, (_, index) => buildSession(parsed.year, index + 1, parsed.options));
}

/**
 * The first session whose registration is still open on a day (its `registrationCloses` is on
 * or after it), or null when that session would lie outside 1990–2100.
 *
 * @example
 * ```ts
 * sessionClosingOnOrAfter(dayNumberOf(2026, 11, 22), resolved)?.id;
 * //=> '2026-12'
 * ```
 */
export function sessionClosingOnOrAfter(day: DayNumber, options: ResolvedOptions): ExamSession | null {
  let { year, month } = civilOf(day);
  // A month's registration closes before the month ends, so the answer is this month's session
  // or the next one's.
  for (let step = 0; step < 2; step++) {
    if (year > SESSION_YEARS.to) return null;
    if (year >= SESSION_YEARS.from && examDayOf(year, month, options) + BEFORE.registrationCloses >= day) {
      return buildSession(year, month, options);
    }
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return null;
}

/**
 * {@link sessionClosingOnOrAfter}, throwing `invalid-input` at `path` when there is none.
 *
 * @example
 * ```ts
 * requireSessionClosingOnOrAfter(dayNumberOf(2100, 12, 25), resolved, ['now']);
 * // throws SkillcertError { code: 'invalid-input', issues: [{ path: ['now'], … }] }
 * ```
 */
export function requireSessionClosingOnOrAfter(day: DayNumber, options: ResolvedOptions, path: IssuePath): ExamSession {
  const session = sessionClosingOnOrAfter(day, options);
  if (session !== null) return session;
  throw invalidInput([issue(path, 'no-open-session', { date: fromDayNumber(day), from: SESSION_YEARS.from, to: SESSION_YEARS.to }, SCHEDULE_TEXTS)]);
}

/**
 * The first session whose registration is still open on the China civil date of `now`
 * (registration closes at the end of exam − 7 days, China time [I-15]). `now` is an instant
 * (a `Date`, epoch milliseconds, an ISO string with an offset: `2026-11-21T16:00:00Z` is
 * already 22 November in China) or a plain date `"YYYY-MM-DD"`; without it (or `undefined`),
 * the present moment.
 *
 * @param now - The moment (or China civil date) to look from; default now.
 * @param options - As for {@link getSession}.
 *
 * @example
 * ```ts
 * nextOpenSession('2026-11-21').id;
 * //=> '2026-11'   (registration for the 28 November exam closes on the 21st)
 * nextOpenSession('2026-11-21T16:00:00Z').id;
 * //=> '2026-12'   (already 22 November in China)
 * nextOpenSession().registrationCloses >= chinaToday();
 * //=> true
 * ```
 */
export function nextOpenSession(now?: Instant | PlainDate, options?: SessionOptions): ExamSession {
  // Read the clock only when no moment is given (an instant, not the host's time zone).
  const today = chinaDateFrom(now === undefined ? currentInstant() : now, ['now']);
  return requireSessionClosingOnOrAfter(toDayNumber(today), parseSessionOptions(options), ['now']);
}
