/**
 * Checking the arguments of the schedule functions, and filling in their defaults.
 *
 * Each public function checks all its arguments together, so an issue's path starts with the
 * argument's name (`['year']`, `['month']`, `['options', 'policy', 'examDay']`) and every
 * problem is listed; a key an argument does not have (a misspelt or misplaced option) is a
 * problem too, since ignoring it would apply the default reading without a word. The checks
 * are written by hand, not as zod schemas: they are few and
 * small, and so the schedule's bundle carries no more zod than eligibility's does.
 * @module
 */
import { own } from '../core/own.js';
import { deepFreeze } from '../core/freeze.js';
import { chinaCalendar } from '../calendar/index.js';
import { isWorkingDayCalendar } from '../calendar/calendar.js';
import type { CalendarAnswer, DayKind, UncoveredPolicy, WorkingDayCalendar } from '../calendar/types.js';
import { isPlainDate, type PlainDate } from '../core/plain-date.js';
import { invalidInput, issue, readGuarded, SkillcertError, unknownValue, within, wrongType, type IssuePath, type ValidationIssue } from '../core/errors.js';
import { SCHEDULE_TEXTS as TEXTS } from './issue-texts.js';
import { describeValue } from '../core/describe-value.js';
import type { ExamDayRule } from './types.js';

/**
 * The years for which sessions are computed; a year outside them is `invalid-input`.
 *
 * @example
 * ```ts
 * SESSION_YEARS;
 * //=> { from: 1990, to: 2100 }
 * ```
 */
export const SESSION_YEARS = /* @__PURE__ */ deepFreeze({ from: 1990, to: 2100 } as const);

/**
 * The exam-day rule when none is given: the last Saturday of the month [I-18].
 *
 * @example
 * ```ts
 * DEFAULT_EXAM_DAY;
 * //=> 'last-saturday'
 * ```
 */
export const DEFAULT_EXAM_DAY: ExamDayRule = 'last-saturday';

/**
 * The schedule's answer for a year no notice has published yet: the estimate of [I-26] (the
 * law in force and the notices' custom), every date it touches named in `provisional`. The
 * default of every answer that can say `provisional` (the calendar's `*Detailed` methods and
 * `explainWorkingDays` too); a bare date (`examDate`, `reviewDueBy`) defaults to `'error'`.
 *
 * @example
 * ```ts
 * DEFAULT_UNCOVERED;
 * //=> 'estimate'
 * ```
 */
export const DEFAULT_UNCOVERED: UncoveredPolicy = 'estimate';

/** Options with their defaults filled in. */
export interface ResolvedOptions {
  readonly calendar: WorkingDayCalendar;
  /** Where the calendar was given (`['options', 'calendar']`), for an error in its answers. */
  readonly calendarPath: IssuePath;
  readonly examDay: ExamDayRule;
  readonly uncovered: UncoveredPolicy;
}

/** The fields an options object may have, as read (each checked, or `undefined`). */
interface OptionFields {
  calendar?: WorkingDayCalendar;
  policy?: OptionFields;
  examDay?: ExamDayRule;
  uncovered?: UncoveredPolicy;
}

/**
 * The name of a field of an options argument.
 *
 * @example
 * ```ts
 * const field: OptionName = 'uncovered';
 * ```
 */
export type OptionName = keyof OptionFields;
type Issues = ValidationIssue[];

/**
 * The fields of each options argument, in the order their problems are listed: the session
 * functions' `options`, their `policy`, `examDate`'s `policy`, and `reviewDueBy`'s `options`.
 *
 * @example
 * ```ts
 * OPTION_FIELDS.session;
 * //=> ['calendar', 'policy', 'uncovered']
 * ```
 */
export const OPTION_FIELDS = /* @__PURE__ */ deepFreeze({
  session: ['calendar', 'policy', 'uncovered'],
  sessionPolicy: ['examDay'],
  // One API: examDate takes the session functions' shape, with `examDay` in `policy`; a
  // top-level `examDay` is the deprecated 0.1 form, still read.
  examDate: ['calendar', 'policy', 'uncovered', 'examDay'],
  review: ['calendar', 'uncovered'],
} as const satisfies Record<string, readonly OptionName[]>);

