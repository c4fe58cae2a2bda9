/**
 * Checking the arguments of the schedule functions, and filling in their defaults.
 *
 * Each public function parses all its arguments with one schema, so an issue's path starts
 * with the argument's name: `['year']`, `['month']`, `['options', 'policy', 'examDay']`.
 * @module
 */
import * as z from 'zod/mini';
import { chinaCalendar } from '../calendar/index.js';
import type { UncoveredPolicy, WorkingDayCalendar } from '../calendar/types.js';
import { describeValue, parseInput } from '../core/validation.js';
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
export const SESSION_YEARS = { from: 1990, to: 2100 } as const;

/** Options with their defaults filled in. */
export interface ResolvedOptions {
  readonly calendar: WorkingDayCalendar;
  readonly examDay: ExamDayRule;
  readonly uncovered: UncoveredPolicy;
}

function isWorkingDayCalendar(value: unknown): value is WorkingDayCalendar {
  if (typeof value !== 'object' || value === null) return false;
  const calendar = value as Partial<Record<keyof WorkingDayCalendar, unknown>>;
  const coverage = calendar.coverage as { years?: unknown } | undefined;
  return (
    typeof calendar.dayKind === 'function' &&
    typeof calendar.addWorkingDaysDetailed === 'function' &&
    typeof coverage === 'object' &&
    coverage !== null &&
    Array.isArray(coverage.years)
  );
}

function integerIn(what: string, from: number, to: number) {
  const message = (issue: { input: unknown }) => `expected an integer ${what} ${from}–${to}, got ${describeValue(issue.input)}`;
  return z.int({ error: message }).check(z.gte(from, { error: message }), z.lte(to, { error: message }));
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  const expected = values.map((value) => `'${value}'`).join(' or ');
  return z.enum(values, { error: (issue) => `unknown ${what}: ${describeValue(issue.input)} (expected ${expected})` });
}

function optionsObject<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.optional(z.object(shape, { error: (issue) => `expected an options object, got ${describeValue(issue.input)}` }));
}

function buildSchemas() {
  const examDay = z.optional(oneOf(['last-saturday', 'avoid-holidays'], 'exam-day rule'));
  const uncovered = z.optional(oneOf(['error', 'weekends-only'], 'uncovered-year policy'));
  const calendar = z.optional(
    z.custom<WorkingDayCalendar>(isWorkingDayCalendar, {
      error: (issue) => `not a working-day calendar: ${describeValue(issue.input)} (expected chinaCalendar or one from createCalendar)`,
    }),
  );
  const year = integerIn('year', SESSION_YEARS.from, SESSION_YEARS.to);
  const month = integerIn('month', 1, 12);
  const sessionOptions = optionsObject({ calendar, policy: optionsObject({ examDay }), uncovered });
  // One object per signature, so an issue's path starts with the argument's name.
  return {
    monthArguments: z.object({ year, month, options: sessionOptions }),
    yearArguments: z.object({ year, options: sessionOptions }),
    optionsArgument: z.object({ options: sessionOptions }),
    examDateArguments: z.object({ year, month, policy: optionsObject({ examDay, calendar, uncovered }) }),
    reviewOptionsArgument: z.object({ options: optionsObject({ calendar, uncovered }) }),
  };
}

let built: ReturnType<typeof buildSchemas> | undefined;

/** The schemas of the schedule's arguments, built on first use (no work at import). */
export function scheduleSchemas(): ReturnType<typeof buildSchemas> {
  built ??= buildSchemas();
  return built;
}

type SessionOptionsInput = z.output<ReturnType<typeof buildSchemas>['optionsArgument']>['options'];

/** Parsed session options with defaults: `chinaCalendar`, `'last-saturday'`, `'weekends-only'`. */
export function resolveSessionOptions(options: SessionOptionsInput): ResolvedOptions {
  return {
    calendar: options?.calendar ?? chinaCalendar,
    examDay: options?.policy?.examDay ?? 'last-saturday',
    uncovered: options?.uncovered ?? 'weekends-only',
  };
}

/** Parses the arguments of a function taking `(year, month, options?)`. */
export function parseMonthArguments(year: unknown, month: unknown, options: unknown): { year: number; month: number; options: ResolvedOptions } {
  const parsed = parseInput(scheduleSchemas().monthArguments, { year, month, options });
  return { year: parsed.year, month: parsed.month, options: resolveSessionOptions(parsed.options) };
}

/** Parses the arguments of a function taking `(year, options?)`. */
export function parseYearArguments(year: unknown, options: unknown): { year: number; options: ResolvedOptions } {
  const parsed = parseInput(scheduleSchemas().yearArguments, { year, options });
  return { year: parsed.year, options: resolveSessionOptions(parsed.options) };
}

/** Parses the `options` argument alone. */
export function parseSessionOptions(options: unknown): ResolvedOptions {
  return resolveSessionOptions(parseInput(scheduleSchemas().optionsArgument, { options }).options);
}

/** Whether the calendar has the official schedule of a year. */
export function isCovered(calendar: WorkingDayCalendar, year: number): boolean {
  return calendar.coverage.years.includes(year);
}
