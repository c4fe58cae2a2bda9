/**
 * Command-line argument parsing for the `skillcert` CLI, as a pure function: the words
 * in, a checked command out, or a {@link CliProblems} naming each bad flag or argument.
 * @module
 */
import { describeValue } from '../core/describe-value.js';
import { CliProblem, CliProblems, type Lang } from './messages.js';

export type { Lang } from './messages.js';

/** How `check` reads its input. */
export type InputFormat = 'json' | 'ndjson' | 'csv';
/** How `check` writes its answers. */
export type OutputFormat = 'text' | 'json' | 'ndjson' | 'csv' | 'summary';

/** Flags every command takes. */
export interface CommonOptions {
  readonly json: boolean;
  readonly strict: boolean;
  readonly lang: Lang;
  /** A JSON file with one or more published years to add to the calendar (`withYear`). */
  readonly calendarData?: string;
}

/** A parsed `check` command. */
export interface CheckCommand extends CommonOptions {
  readonly kind: 'check';
  /** The input files; empty (or `-`) reads standard input. */
  readonly files: readonly string[];
  readonly track: string;
  readonly level?: string;
  readonly asOf?: string;
  readonly input?: InputFormat;
  /** Absent: text for one applicant, ndjson for a batch (`--json` means json). */
  readonly format?: OutputFormat;
  /** The field (JSON) or column (CSV) holding each applicant's own id. */
  readonly idField: string;
  /** Worker threads; absent: the machine's cores. */
  readonly jobs?: number;
}

/** A parsed command line. */
export type Command =
  | { readonly kind: 'help'; readonly lang: Lang; /** false when no command was given at all (exit 2). */ readonly asked: boolean }
  | { readonly kind: 'version' }
  | CheckCommand
  | ({ readonly kind: 'template'; readonly sheet: 'csv' } & CommonOptions)
  | ({ readonly kind: 'sessions'; readonly year: number; readonly ics: boolean } & CommonOptions)
  | ({ readonly kind: 'session'; readonly year: number; readonly month: number } & CommonOptions)
  | ({ readonly kind: 'workdays-add'; readonly date: string; readonly n: number; readonly explain: boolean } & CommonOptions)
  | ({ readonly kind: 'workdays-between'; readonly from: string; readonly to: string } & CommonOptions)
  | ({ readonly kind: 'day'; readonly date: string } & CommonOptions)
  | ({ readonly kind: 'score'; readonly paperFile: string; readonly keyFile: string; readonly responsesFile: string; readonly partial?: number } & CommonOptions);

const VALUE_FLAGS = ['--track', '--level', '--as-of', '--lang', '--calendar-data', '--input', '--format', '--id', '--jobs', '--partial'] as const;
const SWITCHES = ['--json', '--strict', '--explain', '--ics', '--help', '--version'] as const;
const SHORT: Readonly<Record<string, string>> = { '-h': '--help', '-v': '--version' };
const MAX_ARGS = 256;
/** Upper bound of `--jobs`: more threads than this only cost memory. */
export const MAX_JOBS = 64;

/** The flags each command uses (besides `--lang`, which every command takes). */
const COMMAND_FLAGS: Readonly<Record<string, readonly string[]>> = {
  check: ['--track', '--level', '--as-of', '--input', '--format', '--id', '--jobs', '--json', '--strict'],
  template: [],
  sessions: ['--json', '--ics', '--calendar-data'],
  session: ['--json', '--calendar-data'],
  workdays: ['--json', '--explain', '--calendar-data'],
  day: ['--json', '--calendar-data'],
  score: ['--json', '--strict', '--partial'],
};

/** The commands, in the order help lists them. */
export const COMMANDS = Object.keys(COMMAND_FLAGS);

/**
 * Parses the CLI's arguments (without `node` and the script path).
 *
 * @example
 * ```ts
 * parseCommandLine(['session', '2026-09', '--json']);
 * //=> { kind: 'session', year: 2026, month: 9, json: true, strict: false, lang: 'zh' }
 * ```
 */
