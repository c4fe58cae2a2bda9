/**
 * The one error class of skillcert, and the shape of a validation issue.
 *
 * Every failure caused by what a caller passed in surfaces as a {@link SkillcertError}
 * with a string `code`, never as a raw `TypeError`, `RangeError` or a zod error.
 * @module
 */
import { listEntries, tooManyMessage } from './bounded-list.js';
import { describeValue } from './describe-value.js';

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

/** One problem found in an input, located by its path. */
export interface ValidationIssue {
  /** Where in the input the problem is; `[]` for the input itself. */
  readonly path: IssuePath;
  /** What is wrong, in English. */
  readonly message: string;
}

/** Options of the {@link SkillcertError} constructor. */
export interface SkillcertErrorOptions {
  /** The problems found, each with its path. */
  issues?: readonly ValidationIssue[];
  /** For `calendar-coverage`: the year whose schedule is missing. */
  year?: number;
  /** The underlying error, when a third-party call failed. */
  cause?: unknown;
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

  constructor(code: SkillcertErrorCode, message: string, options: SkillcertErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SkillcertError';
    this.code = code;
    this.issues = Object.freeze([...(options.issues ?? [])]);
    if (options.year !== undefined) this.year = options.year;
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
    if (!Array.isArray(path)) throw invalidInput([{ path: ['path'], message: `expected a list of path segments, got ${describeValue(path)}` }]);
    const read = listEntries(path, 'path', MAX_PATH_SEGMENTS, 'path segments', []);
    if (read === undefined) throw invalidInput([{ path: ['path'], message: tooManyMessage(MAX_PATH_SEGMENTS, 'path segments') }]);
    return read;
  });
  let text = '';
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (typeof segment === 'number' && Number.isInteger(segment)) text += `[${segment}]`;
    else if (typeof segment === 'string') text += text === '' ? segment : `.${segment}`;
    else throw invalidInput([{ path: ['path', i], message: `expected a key or an index, got ${describeValue(segment)}` }]);
  }
  return text;
}

// The longest path formatted: far beyond any the library makes (a handful of segments).
const MAX_PATH_SEGMENTS = 1000;

/**
 * Builds the `invalid-input` error for a list of issues; its message names the first one
 * (`work[1].to: not a date: 2026-02-30`), so a one-line report names the field.
 *
 * @example
 * ```ts
 * invalidInput([{ path: ['level'], message: 'unknown level: expert' }]).message;
 * //=> 'level: unknown level: expert'
 * ```
 */
export function invalidInput(issues: readonly ValidationIssue[]): SkillcertError {
  const first = issues[0];
  const where = first === undefined ? '' : formatIssuePath(first.path);
  const head = first === undefined ? 'invalid input' : where === '' ? first.message : `${where}: ${first.message}`;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new SkillcertError('invalid-input', head + more, { issues });
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
    const message = 'input could not be read';
    // A throwing getter or trap met by a reader that tracks where it was: its path.
    const path = cause instanceof UnreadableAt ? cause.path : [];
    throw new SkillcertError('invalid-input', message, { issues: [{ path, message }], cause: cause instanceof UnreadableAt ? cause.cause : cause });
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
