/**
 * Hand-written readers, wrapped as zod/mini schemas. zod's own `record` would assign a
 * `"__proto__"` key (an own property after `JSON.parse`) through the prototype setter and
 * lose it unchecked, and its objects, tuples and unions would make this subpath's browser
 * bundle half as large again; a reader checks a value and reports each problem with its path.
 * @module
 */
import * as z from 'zod/mini';
import { listLength, tooMany } from '../core/bounded-list.js';
import { issue, wrongType, type IssueNoun, type IssuePath, type ValidationIssue } from '../core/errors.js';
import { isObjectLike } from '../core/describe-value.js';
import { ownKeysUpTo } from '../core/own.js';
import { SCORING_TEXTS as TEXTS } from './issue-texts.js';
import { zodIssueOf } from '../core/validation.js';

/**
 * Where a reader records what is wrong with its input, with paths relative to it.
 *
 * @example
 * ```ts
 * const problems: Problems = [issue(['q7'], 'unknown-question', { id: 'q7' })];
 * ```
 */
export type Problems = ValidationIssue[];

/**
 * Reads a value: returns it checked (and copied), or `undefined` after pushing at least one
 * problem (an optional value may also be `undefined` with no problem).
 *
 * @example
 * ```ts
 * const readCount: Reader<number> = (value, problems) =>
 *   typeof value === 'number' ? value : reject(problems, wrongType([], 'whole-number', value));
 * ```
 */
export type Reader<V> = (value: unknown, problems: Problems) => V | undefined;

/**
 * A zod/mini schema that runs `read` on its input; any problem fails the parse, with its
 * path, so `parseInput` turns it into `invalid-input`.
 *
 * @example
 * ```ts
 * readerSchema(readCount).safeParse('x').error?.issues[0]?.message;
 * //=> 'expected a whole number, got x'
 * ```
 */
export function readerSchema<V>(read: Reader<V>): z.ZodMiniTransform<V, unknown> {
  return z.transform((input: unknown, ctx) => {
    const problems: Problems = [];
    let value: V | undefined;
    try {
      value = read(input, problems);
    } catch {
      // A hostile getter or proxy: reported as the input, never as its own error.
      problems.push(issue([], 'unreadable'));
    }
    // Each problem as a zod custom issue: the English message, and the code in `params.skillcert`.
    for (const found of problems) ctx.issues.push(zodIssueOf(found, input));
    return value as V; // only `undefined` when there are problems (then it is discarded) or allowed
  });
}

/**
 * Pushes one problem (its path relative to the value being read) and returns `undefined`, for
 * a reader that gives up on a value.
 *
 * @example
 * ```ts
 * const problems: Problems = [];
 * reject(problems, wrongType([2], 'whole-number', 'x'));
 * //=> undefined
 * problems[0]?.code;
 * //=> 'wrong-type'
 * ```
 */
export function reject(problems: Problems, found: ValidationIssue): undefined {
  problems.push(found);
  return undefined;
}


/**
 * Runs `read` on the value at `key` of some input, prefixing each problem's path with `key`.
 *
 * @example
 * ```ts
 * const problems: Problems = [];
 * readAt('count', 'x', problems, readCount);
 * //=> undefined
 * problems[0]?.path;
 * //=> ['count']
 * ```
 */
export function readAt<V>(key: string | number, value: unknown, problems: Problems, read: Reader<V>): V | undefined {
  const found: Problems = [];
  const result = read(value, found);
  for (const problem of found) problems.push({ ...problem, path: [key, ...problem.path] });
  return found.length === 0 ? result : undefined;
}

/**
 * What the lists of a paper hold.
 *
 * @example
 * ```ts
 * const what: ListKind = 'questions';
 * ```
 */
export type ListKind = 'questions' | 'sections' | 'answer-options';

const LIST_NOUNS: Readonly<Record<ListKind, IssueNoun>> = { questions: 'question-list', sections: 'section-list', 'answer-options': 'option-list' };

/**
 * Reads an array of `what` item by item (holes included), reading its `length` and each item
 * once, since a getter or proxy may answer differently each time; `undefined` when any item
 * has a problem. More than `limit` items is a problem, reported before any item is read.
 *
 * @example
 * ```ts
 * const problems: Problems = [];
 * readList([1, 'x'], problems, 'questions', readCount);
 * //=> undefined
 * problems[0]?.path;
 * //=> [1]
 * readList([1, 2, 3], problems, 'questions', readCount, 2);
 * problems[1]?.message.en;
 * //=> 'at most 2 questions are accepted'
 * ```
 */
export function readList<V>(value: unknown, problems: Problems, what: ListKind, readItem: Reader<V>, limit = Infinity): V[] | undefined {
  if (!Array.isArray(value)) return reject(problems, wrongType([], LIST_NOUNS[what], value, TEXTS));
  // Read once, never converted (issue 14, finding 1): a proxy's length may be anything.
  const length = listLength(value);
  if (length > limit) return reject(problems, tooMany([], limit, what, TEXTS));
  const items: V[] = [];
  for (let i = 0; i < length; i++) {
    const item = readAt(i, value[i], problems, readItem);
    if (item !== undefined) items.push(item);
  }
  return items.length === length ? items : undefined;
}

/**
 * Reads every own enumerable key of an object into a null-prototype object, so that
 * `'__proto__'` and `'constructor'` are ordinary keys; entries read as `undefined` are left
 * out. More than `limit` keys is a problem, reported before any entry is read.
 *
 * @example
 * ```ts
 * Object.keys(readRecord(JSON.parse('{"__proto__": 1}'), [], 'responses', readCount));
 * //=> ['__proto__']
 * ```
 */
export function readRecord<V>(input: unknown, problems: Problems, expected: IssueNoun, readEntry: Reader<V>, limit = Infinity): Record<string, V> {
  const entries = Object.create(null) as Record<string, V>;
  if (!isObjectLike(input)) return reject(problems, wrongType([], expected, input, TEXTS)) ?? entries;
  // Counted up to the limit, before any key is listed in full (issue 14, finding 8).
  const keys = ownKeysUpTo(input, limit);
  if (keys === undefined) return reject(problems, issue([], 'too-many', { max: limit, what: 'entries' }, TEXTS)) ?? entries;
  for (const key of keys) {
    const value = readAt(key, input[key], problems, readEntry);
    if (value !== undefined) entries[key] = value;
  }
  return entries;
}