export function parseCommandLine(argv: readonly unknown[]): Command {
  if (!Array.isArray(argv) || argv.length > MAX_ARGS || !argv.every((word) => typeof word === 'string')) {
    throw new CliProblems([new CliProblem('too-many-words', '', { max: MAX_ARGS })]);
  }
  const problems: CliProblem[] = [];
  const words = argv as readonly string[];
  const positional: string[] = [];
  const values = new Map<string, string>();
  const switches = new Set<string>();
  const seen = new Set<string>();
  let onlyArguments = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (onlyArguments) {
      positional.push(word);
      continue;
    }
    if (word === '--') {
      onlyArguments = true;
      continue;
    }
    const eq = word.startsWith('--') ? word.indexOf('=') : -1;
    const flag = SHORT[word] ?? (eq > 0 ? word.slice(0, eq) : word);
    const isValueFlag = (VALUE_FLAGS as readonly string[]).includes(flag);
    const isSwitch = (SWITCHES as readonly string[]).includes(flag);
    if ((isValueFlag || isSwitch) && seen.has(flag)) problems.push(new CliProblem('given-twice', flag, { flag }));
    if (isValueFlag || isSwitch) seen.add(flag);
    if (isValueFlag) {
      // The next word is the value, unless it is the next flag (`--track --as-of …`).
      const next = words[i + 1];
      const value = eq > 0 ? word.slice(eq + 1) : next !== undefined && !next.startsWith('--') ? words[++i] : undefined;
      if (value === undefined || value === '') problems.push(new CliProblem('needs-value', flag));
      else if (!values.has(flag)) values.set(flag, value);
    } else if (isSwitch) {
      switches.add(flag);
    } else if (word.startsWith('-') && word !== '-' && !/^-\d+$/.test(word)) {
      // A negative number (`workdays add <date> -15`) is an argument, not an option.
      problems.push(new CliProblem('unknown-option', flag, { flag: describeValue(flag) }));
    } else positional.push(word);
  }
  const langWord = values.get('--lang') ?? 'zh';
  if (langWord !== 'zh' && langWord !== 'en') problems.push(new CliProblem('expected-one-of', '--lang', { choices: 'zh, en', value: describeValue(langWord) }));
  const lang: Lang = langWord === 'en' ? 'en' : 'zh';
  if (problems.length > 0) throw new CliProblems(problems);
  if (switches.has('--help')) return { kind: 'help', lang, asked: true };
  if (switches.has('--version')) return { kind: 'version' };
  if (positional.length === 0) return { kind: 'help', lang, asked: false };

  const common: CommonOptions = {
    json: switches.has('--json'),
    strict: switches.has('--strict'),
    lang,
    ...(values.has('--calendar-data') ? { calendarData: values.get('--calendar-data') as string } : {}),
  };
  const [name, ...rest] = positional as [string, ...string[]];
  const allowed = COMMAND_FLAGS[name];
  if (allowed === undefined || !Object.hasOwn(COMMAND_FLAGS, name)) {
    throw new CliProblems([new CliProblem('unknown-command', name, { commands: COMMANDS.join(', ') })]);
  }
  for (const flag of [...values.keys(), ...switches]) {
    if (flag !== '--lang' && !allowed.includes(flag)) problems.push(new CliProblem('not-an-option-of', flag, { command: name }));
  }
  const expectArgs = (count: number, usage: string): void => {
    if (rest.length !== count) problems.push(new CliProblem('usage', name, { command: name, usage }));
  };
  let command: Command;
  switch (name) {
    case 'check': {
      const track = values.get('--track');
      if (track === undefined) problems.push(new CliProblem('required', '--track'));
      const level = values.get('--level');
      const asOf = values.get('--as-of');
      const input = oneOf(values.get('--input'), '--input', ['json', 'ndjson', 'csv'] as const, problems);
      let format = oneOf(values.get('--format'), '--format', ['text', 'json', 'ndjson', 'csv', 'summary'] as const, problems);
      if (common.json) {
        if (format !== undefined && format !== 'json') problems.push(new CliProblem('not-an-option-of', '--json', { command: `check --format ${format}` }));
        format = 'json';
      }
      const jobsWord = values.get('--jobs');
      let jobs: number | undefined;
      if (jobsWord !== undefined) {
        jobs = /^\d{1,3}$/.test(jobsWord) ? Number(jobsWord) : 0;
        if (jobs < 1 || jobs > MAX_JOBS) problems.push(new CliProblem('expected-jobs', '--jobs', { max: MAX_JOBS, value: describeValue(jobsWord) }));
      }
      command = {
        kind: 'check',
        files: rest.filter((file) => file !== '-').length === 0 ? [] : rest,
        track: track ?? '',
        ...(level === undefined ? {} : { level }),
        ...(asOf === undefined ? {} : { asOf }),
        ...(input === undefined ? {} : { input }),
        ...(format === undefined ? {} : { format }),
        idField: values.get('--id') ?? 'id',
        ...(jobs === undefined ? {} : { jobs }),
        ...common,
      };
      if (rest.includes('-') && rest.length > 1) problems.push(new CliProblem('usage', 'check', { command: 'check', usage: '[<file>… | -] --track <id>' }));
      break;
    }
    case 'template': {
      expectArgs(1, 'csv [--lang zh|en]');
      if (rest.length === 1 && rest[0] !== 'csv') problems.push(new CliProblem('expected-one-of', 'template', { choices: 'csv', value: describeValue(rest[0]) }));
      command = { kind: 'template', sheet: 'csv', ...common };
      break;
    }
    case 'sessions': {
      expectArgs(1, '<year> [--json | --ics]');
      if (common.json && switches.has('--ics')) problems.push(new CliProblem('not-an-option-of', '--ics', { command: 'sessions --json' }));
      command = { kind: 'sessions', year: parseWhole(rest[0], 'year', problems), ics: switches.has('--ics'), ...common };
      break;
    }
    case 'session': {
      expectArgs(1, '<YYYY-MM>');
      const match = /^(\d{4})-(\d{2})$/.exec(rest[0] ?? '');
      if (rest.length === 1 && match === null) problems.push(new CliProblem('expected-month', 'session', { value: describeValue(rest[0]) }));
      command = { kind: 'session', year: Number(match?.[1] ?? 0), month: Number(match?.[2] ?? 0), ...common };
      break;
    }
    case 'workdays': {
      if (rest[0] === 'between') {
        if (rest.length !== 3 || switches.has('--explain')) problems.push(new CliProblem('usage', 'workdays', { command: 'workdays', usage: 'between <a> <b>' }));
        command = { kind: 'workdays-between', from: rest[1] ?? '', to: rest[2] ?? '', ...common };
        break;
      }
      if (rest[0] !== 'add' || rest.length !== 3) problems.push(new CliProblem('usage', 'workdays', { command: 'workdays', usage: 'add <date> <n> [--explain] | between <a> <b>' }));
      command = {
        kind: 'workdays-add',
        date: rest[1] ?? '',
        n: rest.length === 3 ? parseWhole(rest[2], 'n', problems, true) : 0,
        explain: switches.has('--explain'),
        ...common,
      };
      break;
    }
    case 'day': {
      expectArgs(1, '<date>');
      command = { kind: 'day', date: rest[0] ?? '', ...common };
      break;
    }
    default: {
      expectArgs(3, '<paper.json> <key.json> <responses.json> [--partial <fraction>]');
      const partialWord = values.get('--partial');
      let partial: number | undefined;
      if (partialWord !== undefined) {
        partial = /^(0|1|0?\.\d{1,6}|1\.0*)$/.test(partialWord) ? Number(partialWord) : Number.NaN;
        if (!(partial >= 0 && partial <= 1)) problems.push(new CliProblem('expected-fraction', '--partial', { value: describeValue(partialWord) }));
      }
      command = {
        kind: 'score',
        paperFile: rest[0] ?? '',
        keyFile: rest[1] ?? '',
        responsesFile: rest[2] ?? '',
        ...(partial === undefined || Number.isNaN(partial) ? {} : { partial }),
        ...common,
      };
    }
  }
  if (problems.length > 0) throw new CliProblems(problems);
  return command;
}

function oneOf<T extends string>(word: string | undefined, flag: string, choices: readonly T[], problems: CliProblem[]): T | undefined {
  if (word === undefined) return undefined;
  if ((choices as readonly string[]).includes(word)) return word as T;
  problems.push(new CliProblem('expected-one-of', flag, { choices: choices.join(', '), value: describeValue(word) }));
  return undefined;
}

function parseWhole(text: string | undefined, path: string, problems: CliProblem[], signed = false): number {
  // A missing number is a missing argument, already reported as the command's usage: one
  // problem, not also "expected a whole number, got undefined".
  if (text === undefined) return 0;
  const pattern = signed ? /^-?\d{1,6}$/ : /^\d{1,6}$/;
  if (!pattern.test(text)) {
    problems.push(new CliProblem('expected-whole', path, { value: describeValue(text) }));
    return 0;
  }
  return Number(text);
}
