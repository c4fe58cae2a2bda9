/**
 * Hand-written readers, wrapped as zod/mini schemas. zod's own `record` would assign a
 * `"__proto__"` key (an own property after `JSON.parse`) through the prototype setter and
 * lose it unchecked, and its objects, tuples and unions would make this subpath's browser
 * bundle half as large again; a reader checks a value and reports each problem with its path.
 * @module
 */
import * as z from 'zod/mini';
import { listLength, tooManyMessage } from '../core/bounded-list.js';
import type { IssuePath, ValidationIssue } from '../core/errors.js';
import { describeValue, isObjectLike } from '../core/describe-value.js';

/**
 * Where a reader records what is wrong with its input, with paths relative to it.
 *
 * @example
 * ```ts
 * const problems: Problems = [{ path: ['q7'], message: 'no question q7 in the paper' }];
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
 *   typeof value === 'number' ? value : reject(problems, 'expected a number');
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
 * //=> 'expected a number'
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
      problems.push({ path: [], message: 'input could not be read' });
    }
    for (const { path, message } of problems) ctx.issues.push({ code: 'custom', message, input, path: [...path] });
    return value as V; // only `undefined` when there are problems (then it is discarded) or allowed
  });
}

/**
 * Pushes one problem at `path` and returns `undefined`, for a reader that gives up on a value.
 *
 * @example
 * ```ts
 * const problems: Problems = [];
 * reject(problems, 'expected a number', [2]);
 * //=> undefined
 * problems;
 * //=> [{ path: [2], message: 'expected a number' }]
 * ```
 */
export function reject(problems: Problems, message: string, path: IssuePath = []): undefined {
  problems.push({ path, message });
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
  for (const { path, message } of found) problems.push({ path: [key, ...path], message });
  return found.length === 0 ? result : undefined;
}

/**
 * Reads an array of `what` item by item (holes included), reading its `length` and each item
 * once, since a getter or proxy may answer differently each time; `undefined` when any item
 * has a problem. More than `limit` items is a problem, reported before any item is read.
 *
 * @example
 * ```ts
 * const problems: Problems = [];
 * readList([1, 'x'], problems, 'counts', readCount);
 * //=> undefined
 * problems[0]?.path;
 * //=> [1]
 * readList([1, 2, 3], problems, 'counts', readCount, 2);
 * problems[1]?.message;
 * //=> 'at most 2 counts are accepted'
 * ```
 */
export function readList<V>(value: unknown, problems: Problems, what: string, readItem: Reader<V>, limit = Infinity): V[] | undefined {
  if (!Array.isArray(value)) return reject(problems, `expected an array of ${what}, got ${describeValue(value)}`);
  // Read once, never converted (issue 14, finding 1): a proxy's length may be anything.
  const length = listLength(value);
  if (length > limit) return reject(problems, tooManyMessage(limit, what));
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
 * Object.keys(readRecord(JSON.parse('{"__proto__": 1}'), [], 'counts', readCount));
 * //=> ['__proto__']
 * ```
 */
export function readRecord<V>(input: unknown, problems: Problems, expected: string, readEntry: Reader<V>, limit = Infinity): Record<string, V> {
  const entries = Object.create(null) as Record<string, V>;
  if (!isObjectLike(input)) return reject(problems, `expected ${expected}, got ${describeValue(input)}`) ?? entries;
  const keys = Object.keys(input);
  if (keys.length > limit) return reject(problems, `expected at most ${limit} entries, got ${keys.length}`) ?? entries;
  for (const key of keys) {
    const value = readAt(key, input[key], problems, readEntry);
    if (value !== undefined) entries[key] = value;
  }
  return entries;
}
