/**
 * Command-line argument parsing for the `skillcert` CLI, as a pure function: the words
 * in, a checked command out, or `SkillcertError` `invalid-input` naming the flag.
 * @module
 */
import { invalidInput, issue, unknownValue, wrongType, type ValidationIssue } from '../core/errors.js';
import { CLI_TEXTS as TEXTS } from './issue-texts.js';
import { describeValue } from '../core/describe-value.js';

/** Output language of human-readable text. */
export type Lang = 'zh' | 'en';

/** Flags every command takes. */
export interface CommonOptions {
  readonly json: boolean;
  readonly strict: boolean;
  readonly lang: Lang;
  /** A JSON file with one or more published years to add to the calendar (`withYear`). */
  readonly calendarData?: string;
}

/** A parsed command line. */
export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | ({ readonly kind: 'check'; readonly profileFile: string | null; readonly track: string; readonly level?: string; readonly asOf?: string } & CommonOptions)
  | ({ readonly kind: 'sessions'; readonly year: number } & CommonOptions)
  | ({ readonly kind: 'session'; readonly year: number; readonly month: number } & CommonOptions)
  | ({ readonly kind: 'workdays-add'; readonly date: string; readonly n: number; readonly explain: boolean } & CommonOptions)
  | ({ readonly kind: 'score'; readonly paperFile: string; readonly keyFile: string; readonly responsesFile: string } & CommonOptions);

const VALUE_FLAGS = new Set(['--track', '--level', '--as-of', '--lang', '--calendar-data']);
const SWITCHES = new Set(['--json', '--strict', '--explain', '--help', '-h', '--version', '-v']);
const MAX_ARGS = 64;

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
  const issues: ValidationIssue[] = [];
  if (!Array.isArray(argv) || argv.length > MAX_ARGS || !argv.every((word) => typeof word === 'string')) {
    throw invalidInput([issue([], 'too-many', { max: MAX_ARGS, what: 'words' }, TEXTS)]);
  }
  const words = argv as readonly string[];
  const positional: string[] = [];
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const eq = word.startsWith('--') ? word.indexOf('=') : -1;
    const flag = eq > 0 ? word.slice(0, eq) : word;
    if (VALUE_FLAGS.has(flag)) {
      // The next word is the value, unless it is the next flag (`--track --as-of …`).
      const next = words[i + 1];
      const value = eq > 0 ? word.slice(eq + 1) : next !== undefined && !next.startsWith('--') ? words[++i] : undefined;
      if (value === undefined || value === '') issues.push(issue([flag], 'required'));
      else values.set(flag, value);
    } else if (SWITCHES.has(flag)) {
      switches.add(flag);
    } else if (word.startsWith('-') && word !== '-' && !/^-\d+$/.test(word)) {
      // A negative number (`workdays add <date> -15`) is an argument, not an option.
      issues.push(issue([flag], 'unknown-key', { what: 'option-key', key: describeValue(flag) }));
    } else positional.push(word);
  }
  if (issues.length > 0) throw invalidInput(issues);
  if (switches.has('--help') || switches.has('-h')) return { kind: 'help' };
  if (switches.has('--version') || switches.has('-v')) return { kind: 'version' };
  if (positional.length === 0) return { kind: 'help' };

  const lang = values.get('--lang') ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') issues.push(unknownValue(['--lang'], 'language', ['zh', 'en'], lang, TEXTS));
  const common: CommonOptions = {
    json: switches.has('--json'),
    strict: switches.has('--strict'),
    lang: lang === 'en' ? 'en' : 'zh',
    ...(values.has('--calendar-data') ? { calendarData: values.get('--calendar-data') as string } : {}),
  };
  const [name, ...rest] = positional as [string, ...string[]];
  const expectArgs = (count: number, usage: string): void => {
    if (rest.length !== count) issues.push(issue([name], 'usage', { usage: `${name} ${usage}` }, TEXTS));
  };
  const onlyFor = (allowed: readonly string[]): void => {
    for (const flag of [...values.keys(), ...switches]) {
      if (!allowed.includes(flag) && !['--json', '--strict', '--lang', '--calendar-data'].includes(flag)) {
        issues.push(issue([flag], 'unknown-key', { what: 'option-key', key: flag, expected: `skillcert ${name} --help` }));
      }
    }
  };
  let command: Command | undefined;
  switch (name) {
    case 'check': {
      onlyFor(['--track', '--level', '--as-of']);
      if (rest.length > 1) issues.push(issue(['check'], 'usage', { usage: 'check [<profile.json> | -] --track <id> [--level <level>] [--as-of <date>]' }, TEXTS));
      const track = values.get('--track');
      if (track === undefined) issues.push(issue(['--track'], 'required'));
      const level = values.get('--level');
      const asOf = values.get('--as-of');
      const file = rest[0];
      command = {
        kind: 'check',
        profileFile: file === undefined || file === '-' ? null : file,
        track: track ?? '',
        ...(level === undefined ? {} : { level }),
        ...(asOf === undefined ? {} : { asOf }),
        ...common,
      };
      break;
    }
    case 'sessions': {
      onlyFor([]);
      expectArgs(1, '<year>');
      command = { kind: 'sessions', year: parseWhole(rest[0], ['year'], issues), ...common };
      break;
    }
    case 'session': {
      onlyFor([]);
      expectArgs(1, '<YYYY-MM>');
      const match = /^(\d{4})-(\d{2})$/.exec(rest[0] ?? '');
      if (rest.length === 1 && match === null) issues.push(wrongType(['session'], 'year-month', rest[0], TEXTS));
      command = { kind: 'session', year: Number(match?.[1] ?? 0), month: Number(match?.[2] ?? 0), ...common };
      break;
    }
    case 'workdays': {
      onlyFor(['--explain']);
      if (rest[0] !== 'add' || rest.length !== 3) issues.push(issue(['workdays'], 'usage', { usage: 'workdays add <date> <n> [--explain]' }, TEXTS));
      command = {
        kind: 'workdays-add',
        date: rest[1] ?? '',
        n: rest.length === 3 ? parseWhole(rest[2], ['n'], issues, true) : 0,
        explain: switches.has('--explain'),
        ...common,
      };
      break;
    }
    case 'score': {
      onlyFor([]);
      expectArgs(3, '<paper.json> <key.json> <responses.json>');
      command = { kind: 'score', paperFile: rest[0] ?? '', keyFile: rest[1] ?? '', responsesFile: rest[2] ?? '', ...common };
      break;
    }
    default:
      issues.push(unknownValue([name], 'command', ['check', 'sessions', 'session', 'workdays', 'score'], name, TEXTS));
  }
  if (issues.length > 0 || command === undefined) throw invalidInput(issues);
  return command;
}

function parseWhole(text: string | undefined, path: string[], issues: ValidationIssue[], signed = false): number {
  const pattern = signed ? /^-?\d{1,6}$/ : /^\d{1,6}$/;
  if (text === undefined || !pattern.test(text)) {
    issues.push(wrongType(path, 'whole-number', text));
    return 0;
  }
  return Number(text);
}
