// Every public function of every subpath, with an arbitrary of valid arguments and a check
// of what a successful answer must look like. The fuzz tests feed each of them anything,
// and near-valid mutations of valid arguments.
import fc from 'fast-check';
import { chinaCalendar, chinaDateFrom, chinaDateOf, chinaToday, createCalendar, createChinaCalendarFromData, holidayNameOf, parsePlainDate } from '../../src/calendar/index.js';
import { Readable } from 'node:stream';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { formatIssuePath } from '../../src/core/errors.js';
import { CLAUSES, checkAllLevels, checkEligibility, experienceOf, LEVELS } from '../../src/eligibility/index.js';
import {
  checkMaterials,
  earliestSession,
  examDate,
  getSession,
  nextOpenSession,
  PROOF_OF_ENROLMENT,
  registrationStatus,
  REQUIRED_MATERIALS,
  reviewDueBy,
  reviewDueByDetailed,
  SESSION_YEARS,
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
  /** Throws when a returned answer has the wrong shape; given `args`, also when it does not answer them. */
  readonly answerShape: (answer: unknown, args?: unknown[]) => void;
  /** Fewer runs for targets that are costly per call (those that build a calendar: 0.2). */
  readonly runsFactor?: number;
}

// Strict checks of an answer's shape: a real calendar date, not merely "YYYY-MM-DD".
const isDate = (value: unknown): boolean => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const isCount = (value: unknown): boolean => Number.isSafeInteger(value);
const isBilingual = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && typeof (value as { zh?: unknown }).zh === 'string' && (value as { zh: string }).zh !== '' && typeof (value as { en?: unknown }).en === 'string' && (value as { en: string }).en !== '';
function expectShape(condition: boolean, what: string): void {
  if (!condition) throw new Error(`answer has the wrong shape: ${what}`);
}
function expectObject(answer: unknown, what: string): Record<string, unknown> {
  expectShape(typeof answer === 'object' && answer !== null && !Array.isArray(answer), `${what} is not an object`);
  return answer as Record<string, unknown>;
}
// Chosen from the library's own catalogues, so that "valid" means valid to the library.
const coverage = chinaCalendar.coverage;
const dayOfYear = (year: number) => fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([month, day]) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
/** A date of a year with official data. */
const coveredDate = fc.integer({ min: coverage.from, max: coverage.to }).chain(dayOfYear);
/** A date of a covered year at least a year from either end of the data, for steps of ≤ 200 working days. */
const innerDate = fc.integer({ min: coverage.from + 1, max: coverage.to - 1 }).chain(dayOfYear);
const anyDate = fc.integer({ min: SESSION_YEARS.from, max: SESSION_YEARS.to }).chain(dayOfYear);
const estimate = fc.constant({ uncovered: 'weekends-only' as const });
const strict = fc.constantFrom(undefined, { uncovered: 'error' as const });
/** [date, options] where the options say `'error'` only for a covered date. */
const dayWithOption = fc.oneof(fc.tuple(coveredDate, strict), fc.tuple(anyDate, estimate));
const workingDayCount = fc.integer({ min: -400, max: 400 });
const shortCount = fc.integer({ min: -200, max: 200 });
const ms = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) });
/** A moment in every form chinaToday and chinaDateOf take: epoch ms, an ISO string with Z or an offset, a Date. */
const instant = fc.oneof(
  ms,
  ms.map((value) => new Date(value).toISOString()),
  fc.tuple(ms, fc.integer({ min: -12, max: 14 })).map(([value, hours]) => {
    const local = new Date(value + hours * 3_600_000).toISOString().slice(0, 19);
    return `${local}${hours < 0 ? '-' : '+'}${String(Math.abs(hours)).padStart(2, '0')}:00`;
  }),
  ms.map((value) => new Date(value)),
);
/** What the schedule takes for "now": an instant or a China plain date. */
const instantOrDate = fc.oneof(instant, anyDate);
const sessionYear = fc.integer({ min: SESSION_YEARS.from, max: SESSION_YEARS.to });
const sessionMonth = fc.integer({ min: 1, max: 12 });
const clauseId = fc.constantFrom(...CLAUSES.map((clause) => clause.id));
const MATERIAL_IDS = [...REQUIRED_MATERIALS, PROOF_OF_ENROLMENT].map((material) => material.id);
const materialId = fc.constantFrom(...MATERIAL_IDS);
const LEVEL_CLAUSES: Record<string, number> = Object.fromEntries(LEVELS.map(({ id }) => [id, CLAUSES.filter((clause) => clause.level === id).length]));

