/**
 * Checking the options of the arbitraries up front: each option is read once, and anything
 * other than what its TSDoc documents (`undefined` is the default) is `invalid-input` at its
 * path, never a raw `TypeError` from fast-check or a silently ignored value.
 * @module
 */
import { invalidInput, readGuarded, type IssuePath } from '../core/errors.js';
import { describeValue, isObjectLike } from '../core/describe-value.js';

/**
 * Throws `invalid-input` with one issue.
 *
 * @example
 * ```ts
 * refuse(['work', 'min'], 'expected a whole number 0 … 200, got 1n');
 * // throws SkillcertError { code: 'invalid-input', message: 'work.min: expected a whole number 0 … 200, got 1n' }
 * ```
 */
export function refuse(path: IssuePath, message: string): never {
  throw invalidInput([{ path, message }]);
}

/**
 * Reads an options object (`what`) into a plain one holding `names`, each read once:
 * `undefined` gives `{}`, anything but an object, or a key not in `names`, is
 * `invalid-input` at its path, and a throwing getter or proxy is "input could not be read".
 *
 * @example
 * ```ts
 * readOptions({ min: 1 }, ['min', 'max'], ['work'], 'a list size { min, max }');
 * //=> { min: 1, max: undefined }
 * readOptions({ mni: 1 }, ['min', 'max'], ['work'], 'a list size { min, max }');
 * // throws SkillcertError { code: 'invalid-input', message: 'work.mni: unknown option: mni (expected min or max)' }
 * ```
 */
export function readOptions<Name extends string>(
  value: unknown,
  names: readonly Name[],
  path: IssuePath = [],
  what = 'an options object',
): { readonly [name in Name]?: unknown } {
  if (value === undefined) return {};
  if (!isObjectLike(value)) refuse(path, `expected ${what}, got ${describeValue(value)}`);
  return readGuarded(() => {
    const expected = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
    for (const key of Object.keys(value)) {
      if (!(names as readonly string[]).includes(key)) refuse([...path, key], `unknown option: ${key} (expected ${expected})`);
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
  return value === undefined || typeof value === 'boolean' ? value : refuse(path, `expected true or false, got ${describeValue(value)}`);
}

/**
 * A whole-number option `min … max`, or `fallback` when it is `undefined`.
 *
 * @example
 * ```ts
 * readWholeNumber(undefined, 1, 1000, 40, ['maxQuestions']);
 * //=> 40
 * readWholeNumber(1n, 0, 200, 0, ['work', 'min']);
 * // throws SkillcertError { code: 'invalid-input', message: 'work.min: expected a whole number 0 … 200, got 1n' }
 * ```
 */
export function readWholeNumber(value: unknown, min: number, max: number, fallback: number, path: IssuePath): number {
  if (value === undefined) return fallback;
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max
    ? (value as number)
    : refuse(path, `expected a whole number ${min} … ${max}, got ${describeValue(value)}`);
}
