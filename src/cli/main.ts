/**
 * The `skillcert` command line: argument parsing, the five commands, human output in
 * Chinese or English, JSON output, and exit codes. Written against an `io` object so tests
 * can run it in-process as well as through the built binary.
 * @module
 */
import { deepFreeze } from '../core/freeze.js';
import { chinaCalendar } from '../calendar/china-calendar.js';
import type { DayKind, WorkingDayCalendar, YearSchedule } from '../calendar/types.js';
import { chinaToday } from '../core/china-time.js';
import { LEVELS, TRACKS } from '../eligibility/catalog.js';
import { getSession, sessionsInYear } from '../schedule/sessions.js';
import { toICalendar } from '../schedule/ical.js';
import { fromHolidayCn } from '../calendar/holiday-cn.js';
import { SESSION_DATE_LABELS, type SessionDateField } from '../schedule/labels.js';
import type { ExamSession } from '../schedule/types.js';
import type { AnswerKey, Paper, Responses } from '../scoring/paper.js';
import { scorePaper } from '../scoring/score.js';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { parseCommandLine, type Command, type Lang } from './args.js';
import { CliProblem, labelText, problemLine, problemsOf, CLI_LABELS } from './messages.js';
import { csvTemplateRows } from './batch/csv-layout.js';
import { runCheck } from './batch/run.js';
import { openText } from './batch/input.js';

/** What the CLI reads and writes; the binary passes the process's, tests their own. */
export interface CliIo {
  /** Writes one line (without its newline) to standard output. */
  readonly out: (line: string) => void;
  /** Writes text to standard output; resolves once the reader has room for more. */
  readonly write: (text: string) => Promise<void>;
  /** Writes one line to standard error. */
  readonly err: (line: string) => void;
  /** Standard input, as a stream. */
  readonly stdin: () => NodeJS.ReadableStream;
  /** Now, as epoch milliseconds. */
  readonly now: () => number;
  /** The installed package's version, for `--version`. */
  readonly version?: string;
  /** Opens a file (`null`: standard input) as text within a size limit; default: the file system. */
  readonly readText?: (file: string | null, limit: number) => AsyncIterable<string>;
  /** The worker script of `check --jobs`; absent: batches run in one thread. */
  readonly workerScript?: URL;
}

/** Exit codes: 0 done; 1 "not eligible" or "failed" (only with `--strict`); 2 bad input. */
export const EXIT = /* @__PURE__ */ deepFreeze({ ok: 0, negative: 1, badInput: 2 } as const);

/** Largest `--calendar-data` file read: 10 MiB. */
export const MAX_CALENDAR_DATA_BYTES = 10 * 1024 ** 2;
/** Largest paper, key or responses file read: 64 MiB. */
const MAX_SCORE_FILE_BYTES = 64 * 1024 ** 2;

/**
 * The help text, in Chinese or English, with every track and level id and its Chinese name.
 *
 * @example
 * ```ts
 * helpText('en')[0];
 * //=> 'skillcert — CCIA digital-skills certificates: eligibility, exam sessions, scoring'
 * ```
 */
