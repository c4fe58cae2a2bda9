/**
 * The one error class of skillcert, and the shape of a validation issue.
 *
 * Every failure caused by what a caller passed in surfaces as a {@link SkillcertError}
 * with a string `code`, never as a raw `TypeError`, `RangeError` or a zod error. Every issue
 * has a stable {@link IssueCode} and its text in Chinese and English, from one table.
 * @module
 */
import type { Bilingual } from './bilingual.js';
import { listEntries } from './bounded-list.js';
import { describeValue } from './describe-value.js';
import { issueText, type IssueNoun, type IssueCode, type IssueParams, type IssueTexts } from './issue-messages.js';

export type { Bilingual } from './bilingual.js';
export {
  ISSUE_CODES,
  issueText,
  type CoreIssueCode,
  type CoreNoun,
  type IssueCode,
  type IssueNoun,
  type IssueParams,
  type IssueTemplate,
  type IssueTexts,
  type Nouns,
} from './issue-messages.js';

/** What went wrong, as a stable string a caller can switch on. */
export type SkillcertErrorCode =
  /** The input does not have the expected shape; see `issues`. */
  | 'invalid-input'
  /** A civil date is not a real `"YYYY-MM-DD"` day. */
  | 'invalid-date'
  /** A day is needed from a year whose official holiday schedule is not in the data; see `year`. */
  | 'calendar-coverage'
  /** The holiday data (from chinese-days) could not be loaded or has an unexpected shape. */
  | 'calendar-data';

/** A path into the caller's input, as zod reports it: `['work', 1, 'to']`. */
export type IssuePath = readonly (string | number)[];

/**
 * One problem found in an input, located by its path, with a stable code, the values its
 * message names, and its text in Chinese and English.
 *
 * @example
 * ```ts
 * const found: ValidationIssue = issue(['work', 0, 'to'], 'impossible-date', { value: '2026-02-30' });
 * found.message.zh;
 * //=> '日期无效：2026-02-30 不存在'
 * ```
 */
export interface ValidationIssue {
  /** Where in the input the problem is; `[]` for the input itself. */
  readonly path: IssuePath;
  /** What is wrong, as one of a closed set of codes (see {@link IssueCode}). */
  readonly code: IssueCode;
  /** The values the message names (the offending value, limits, the expected ids), when any. */
  readonly params?: IssueParams;
  /** What is wrong, in Chinese and in English (each one line, without the path). */
  readonly message: Bilingual;
}

/**
 * Builds a validation issue: its message comes from the table of issue texts (core's, and the
 * subpath's part of it in `texts`), so that no reader writes its own wording and every code
 * has both languages.
 *
 * @example
 * ```ts
 * issue(['asOf'], 'not-a-date', { value: '2026/02/30' }).message.en;
 * //=> 'not a date: 2026/02/30 (expected YYYY-MM-DD)'
 * issue(['track'], 'required').message;
 * //=> { en: 'required', zh: '必填' }
 * ```
 */
export function issue(path: IssuePath, code: IssueCode, params?: IssueParams, texts?: IssueTexts): ValidationIssue {
  const message = issueText(code, params, texts);
  return params === undefined ? { path, code, message } : { path, code, params, message };
}

/** Options of the {@link SkillcertError} constructor. */
export interface SkillcertErrorOptions {
  /** The problems found, each with its path. */
  issues?: readonly ValidationIssue[];
  /** For `calendar-coverage`: the year whose schedule is missing. */
  year?: number;
  /** The underlying error, when a third-party call failed. */
  cause?: unknown;
  /** The error in one line per language; by default from the first issue, else from the code. */
  text?: Bilingual;
}

/**
 * The issue of a value of the wrong kind: `required` when it is `undefined` (a missing value
 * is never "expected …, got undefined"), else `wrong-type` naming what was expected.
 *
 * @example
 * ```ts
 * wrongType([], 'options', 5).message.en;
 * //=> 'expected an options object, got 5'
 * wrongType([], 'options', undefined).code;
 * //=> 'required'
 * ```
 */
export function wrongType(path: IssuePath, expected: IssueNoun, value: unknown, texts?: IssueTexts): ValidationIssue {
  return value === undefined ? issue(path, 'required') : issue(path, 'wrong-type', { expected, value: describeValue(value) }, texts);
}

