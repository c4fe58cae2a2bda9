/**
 * Data and options are read from their own properties only (issue 14, finding 7): a field
 * inherited from a polluted `Object.prototype` (`Object.prototype.work = […]`) is absent, as
 * if the library had never seen it.
 * @module
 */
import { UnreadableAt } from './errors.js';

/**
 * The value of an object's own property, or `undefined` when it has none (an inherited one
 * does not count). A getter is run once.
 *
 * @example
 * ```ts
 * [own({ work: [] }, 'work'), own(Object.create({ work: [] }), 'work')];
 * //=> [[], undefined]
 * ```
 */
export function own(object: object, key: string): unknown {
  try {
    return Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
  } catch (cause) {
    // A throwing getter or trap: located at the key being read.
    throw new UnreadableAt([key], cause);
  }
}

/**
 * An object's own enumerable string keys (those of `Object.keys`, in its order), or
 * `undefined` when there are more than `max`: counting stops at the (max + 1)-th, so that a
 * size check comes before the keys are read or listed (issue 14, finding 8). Reading stops
 * there too: a proxy's traps run for at most max + 1 keys, not for all of them. (V8 still
 * lists an ordinary object's keys in full when `for…in` starts; no script can count them
 * faster.)
 *
 * @example
 * ```ts
 * [ownKeysUpTo({ a: 1, b: 2 }, 2), ownKeysUpTo({ a: 1, b: 2, c: 3 }, 2)];
 * //=> [['a', 'b'], undefined]
 * ```
 */
export function ownKeysUpTo(object: object, max: number): string[] | undefined {
  const keys: string[] = [];
  for (const key in object) {
    // Inherited keys (a polluted prototype) are not the caller's.
    if (!Object.hasOwn(object, key)) continue;
    if (keys.length === max) return undefined;
    keys.push(key);
  }
  return keys;
}
