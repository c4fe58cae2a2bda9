// zod/mini descriptions of the SHAPES of a paper, an answer key and responses, for JSON
// Schema only. The scoring subpath validates with hand-written readers (src/scoring/reading.ts)
// to keep its browser bundle small, and those have no JSON Schema form; these descriptions
// live here, in scripts, so they never enter a bundle. test/testing/json-schema.test.ts checks
// that the generated schemas accept and reject what the library does.
import * as z from 'zod/mini';
import { FULL_MARKS, KIND_IDS, MAX_OPTIONS, MAX_QUESTIONS } from '../../src/scoring/paper.js';

/**
 * What the JSON Schema of a paper cannot say; the library still rejects these.
 *
 * @example
 * ```ts
 * PAPER_KNOWN_DIFFERENCES[0];
 * //=> 'points that do not total exactly 100'
 * ```
 */
export const PAPER_KNOWN_DIFFERENCES = [
  'points that do not total exactly 100',
  'a question id used twice in the paper',
  'more than 1000 questions across all sections (each section alone is limited)',
  'points with more than two decimals (multipleOf 0.01 is unreliable on binary floating point in common validators)',
] as const;

/**
 * What the JSON Schema of responses cannot say; the library still rejects these.
 *
 * @example
 * ```ts
 * RESPONSES_KNOWN_DIFFERENCES.length;
 * //=> 1
 * ```
 */
export const RESPONSES_KNOWN_DIFFERENCES = [
  "grader's points with more than two decimals, or above 10^9 (the points of each question are checked by scorePaper)",
] as const;

const option = () => z.string().check(z.minLength(1), z.describe('An option, any non-empty string; compared exactly.'));

/** The shape of a paper. */
export function paperShape() {
  const question = z.object({
    id: z.string().check(z.minLength(1), z.describe('Unique across the paper.')),
    points: z.number().check(z.positive(), z.lte(FULL_MARKS), z.describe('Above 0, at most 100, at most two decimals.')),
  });
  const section = z.object({ kind: z.enum(KIND_IDS), questions: z.array(question).check(z.maxLength(MAX_QUESTIONS)) });
  return z.object({ sections: z.array(section).check(z.maxLength(MAX_QUESTIONS)) });
}

/**
 * The shape of an answer key.
 *
 * @example
 * ```ts
 * answerKeyShape().safeParse({ q1: [] }).success;
 * //=> false
 * ```
 */
export function answerKeyShape() {
  return z.record(z.string(), z.union([option(), z.array(option()).check(z.minLength(1), z.maxLength(MAX_OPTIONS))]));
}

/**
 * The shape of a candidate's responses.
 *
 * @example
 * ```ts
 * responsesShape().safeParse({ s1: 7.5, q1: null }).success;
 * //=> true
 * ```
 */
export function responsesShape() {
  return z.record(
    z.string(),
    z.union([
      z.null(),
      z.string().check(z.describe('The picked option; "" is blank.')),
      z.array(option()).check(z.maxLength(MAX_OPTIONS), z.describe('The picked options; [] is blank.')),
      z.number().check(z.gte(0), z.describe("The grader's points for a short answer.")),
    ]),
  );
}
