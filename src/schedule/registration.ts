/**
 * Registration: whether a session still takes registrations, and when the qualification
 * review is due.
 * @module
 */
import { own } from '../core/own.js';
import type { CalendarAnswer, UncoveredPolicy, WorkingDayCalendar } from '../calendar/types.js';
import { chinaDateFrom, type Instant } from '../core/china-time.js';
import { invalidInput, readGuarded, within, wrongType } from '../core/errors.js';
import { SCHEDULE_TEXTS } from './issue-texts.js';
import { parsePlainDate, toDayNumber, type PlainDate } from '../core/plain-date.js';
import { describeValue } from '../core/describe-value.js';
import { calendarAddWorkingDays, DEFAULT_UNCOVERED, OPTION_FIELDS, readScheduleArguments } from './options.js';
import type { ExamSession } from './types.js';

/** Where a session's registration stands on a given China date. */
export interface RegistrationStatus {
  /** Registration is still accepted (today ≤ `closes`) [I-15]. */
  readonly open: boolean;
  /**
   * Days from today to the closing day: 0 on the closing day itself (its last day), 1 the day
   * before; negative once closed (−1 the day after).
   */
  readonly daysLeft: number;
  /** The last day to register, inclusive. */
  readonly closes: PlainDate;
  /** The China civil date of `now`. */
  readonly today: PlainDate;
}

/**
 * Whether a session's registration is open at a moment, judged on China's civil date
 * (registration closes at the end of exam − 7 days, China time [I-15]). The brochure gives no
 * opening day, so a session is open at any time up to its closing day.
 *
 * @param session - A session from `getSession` (only `registrationCloses` is read).
 * @param now - An instant (`Date`, epoch ms, ISO string with offset) or a plain date.
 *
 * @example
 * ```ts
 * registrationStatus(getSession(2026, 11), '2026-11-21T15:59:59Z');
 * //=> { open: true, daysLeft: 0, closes: '2026-11-21', today: '2026-11-21' }
 * registrationStatus(getSession(2026, 11), '2026-11-21T16:00:00Z');
 * //=> { open: false, daysLeft: -1, closes: '2026-11-21', today: '2026-11-22' }
 * ```
 */
export function registrationStatus(session: Pick<ExamSession, 'registrationCloses'>, now: Instant | PlainDate): RegistrationStatus {
  if (typeof session !== 'object' || session === null) {
    throw invalidInput([wrongType(['session'], 'session', session, SCHEDULE_TEXTS)]);
  }
  const closes = parsePlainDate(readGuarded(() => {
    try {
      return own(session, 'registrationCloses');
    } catch (error) {
      return within('session', error);
    }
  }), ['session', 'registrationCloses']);
  const today = chinaDateFrom(now, ['now']);
  const daysLeft = toDayNumber(closes) - toDayNumber(today);
  return { open: daysLeft >= 0, daysLeft, closes, today };
}

/** Options of {@link reviewDueBy}. */
export interface ReviewOptions {
  /** The working-day calendar; default `chinaCalendar`. */
  readonly calendar?: WorkingDayCalendar;
  /** For a day of a year without official holiday data; see each function for its default. */
  readonly uncovered?: UncoveredPolicy;
}

function reviewDue(submittedOn: unknown, options: unknown, defaultUncovered: UncoveredPolicy): CalendarAnswer<PlainDate> {
  const submitted = parsePlainDate(submittedOn, ['submittedOn']);
  const resolved = readScheduleArguments(options, 'options', OPTION_FIELDS.review, defaultUncovered).options;
  // [I-16]: "within 1 working day" = by the first working day strictly after submission.
  return calendarAddWorkingDays(resolved, submitted, 1);
}

/**
 * The day by which the qualification review is due: the first working day after the
 * submission date [I-16]. A submission on a Friday before a holiday is reviewed after it.
 *
 * Since a bare date cannot say it is an estimate, the default here is `uncovered: 'error'`:
 * a due day in a year without official holiday data throws `calendar-coverage` (with the
 * year). Use {@link reviewDueByDetailed} for an estimate that says so.
 *
 * @param submittedOn - The day the institution submitted the application.
 * @param options - `calendar` (default `chinaCalendar`), `uncovered` (default `'error'`).
 *
 * @example
 * ```ts
 * reviewDueBy('2026-09-30');
 * //=> '2026-10-08'   (National Day holidays skipped)
 * reviewDueBy('2026-12-31');
 * // throws SkillcertError { code: 'calendar-coverage', year: 2027 }
 * ```
 */
export function reviewDueBy(submittedOn: PlainDate | string, options?: ReviewOptions): PlainDate {
  return reviewDue(submittedOn, options, 'error').value;
}

/**
 * {@link reviewDueBy} with whether the answer is an estimate. Defaults to
 * `uncovered: 'estimate'` [I-26], as the schedule does: a due day in a year without official
 * data is counted from weekends alone and comes back with `provisional: true`.
 *
 * @example
 * ```ts
 * reviewDueByDetailed('2026-12-31');
 * //=> { value: '2027-01-01', provisional: true }
 * reviewDueByDetailed('2026-09-30');
 * //=> { value: '2026-10-08', provisional: false }
 * ```
 */
export function reviewDueByDetailed(submittedOn: PlainDate | string, options?: ReviewOptions): CalendarAnswer<PlainDate> {
  return reviewDue(submittedOn, options, DEFAULT_UNCOVERED);
}