const CHOICES = {
  examDay: ['exam-day-rule', 'last-saturday', 'avoid-holidays'],
  uncovered: ['uncovered-policy', 'error', 'estimate', 'weekends-only'],
} as const;

function checkInteger(value: unknown, what: 'year' | 'month', from: number, to: number, issues: Issues): void {
  if (!(Number.isInteger(value) && (value as number) >= from && (value as number) <= to)) {
    issues.push(value === undefined ? issue([what], 'required') : issue([what], 'out-of-range', { what, min: from, max: to, value: describeValue(value) }));
  }
}

// An optional options object: each named field is read once and checked at its own path.
function readOptions(value: unknown, path: IssuePath, names: readonly OptionName[], issues: Issues): OptionFields | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push(wrongType(path, 'options', value));
    return undefined;
  }
  // No prototype: a field not among `names` (a session's `examDay`) is absent, never inherited.
  const fields: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const name of names) {
    let field: unknown;
    try {
      field = own(value, name);
    } catch (error) {
      within(path, error);
    }
    const at = [...path, name];
    fields[name] = field;
    if (field === undefined) continue;
    if (name === 'policy') fields[name] = readOptions(field, at, OPTION_FIELDS.sessionPolicy, issues);
    else if (name === 'calendar') {
      if (!isWorkingDayCalendar(field)) {
        issues.push(wrongType(at, 'calendar', field, TEXTS));
      }
    } else {
      const [what, ...choices] = CHOICES[name];
      if (!(choices as readonly unknown[]).includes(field)) {
        issues.push(unknownValue(at, what, choices, field, TEXTS));
      }
    }
  }
  // A misspelt or misplaced option would leave its default in force without a word.
  for (const key of Object.keys(value)) if (!(names as readonly string[]).includes(key)) issues.push(unknownOption(key, path, names));
  return fields as OptionFields;
}

function unknownOption(key: string, path: IssuePath, names: readonly OptionName[]): ValidationIssue {
  const what = path[path.length - 1] === 'policy' ? 'policy-field' : 'option-key';
  const expected = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
  const params = { what, key, expected: expected as string };
  return issue([...path, key], 'unknown-key', key === 'examDay' && names.includes('policy') && !names.includes('examDay') ? { ...params, hint: 'policy' } : params, TEXTS);
}

/**
 * Checked arguments of a schedule function, with the defaults filled in (`year` and `month`
 * only when the function takes them).
 *
 * @example
 * ```ts
 * const { year, month, options }: ScheduleArguments = readScheduleArguments(undefined, 'options', OPTION_FIELDS.session, 'weekends-only', 2026, 9);
 * ```
 */
export interface ScheduleArguments {
  readonly year: number;
  readonly month: number;
  readonly options: ResolvedOptions;
}

/**
 * Checks the arguments of a schedule function: first its year and month, when given after
 * `uncovered` (1990–2100, 1–12), then its options argument (named `where`, with the fields
 * `names`). Throws `invalid-input` listing every problem, or "input could not be read" for a
 * hostile getter. Defaults: `chinaCalendar`, `'last-saturday'`, and `uncovered`.
 *
 * @example
 * ```ts
 * readScheduleArguments(undefined, 'options', OPTION_FIELDS.session, 'weekends-only', 2026, 9).options.examDay;
 * //=> 'last-saturday'
 * readScheduleArguments(undefined, 'options', OPTION_FIELDS.session, 'weekends-only', 2101);
 * // throws SkillcertError { code: 'invalid-input', issues: [{ path: ['year'], … }] }
 * ```
 */
