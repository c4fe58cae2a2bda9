/**
 * One API's renamed options: a value read under its name or its deprecated one.
 * @module
 */
import { invalidInput, issue, type IssueTexts } from './errors.js';

/**
 * An option read under its name or its deprecated one: the value given, and the name it was
 * given under (for issue paths); both at once is `invalid-input` (`conflicting-keys`, at the
 * deprecated name), since the two could disagree. `texts` is the subpath's table, which
 * carries the `conflicting-keys` template (kept out of core's, so that bundles without a
 * rename do not carry it).
 *
 * @example
 * ```ts
 * readRenamed({ now: undefined, from: '2026-01-01' }, 'now', 'from', SCHEDULE_TEXTS);
 * //=> { value: '2026-01-01', name: 'from' }
 * readRenamed({ now: '2026-01-01', from: '2026-01-01' }, 'now', 'from', SCHEDULE_TEXTS);
 * // throws SkillcertError { code: 'invalid-input', issues: [{ path: ['from'], code: 'conflicting-keys', … }] }
 * ```
 */
export function readRenamed<Name extends string, Old extends string>(
  read: { readonly [name in Name | Old]?: unknown },
  current: Name,
  deprecated: Old,
  texts: IssueTexts,
): { readonly value: unknown; readonly name: Name | Old } {
  const value = read[current];
  const old = read[deprecated];
  if (value !== undefined && old !== undefined) {
    throw invalidInput([issue([deprecated], 'conflicting-keys', { keys: `${current}, ${deprecated}`, current, deprecated }, texts)]);
  }
  return old !== undefined ? { value: old, name: deprecated } : { value, name: current };
}
