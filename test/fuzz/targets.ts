// Every public function of every subpath, with an arbitrary of valid arguments and a check
// of what a successful answer must look like. The fuzz tests feed each of them anything,
// and near-valid mutations of valid arguments.
import fc from 'fast-check';
import { chinaCalendar, chinaDateFrom, chinaDateOf, chinaToday, createCalendar, createChinaCalendarFromData, holidayNameOf, parsePlainDate } from '../../src/calendar/index.js';
import { Readable } from 'node:stream';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { checkAllLevels, checkEligibility, experienceOf } from '../../src/eligibility/index.js';
import {
  checkMaterials,
  earliestSession,
  examDate,
  getSession,
  nextOpenSession,
  registrationStatus,
  reviewDueBy,
  reviewDueByDetailed,
  sessionsInYear,
} from '../../src/schedule/index.js';
import { blueprint, scorePaper } from '../../src/scoring/index.js';
import { asOfArbitrary, dateArbitrary, levelArbitrary, profileArbitrary, trackArbitrary } from '../eligibility/arbitraries.js';
import { arbPaperWithResponses } from '../scoring/arbitraries.js';

export interface FuzzTarget {
  readonly name: string;
  /** Valid arguments. */
  readonly valid: fc.Arbitrary<unknown[]>;
  readonly call: (args: unknown[]) => unknown;
  /** Throws (an expect failure) when a returned answer has the wrong shape. */
  readonly answerShape: (answer: unknown) => void;
  /** Fewer runs for targets that are costly per call. */
  readonly runsFactor?: number;
}

const isDate = (value: unknown): boolean => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
function expectShape(condition: boolean, what: string): void {
  if (!condition) throw new Error(`answer has the wrong shape: ${what}`);
}