export function helpText(lang: Lang): string[] {
  const zh = lang === 'zh';
  const lines = zh
    ? [
        'skillcert — 中国互联网协会数字技能证书：报考条件、考试场次、评分',
        '',
        '用法：',
        '  skillcert check [文件…] --track <职业> [--level <等级>] [--as-of <日期>]',
        '        [--input json|ndjson|csv] [--format text|json|ndjson|csv|summary] [--id <字段>] [--jobs <n>] [--strict]',
        '      判断报考条件。文件可为单个 JSON、JSON 数组、NDJSON 或 CSV；不给文件则读标准输入。',
        '  skillcert template csv              打印 CSV 名单模板（表头 + 一行示例）',
        '  skillcert sessions <年份> [--json | --ics]   全年考试场次（--ics：日历文件）',
        '  skillcert session <YYYY-MM> [--json]        某次考试的各项日期',
        '  skillcert workdays add <日期> <n> [--explain]  第 n 个工作日',
        '  skillcert workdays between <a> <b>          a 之后至 b（含）的工作日天数',
        '  skillcert day <日期>                         某天是工作日、周末、节假日还是调休上班日',
        '  skillcert score <试卷.json> <答案.json> <作答.json> [--partial <比例>] [--strict]  评分',
        '',
        '通用选项：--lang zh|en（默认 zh）  --calendar-data <文件>（补充已公布年份的节假日安排：holiday-cn 的年度文件或 { year, holidays, workdays }，可为数组，≤ 10 MB）',
        '退出码：0 完成；1 不符合条件或不及格（仅 --strict）；2 输入有误',
        '',
        '职业（--track）：',
      ]
    : [
        'skillcert — CCIA digital-skills certificates: eligibility, exam sessions, scoring',
        '',
        'usage:',
        '  skillcert check [file…] --track <id> [--level <level>] [--as-of <date>]',
        '        [--input json|ndjson|csv] [--format text|json|ndjson|csv|summary] [--id <field>] [--jobs <n>] [--strict]',
        '      checks eligibility. A file holds one JSON profile, a JSON array, NDJSON or CSV; no file reads standard input.',
        '  skillcert template csv              prints the CSV sheet (header + one example row)',
        '  skillcert sessions <year> [--json | --ics]   the year\'s exam sessions (--ics: a calendar file)',
        '  skillcert session <YYYY-MM> [--json]        one session\'s dates',
        '  skillcert workdays add <date> <n> [--explain]  the n-th working day',
        '  skillcert workdays between <a> <b>          working days after a up to b (inclusive)',
        '  skillcert day <date>                         working day, weekend, holiday or make-up working day',
        '  skillcert score <paper.json> <key.json> <responses.json> [--partial <fraction>] [--strict]',
        '',
        'every command: --lang zh|en (default zh); --calendar-data <file> adds published years: holiday-cn yearly files or { year, holidays, workdays }, one or a list (≤ 10 MB)',
        'exit codes: 0 done; 1 not eligible or failed (only with --strict); 2 bad input',
        '',
        'tracks (--track):',
      ];
  for (const track of TRACKS) lines.push(`  ${track.id.padEnd(36)} ${track.name.zh}${zh ? '' : ` (${track.name.en})`}`);
  lines.push(zh ? '等级（--level，不给则判断全部三级）：' : 'levels (--level; without it, all three):');
  for (const level of LEVELS) lines.push(`  ${level.id.padEnd(36)} ${level.name.zh}${zh ? '' : ` (${level.name.en})`}`);
  return lines;
}

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
  // Errors are written in the language asked for, even when the rest of the line is wrong.
  const langAt = argv.findIndex((word) => word === '--lang' || word === '--lang=en');
  const lang: Lang = argv[langAt] === '--lang=en' || argv[langAt + 1] === 'en' ? 'en' : 'zh';
  try {
    const command = parseCommandLine(argv);
    return await execute(command, io);
  } catch (error) {
    for (const problem of problemsOf(error, lang)) io.err(`skillcert: ${problemLine(problem)}`);
    return EXIT.badInput;
  }
}

/**
 * One line that names the field: `skillcert: work[1].to: not a date: 2026-02-30`.
 *
 * @example
 * ```ts
 * oneLineError(new CliProblem('required', '--track'), 'en');
 * //=> 'skillcert: --track: required'
 * ```
 */
export function oneLineError(error: unknown, lang: Lang = 'en'): string {
  const [problem] = problemsOf(error, lang);
  return `skillcert: ${problem === undefined ? '' : problemLine(problem)}`;
}

