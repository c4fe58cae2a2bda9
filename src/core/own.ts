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
