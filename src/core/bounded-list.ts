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
 * The entries of a caller's list, its `length` read once and checked against `max` before any
 * entry is read, each entry read once; `undefined`, with an issue at `[key]`, when the list is
 * too long.
 *
 * @example
 * ```ts
 * listEntries(new Array(2 ** 32 - 1), 'years', 9999, 'covered-years', issues);
 * //=> undefined   (issues: [{ path: ['years'], code: 'too-many', … }])
 * ```
 */
export function listEntries(list: readonly unknown[], key: string, max: number, what: IssueNoun, issues: ValidationIssue[], texts?: IssueTexts): unknown[] | undefined {
  const length = list.length;
  if (length <= max) return Array.from({ length }, (_, i) => list[i]);
  issues.push(tooMany([key], max, what, texts));
  return undefined;
}
