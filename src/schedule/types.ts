/**
 * The shapes of the schedule: exam sessions, the policy that places the exam day, and the
 * options every schedule function takes.
 * @module
 */
import type { WorkingDayCalendar, UncoveredPolicy } from '../calendar/types.js';
import type { PlainDate } from '../core/plain-date.js';

/**
 * Which Saturday of the month is the exam day [I-18]:
 * - `'last-saturday'` (default): the last Saturday of the month, never moved, even onto a
 *   public holiday or a make-up working day (the session's `flags` say so);
 * - `'avoid-holidays'`: the latest Saturday of the month that is neither a public holiday nor a
 *   make-up working day (falling back to the last Saturday if no Saturday of the month is free).
 */
export type ExamDayRule = 'last-saturday' | 'avoid-holidays';

/** The switchable readings of the schedule. */
export interface SchedulePolicy {
  /** How the exam day is placed [I-18]; default `'last-saturday'`. */
  readonly examDay?: ExamDayRule;
}

/**
 * The options of {@link examDate}, shaped like every other function's: the rule switches in
 * `policy`, the calendar consulted by `'avoid-holidays'` and what to do in an uncovered year
 * beside it.
 *
 * @example
 * ```ts
 * const options: ExamDateOptions = { policy: { examDay: 'avoid-holidays' }, uncovered: 'weekends-only' };
 * ```
 */
export interface ExamDateOptions {
  /** The schedule's switchable readings: `examDay` [I-18]. */
  readonly policy?: SchedulePolicy;
  /** The calendar consulted by `'avoid-holidays'`; default `chinaCalendar`. */
  readonly calendar?: WorkingDayCalendar;
  /** For `'avoid-holidays'` in a year without official data; default `'error'` (a bare date cannot say it is an estimate). */
  readonly uncovered?: UncoveredPolicy;
}

/**
 * The 0.1 argument of {@link examDate}, with `examDay` at the top level.
 *
 * @deprecated Since 0.2: pass {@link ExamDateOptions}, `{ policy: { examDay } }`. Still read for one minor version.
 */
export interface ExamDatePolicy extends SchedulePolicy {
  /** The calendar consulted by `'avoid-holidays'`; default `chinaCalendar`. */
  readonly calendar?: WorkingDayCalendar;
  /**
   * For `'avoid-holidays'` in a year without official data. Default `'error'` here: a bare
   * date cannot say it is an estimate. (`getSession` defaults to `'estimate'` and says so
   * in its flags.)
   */
  readonly uncovered?: UncoveredPolicy;
}

/** Options of the session functions (`getSession`, `sessionsInYear`, `nextOpenSession`, …). */
export interface SessionOptions {
  /** The working-day calendar; default `chinaCalendar`. */
  readonly calendar?: WorkingDayCalendar;
  /** The schedule's switchable readings. */
  readonly policy?: SchedulePolicy;
  /**
   * What to do with a day of a year whose official holiday schedule is not in the data.
   * Default `'estimate'`: estimate from the law in force and the notices' custom [I-26] and
   * name the estimated dates in the session's `provisional` list; `'weekends-only'` estimates
   * from weekends alone; `'error'` throws `calendar-coverage` with the year.
   */
  readonly uncovered?: UncoveredPolicy;
}

/** The names of a session's dates that are counted in working days, and so can be estimates. */
export type WorkingDayDateName = 'scoresFrom' | 'certificatesBy' | 'certificateQueryFrom';

/** A span of days, both ends inclusive. */
export interface DateSpan {
  readonly from: PlainDate;
  readonly to: PlainDate;
}

/** What is special about the exam day itself. */
export interface ExamSessionFlags {
  /** The exam falls on a statutory public holiday (it is not moved under the default [I-18]). */
  readonly examOnHoliday: boolean;
  /** The exam falls on a make-up working day (调休上班). */
  readonly examOnMakeupWorkday: boolean;
  /**
   * The exam lies in a year without official holiday data, so its kind is estimated from
   * weekends alone: the two flags above are `false` by estimate and, under `'avoid-holidays'`,
   * the exam date itself may still move. (An addition to API.md's flags.)
   */
  readonly examDayProvisional: boolean;
  /**
   * Some answer of the session is an estimate made without official holiday data: a date
   * named in `provisional`, or the exam day's kind (`examDayProvisional`).
   */
  readonly provisional: boolean;
}

/** One monthly exam session with all its dates (China civil dates). */
export interface ExamSession {
  /** `'YYYY-MM'`. */
  readonly id: string;
  /** The exam day [I-18]. */
  readonly examDate: PlainDate;
  /** Last day to register, inclusive: exam − 7 days [I-15]. */
  readonly registrationCloses: PlainDate;
  /** The sprint course on the learning platform: exam − 7 … exam − 1 [I-19]. */
  readonly sprintCourse: DateSpan;
  /** The pre-exam test: exam − 3 … exam − 2 [I-20]. */
  readonly mockTest: DateSpan;
  /** Scores can be queried from the 15th working day strictly after the exam [I-21]. */
  readonly scoresFrom: PlainDate;
  /** Certificates are issued by the 40th working day after the exam [I-21]. */
  readonly certificatesBy: PlainDate;
  /** Certificates can be queried from the 45th working day after the exam [I-21]. */
  readonly certificateQueryFrom: PlainDate;
  /** What is special about the exam day. */
  readonly flags: ExamSessionFlags;
  /** The dates computed without the official holiday schedule (from weekends alone). */
  readonly provisional: readonly WorkingDayDateName[];
}
