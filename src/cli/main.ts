/**
 * The `skillcert` command line: argument parsing, the five commands, human output in
 * Chinese or English, JSON output, and exit codes. Written against an `io` object so tests
 * can run it in-process as well as through the built binary.
 * @module
 */
import { chinaCalendar } from '../calendar/china-calendar.js';
import type { WorkingDayCalendar, YearSchedule } from '../calendar/types.js';
import { chinaToday } from '../core/china-time.js';
import { formatIssuePath, invalidInput, issue, SkillcertError, wrongType } from '../core/errors.js';
import { CLI_TEXTS } from './issue-texts.js';
import { LEVELS, TRACKS, type Level, type TrackId } from '../eligibility/catalog.js';
import { checkAllLevels, checkEligibility, type EligibilityResult } from '../eligibility/check.js';
import { getSession, sessionsInYear } from '../schedule/sessions.js';
import { SESSION_DATE_LABELS, type SessionDateField } from '../schedule/labels.js';
import type { ExamSession } from '../schedule/types.js';
import type { AnswerKey, Paper, Responses } from '../scoring/paper.js';
import { scorePaper } from '../scoring/score.js';
import { parseCommandLine, type Command, type Lang } from './args.js';

/** What the CLI reads and writes; the binary passes the process's, tests their own. */
export interface CliIo {
  /** Writes one line (without its newline) to standard output. */
  readonly out: (line: string) => void;
  /** Writes one line to standard error. */
  readonly err: (line: string) => void;
  /** Reads a whole text file; throws on failure. */
  readonly readFile: (path: string) => string;
  /** The lines of standard input (for `check` batches). */
  readonly stdinLines: () => AsyncIterable<string>;
  /** Now, as epoch milliseconds. */
  readonly now: () => number;
  /** The installed package's version, for `--version`. */
  readonly version?: string;
}

/** Exit codes: 0 done; 1 "not eligible" or "failed" (only with `--strict`); 2 bad input. */
export const EXIT = { ok: 0, negative: 1, badInput: 2 } as const;

const USAGE = [
  'usage:',
  '  skillcert check <profile.json | -> --track <id> [--level <level>] [--as-of <date>] [--lang zh|en] [--json] [--strict]',
  '  skillcert sessions <year> [--json]',
  '  skillcert session <YYYY-MM> [--json]',
  '  skillcert workdays add <date> <n> [--explain] [--json]',
  '  skillcert score <paper.json> <key.json> <responses.json> [--json] [--strict]',
  'options: --calendar-data <file> adds published years ({ "year", "holidays", "workdays" } or a list of them)',
];

/**
 * Runs the CLI with the given arguments and returns the exit code.
 *
 * @example
 * ```ts
 * await runCli(['session', '2026-09', '--lang', 'en'], io);
 * //=> 0 (and prints the session's dates)
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    return await execute(command, io);
  } catch (error) {
    io.err(oneLineError(error, Array.isArray(argv) ? errorLang(argv) : 'en'));
    return EXIT.badInput;
  }
}

/**
 * One line that names the field: `work[1].to: not a date: 2026-02-30`.
 *
 * @example
 * ```ts
 * oneLineError(invalidInput([issue(['--track'], 'required')]));
 * //=> 'skillcert: --track: required'
 * ```
 */
export function oneLineError(error: unknown, lang: 'zh' | 'en' = 'en'): string {
  return `skillcert: ${escapeLineBreaks(errorText(error, lang))}`;
}

// Errors stay English unless `--lang` is given (what scripts parse today), then in that language.
function errorLang(argv: readonly unknown[]): 'zh' | 'en' {
  const at = argv.indexOf('--lang');
  return (at >= 0 && argv[at + 1] === 'zh') || argv.includes('--lang=zh') ? 'zh' : 'en';
}

