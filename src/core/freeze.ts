/**
 * Exported constants are deep-frozen: a caller (or a dependency) cannot change a rule for
 * everyone in the process by assigning to one (issue 14, finding 3).
 * @module
 */

/**
 * A type with every property `readonly`, all the way down.
 *
 * @example
 * ```ts
 * const offsets: DeepReadonly<{ a: { b: number[] } }> = { a: { b: [1] } };
 * ```
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : // A primitive, branded or not (a PlainDate is a string with a brand): as it is.
    T extends string | number | boolean | bigint | symbol | null | undefined
    ? T
    : T extends readonly (infer Item)[]
    ? readonly DeepReadonly<Item>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/**
 * Freezes a literal and everything in it, and returns it; a getter should return a frozen value. Called at module top level only on
 * literals (cheap, and marked pure so that bundlers drop an unused constant).
 *
 * @example
 * ```ts
 * const OFFSETS = deepFreeze({ scoresFrom: 15, span: { from: -7, to: -1 } });
 * Object.isFrozen(OFFSETS.span);
 * //=> true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    // Data properties only: a getter (a clause's wording, made on demand) is not run here.
    const properties = Object.getOwnPropertyDescriptors(value);
    for (const key of Object.keys(properties)) deepFreeze(properties[key]?.value);
  }
  return value;
}

/**
 * A fresh copy of plain data (objects, arrays, primitives), for results: every object in a
 * result belongs to the caller alone, never shared with the library or another result.
 *
 * @example
 * ```ts
 * const shared = { required: { years: 2 } };
 * copyData(shared).required === shared.required;
 * //=> false
 * ```
 */
export function copyData<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyData) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = copyData((value as Record<string, unknown>)[key]);
    // A data key named `__proto__` stays a key, never a prototype.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    else copy[key] = item;
  }
  return copy as T;
}
