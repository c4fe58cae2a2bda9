/**
 * Blueprints: a paper described by its counts and points per section, from which the
 * paper itself is built with generated question ids.
 * @module
 */
import { deepFreeze } from '../core/freeze.js';
import { describeValue, parseInput } from '../core/validation.js';
import { FULL_MARKS, KIND_IDS, MAX_QUESTIONS, pointsProblem, type Paper, type QuestionKind, type Section } from './paper.js';
import { fromHundredths, toHundredths } from './points.js';
import { isObjectLike } from '../core/describe-value.js';
import { SCORING_TEXTS as TEXTS } from './issue-texts.js';
import { readAt, readerSchema, reject, type Problems } from './reading.js';
import { issue, unknownValue, wrongType } from '../core/errors.js';

/**
 * One section of a blueprint: how many questions, and the points of each.
 *
 * @example
 * ```ts
 * const plan: SectionPlan = [40, 1]; // 40 questions of 1 point
 * ```
 */
export type SectionPlan = readonly [count: number, points: number];

/**
 * A paper in outline: for each question type present, `[count, points each]`.
 *
 * @example
 * ```ts
 * const outline: Blueprint = { single: [40, 1], multiple: [20, 2], short: [4, 5] };
 * ```
 */
export type Blueprint = { readonly [kind in QuestionKind]?: SectionPlan };

/**
 * The letter that starts the generated ids of each question type: `s1`, `s2`… for single
 * choice, `m1`… for multiple choice, `a1`… for short answers ('a' for answer, as 's' is taken).
 *
 * @example
 * ```ts
 * QUESTION_ID_PREFIX.short;
 * //=> 'a'
 * ```
 */
export const QUESTION_ID_PREFIX: Readonly<Record<QuestionKind, string>> = /* @__PURE__ */ deepFreeze({ single: 's', multiple: 'm', short: 'a' });

function readPlan(value: unknown, problems: Problems): SectionPlan | undefined {
  if (value === undefined) return undefined; // an omitted type
  if (!Array.isArray(value) || value.length !== 2) return reject(problems, wrongType([], 'count-points', value, TEXTS));
  const [count, points] = value as readonly unknown[];
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_QUESTIONS) {
    reject(problems, issue([0], 'out-of-range', { what: 'question-count', min: 0, max: MAX_QUESTIONS, value: describeValue(count) }, TEXTS));
  }
  const problem = pointsProblem(points);
  if (problem !== undefined) reject(problems, { ...problem, path: [1] });
  return [count as number, points as number];
}

function readBlueprint(input: unknown, problems: Problems): Blueprint {
  const plan: { -readonly [kind in QuestionKind]?: SectionPlan } = {};
  if (!isObjectLike(input)) {
    reject(problems, wrongType([], 'blueprint', input, TEXTS));
    return plan;
  }
  let count = 0;
  let total = 0;
  for (const field of Object.keys(input)) {
    const kind = KIND_IDS.find((id) => id === field);
    if (kind === undefined) {
      reject(problems, unknownValue([field], 'question-type', KIND_IDS, field, TEXTS));
      continue;
    }
    const section = readAt(kind, input[kind], problems, readPlan);
    if (section === undefined) continue;
    plan[kind] = section;
    count += section[0];
    total += section[0] * (toHundredths(section[1]) ?? 0);
  }
  if (problems.length > 0) return plan;
  if (count > MAX_QUESTIONS) reject(problems, issue([], 'too-many', { max: MAX_QUESTIONS, what: 'questions', count }, TEXTS));
  else if (total !== FULL_MARKS * 100) reject(problems, issue([], 'wrong-total', { what: 'blueprint-points', total: fromHundredths(total), expected: FULL_MARKS }, TEXTS));
  return plan;
}

const blueprintSchema = readerSchema(readBlueprint);

/**
 * Builds a {@link Paper} from its outline: sections in the order single, multiple, short
 * (an omitted type, or a count of 0, has no section), with ids from
 * {@link QUESTION_ID_PREFIX} numbered from 1 within each type. Throws `SkillcertError`
 * `'invalid-input'` for a malformed blueprint (path such as `['single', 1]`), more than
 * 1,000 questions, or points not totalling exactly 100 (path `[]`).
 *
 * @example
 * ```ts
 * const paper = blueprint({ single: [40, 1], multiple: [20, 2], short: [4, 5] });
 * paper.sections.map((section) => [section.kind, section.questions.length]);
 * //=> [['single', 40], ['multiple', 20], ['short', 4]]
 * paper.sections[2]?.questions[0];
 * //=> { id: 'a1', points: 5 }
 * blueprint({ single: [40, 1] });
 * // throws SkillcertError { code: 'invalid-input', issues: [{ path: [], message: "the blueprint's points total 40, not 100" }] }
 * ```
 */
export function blueprint(plan: Blueprint): Paper {
  const parsed = parseInput(blueprintSchema, plan);
  const sections: Section[] = [];
  for (const kind of KIND_IDS) {
    const [count, points] = parsed[kind] ?? [0, 0];
    if (count === 0) continue;
    sections.push({ kind, questions: Array.from({ length: count }, (_, i) => ({ id: `${QUESTION_ID_PREFIX[kind]}${i + 1}`, points })) });
  }
  return { sections };
}