function eligibilityShape(answer: unknown, level?: string): void {
  const result = expectObject(answer, 'result');
  expectShape(['eligible', 'ineligible', 'incomplete'].includes(result.status as string), 'status');
  expectShape(result.eligible === (result.status === 'eligible'), 'eligible matches status');
  expectShape(Array.isArray(result.clauses) && result.clauses.length > 0, 'clauses');
  if (level !== undefined) expectShape((result.clauses as unknown[]).length === LEVEL_CLAUSES[level], `one outcome per ${level} clause`);
  for (const clause of result.clauses as unknown[]) {
    const outcome = expectObject(clause, 'clause');
    expectShape(CLAUSES.some((known) => known.id === outcome.id), 'clause id');
    expectShape(isBilingual(outcome.text), 'clause text');
  }
  expectShape(result.earliestEligibleOn === null || isDate(result.earliestEligibleOn), 'earliestEligibleOn');
}

function experienceShape(answer: unknown): void {
  const result = expectObject(answer, 'experience');
  expectShape(isCount(result.cumulativeDays) && (result.cumulativeDays as number) >= 0, 'cumulativeDays');
  expectShape(isCount(result.cumulativeYears) && (result.cumulativeYears as number) >= 0, 'cumulativeYears');
  const run = result.longestContinuous;
  if (run !== null) {
    const { from, to, years } = expectObject(run, 'longestContinuous');
    expectShape(isDate(from) && isDate(to) && (from as string) <= (to as string), 'longestContinuous dates');
    expectShape(isCount(years) && (years as number) >= 0 && (years as number) <= (result.cumulativeYears as number), 'longestContinuous years');
  }
  expectShape(Array.isArray(result.missing) && result.missing.every((field) => typeof field === 'string'), 'missing');
}

/** 'YYYY-MM' of [year, month] arguments. */
const monthId = ([year, month]: unknown[]): string => `${year as number}-${String(month).padStart(2, '0')}`;
const DAY_KINDS = ['workday', 'weekend', 'holiday', 'makeup-workday'];
const SESSION_DATE_NAMES = ['scoresFrom', 'certificatesBy', 'certificateQueryFrom'];

function spanShape(value: unknown, what: string): void {
  const { from, to } = expectObject(value, what);
  expectShape(isDate(from) && isDate(to) && (from as string) <= (to as string), what);
}

function sessionShape(answer: unknown, id?: string): void {
  const session = expectObject(answer, 'session');
  expectShape(typeof session.id === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(session.id), 'id');
  if (id !== undefined) expectShape(session.id === id, `id ${id}`);
  for (const field of ['examDate', 'registrationCloses', 'scoresFrom', 'certificatesBy', 'certificateQueryFrom']) expectShape(isDate(session[field]), field);
  expectShape((session.examDate as string).startsWith(session.id as string), 'examDate in its month');
  expectShape(new Date(`${session.examDate as string}T00:00:00Z`).getUTCDay() === 6, 'examDate a Saturday');
  expectShape((session.registrationCloses as string) < (session.examDate as string), 'closes before the exam');
  expectShape((session.examDate as string) < (session.scoresFrom as string) && (session.scoresFrom as string) < (session.certificatesBy as string), 'dates in order');
  expectShape((session.certificatesBy as string) < (session.certificateQueryFrom as string), 'dates in order');
  spanShape(session.sprintCourse, 'sprintCourse');
  spanShape(session.mockTest, 'mockTest');
  const flags = expectObject(session.flags, 'flags');
  for (const flag of ['examOnHoliday', 'examOnMakeupWorkday', 'examDayProvisional', 'provisional']) expectShape(typeof flags[flag] === 'boolean', flag);
  expectShape(Array.isArray(session.provisional) && session.provisional.every((name) => SESSION_DATE_NAMES.includes(name as string)), 'provisional');
  expectShape(flags.provisional === ((session.provisional as unknown[]).length > 0 || flags.examDayProvisional === true), 'flags.provisional');
}

