/**
 * The shape of a documented reading [I-n]: how the library reads a place where the
 * brochure is ambiguous, with its reason. Each area keeps its own readings beside its code
 * (eligibility, schedule, scoring); docs/rules.md is generated from them.
 * @module
 */

/**
 * One documented reading of an ambiguous rule.
 *
 * @example
 * ```ts
 * const reading: Reading = { id: 'I-19', topic: 'Sprint course', reading: 'exam − 7 … exam − 1', reason: '…' };
 * ```
 */
export interface Reading<Switch extends string = string> {
  /** `'I-1'` … `'I-23'`. */
  readonly id: string;
  /** A few words naming the question it settles. */
  readonly topic: string;
  /** What the library does. */
  readonly reading: string;
  /** Why this reading. */
  readonly reason: string;
  /** The policy switch that selects another reading, if any. */
  readonly policy?: Switch;
}
