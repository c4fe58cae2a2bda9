/**
 * Lists from callers, bounded: a list's length is read once and checked against a limit
 * before any entry is read (a sparse `new Array(2 ** 32 - 1)` is refused at once, and a proxy
 * cannot report a small length to the check and a huge one after), and each entry is read
 * once. One message for every limit of the library.
 * @module
 */
import { issue, type IssueNoun, type IssuePath, type IssueTexts, type ValidationIssue } from './errors.js';

/**
 * The issue of a list over its limit, checked before any item is read.
 *
 * @example
 * ```ts
 * tooMany(['work'], 200, 'work-periods', { nouns: { 'work-periods': ['work periods', '段工作经历'] } }).message.en;
 * //=> 'at most 200 work periods are accepted'
 * ```
 */
export function tooMany(path: IssuePath, max: number, what: IssueNoun, texts?: IssueTexts): ValidationIssue {
  return issue(path, 'too-many', { max, what }, texts);
}

/**
 * The length of a caller's list, read once: a whole number from 0 to 2³² − 1 as it was read,
 * or `Infinity` for anything else. A real array's `length` is always such a number; only a
 * proxy can answer otherwise (an object with `valueOf`, a string, a negative number), and
 * converting that would run its code again at each use: it is never converted, and counts
 * as too long for every limit (issue 14, finding 1).
 *
 * @example
 * ```ts
 * [listLength(['a', 'b']), listLength(new Proxy([], { get: (t, k) => (k === 'length' ? { valueOf: () => 0 } : undefined) }))];
 * //=> [2, Infinity]
 * ```
 */
export function listLength(list: { readonly length: unknown }): number {
  const length = list.length;
  return typeof length === 'number' && Number.isInteger(length) && length >= 0 && length <= 4_294_967_295 ? length : Infinity;
}

/**
 * The entries of a caller's list, its `length` read once (see {@link listLength}) and checked
 * against `max` before any entry is read, each entry read once, into the library's own array;
 * `undefined`, with an issue at `[key]`, when the list is too long. The one way the library
 * reads a list.
 *
 * @example
 * ```ts
 * listEntries(new Array(2 ** 32 - 1), 'years', 9999, 'covered-years', issues);
 * //=> undefined   (issues: [{ path: ['years'], code: 'too-many', … }])
 * ```
 */
export function listEntries(
  list: readonly unknown[],
  key: string | number | readonly (string | number)[],
  max: number,
  what: IssueNoun,
  issues: ValidationIssue[],
  texts?: IssueTexts,
): unknown[] | undefined {
  const length = listLength(list);
  if (length <= max) {
    const entries: unknown[] = new Array(length);
    for (let i = 0; i < length; i++) entries[i] = list[i];
    return entries;
  }
  issues.push(tooMany(typeof key === 'object' ? [...key] : [key], max, what, texts));
  return undefined;
}