async function execute(command: Command, io: CliIo): Promise<number> {
  switch (command.kind) {
    case 'help':
      for (const line of helpText(command.lang)) io.out(line);
      return command.asked ? EXIT.ok : EXIT.badInput;
    case 'version':
      io.out(io.version === undefined ? 'skillcert' : `skillcert ${io.version}`);
      return EXIT.ok;
    case 'check':
      return runCheck(command, command.asOf ?? chinaToday(io.now()), io);
    case 'template': {
      await io.write(`\ufeff${stringifyCsv(csvTemplateRows(command.lang))}`);
      return EXIT.ok;
    }
    case 'sessions': {
      const sessions = sessionsInYear(command.year, { calendar: await calendarFor(command, io) });
      if (command.ics) {
        await io.write(toICalendar(sessions, { lang: command.lang }));
      } else if (command.json) io.out(JSON.stringify(sessions));
      else {
        for (const session of sessions) io.out(sessionLine(session, command.lang));
        if (sessions.some((session) => session.provisional.length > 0)) io.out(`* ${label('provisional', command.lang).trim()}`);
      }
      return EXIT.ok;
    }
    case 'session': {
      const session = getSession(command.year, command.month, { calendar: await calendarFor(command, io) });
      if (command.json) io.out(JSON.stringify(session));
      else for (const line of sessionDetail(session, command.lang)) io.out(line);
      return EXIT.ok;
    }
    case 'workdays-add': {
      const calendar = await calendarFor(command, io);
      // The line printed is a bare date, which cannot say it is an estimate: a year without
      // official data is an error here (pointing at --calendar-data), not the library's default estimate.
      const explanation = calendar.explainWorkingDays(command.date, command.n, { uncovered: 'error' });
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
    case 'workdays-between': {
      const calendar = await calendarFor(command, io);
      const days = calendar.workingDaysBetween(command.from, command.to);
      if (command.json) io.out(JSON.stringify({ from: command.from, to: command.to, workingDays: days }));
      else io.out(`${days}  (${labelText('weekdays', command.lang, { a: command.from, b: command.to })})`);
      return EXIT.ok;
    }
    case 'day': {
      const calendar = await calendarFor(command, io);
      const day = dayFacts(calendar, command.date);
      if (command.json) io.out(JSON.stringify(day));
      else {
        const kind = label(day.kind === 'makeup-workday' ? 'makeup' : day.kind, command.lang);
        io.out(`${day.date} ${kind}${day.name === undefined ? '' : ` ${day.name[command.lang]}`}${day.provisional ? label(day.published ? 'notFinalDay' : 'provisionalDay', command.lang) : ''}`);
      }
      return EXIT.ok;
    }
    case 'score': {
      const paper = await readJson(command.paperFile, io, MAX_SCORE_FILE_BYTES);
      const key = await readJson(command.keyFile, io, MAX_SCORE_FILE_BYTES);
      const responses = await readJson(command.responsesFile, io, MAX_SCORE_FILE_BYTES);
      // Parsed JSON of any shape: scorePaper checks it and reports bad input by path.
      const options = command.partial === undefined ? undefined : { policy: { multiple: { partial: command.partial } } };
      const score = scorePaper(paper as Paper, key as AnswerKey, responses as Responses, options);
      if (command.json) io.out(JSON.stringify(score));
      else {
        const verdict = score.passed ? label('passed', command.lang) : label('failed', command.lang);
        io.out(`${label('total', command.lang)} ${score.total} / 100 — ${verdict}${score.passed ? '' : ` (${label('toPass', command.lang)} ${score.pointsToPass})`}`);
        for (const section of score.sections) io.out(`  ${label(section.kind, command.lang)}: ${section.earned} / ${section.possible}`);
      }
      return command.strict && !score.passed ? EXIT.negative : EXIT.ok;
    }
  }
}

/** A day's kind, its holiday name when it has one, and whether it is estimated ([I-25]). */
function dayFacts(calendar: WorkingDayCalendar, date: string): { date: string; kind: DayKind; name?: { zh: string; en: string }; provisional: boolean; published: boolean } {
  const kind = calendar.dayKind(date, { uncovered: 'weekends-only' });
  const year = Number(date.slice(0, 4));
  // Estimated when the year is not covered, or (calendars that say so) after the last final
  // day: from 29 December of the last covered year on, the next year may still move it [I-25].
  const finalThrough = (calendar.coverage as { finalThrough?: unknown }).finalThrough;
  const published = calendar.coverage.years.includes(year);
  const provisional = !published || (typeof finalThrough === 'string' && date > finalThrough);
  let name: { zh: string; en: string } | undefined;
  if (kind === 'holiday') {
    // The calendar names a holiday where it explains a count that passes over it: count one
    // working day back from the day after, and the holiday is among the days skipped.
    try {
      const options = { uncovered: 'weekends-only' } as const;
      const after = calendar.addWorkingDays(date, 1, options);
      name = calendar.explainWorkingDays(after, -1, options).skipped.find((day) => day.date === date)?.name;
    } catch {
      name = undefined;
    }
  }
  return { date, kind, ...(name === undefined ? {} : { name }), provisional, published };
}


async function calendarFor(command: { calendarData?: string }, io: CliIo): Promise<WorkingDayCalendar> {
  if (command.calendarData === undefined) return chinaCalendar;
  const data = await readJson(command.calendarData, io, MAX_CALENDAR_DATA_BYTES);
  const years = Array.isArray(data) ? data : [data];
  let calendar: WorkingDayCalendar = chinaCalendar;
  years.forEach((entry: unknown, index) => {
    const record = (typeof entry === 'object' && entry !== null ? entry : {}) as { year?: unknown; holidays?: unknown; workdays?: unknown };
    if (typeof record.year !== 'number') throw new CliProblem('calendar-data-year', `--calendar-data[${index}].year`);
    // A holiday-cn file ({ year, papers, days }) as published, or our own { year, holidays, workdays }.
    const schedule = Array.isArray((record as { days?: unknown }).days) ? fromHolidayCn(entry) : ({ holidays: record.holidays, workdays: record.workdays } as YearSchedule);
    calendar = calendar.withYear(record.year, schedule);
  });
  return calendar;
}

// A whole JSON file, refused unread when over the limit (a stream with no size, such as
// /dev/zero, is cut off at the limit as it is read).
async function readJson(file: string, io: CliIo, limit: number): Promise<unknown> {
  let text = '';
  const source = file === '-' ? null : file;
  for await (const part of io.readText === undefined ? openText(source, io.stdin, limit) : io.readText(source, limit)) text += part;
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new CliProblem('not-json', file, { reason: cause instanceof Error ? cause.message : 'parse error' });
  }
}

function label(key: keyof typeof CLI_LABELS | SessionDateField, lang: Lang): string {
  return key in SESSION_DATE_LABELS ? SESSION_DATE_LABELS[key as SessionDateField][lang] : labelText(key as keyof typeof CLI_LABELS, lang);
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