function errorText(error: unknown, lang: 'zh' | 'en'): string {
  if (error instanceof SkillcertError) {
    const first = error.issues[0];
    if (first !== undefined && first.path.length > 0) return `${formatIssuePath(first.path)}${lang === 'zh' ? '：' : ': '}${first.message[lang]}`;
    if (lang === 'zh') return error.text.zh;
    // The library's advice names an option (`; pass { uncovered … }`); here the remedy is a flag.
    if (error.code === 'calendar-coverage') return `${error.message.split('; pass ')[0]}; give that year's published schedule with --calendar-data <file>`;
    return error.message;
  }
  return `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

// A value typed with a line break in it must not split the one line of an error: control
// characters and line separators are written as escapes (`\n`, `\u2028`).
function escapeLineBreaks(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (character) =>
    character === '\n' ? '\\n' : character === '\r' ? '\\r' : character === '\t' ? '\\t' : `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

async function execute(command: Command, io: CliIo): Promise<number> {
  switch (command.kind) {
    case 'help':
      for (const line of USAGE) io.out(line);
      return EXIT.ok;
    case 'version':
      io.out(io.version === undefined ? 'skillcert' : `skillcert ${io.version}`);
      return EXIT.ok;
    case 'check':
      return command.profileFile === null ? checkBatch(command, io) : checkOne(command, io);
    case 'sessions': {
      const sessions = sessionsInYear(command.year, { calendar: calendarFor(command, io) });
      if (command.json) io.out(JSON.stringify(sessions));
      else {
        for (const session of sessions) io.out(sessionLine(session, command.lang));
        if (sessions.some((session) => session.provisional.length > 0)) io.out(`* ${label('provisional', command.lang).trim()}`);
      }
      return EXIT.ok;
    }
    case 'session': {
      const session = getSession(command.year, command.month, { calendar: calendarFor(command, io) });
      if (command.json) io.out(JSON.stringify(session));
      else for (const line of sessionDetail(session, command.lang)) io.out(line);
      return EXIT.ok;
    }
    case 'workdays-add': {
      const calendar = calendarFor(command, io);
      const explanation = calendar.explainWorkingDays(command.date, command.n);
      if (command.json) io.out(JSON.stringify(command.explain ? explanation : { result: explanation.result }));
      else {
        io.out(explanation.result);
        if (command.explain) {
          for (const day of explanation.skipped) {
            const name = day.name === undefined ? '' : ` ${day.name[command.lang]}`;
            io.out(`  ${day.date} ${label(day.kind === 'weekend' ? 'weekend' : 'holiday', command.lang)}${name}`);
          }
          for (const date of explanation.makeupWorkdays) io.out(`  ${date} ${label('makeup', command.lang)}`);
        }
      }
      return EXIT.ok;
    }
    case 'score': {
      const [paper, key, responses] = [command.paperFile, command.keyFile, command.responsesFile].map((file) => readJson(file, io));
      // Parsed JSON of any shape: scorePaper checks it and reports bad input by path.
      const score = scorePaper(paper as Paper, key as AnswerKey, responses as Responses);
      if (command.json) io.out(JSON.stringify(score));
      else {
        const verdict = score.passed ? label('passed', command.lang) : label('failed', command.lang);
        io.out(`${label('total', command.lang)} ${score.total} / 100 — ${verdict}${score.passed ? '' : ` (${label('toPass', command.lang)} ${score.pointsToPass})`}`);
        for (const section of score.sections) io.out(`  ${section.kind}: ${section.earned} / ${section.possible}`);
      }
      return command.strict && !score.passed ? EXIT.negative : EXIT.ok;
    }
  }
}

type CheckCommand = Extract<Command, { kind: 'check' }>;

function checkProfile(profile: unknown, command: CheckCommand, asOf: string): EligibilityResult[] {
  // The words typed on the command line: checkEligibility checks them and names the bad one.
  const query = { track: command.track as TrackId, asOf };
  if (command.level !== undefined) return [checkEligibility(profile, { ...query, level: command.level as Level })];
  return Object.values(checkAllLevels(profile, query));
}

function checkOne(command: CheckCommand, io: CliIo): number {
  const profile = readJson(command.profileFile as string, io);
  const results = checkProfile(profile, command, command.asOf ?? chinaToday(io.now()));
  if (command.json) io.out(JSON.stringify(command.level === undefined ? results : results[0]));
  else for (const result of results) for (const line of describeResult(result, command.lang)) io.out(line);
  return command.strict && !results.some((result) => result.eligible) ? EXIT.negative : EXIT.ok;
}

// NDJSON batch: one profile per line in, one JSON result per line out; a bad line gets
// an error line and the batch goes on. The exit code says whether any line was bad.
async function checkBatch(command: CheckCommand, io: CliIo): Promise<number> {
  const asOf = command.asOf ?? chinaToday(io.now());
  let lineNumber = 0;
  let bad = false;
  let anyIneligible = false;
  for await (const raw of io.stdinLines()) {
    lineNumber += 1;
    if (raw.trim() === '') continue;
    try {
      const results = checkProfile(parseJsonText(raw, ['line', lineNumber]), command, asOf);
      anyIneligible ||= !results.some((result) => result.eligible);
      io.out(JSON.stringify({ line: lineNumber, result: command.level === undefined ? results : results[0] }));
    } catch (error) {
      bad = true;
      const { code, issues } = error instanceof SkillcertError ? error : { code: 'internal', issues: [] };
      io.out(JSON.stringify({ line: lineNumber, error: { code, message: oneLineError(error).replace(/^skillcert: /, ''), issues } }));
    }
  }
  if (bad) return EXIT.badInput;
  return command.strict && anyIneligible ? EXIT.negative : EXIT.ok;
}

function calendarFor(command: { calendarData?: string }, io: CliIo): WorkingDayCalendar {
  if (command.calendarData === undefined) return chinaCalendar;
  const data = readJson(command.calendarData, io);
  const years = Array.isArray(data) ? data : [data];
  let calendar: WorkingDayCalendar = chinaCalendar;
  years.forEach((entry: unknown, index) => {
    const record = (typeof entry === 'object' && entry !== null ? entry : {}) as { year?: unknown; holidays?: unknown; workdays?: unknown };
    if (typeof record.year !== 'number') throw invalidInput([wrongType(['--calendar-data', index, 'year'], 'year', record.year)]);
    calendar = calendar.withYear(record.year, { holidays: record.holidays, workdays: record.workdays } as YearSchedule);
  });
  return calendar;
}

function readJson(file: string, io: CliIo): unknown {
  let text: string;
  try {
    text = io.readFile(file);
  } catch {
    throw invalidInput([issue([file], 'unreadable', { what: 'file' })]);
  }
  return parseJsonText(text, [file]);
}

function parseJsonText(text: string, path: (string | number)[]): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw invalidInput([issue(path, 'not-json', { reason: cause instanceof Error ? cause.message : 'parse error' }, CLI_TEXTS)]);
  }
}

