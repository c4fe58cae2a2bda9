/**
 * Describing a caller's value in an error message, without zod (so that bundles which never
 * parse structured input, such as the calendar's, do not carry it).
 * @module
 */

/**
 * A short, safe description of a value for an error message (never calls the value's own
 * `toString`, which a hostile input could override).
 *
 * @example
 * ```ts
 * describeValue(NaN);
 * //=> 'NaN'
 * ```
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `${value.slice(0, 40)}…` : value === '' ? '""' : value;
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${String(value)}n`;
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return value === null ? 'null' : isArraySafely(value) ? 'an array' : 'an object';
  }
}

// Array.isArray throws for a revoked proxy: describing a value must never throw.
function isArraySafely(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Whether a value is an object whose keys can be read: not `null`, not an array. The first
 * check every hand-written input reader makes.
 *
 * @example
 * ```ts
 * [isObjectLike({}), isObjectLike([]), isObjectLike(null)];
 * //=> [true, false, false]
 * ```
 */
export function isObjectLike(value: unknown): value is Record<string, unknown> {
  // A revoked proxy counts as an object; reading it then fails inside the caller's guard.
  return typeof value === 'object' && value !== null && !isArraySafely(value);
}
