/**
 * Lists from callers, bounded: a list's length is read once and checked against a limit
 * before any entry is read (a sparse `new Array(2 ** 32 - 1)` is refused at once, and a proxy
 * cannot report a small length to the check and a huge one after), and each entry is read
 * once. One message for every limit of the library.
 * @module
 */
import type { ValidationIssue } from './errors.js';

/**
 * The message of a list over its limit, checked before any item is read.
 *
 * @example
 * ```ts
 * tooManyMessage(200, 'work periods');
 * //=> 'at most 200 work periods are accepted'
 * ```
 */
export function tooManyMessage(max: number, what: string): string {
  return `at most ${max} ${what} are accepted`;
}

/**
 * The entries of a caller's list, its `length` read once and checked against `max` before any
 * entry is read, each entry read once; `undefined`, with an issue at `[key]`, when the list is
 * too long.
 *
 * @example
 * ```ts
 * listEntries(new Array(2 ** 32 - 1), 'years', 9999, 'covered years', issues);
 * //=> undefined   (issues: [{ path: ['years'], message: 'at most 9999 covered years are accepted' }])
 * ```
 */
export function listEntries(list: readonly unknown[], key: string, max: number, what: string, issues: ValidationIssue[]): unknown[] | undefined {
  const length = list.length;
  if (length <= max) return Array.from({ length }, (_, i) => list[i]);
  issues.push({ path: [key], message: tooManyMessage(max, what) });
  return undefined;
}