/**
 * The issue of a value outside a list of ids: `required` when it is `undefined`, else
 * `unknown-value` listing the ids, with `suggestion` when the caller found the id the value
 * names (`本科` → `bachelor`).
 *
 * @example
 * ```ts
 * unknownValue([], 'level', ['junior', 'senior'], 'expert', { nouns: { level: ['level', '级别'] } }).message.en;
 * //=> 'unknown level: expert (expected one of junior, senior)'
 * ```
 */
export function unknownValue(
  path: IssuePath,
  what: IssueNoun,
  ids: readonly string[],
  value: unknown,
  texts?: IssueTexts,
  suggestion?: string,
): ValidationIssue {
  if (value === undefined) return issue(path, 'required');
  const params = { what, value: describeValue(value), expected: ids.join(', ') };
  return issue(path, 'unknown-value', suggestion === undefined ? params : { ...params, suggestion }, texts);
}

// The line of an error that has no issue to name, by its code (the English is its message).
const ERROR_LINES_ZH: Readonly<Record<SkillcertErrorCode, string>> = {
  'invalid-input': '输入无效',
  'invalid-date': '日期无效',
  'calendar-coverage': '日历数据未包含所需年份的官方节假日安排',
  'calendar-data': '节假日数据（chinese-days）无法加载或格式不符',
};

/**
 * The one-line text of a list of issues in both languages, naming the first issue and its
 * path (`work[1].to: …`) and how many more there are; `undefined` for no issues.
 *
 * @example
 * ```ts
 * issuesText([issue(['work', 1, 'to'], 'impossible-date', { value: '2026-02-30' })])?.zh;
 * //=> 'work[1].to：日期无效：2026-02-30 不存在'
 * ```
 */
export function issuesText(issues: readonly ValidationIssue[]): Bilingual | undefined {
  const first = issues[0];
  if (first === undefined) return undefined;
  const where = formatIssuePath(first.path);
  const more = issues.length - 1;
  return {
    en: (where === '' ? '' : `${where}: `) + first.message.en + (more > 0 ? ` (and ${more} more)` : ''),
    zh: (where === '' ? '' : `${where}：`) + first.message.zh + (more > 0 ? `（另有 ${more} 处问题）` : ''),
  };
}

// A registry-wide brand, so that `instanceof` holds even when two copies of the
// library (an ESM and a CJS build, or two versions) meet in one program.
const BRAND = Symbol.for('skillcert.SkillcertError');

/**
 * The error every skillcert function throws for bad input or missing calendar data.
 *
 * @example
 * ```ts
 * try {
 *   parsePlainDate('2026-02-30');
 * } catch (error) {
 *   if (error instanceof SkillcertError) error.code;
 *   //=> 'invalid-date'
 * }
 * ```
 */
export class SkillcertError extends Error {
  /** What went wrong, as a stable string. */
  readonly code: SkillcertErrorCode;
  /** The problems found, each with its path into the input (empty when not about input). */
  readonly issues: readonly ValidationIssue[];
  /** For `calendar-coverage`: the uncovered year. */
  readonly year?: number;
  /**
   * The error in one line per language, to show as it is: for `invalid-input` it names the
   * first issue and its path like `message` does (`work[1].to：日期无效：2026-02-30 不存在`).
   */
  readonly text: Bilingual;