const uncoveredOption = fc.option(fc.record({ uncovered: fc.constantFrom('error', 'weekends-only') }), { nil: undefined });
const calendarDate = fc.integer({ min: 1995, max: 2035 }).chain((year) =>
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([month, day]) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`),
);
const workingDayCount = fc.integer({ min: -400, max: 400 });
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }),
  fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms).toISOString()),
  fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms)),
  calendarDate,
);
const sessionYear = fc.integer({ min: 1990, max: 2100 });
const sessionMonth = fc.integer({ min: 1, max: 12 });
const clauseId = fc.constantFrom('junior.1', 'junior.4', 'intermediate.3', 'intermediate.4', 'senior.6', 'senior.7');
const materialId = fc.constantFrom('registration-form', 'id-card-photos', 'education-certificate', 'photo', 'proof-of-work', 'proof-of-enrolment');

function eligibilityShape(answer: unknown): void {
  const result = answer as { eligible?: unknown; status?: unknown; clauses?: unknown; earliestEligibleOn?: unknown };
  expectShape(typeof result.eligible === 'boolean', 'eligible');
  expectShape(['eligible', 'ineligible', 'incomplete'].includes(result.status as string), 'status');
  // 5 clauses for junior, 7 for intermediate and senior.
  expectShape(Array.isArray(result.clauses) && [5, 7].includes(result.clauses.length), 'clauses');
  expectShape(result.earliestEligibleOn === null || isDate(result.earliestEligibleOn), 'earliestEligibleOn');
}

function sessionShape(answer: unknown): void {
  const session = answer as Record<string, unknown>;
  for (const field of ['examDate', 'registrationCloses', 'scoresFrom', 'certificatesBy', 'certificateQueryFrom']) expectShape(isDate(session[field]), field);
  expectShape(Array.isArray(session.provisional), 'provisional');
}

const tinyChinaData = fc.constant({ holidays: { '2026-10-01': 'National Day,国庆节,3' }, workdays: { '2026-10-10': 'National Day,国庆节,3' }, inLieuDays: {} });

function fakeIo(files: Record<string, string>, stdin: string[]): CliIo & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    out: (line) => lines.push(line),
    err: (line) => lines.push(line),
    write: async (text) => {
      lines.push(text);
    },
    stdin: () => Readable.from([]),
    readText: async function* (path) {
      if (path === null) {
        for (const line of stdin) yield `${line}\n`;
        return;
      }
      if (!Object.hasOwn(files, path)) throw new Error('ENOENT');
      yield files[path] as string;
    },
    now: () => Date.UTC(2026, 10, 28),
  };
}

export const TARGETS: readonly FuzzTarget[] = [
  // eligibility
  {
    name: 'checkEligibility',
    valid: fc.tuple(profileArbitrary, fc.record({ track: trackArbitrary, level: levelArbitrary, asOf: asOfArbitrary })),
    call: ([profile, query]) => checkEligibility(profile, query as never),
    answerShape: eligibilityShape,
  },
  {
    name: 'checkAllLevels',
    valid: fc.tuple(profileArbitrary, fc.record({ track: trackArbitrary, asOf: asOfArbitrary, policy: fc.constant({ continuityGapDays: 3 }) })),
    call: ([profile, query]) => checkAllLevels(profile, query as never),
    answerShape: (answer) => Object.values(answer as object).forEach(eligibilityShape),
  },
  {
    name: 'experienceOf',
    valid: fc.tuple(profileArbitrary, fc.record({ track: trackArbitrary, asOf: asOfArbitrary })),
    call: ([profile, query]) => experienceOf(profile, query as never),
    answerShape: (answer) => expectShape(Number.isInteger((answer as { cumulativeDays: number }).cumulativeDays), 'cumulativeDays'),
  },
  // calendar
  ...(['dayKind', 'isWorkingDay'] as const).map((method) => ({
    name: `chinaCalendar.${method}`,
    valid: fc.tuple(calendarDate, uncoveredOption),
    call: ([date, options]: unknown[]) => chinaCalendar[method](date as string, options as never),
    answerShape: (answer: unknown) => expectShape(typeof answer === 'string' || typeof answer === 'boolean', method),
  })),
  ...(['addWorkingDays', 'addWorkingDaysDetailed', 'explainWorkingDays'] as const).map((method) => ({
    name: `chinaCalendar.${method}`,
    valid: fc.tuple(calendarDate, workingDayCount, uncoveredOption),
    call: ([date, n, options]: unknown[]) => chinaCalendar[method](date as string, n as number, options as never),
    answerShape: (answer: unknown) => expectShape(isDate(answer) || typeof answer === 'object', method),
  })),
  ...(['workingDaysBetween', 'workingDaysBetweenDetailed'] as const).map((method) => ({
    name: `chinaCalendar.${method}`,
    valid: fc.tuple(calendarDate, calendarDate, uncoveredOption),
    call: ([a, b, options]: unknown[]) => chinaCalendar[method](a as string, b as string, options as never),
    answerShape: (answer: unknown) => expectShape(typeof answer === 'number' || typeof answer === 'object', method),
  })),
  {
    name: 'chinaCalendar.withYear',
    valid: fc.tuple(fc.constant(2027), fc.record({ holidays: fc.constant(['2027-01-01']), workdays: fc.constant({ '2027-02-20': 'Spring Festival,春节,4' }) })),
    call: ([year, data]) => chinaCalendar.withYear(year as number, data as never).isWorkingDay('2027-01-01'),
    answerShape: (answer) => expectShape(typeof answer === 'boolean', 'isWorkingDay'),
  },
  {
    name: 'createCalendar',
    valid: fc.tuple(fc.record({ years: fc.constant([2026]), holidays: fc.constant({ '2026-10-01': 'National Day,国庆节,3' }), workdays: fc.constant(['2026-10-10']) })),
    call: ([data]) => createCalendar(data as never).dayKind('2026-10-10'),
    answerShape: (answer) => expectShape(typeof answer === 'string', 'dayKind'),
  },
  {
    name: 'createChinaCalendarFromData',
    valid: fc.tuple(tinyChinaData),
    call: ([raw]) => createChinaCalendarFromData(raw).dayKind('2026-10-01'),
    answerShape: (answer) => expectShape(typeof answer === 'string', 'dayKind'),
  },
  { name: 'chinaToday', valid: fc.tuple(instant), call: ([now]) => chinaToday(now as never), answerShape: (answer) => expectShape(isDate(answer), 'date') },
  { name: 'chinaDateOf', valid: fc.tuple(instant), call: ([now]) => chinaDateOf(now as never), answerShape: (answer) => expectShape(isDate(answer), 'date') },
  { name: 'chinaDateFrom', valid: fc.tuple(instant), call: ([now]) => chinaDateFrom(now as never), answerShape: (answer) => expectShape(isDate(answer), 'date') },
  { name: 'parsePlainDate', valid: fc.tuple(dateArbitrary), call: ([date]) => parsePlainDate(date), answerShape: (answer) => expectShape(isDate(answer), 'date') },
  {
    name: 'holidayNameOf',
    valid: fc.tuple(fc.constantFrom('National Day,国庆节,3', 'Mid-autumn Festival,中秋,1', 'Spring Festival,春节,4')),
    call: ([label]) => holidayNameOf(label as string),
    answerShape: (answer) => expectShape(typeof (answer as { zh: unknown }).zh === 'string', 'name'),
  },
  // schedule
  {
    name: 'examDate',
    valid: fc.tuple(sessionYear, sessionMonth, fc.option(fc.record({ examDay: fc.constantFrom('last-saturday', 'avoid-holidays'), uncovered: fc.constantFrom('error', 'weekends-only') }), { nil: undefined })),
    call: ([year, month, policy]) => examDate(year as number, month as number, policy as never),
    answerShape: (answer) => expectShape(isDate(answer), 'date'),
  },
  {
    name: 'getSession',
    valid: fc.tuple(sessionYear, sessionMonth, fc.option(fc.record({ uncovered: fc.constantFrom('error', 'weekends-only') }), { nil: undefined })),
    call: ([year, month, options]) => getSession(year as number, month as number, options as never),
    answerShape: sessionShape,
  },
  {
    name: 'sessionsInYear',
    valid: fc.tuple(sessionYear),
    call: ([year]) => sessionsInYear(year as number),
    answerShape: (answer) => (answer as unknown[]).forEach(sessionShape),
    runsFactor: 0.3,
  },
  { name: 'nextOpenSession', valid: fc.tuple(instant), call: ([now]) => nextOpenSession(now as never), answerShape: sessionShape },
  { name: 'reviewDueBy', valid: fc.tuple(calendarDate), call: ([date]) => reviewDueBy(date as string), answerShape: (answer) => expectShape(isDate(answer), 'date') },
  {
    name: 'reviewDueByDetailed',
    valid: fc.tuple(calendarDate),
    call: ([date]) => reviewDueByDetailed(date as string),
    answerShape: (answer) => expectShape(isDate((answer as { value: unknown }).value), 'value'),
  },
  {
    name: 'earliestSession',
    valid: fc.tuple(profileArbitrary, fc.record({ track: trackArbitrary, level: levelArbitrary, from: asOfArbitrary })),
    call: ([profile, query]) => earliestSession(profile, query as never),
    answerShape: (answer) => {
      if (answer !== null) sessionShape((answer as { session: unknown }).session);
    },
    runsFactor: 0.3,
  },
  {
    name: 'registrationStatus',
    valid: fc.tuple(fc.tuple(sessionYear, sessionMonth).map(([year, month]) => getSession(year, month)), instant),
    call: ([session, now]) => registrationStatus(session as never, now as never),
    answerShape: (answer) => expectShape(typeof (answer as { open: unknown }).open === 'boolean', 'open'),
  },
  {
    name: 'checkMaterials',
    valid: fc.tuple(fc.record({ provided: fc.uniqueArray(materialId), claim: fc.oneof(clauseId, fc.uniqueArray(clauseId, { minLength: 1 })) })),
    call: ([query]) => checkMaterials(query as never),
    answerShape: (answer) => expectShape(Array.isArray((answer as { missing: unknown }).missing), 'missing'),
  },
  // scoring
  {
    name: 'scorePaper',
    valid: arbPaperWithResponses().map(({ paper, key, responses, policy }) => [paper, key, responses, policy]),
    call: ([paper, key, responses, policy]) => scorePaper(paper as never, key as never, responses as never, policy as never),
    answerShape: (answer) => {
      const { total, passed } = answer as { total: number; passed: boolean };
      expectShape(total >= 0 && total <= 100 && passed === total >= 60, 'total');
    },
  },
  {
    name: 'blueprint',
    valid: fc.tuple(fc.constant({ single: [40, 1], multiple: [20, 2], short: [4, 5] })),
    call: ([plan]) => blueprint(plan as never),
    answerShape: (answer) => expectShape(Array.isArray((answer as { sections: unknown }).sections), 'sections'),
  },
];

/** The CLI, run in-process: it must answer with an exit code, never throw, never fail inside. */
export async function runCliSafely(argv: unknown[], files: Record<string, string>, stdin: string[]): Promise<{ code: number; lines: string[] }> {
  const io = fakeIo(files, stdin);
  const code = await runCli(argv as string[], io);
  return { code, lines: io.lines };
}