const LABELS = {
  eligible: { zh: '可以报考', en: 'may register' },
  ineligible: { zh: '暂不可报考', en: 'may not register yet' },
  incomplete: { zh: '信息不全，尚无法判断', en: 'not enough information to decide' },
  by: { zh: '依据', en: 'by' },
  earliest: { zh: '最早可报考日期', en: 'earliest eligible date' },
  never: { zh: '仅凭时间推移无法满足条件', en: 'time alone will not make the applicant eligible' },
  missing: { zh: '请补充', en: 'please provide' },
  asOf: { zh: '截至', en: 'as of' },
  provisional: { zh: '（估算：当年节假日安排尚未公布）', en: ' (estimate: holiday schedule not yet published)' },
  onHoliday: { zh: '考试日为法定节假日', en: 'exam day is a public holiday' },
  onMakeup: { zh: '考试日为调休上班日', en: 'exam day is a make-up working day' },
  weekend: { zh: '周末', en: 'weekend' },
  holiday: { zh: '节假日', en: 'holiday' },
  makeup: { zh: '调休上班', en: 'make-up working day' },
  total: { zh: '总分', en: 'total' },
  passed: { zh: '及格', en: 'passed' },
  failed: { zh: '不及格', en: 'failed' },
  toPass: { zh: '距及格还差', en: 'points to pass' },
} as const;