  constructor(code: SkillcertErrorCode, message: string, options: SkillcertErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SkillcertError';
    this.code = code;
    this.issues = Object.freeze([...(options.issues ?? [])]);
    if (options.year !== undefined) this.year = options.year;
    this.text = Object.freeze(options.text ?? issuesText(this.issues) ?? { en: message, zh: ERROR_LINES_ZH[code] ?? message });
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * Recognises a SkillcertError by its registry-wide brand, so that `instanceof` works
   * across copies of the library (an ESM and a CJS build, or two versions).
   *
   * @example
   * ```ts
   * new SkillcertError('invalid-date', 'not a date') instanceof SkillcertError;
   * //=> true
   * ```
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}

/**
 * Formats an issue path the way a person reads it: `work[1].to`. Any other value — not a
 * list, a list of more than 1,000 segments, a segment that is neither a string nor a whole
 * number — is `invalid-input` at `['path']` (or `['path', i]`); its length is read once.
 *
 * @example
 * ```ts
 * formatIssuePath(['work', 1, 'to']);
 * //=> 'work[1].to'
 * ```
 */
export function formatIssuePath(path: IssuePath): string {
  const segments = readGuarded(() => {
    if (!Array.isArray(path)) throw invalidInput([issue(['path'], 'wrong-type', { expected: 'issue-path', value: describeValue(path) }, PATH_TEXTS)]);
    const problems: ValidationIssue[] = [];
    const read = listEntries(path, 'path', MAX_PATH_SEGMENTS, 'path-segments', problems, PATH_TEXTS);
    if (read === undefined) throw invalidInput(problems);
    return read;
  });
  let text = '';
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (typeof segment === 'number' && Number.isInteger(segment)) text += `[${segment}]`;
    else if (typeof segment === 'string') text += text === '' ? segment : `.${segment}`;
    else throw invalidInput([issue(['path', i], 'wrong-type', { expected: 'path-segment', value: describeValue(segment) }, PATH_TEXTS)]);
  }
  return text;
}

// The names formatIssuePath's own issues use (issue 14, finding 8).
const PATH_TEXTS: IssueTexts = {
  nouns: {
    'issue-path': ['a list of path segments', '路径段列表'],
    'path-segment': ['a key or an index', '键名或下标'],
    'path-segments': ['path segments', '个路径段'],
  },
};

// The longest path formatted: far beyond any the library makes (a handful of segments).
const MAX_PATH_SEGMENTS = 1000;

/**
 * Builds the `invalid-input` error for a list of issues; its message names the first one
 * (`work[1].to: not a date: 2026-02-30 does not exist`), so a one-line report names the
 * field, and its `text` does the same in both languages.
 *
 * @example
 * ```ts
 * invalidInput([issue(['level'], 'required')]).message;
 * //=> 'level: required'
 * ```
 */
export function invalidInput(issues: readonly ValidationIssue[]): SkillcertError {
  const text = issuesText(issues);
  return new SkillcertError('invalid-input', text?.en ?? 'invalid input', { issues });
}

/**
 * Runs `read` over the caller's objects: a hostile getter or proxy that throws becomes
 * `invalid-input` ("input could not be read", path `[]`), while a `SkillcertError` passes through.
 *
 * @example
 * ```ts
 * readGuarded(() => ({ get n(): number { throw new Error('no'); } }).n);
 * // throws SkillcertError { code: 'invalid-input', message: 'input could not be read' }
 * ```
 */
export function readGuarded<T>(read: () => T): T {
  try {
    return read();
  } catch (cause) {
    if (cause instanceof SkillcertError) throw cause;
    // A throwing getter or trap met by a reader that tracks where it was: its path.
    const unreadable = issue(cause instanceof UnreadableAt ? cause.path : [], 'unreadable');
    throw new SkillcertError('invalid-input', unreadable.message.en, { issues: [unreadable], cause: cause instanceof UnreadableAt ? cause.cause : cause });
  }
}

/**
 * Thrown inside a reader when a caller's getter or proxy trap throws, carrying the path of the
 * property being read; each enclosing reader adds its key ({@link within}), and
 * {@link readGuarded} turns it into `invalid-input` at that path.
 *
 * @example
 * ```ts
 * new UnreadableAt(['from'], new TypeError('boom')).path;
 * //=> ['from']
 * ```
 */
export class UnreadableAt extends Error {
  constructor(
    readonly path: (string | number)[],
    override readonly cause: unknown,
  ) {
    super('input could not be read');
  }
}

/**
 * Rethrows what a reader of the value at `key` threw, with `key` put in front of its path (a
 * raw error, from a trap of the value itself, is located at `key`).
 *
 * @example
 * ```ts
 * try { readWorkPeriod(list[i], issues); } catch (error) { within(i, error); }
 * ```
 */
export function within(key: string | number | readonly (string | number)[], error: unknown): never {
  const keys = typeof key === 'object' ? key : [key];
  if (error instanceof SkillcertError) throw error;
  if (error instanceof UnreadableAt) {
    error.path.unshift(...keys);
    throw error;
  }
  throw new UnreadableAt([...keys], error);
}
