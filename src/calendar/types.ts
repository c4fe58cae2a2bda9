/**
 * The shape of a working-day calendar, separate from its implementation so that the
 * schedule can depend on the interface alone.
 * @module
 */
import type { PlainDate, PlainDateInput } from '../core/plain-date.js';

/** What kind of day a date is in China's working-day calendar. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

/**
 * What to do when a day is needed from a year whose official schedule is not in the data:
 * `'error'` throws `SkillcertError` `calendar-coverage`; `'estimate'` follows the law in force
 * and the notices' custom [I-26]; `'weekends-only'` treats Monday–Friday as working days. Both
 * estimates mark the result `provisional`.
 */
export type UncoveredPolicy = 'error' | 'estimate' | 'weekends-only';

/**
 * Options of calendar methods.
 *
 * @example
 * ```ts
 * chinaCalendar.addWorkingDaysDetailed('2026-12-28', 10, { uncovered: 'weekends-only' });
 * ```
 */
export interface CalendarOptions {
  /**
   * What to do with a day of a year without official data. The default follows what the
   * answer can say: `'estimate'` [I-26] for the methods whose answer carries `provisional`
   * (`addWorkingDaysDetailed`, `workingDaysBetweenDetailed`, `explainWorkingDays`), `'error'`
   * for those answering a bare value (`dayKind`, `isWorkingDay`, `addWorkingDays`,
   * `workingDaysBetween`), which could not tell an estimate from the official day.
   */
  uncovered?: UncoveredPolicy;
}

/** A year's official schedule: its public holidays and its make-up working days (调休上班). */
export interface YearSchedule {
  /** Public holidays: a list of dates, or a map from date to a name (`"National Day,国庆节,3"` or any label). */
  holidays: Record<string, string> | readonly string[];
  /** Make-up working days: a list of dates, or a map from date to a name. */
  workdays: Record<string, string> | readonly string[];
}

/** Data for {@link WorkingDayCalendar} construction: the covered years and their days. */
export interface CalendarData extends YearSchedule {
  /** The years whose official schedule the data holds in full. */
  years: readonly number[];
}

/** The years a calendar has official data for. */
export interface CalendarCoverage {
  /** First covered year. */
  readonly from: number;
  /** Last covered year. */
  readonly to: number;
  /** Every covered year, ascending (may have gaps once `withYear` adds a later one). */
  readonly years: readonly number[];
  /**
   * The last final day, 28 December of the last covered year [I-25]: the days after it are
   * published but the next year's notice may still move them, so an answer that used one is
   * provisional (never an error). Likewise 29–31 December of a covered year followed by a gap.
   */
  readonly finalThrough: PlainDate;
}

/** A day passed over while counting working days, with the reason. */
export interface SkippedDay {
  readonly date: PlainDate;
  readonly kind: 'weekend' | 'holiday';
  /** Holiday name, zh and en, when the data names it. */
  readonly name?: { readonly zh: string; readonly en: string };
  /** `true` for a holiday of an uncovered year estimated under `uncovered: 'estimate'` [I-26]. */
  readonly estimated?: true;
}

/** The result of {@link WorkingDayCalendar.explainWorkingDays}. */
export interface WorkingDaysExplanation {
  /** The date reached. */
  readonly result: PlainDate;
  /** Every day between the start and the result that did not count, in order. */
  readonly skipped: readonly SkippedDay[];
  /** Make-up working days that counted although they fall on a weekend. */
  readonly makeupWorkdays: readonly PlainDate[];
  /** Those of `makeupWorkdays` that are estimated (`uncovered: 'estimate'`, [I-26]); present only when there are any. */
  readonly estimatedMakeupWorkdays?: readonly PlainDate[];
  /** True when a day of an uncovered year was estimated, or a day after `coverage.finalThrough` was used [I-25]. */
  readonly provisional: boolean;
}

/** A date computed by a calendar, with whether it was estimated. */
export interface CalendarAnswer<T> {
  readonly value: T;
  /**
   * True when a day of an uncovered year was used (only under an estimating `uncovered`), or a
   * published day that is not final yet (after `coverage.finalThrough`, [I-25]).
   */
  readonly provisional: boolean;
}

/**
 * China's working days: Monday–Friday, minus public holidays, plus make-up working days.
 * When a method needs a day of a year outside `coverage`, the methods whose answer carries
 * `provisional` (`addWorkingDaysDetailed`, `workingDaysBetweenDetailed`, `explainWorkingDays`)
 * estimate it by default (`uncovered: 'estimate'`, [I-26]) and say `provisional: true`; the
 * methods answering a bare value throw `SkillcertError` `calendar-coverage` (with `year`)
 * unless `uncovered: 'estimate'` or `'weekends-only'` is passed.
 */
export interface WorkingDayCalendar {
  /** The years whose official schedule is in the data. */
  readonly coverage: CalendarCoverage;
  /** The kind of a day; default `uncovered: 'error'`. */
  dayKind(date: PlainDateInput, options?: CalendarOptions): DayKind;
  /** Whether a day is a working day; default `uncovered: 'error'`. */
  isWorkingDay(date: PlainDateInput, options?: CalendarOptions): boolean;
  /** n > 0: the n-th working day strictly after `date`; n < 0: strictly before; n = 0: `date` itself. Default `uncovered: 'error'`. */
  addWorkingDays(date: PlainDateInput, n: number, options?: CalendarOptions): PlainDate;
  /** Like `addWorkingDays`, also saying whether an uncovered year was estimated; default `uncovered: 'estimate'`. */
  addWorkingDaysDetailed(date: PlainDateInput, n: number, options?: CalendarOptions): CalendarAnswer<PlainDate>;
  /** Working days in (a, b]; when b < a, minus the count in (b, a]. Default `uncovered: 'error'`. */
  workingDaysBetween(a: PlainDateInput, b: PlainDateInput, options?: CalendarOptions): number;
  /** Like `workingDaysBetween`, also saying whether an uncovered year was estimated; default `uncovered: 'estimate'`. */
  workingDaysBetweenDetailed(a: PlainDateInput, b: PlainDateInput, options?: CalendarOptions): CalendarAnswer<number>;
  /** `addWorkingDays` with every skipped day named, and whether it is provisional; default `uncovered: 'estimate'`. */
  explainWorkingDays(date: PlainDateInput, n: number, options?: CalendarOptions): WorkingDaysExplanation;
  /** A new calendar with one more year's official schedule; the original is unchanged. */
  withYear(year: number, data: YearSchedule): WorkingDayCalendar;
}