export function readScheduleArguments(
  options: unknown,
  where: 'options' | 'policy',
  names: readonly OptionName[],
  uncovered: UncoveredPolicy,
  ...yearAndMonth: unknown[]
): ScheduleArguments {
  return readGuarded(() => {
    const issues: Issues = [];
    const [year, month] = yearAndMonth;
    if (yearAndMonth.length > 0) checkInteger(year, 'year', SESSION_YEARS.from, SESSION_YEARS.to, issues);
    if (yearAndMonth.length > 1) checkInteger(month, 'month', 1, 12, issues);
    const fields = readOptions(options, [where], names, issues);
    // examDate's 0.1 top-level `examDay` and its place in `policy` are one switch: both at once is refused.
    if (fields?.examDay !== undefined && fields.policy?.examDay !== undefined) {
      issues.push(issue([where, 'examDay'], 'conflicting-keys', { keys: 'policy.examDay, examDay', current: 'policy.examDay', deprecated: 'examDay' }, TEXTS));
    }
    if (issues.length > 0) throw invalidInput(issues);
    const resolved = {
      calendar: fields?.calendar ?? chinaCalendar,
      calendarPath: [where, 'calendar'],
      // examDay is a field of examDate's policy, and of the session options' policy.
      examDay: fields?.policy?.examDay ?? fields?.examDay ?? DEFAULT_EXAM_DAY,
      uncovered: fields?.uncovered ?? uncovered,
    };
    return { year: year as number, month: month as number, options: resolved };
  });
}

/**
 * Checks the options argument of a session function alone (default `uncovered: 'estimate'`).
 *
 * @example
 * ```ts
 * parseSessionOptions({ uncovered: 'error' }).uncovered;
 * //=> 'error'
 * ```
 */
export function parseSessionOptions(options: unknown): ResolvedOptions {
  return readScheduleArguments(options, 'options', OPTION_FIELDS.session, DEFAULT_UNCOVERED).options;
}

/**
 * Whether the calendar has the official schedule of a year.
 *
 * @example
 * ```ts
 * isCovered(resolved, 2026);
 * //=> true
 * ```
 */
export function isCovered(options: ResolvedOptions, year: number): boolean {
  return askCalendar(options, (calendar) => {
    const { years } = calendar.coverage;
    if (!Array.isArray(years)) throw new TypeError('coverage.years is not a list');
    return years.includes(year);
  });
}

/**
 * The kind of a day, asked of the options' calendar, its answer checked.
 *
 * @example
 * ```ts
 * calendarDayKind(resolved, '2026-10-01');
 * //=> 'holiday'
 * ```
 */
export function calendarDayKind(options: ResolvedOptions, date: PlainDate): DayKind {
  return askCalendar(options, (calendar) => {
    const kind: unknown = calendar.dayKind(date, { uncovered: options.uncovered });
    if (kind === 'workday' || kind === 'weekend' || kind === 'holiday' || kind === 'makeup-workday') return kind;
    throw new TypeError(`not a kind of day: ${describeValue(kind)}`);
  });
}

/**
 * The n-th working day after a date, asked of the options' calendar, its answer checked.
 *
 * @example
 * ```ts
 * calendarAddWorkingDays(resolved, '2026-09-26', 15).value;
 * //=> '2026-10-22'
 * ```
 */
export function calendarAddWorkingDays(options: ResolvedOptions, date: PlainDate, n: number): CalendarAnswer<PlainDate> {
  return askCalendar(options, (calendar) => {
    const answer: unknown = calendar.addWorkingDaysDetailed(date, n, { uncovered: options.uncovered });
    const { value, provisional } = (answer ?? {}) as Record<string, unknown>;
    if (isPlainDate(value) && typeof provisional === 'boolean') return { value, provisional };
    throw new TypeError(`not a date answer: ${describeValue(answer)}`);
  });
}

// A calendar's answers enter a session only checked: the library's calendars answer or throw
// SkillcertError (calendar-coverage, …), passed on; anything else is the calendar's fault,
// reported at the path it was given.
function askCalendar<T>(options: ResolvedOptions, ask: (calendar: WorkingDayCalendar) => T): T {
  try {
    return ask(options.calendar);
  } catch (cause) {
    if (cause instanceof SkillcertError) throw cause;
    const found = issue(options.calendarPath, 'calendar-failed', { reason: cause instanceof Error ? readGuarded(() => String(cause.message)) : describeValue(cause) }, TEXTS);
    throw new SkillcertError('invalid-input', found.message.en, { issues: [found], cause });
  }
}