function detailedShape(answer: unknown, value: (value: unknown) => boolean, what: string): void {
  const result = expectObject(answer, what);
  expectShape(value(result.value), `${what}.value`);
  expectShape(typeof result.provisional === 'boolean', `${what}.provisional`);
}

function explanationShape(answer: unknown): void {
  const result = expectObject(answer, 'explanation');
  expectShape(isDate(result.result), 'result');
  expectShape(Array.isArray(result.skipped), 'skipped');
  for (const day of result.skipped as unknown[]) {
    const skipped = expectObject(day, 'skipped day');
    expectShape(isDate(skipped.date) && ['weekend', 'holiday'].includes(skipped.kind as string), 'skipped day');
    expectShape(skipped.name === undefined || isBilingual(skipped.name), 'skipped day name');
  }
  expectShape(Array.isArray(result.makeupWorkdays) && result.makeupWorkdays.every(isDate), 'makeupWorkdays');
  expectShape(typeof result.provisional === 'boolean', 'provisional');
}

function materialsShape(answer: unknown): void {
  const result = expectObject(answer, 'materials check');
  for (const list of ['required', 'missing', 'notRequired']) expectShape(Array.isArray(result[list]) && (result[list] as unknown[]).every((id) => MATERIAL_IDS.includes(id as never)), list);
  expectShape((result.missing as string[]).every((id) => (result.required as string[]).includes(id)), 'missing ⊆ required');
  expectShape(result.complete === ((result.missing as unknown[]).length === 0), 'complete');
  expectShape(Array.isArray(result.claim) && result.claim.every((id) => CLAUSES.some((clause) => clause.id === id)), 'claim');
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
    answerShape: (answer, args) => eligibilityShape(answer, (args?.[1] as { level?: string } | undefined)?.level),
  },
  {
    name: 'checkAllLevels',
    valid: fc.tuple(profileArbitrary, fc.record({ track: trackArbitrary, asOf: asOfArbitrary, policy: fc.constant({ continuityGapDays: 3 }) })),
    call: ([profile, query]) => checkAllLevels(profile, query as never),
    answerShape: (answer) => {
      const results = expectObject(answer, 'results');
      expectShape(Object.keys(results).sort().join() === 'intermediate,junior,senior', 'one result per level');
      for (const [level, result] of Object.entries(results)) eligibilityShape(result, level);
    },
  },
  {
    name: 'experienceOf',
    valid: fc.tuple(profileArbitrary, fc.record({ track: trackArbitrary, asOf: asOfArbitrary })),
    call: ([profile, query]) => experienceOf(profile, query as never),
    answerShape: experienceShape,
  },
  // calendar
  {
    name: 'chinaCalendar.dayKind',
    valid: dayWithOption,
    call: ([date, options]) => chinaCalendar.dayKind(date as string, options as never),
    answerShape: (answer) => expectShape(DAY_KINDS.includes(answer as string), 'dayKind'),
  },
  {
    name: 'chinaCalendar.isWorkingDay',
    valid: dayWithOption,
    call: ([date, options]) => chinaCalendar.isWorkingDay(date as string, options as never),
    answerShape: (answer) => expectShape(typeof answer === 'boolean', 'isWorkingDay'),
  },
  ...(
    [
      ['addWorkingDays', isDate],
      ['addWorkingDaysDetailed', (answer: unknown) => detailedShape(answer, isDate, 'addWorkingDaysDetailed')],
      ['explainWorkingDays', explanationShape],
    ] as const
  ).map(([method, shape]) => ({
    name: `chinaCalendar.${method}`,
    // Within the data with '`error`' (at most 200 working days from a date a year inside it), anywhere with the estimate.
    valid: fc.oneof(fc.tuple(innerDate, shortCount, strict), fc.tuple(anyDate, workingDayCount, estimate)),
    call: ([date, n, options]: unknown[]) => chinaCalendar[method](date as string, n as number, options as never),
    answerShape: (answer: unknown) => {
      if (method === 'addWorkingDays') expectShape(isDate(answer), method);
      else (shape as (answer: unknown) => void)(answer);
    },
  })),
  ...(['workingDaysBetween', 'workingDaysBetweenDetailed'] as const).map((method) => ({
    name: `chinaCalendar.${method}`,
    valid: fc.oneof(fc.tuple(coveredDate, coveredDate, strict), fc.tuple(anyDate, anyDate, estimate)),
    call: ([a, b, options]: unknown[]) => chinaCalendar[method](a as string, b as string, options as never),
    answerShape: (answer: unknown) => (method === 'workingDaysBetween' ? expectShape(isCount(answer), method) : detailedShape(answer, isCount, method)),
  })),
  {
    name: 'chinaCalendar.withYear',
    valid: fc.tuple(fc.constant(coverage.to + 1), fc.record({ holidays: fc.constant([`${coverage.to + 1}-01-01`]), workdays: fc.constant({ [`${coverage.to + 1}-02-20`]: 'Spring Festival,春节,4' }) })),
    call: ([year, data]) => chinaCalendar.withYear(year as number, data as never).isWorkingDay(`${year as number}-01-01`),
    answerShape: (answer, args) => expectShape(args === undefined ? typeof answer === 'boolean' : answer === false, 'a holiday given by withYear is not a working day'),
    runsFactor: 0.2,
  },
  {
    name: 'createCalendar',
    valid: fc.tuple(fc.record({ years: fc.constant([2026]), holidays: fc.constant({ '2026-10-01': 'National Day,国庆节,3' }), workdays: fc.constant(['2026-10-10']) })),
    call: ([data]) => createCalendar(data as never).dayKind('2026-10-10'),
    answerShape: (answer, args) => expectShape(args === undefined ? DAY_KINDS.includes(answer as string) : answer === 'makeup-workday', 'dayKind of a given make-up working day'),
    runsFactor: 0.2,
  },
  {
    name: 'createChinaCalendarFromData',
    valid: fc.tuple(tinyChinaData),
    call: ([raw]) => createChinaCalendarFromData(raw).dayKind('2026-10-01'),
    answerShape: (answer, args) => expectShape(args === undefined ? DAY_KINDS.includes(answer as string) : answer === 'holiday', 'dayKind of a given holiday'),
    runsFactor: 0.2,
  },
  { name: 'chinaToday', valid: fc.tuple(instant), call: ([now]) => chinaToday(now as never), answerShape: (answer) => expectShape(isDate(answer), 'date') },
  { name: 'chinaDateOf', valid: fc.tuple(instant), call: ([now]) => chinaDateOf(now as never), answerShape: (answer) => expectShape(isDate(answer), 'date') },
  { name: 'chinaDateFrom', valid: fc.tuple(instantOrDate), call: ([now]) => chinaDateFrom(now as never), answerShape: (answer) => expectShape(isDate(answer), 'date') },
  {
    name: 'formatIssuePath',
    valid: fc.tuple(fc.array(fc.oneof(fc.constantFrom('work', 'from', 'education', 'relatedMajor'), fc.nat({ max: 300 })), { maxLength: 6 })),
    call: ([path]) => formatIssuePath(path as never),
    answerShape: (answer) => expectShape(typeof answer === 'string', 'text'),
  },
  { name: 'parsePlainDate', valid: fc.tuple(dateArbitrary), call: ([date]) => parsePlainDate(date), answerShape: (answer, args) => expectShape(isDate(answer) && (args === undefined || answer === args[0]), 'the date itself') },
  {
    name: 'holidayNameOf',
    valid: fc.tuple(fc.constantFrom('National Day,国庆节,3', 'Mid-autumn Festival,中秋,1', 'Spring Festival,春节,4')),
    call: ([label]) => holidayNameOf(label as string),
    answerShape: (answer, args) => {
      const { zh, en } = expectObject(answer, 'name');
      expectShape(typeof zh === 'string' && typeof en === 'string' && (args === undefined || isBilingual(answer)), 'name');
    },
  },
  // schedule
  {
    name: 'examDate',
    valid: fc.oneof(
      fc.tuple(sessionYear, sessionMonth, fc.option(fc.record({ examDay: fc.constant('last-saturday'), uncovered: fc.constantFrom('error', 'weekends-only') }), { nil: undefined })),
      fc.tuple(sessionYear, sessionMonth, fc.record({ examDay: fc.constant('avoid-holidays'), uncovered: fc.constant('weekends-only') })),
      fc.tuple(fc.integer({ min: coverage.from, max: coverage.to }), sessionMonth, fc.record({ examDay: fc.constant('avoid-holidays'), uncovered: fc.constant('error') })),
    ),
    call: ([year, month, policy]) => examDate(year as number, month as number, policy as never),
    answerShape: (answer, args) => {
      expectShape(isDate(answer) && (args === undefined || (answer as string).startsWith(`${monthId(args)}-`)), 'a date of the month');
      expectShape(new Date(`${answer as string}T00:00:00Z`).getUTCDay() === 6, 'a Saturday');
    },
  },
  {
    name: 'getSession',
    valid: fc.oneof(
      fc.tuple(sessionYear, sessionMonth, fc.option(fc.record({ uncovered: fc.constant('weekends-only') }), { nil: undefined })),
      fc.tuple(fc.integer({ min: coverage.from, max: coverage.to - 1 }), sessionMonth, fc.constant({ uncovered: 'error' })),
    ),
    call: ([year, month, options]) => getSession(year as number, month as number, options as never),
    answerShape: (answer, args) => sessionShape(answer, args && monthId(args)),
  },
  {
    name: 'sessionsInYear',
    valid: fc.tuple(sessionYear),
    call: ([year]) => sessionsInYear(year as number),
    answerShape: (answer, args) => {
      expectShape(Array.isArray(answer) && answer.length === 12, 'twelve sessions');
      (answer as unknown[]).forEach((session, index) => sessionShape(session, args && monthId([args[0], index + 1])));
    },
    runsFactor: 0.3,
  },
  { name: 'nextOpenSession', valid: fc.tuple(fc.oneof(instant, fc.integer({ min: SESSION_YEARS.from, max: SESSION_YEARS.to - 1 }).chain(dayOfYear))), call: ([now]) => nextOpenSession(now as never), answerShape: (answer) => sessionShape(answer) },
  // reviewDueBy counts in official data only (its default is 'error'): a date of a covered year but the last, or the estimate.
  { name: 'reviewDueBy', valid: fc.oneof(fc.tuple(fc.integer({ min: coverage.from, max: coverage.to - 1 }).chain(dayOfYear)), fc.tuple(anyDate, estimate)), call: ([date, options]) => reviewDueBy(date as string, options as never), answerShape: (answer, args) => expectShape(isDate(answer) && (args === undefined || (answer as string) > (args[0] as string)), 'a later date') },
  {
    name: 'reviewDueByDetailed',
    valid: fc.tuple(anyDate),
    call: ([date]) => reviewDueByDetailed(date as string),
    answerShape: (answer) => detailedShape(answer, isDate, 'reviewDueByDetailed'),
  },
  {
    name: 'earliestSession',
    valid: fc.tuple(profileArbitrary, fc.record({ track: trackArbitrary, level: levelArbitrary, from: asOfArbitrary })),
    call: ([profile, query]) => earliestSession(profile, query as never),
    answerShape: (answer) => {
      if (answer === null) return;
      const found = expectObject(answer, 'earliest session');
      sessionShape(found.session);
      eligibilityShape(found.eligibility);
    },
    runsFactor: 0.3,
  },
  {
    name: 'registrationStatus',
    valid: fc.tuple(fc.tuple(sessionYear, sessionMonth).map(([year, month]) => getSession(year, month)), instantOrDate),
    call: ([session, now]) => registrationStatus(session as never, now as never),
    answerShape: (answer, args) => {
      const status = expectObject(answer, 'status');
      expectShape(isDate(status.today) && isDate(status.closes), 'today, closes');
      if (args !== undefined) expectShape(status.closes === (args[0] as { registrationCloses: string }).registrationCloses, 'closes');
      expectShape(isCount(status.daysLeft) && status.open === (status.daysLeft as number) >= 0, 'open, daysLeft');
    },
  },
  {
    name: 'checkMaterials',
    valid: fc.tuple(fc.record({ provided: fc.uniqueArray(materialId), claim: fc.oneof(clauseId, fc.uniqueArray(clauseId, { minLength: 1 })) })),
    call: ([query]) => checkMaterials(query as never),
    answerShape: materialsShape,
  },
  // scoring
  {
    name: 'scorePaper',
    valid: arbPaperWithResponses().map(({ paper, key, responses, policy }) => [paper, key, responses, policy]),
    call: ([paper, key, responses, policy]) => scorePaper(paper as never, key as never, responses as never, policy as never),
    answerShape: (answer) => {
      const { total, passed } = expectObject(answer, 'score');
      expectShape(typeof total === 'number' && total >= 0 && total <= 100 && passed === total >= 60, 'total');
    },
  },
  {
    name: 'blueprint',
    valid: fc.tuple(fc.constant({ single: [40, 1], multiple: [20, 2], short: [4, 5] })),
    call: ([plan]) => blueprint(plan as never),
    answerShape: (answer) => {
      const { sections } = expectObject(answer, 'paper');
      expectShape(Array.isArray(sections) && sections.length === 3, 'three sections');
      const points = (sections as { questions: { points: number }[] }[]).flatMap((section) => section.questions.map((question) => question.points));
      expectShape(points.length === 64 && points.reduce((sum, value) => sum + value, 0) === 100, '64 questions worth 100 points');
    },
  },
];

/** The CLI, run in-process: it must answer with an exit code, never throw, never fail inside. */
export async function runCliSafely(argv: unknown[], files: Record<string, string>, stdin: string[]): Promise<{ code: number; lines: string[] }> {
  const io = fakeIo(files, stdin);
  const code = await runCli(argv as string[], io);
  return { code, lines: io.lines };
}

const SCHEDULE_FUNCTIONS = new Set(['examDate', 'getSession', 'sessionsInYear', 'nextOpenSession', 'reviewDueBy', 'reviewDueByDetailed', 'earliestSession', 'registrationStatus', 'checkMaterials']);

/** Whether a target is a function of `skillcert/schedule` (the fuzz files share the targets out by subpath). */
export function isScheduleTarget(target: FuzzTarget): boolean {
  return SCHEDULE_FUNCTIONS.has(target.name);
}

/** Whether a target is a function of `skillcert/scoring`. */
export function isScoringTarget(target: FuzzTarget): boolean {
  return target.name === 'scorePaper' || target.name === 'blueprint';
}
