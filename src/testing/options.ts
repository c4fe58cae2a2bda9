/**
 * Checking the options of the arbitraries up front: each option is read once, and anything
 * other than what its TSDoc documents (`undefined` is the default) is `invalid-input` at its
 * path, never a raw `TypeError` from fast-check or a silently ignored value.
 * @module
 */
import { invalidInput, issue, readGuarded, wrongType, type IssueNoun, type IssuePath, type IssueTexts, type ValidationIssue } from '../core/errors.js';
import { conflictingKeys } from '../core/issue-messages.js';
import { readRenamed as readRenamedWith } from '../core/renamed.js';
import { describeValue, isObjectLike } from '../core/describe-value.js';

/**
 * The testing subpath's part of the issue-message table: the names of its options.
 *
 * @example
 * ```ts
 * TESTING_TEXTS.nouns['list-size'];
 * //=> ['a list size { min, max }', '列表长度 { min, max }']
 * ```
 */
export const TESTING_TEXTS = {
  templates: { 'conflicting-keys': conflictingKeys },
  nouns: {
    'list-size': ['a list size { min, max }', '列表长度 { min, max }'],
    'date-range': ['a date range { from, to }', '日期范围 { from, to }'],
    'id-list': ['a non-empty list of known ids', '由已知 id 组成的非空列表'],
    id: ['id', 'id'],
    calendar: ['a working-day calendar such as chinaCalendar', '工作日日历（如 chinaCalendar）'],
  },
} as const satisfies IssueTexts;

/**
 * Throws `invalid-input` with one issue.
 *
 * @example
 * ```ts
 * refuse(wrongType(['policy'], 'boolean', 'no'));
 * // throws SkillcertError { code: 'invalid-input', message: 'policy: expected true or false, got no' }
 * ```
 */
export function refuse(found: ValidationIssue): never {
  throw invalidInput([found]);
}

/**
 * Reads an options object (`what`) into a plain one holding `names`, each read once:
 * `undefined` gives `{}`, anything but an object, or a key not in `names`, is
 * `invalid-input` at its path, and a throwing getter or proxy is "input could not be read".
 *
 * @example
 * ```ts
 * readOptions({ min: 1 }, ['min', 'max'], ['work'], 'list-size');
 * //=> { min: 1, max: undefined }
 * readOptions({ mni: 1 }, ['min', 'max'], ['work'], 'list-size');
 * // throws SkillcertError { code: 'invalid-input', message: 'work.mni: unknown option: mni (expected min or max)' }
 * ```
 */
export function readOptions<Name extends string>(
  value: unknown,
  names: readonly Name[],
  path: IssuePath = [],
  what: IssueNoun = 'options',
): { readonly [name in Name]?: unknown } {
  if (value === undefined) return {};
  if (!isObjectLike(value)) refuse(wrongType(path, what, value, TESTING_TEXTS));
  return readGuarded(() => {
    const expected = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
    for (const key of Object.keys(value)) {
      if (!(names as readonly string[]).includes(key)) refuse(issue([...path, key], 'unknown-key', { what: 'option-key', key, expected: expected as string }));
    }
    const options: { [name in Name]?: unknown } = {};
    for (const name of names) options[name] = value[name];
    return options;
  });
}

/**
 * A boolean option: `true`, `false` or `undefined` (the default).
 *
 * @example
 * ```ts
 * readBoolean('no', ['unknown']);
 * // throws SkillcertError { code: 'invalid-input', message: 'unknown: expected true or false, got no' }
 * ```
 */
export function readBoolean(value: unknown, path: IssuePath): boolean | undefined {
  return value === undefined || typeof value === 'boolean' ? value : refuse(wrongType(path, 'boolean', value));
}

/**
 * A whole-number option `min … max`, or `fallback` when it is `undefined`.
 *
 * @example
 * ```ts
 * readWholeNumber(undefined, 1, 1000, 40, ['maxQuestions']);
 * //=> 40
 * readWholeNumber(1n, 0, 200, 0, ['work', 'min']);
 * // throws SkillcertError { code: 'invalid-input', message: 'work.min: expected a whole number 0–200, got 1n' }
 * ```
 */
export function readWholeNumber(value: unknown, min: number, max: number, fallback: number, path: IssuePath): number {
  if (value === undefined) return fallback;
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max
    ? (value as number)
    : refuse(issue(path, 'out-of-range', { what: 'whole-number', min, max, value: describeValue(value) }));
}

/**
 * An option of the kit read under its name or its deprecated one (core's `readRenamed`
 * with the kit's texts).
 *
 * @example
 * ```ts
 * readRenamed({ withPolicy: undefined, policy: false }, 'withPolicy', 'policy');
 * //=> { value: false, name: 'policy' }
 * ```
 */
export function readRenamed<Name extends string, Old extends string>(
  read: { readonly [name in Name | Old]?: unknown },
  current: Name,
  deprecated: Old,
): { readonly value: unknown; readonly name: Name | Old } {
  return readRenamedWith(read, current, deprecated, TESTING_TEXTS);
}