function label(key: keyof typeof LABELS | SessionDateField, lang: Lang): string {
  return (key in SESSION_DATE_LABELS ? SESSION_DATE_LABELS[key as SessionDateField] : LABELS[key as keyof typeof LABELS])[lang];
}

function describeResult(result: EligibilityResult, lang: Lang): string[] {
  const track = TRACKS.find((entry) => entry.id === result.track)?.name[lang] ?? result.track;
  const level = LEVELS.find((entry) => entry.id === (result.level as Level))?.name[lang] ?? result.level;
  const lines = [`${track} · ${level} (${label('asOf', lang)} ${result.asOf}): ${label(result.status, lang)}`];
  if (result.eligible) {
    for (const id of result.satisfiedBy) {
      const clause = result.clauses.find((outcome) => outcome.id === id);
      lines.push(`  ${label('by', lang)} ${id}: ${clause?.text[lang] ?? ''}`);
    }
    return lines;
  }
  lines.push(`  ${label('earliest', lang)}: ${result.earliestEligibleOn ?? label('never', lang)}`);
  if (result.missing.length > 0) lines.push(`  ${label('missing', lang)}: ${result.missing.join(', ')}`);
  for (const clause of result.clauses) {
    const unmet = clause.requirements.filter((requirement) => !requirement.met).map((requirement) => requirement.message[lang]);
    lines.push(`  ✗ ${clause.id} ${clause.text[lang]}${unmet.length > 0 ? ` — ${unmet.join(lang === 'zh' ? '；' : '; ')}` : ''}`);
  }
  return lines;
}

// A trailing * marks a date estimated without the official holiday schedule.
function dated(session: ExamSession, field: 'scoresFrom' | 'certificatesBy' | 'certificateQueryFrom'): string {
  return `${session[field]}${session.provisional.includes(field) ? '*' : ''}`;
}

function sessionLine(session: ExamSession, lang: Lang): string {
  const flags = [session.flags.examOnHoliday ? label('onHoliday', lang) : '', session.flags.examOnMakeupWorkday ? label('onMakeup', lang) : '']
    .filter(Boolean)
    .join(', ');
  return [
    session.id,
    `${label('examDate', lang)} ${session.examDate}`,
    `${label('registrationCloses', lang)} ${session.registrationCloses}`,
    `${label('scoresFrom', lang)} ${dated(session, 'scoresFrom')}`,
    `${label('certificatesBy', lang)} ${dated(session, 'certificatesBy')}`,
    `${label('certificateQueryFrom', lang)} ${dated(session, 'certificateQueryFrom')}`,
    flags,
  ]
    .filter(Boolean)
    .join('  ');
}

function sessionDetail(session: ExamSession, lang: Lang): string[] {
  const mark = (field: 'scoresFrom' | 'certificatesBy' | 'certificateQueryFrom'): string =>
    session.provisional.includes(field) ? label('provisional', lang) : '';
  const lines = [
    `${session.id}`,
    `  ${label('examDate', lang)}: ${session.examDate}`,
    `  ${label('registrationCloses', lang)}: ${session.registrationCloses}`,
    `  ${label('sprintCourse', lang)}: ${session.sprintCourse.from} … ${session.sprintCourse.to}`,
    `  ${label('mockTest', lang)}: ${session.mockTest.from} … ${session.mockTest.to}`,
    `  ${label('scoresFrom', lang)}: ${session.scoresFrom}${mark('scoresFrom')}`,
    `  ${label('certificatesBy', lang)}: ${session.certificatesBy}${mark('certificatesBy')}`,
    `  ${label('certificateQueryFrom', lang)}: ${session.certificateQueryFrom}${mark('certificateQueryFrom')}`,
  ];
  if (session.flags.examOnHoliday) lines.push(`  ! ${label('onHoliday', lang)}`);
  if (session.flags.examOnMakeupWorkday) lines.push(`  ! ${label('onMakeup', lang)}`);
  return lines;
}
