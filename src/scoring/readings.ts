/**
 * The readings [I-22] and [I-23]: how this library marks a paper where the brochure
 * (第二部分 四 4(3)) is silent, each with its reason. docs/rules.md is generated from this table
 * (not part of the browser entry).
 * @module
 */
import { deepFreeze } from '../core/freeze.js';
import type { Reading } from '../core/reading.js';
import type { ScoringPolicy } from './score.js';

/**
 * Every scoring reading, in order.
 *
 * @example
 * ```ts
 * SCORING_READINGS.map((reading) => reading.id);
 * //=> ['I-22', 'I-23']
 * ```
 */
export const SCORING_READINGS: readonly Reading<keyof ScoringPolicy>[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'I-22',
    topic: 'Marking multiple choice and short answers',
    reading:
      'Multiple choice is all-or-nothing: the picks must be exactly the key\'s options. Under the policy `{ partial: f }`, no wrong pick and at least one right pick earns f × the points, rounded half-up to the hundredth. Short answers get the points a grader gives, from 0 to the question\'s points.',
    reason:
      'The brochure names the question types but no marking rule. All-or-nothing is the strict reading and the common one for multiple choice; some papers give partial credit, so it is a switch. A short answer cannot be marked by a key, so the grader\'s points are an input.',
    policy: 'multiple',
  },
  {
    id: 'I-23',
    topic: 'Exact scores',
    reading: 'Points have at most two decimals and are added as whole hundredths, so a total is exact: 600 questions of 0.1 points total exactly 60.',
    reason:
      'Floating-point sums drift (0.1 + 0.2 ≠ 0.3), and a drift at 60 would decide a pass or a fail. Whole hundredths add exactly.',
  },
]);
