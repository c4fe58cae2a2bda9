/**
 * The exam day of a month [I-18], on integer day numbers.
 * @module
 */
import type { DayKind } from '../calendar/types.js';
import { daysInMonth, dayNumberOf, fromDayNumber, weekdayOf, type DayNumber, type PlainDate } from '../core/plain-date.js';
import { calendarDayKind, OPTION_FIELDS, readScheduleArguments, type ResolvedOptions } from './options.js';
import type { ExamDateOptions, ExamDatePolicy } from './types.js';

const SATURDAY = 6;

/**
 * The day number of the last Saturday of a month (no checks: callers pass a valid month).
 *
 * @example
 * ```ts
 * fromDayNumber(lastSaturdayOf(2026, 10));
 * //=> '2026-10-31'
 * ```
 */
export function lastSaturdayOf(year: number, month: number): DayNumber {
  const lastDay = dayNumberOf(year, month, daysInMonth(year, month));
  return lastDay - ((weekdayOf(lastDay) - SATURDAY + 7) % 7);
}

/** Whether an exam may be held on a Saturday of this kind under `'avoid-holidays'`. */
function isFreeSaturday(kind: DayKind): boolean {
  switch (kind) {
    case 'holiday':
    case 'makeup-workday':
      return false;
    case 'weekend':
    case 'workday':
      return true;
    default:
      return kind satisfies never;
  }
}

/**
 * The exam day of a month under a resolved policy [I-18]. Under `'avoid-holidays'` it steps
 * back a week at a time while the Saturday is a holiday or a make-up working day, staying in
 * the month (if every Saturday is taken, the last one stands and the session's flags say so).
 *
 * @example
 * ```ts
 * fromDayNumber(examDayOf(2026, 9, { calendar: chinaCalendar, calendarPath: ['policy', 'calendar'], examDay: 'avoid-holidays', uncovered: 'error' }));
 * //=> '2026-09-19'
 * ```
 */
export function examDayOf(year: number, month: number, options: ResolvedOptions): DayNumber {
  const last = lastSaturdayOf(year, month);
  if (options.examDay === 'last-saturday') return last;
  const firstOfMonth = dayNumberOf(year, month, 1);
  for (let day = last; day >= firstOfMonth; day -= 7) {
    if (isFreeSaturday(calendarDayKind(options, fromDayNumber(day)))) return day;
  }
  return last;
}

/**
 * The exam date of a month [I-18]: by default the last Saturday of the calendar month (China
 * civil date), never moved. With `{ policy: { examDay: 'avoid-holidays' } }` it is the latest
 * Saturday of the month that is neither a public holiday nor a make-up working day, judged by
 * `options.calendar` (default `chinaCalendar`); that rule needs the year's official holiday
 * schedule and, since a bare date cannot say it is an estimate, throws `calendar-coverage`
 * for an uncovered year unless `options.uncovered` is `'weekends-only'` (then the last Saturday
 * stands). `getSession` reports such estimates in its flags instead. The 0.1 form with
 * `examDay` at the top level (`{ examDay: 'avoid-holidays' }`) is still read (deprecated).
 *
 * Throws `invalid-input` for a year outside 1990–2100 (path `['year']`), a month outside 1–12
 * (`['month']`), a non-integer, or an unknown option (`['options', …]`).
 *
 * @param year - 1990–2100.
 * @param month - 1–12.
 * @param options - `policy.examDay`, and the calendar it consults.
 * @returns The exam day, `"YYYY-MM-DD"`.
 *
 * @example
 * ```ts
 * examDate(2026, 9);
 * //=> '2026-09-26'   (Mid-Autumn Festival: kept, and flagged by getSession)
 * examDate(2026, 9, { policy: { examDay: 'avoid-holidays' } });
 * //=> '2026-09-19'
 * examDate(2026, 13);
 * // throws SkillcertError { code: 'invalid-input', issues: [{ path: ['month'], … }] }
 * ```
 */
export function examDate(year: number, month: number, options?: ExamDateOptions): PlainDate;
/**
 * The 0.1 form of {@link examDate}, with `examDay` at the top level of its third argument.
 *
 * @deprecated Since 0.2: pass `{ policy: { examDay } }` ({@link ExamDateOptions}). Still read, with the same answers, for one minor version; not together with `policy.examDay`.
 * @example
 * ```ts
 * examDate(2026, 9, { examDay: 'avoid-holidays' }); // now: { policy: { examDay: 'avoid-holidays' } }
 * //=> '2026-09-19'
 * ```
 */
export function examDate(year: number, month: number, policy?: ExamDatePolicy): PlainDate;
export function examDate(year: number, month: number, options?: ExamDateOptions | ExamDatePolicy): PlainDate {
  const parsed = readScheduleArguments(options, 'options', OPTION_FIELDS.examDate, 'error', year, month);
  return fromDayNumber(examDayOf(parsed.year, parsed.month, parsed.options));
}
