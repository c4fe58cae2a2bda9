/**
 * Scoring a paper: choice questions against the key, short answers by the grader's points,
 * all in exact hundredths [I-23], with multiple choice all-or-nothing unless the policy
 * grants partial credit [I-22].
 * @module
 */
import { own } from '../core/own.js';
import { deepFreeze } from '../core/freeze.js';
import { invalidInput, issue, readGuarded, unknownValue, wrongType } from '../core/errors.js';
import { describeValue, parseInput } from '../core/validation.js';
import {
  readAnswerKey,
  readPaper,
  readResponses,
  type AnswerKey,
  type Paper,
  type QuestionKind,
  type Responses,
} from './paper.js';
import { fromHundredths, shareOf, toHundredths, type Hundredths } from './points.js';
import { isObjectLike } from '../core/describe-value.js';
import { SCORING_TEXTS as TEXTS } from './issue-texts.js';
import { readAt, readerSchema, reject, type Problems } from './reading.js';

/**
 * The pass mark: a total of 60 or more passes (第二部分 四 4(3)).
 *
 * @example
 * ```ts
 * PASS_MARK;
 * //=> 60
 * ```
 */
export const PASS_MARK = 60;

/**
 * How a multiple-choice question earns points [I-22]: `'all-or-nothing'` (the picks must
 * be exactly the key's options), or `{ partial: f }` with `0 < f ≤ 1`: exactly the key's
 * options earns all the points; no wrong pick and at least one right pick earns `f` × the
 * points, rounded half-up to the hundredth (`f` read as the decimal it prints as); any wrong
 * pick earns nothing.
 *
 * @example
 * ```ts
 * const halfCredit: MultipleChoicePolicy = { partial: 0.5 };
 * ```
 */
export type MultipleChoicePolicy = 'all-or-nothing' | { readonly partial: number };

/**
 * The switchable readings of scoring; pass any part of it to `scorePaper`.
 *
 * @example
 * ```ts
 * const policy: ScoringPolicy = { multiple: { partial: 0.5 } };
 * ```
 */
export interface ScoringPolicy {
  /** [I-22] Default `'all-or-nothing'`. */
  readonly multiple: MultipleChoicePolicy;
}

/**
 * The options of `scorePaper`, shaped like every other function's: the rule switches in `policy`.
 *
 * @example
 * ```ts
 * const options: ScoringOptions = { policy: { multiple: { partial: 0.5 } } };
 * ```
 */
export interface ScoringOptions {
  /** [I-22] The switchable readings; missing ones take their defaults. */
  readonly policy?: Partial<ScoringPolicy>;
}

// One API: the fourth argument is `{ policy }`; a bare policy (`{ multiple }`, the 0.1 form) is
// still read. Only an object whose one own key is `policy` is the new form, so anything else
// reaches the policy check as before and is reported at ['policy', …].
// `{ policy: {…}, multiple }` mixes the two forms: refused, since the two could disagree.
function policyArgument(options: unknown): unknown {
  return readGuarded(() => {
    if (!isObjectLike(options) || !Object.hasOwn(options, 'policy')) return options;
    if (Object.hasOwn(options, 'multiple')) {
      throw invalidInput([issue(['multiple'], 'conflicting-keys', { keys: 'policy.multiple, multiple', current: 'policy.multiple', deprecated: 'multiple' }, TEXTS)]);
    }
    return Object.keys(options).length === 1 ? options['policy'] : options;
  });
}

/**
 * The default policy: multiple choice all-or-nothing [I-22].
 *
 * @example
 * ```ts
 * DEFAULT_SCORING_POLICY;
 * //=> { multiple: 'all-or-nothing' }
 * ```
 */
export const DEFAULT_SCORING_POLICY: ScoringPolicy = /* @__PURE__ */ deepFreeze({ multiple: 'all-or-nothing' });

function readMultipleChoicePolicy(value: unknown, problems: Problems): MultipleChoicePolicy | undefined {
  if (value === undefined || value === 'all-or-nothing') return value;
  if (isObjectLike(value) && Object.keys(value).length === 1 && Object.hasOwn(value, 'partial')) {
    const fraction = value['partial'];
    if (typeof fraction === 'number' && fraction > 0 && fraction <= 1) return { partial: fraction };
    return reject(problems, issue(['partial'], 'out-of-range', { what: 'partial-credit', min: 0, max: 1, exclusiveMin: 1, value: describeValue(fraction) }, TEXTS));
  }
  return reject(problems, unknownValue([], 'multiple-policy', ["'all-or-nothing'", '{ partial: f }'], value, TEXTS));
}

function readPolicy(input: unknown, problems: Problems): Partial<ScoringPolicy> | undefined {
  if (input === undefined) return undefined;
  if (!isObjectLike(input)) return reject(problems, wrongType([], 'scoring-policy', input, TEXTS));
  for (const field of Object.keys(input)) {
    if (field !== 'multiple') reject(problems, issue([field], 'unknown-key', { what: 'scoring-policy-field', key: field, expected: 'multiple' }, TEXTS));
  }
  const multiple = readAt('multiple', Object.hasOwn(input, 'multiple') ? input['multiple'] : undefined, problems, readMultipleChoicePolicy);
  return multiple === undefined ? {} : { multiple };
}

/**
 * zod/mini schema of a (partial) {@link ScoringPolicy}; unknown fields and values are
 * rejected, so a misspelt policy never silently falls back to the default.
 *
 * @example
 * ```ts
 * scoringPolicySchema.safeParse({ multiple: { partial: 0.5 } }).success;
 * //=> true
 * scoringPolicySchema.safeParse({ multiple: { partial: 1.5 } }).success;
 * //=> false
 * ```
 */
export const scoringPolicySchema = readerSchema(readPolicy);

/**
 * How one question was answered: `'correct'`, `'partial'` (a correct subset of a multiple
 * choice under partial credit; all-or-nothing calls it `'wrong'`), `'wrong'`, `'blank'`, or
 * `'graded'` (a short answer the grader gave points to, 0 included).
 *
 * @example
 * ```ts
 * scorePaper(paper, key, { s1: null }).questions[0]?.verdict;
 * //=> 'blank'
 * ```
 */
export type Verdict = 'correct' | 'partial' | 'wrong' | 'blank' | 'graded';

/**
 * The outcome of one question.
 *
 * @example
 * ```ts
 * scorePaper(paper, key, { m1: ['A'] }, { multiple: { partial: 0.5 } }).questions.find((q) => q.id === 'm1');
 * //=> { id: 'm1', kind: 'multiple', earned: 1, possible: 2, verdict: 'partial' }
 * ```
 */
export interface QuestionScore {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly earned: number;
  readonly possible: number;
  readonly verdict: Verdict;
}

/**
 * The outcome of one section (same order as the paper's sections).
 *
 * @example
 * ```ts
 * scorePaper(blueprint({ short: [2, 50] }), {}, { a1: 50 }).sections;
 * //=> [{ kind: 'short', earned: 50, possible: 100 }]
 * ```
 */
export interface SectionScore {
  readonly kind: QuestionKind;
  readonly earned: number;
  readonly possible: number;
}

/**
 * The outcome of a paper. Every figure is an exact two-decimal number [I-23].
 *
 * @example
 * ```ts
 * const { total, passed, pointsToPass } = scorePaper(blueprint({ short: [2, 50] }), {}, { a1: 50, a2: 9.5 });
 * [total, passed, pointsToPass];
 * //=> [59.5, false, 0.5]
 * ```
 */
export interface PaperScore {
  /** Points earned, 0 … 100. */
  readonly total: number;
  /** `total >= 60`. */
  readonly passed: boolean;
  readonly passMark: typeof PASS_MARK;
  /** Points still missing to pass: `max(0, 60 − total)`. */
  readonly pointsToPass: number;
  readonly sections: readonly SectionScore[];
  readonly questions: readonly QuestionScore[];
}

/** The arguments of {@link scorePaper}, checked; each field read as its own schema does. */
interface ScoringInput {
  readonly paper: Paper;
  readonly key: Readonly<Record<string, string | readonly string[]>>;
  readonly responses: Readonly<Record<string, string | readonly string[] | number | null>>;
  readonly policy: Partial<ScoringPolicy> | undefined;
}

const scoringInputSchema = readerSchema((input, problems): ScoringInput => {
  const args = input as { readonly [name in keyof ScoringInput]: unknown }; // built by scorePaper
  return {
    paper: readAt('paper', args.paper, problems, readPaper) ?? { sections: [] },
    key: readAt('key', args.key, problems, readAnswerKey) ?? {},
    responses: readAt('responses', args.responses, problems, readResponses) ?? {},
    policy: readAt('policy', args.policy, problems, readPolicy),
  };
});

/** A choice answer as its set of options; `undefined` when blank. */
function optionsOf(answer: string | readonly string[]): ReadonlySet<string> | undefined {
  if (typeof answer === 'string') return answer === '' ? undefined : new Set([answer]);
  return answer.length === 0 ? undefined : new Set(answer);
}

type Marking = { readonly earned: Hundredths; readonly verdict: Verdict };

/** Marks picks against the key's options; partial credit only for multiple choice. */
function markChoice(
  kind: QuestionKind,
  possible: Hundredths,
  right: ReadonlySet<string>,
  picked: ReadonlySet<string> | undefined,
  multiple: MultipleChoicePolicy,
): Marking {
  if (picked === undefined) return { earned: 0, verdict: 'blank' };
  for (const option of picked) if (!right.has(option)) return { earned: 0, verdict: 'wrong' };
  // No wrong pick: the picks are a non-empty subset of the key's options.
  if (picked.size === right.size) return { earned: possible, verdict: 'correct' };
  if (kind === 'multiple' && multiple !== 'all-or-nothing') return { earned: shareOf(multiple.partial, possible), verdict: 'partial' };
  return { earned: 0, verdict: 'wrong' };
}

/**
 * Scores a candidate's paper.
 *
 * - Single choice: correct when the pick is the key's option (an array of picks is correct
 *   only when its options are exactly that one).
 * - Multiple choice: correct when the set of picks equals the key's set (order and repeats
 *   do not matter); a strict subset earns nothing by default, or `partial` × the points
 *   under `{ policy: { multiple: { partial } } }` [I-22]; any wrong pick earns nothing. (The
 *   0.1 form, a bare policy `{ multiple: { partial } }` as the fourth argument, is still read;
 *   deprecated.)
 * - Short answer: the grader's points, 0 … the question's points, at most two decimals.
 * - Blank (earns 0, verdict `'blank'`): a missing entry or `null`; for choice questions
 *   also `''` and `[]` (for a short answer, `''` is not points, so it is `invalid-input`).
 *
 * All arithmetic is in integer hundredths [I-23]: 600 questions of 0.1 point all right total
 * exactly 60 and pass.
 *
 * Throws `SkillcertError` `'invalid-input'` listing every problem with its path: a malformed
 * paper (`['paper', 'sections', 0, 'questions', 3, 'points']`), one not totalling 100 or
 * with a repeated id; a key or response for an unknown question (`['responses', 'q7']`);
 * a missing key for a choice question, or a single-choice key naming more than one option;
 * a number for a choice question or options for a short answer; grader's points outside
 * 0 … max or not a finite number; an unknown policy (`['policy', 'multiple']`).
 *
 * @example
 * ```ts
 * const paper = blueprint({ single: [2, 30], multiple: [1, 20], short: [1, 20] });
 * const key = { s1: 'A', s2: 'C', m1: ['A', 'B'] };
 * const result = scorePaper(paper, key, { s1: 'A', s2: 'B', m1: ['B', 'A'], a1: 12.5 });
 * result.questions.map((question) => question.verdict);
 * //=> ['correct', 'wrong', 'correct', 'graded']
 * [result.total, result.passed, result.pointsToPass];
 * //=> [62.5, true, 0]
 * scorePaper(paper, key, { m1: ['A'] }, { policy: { multiple: { partial: 0.5 } } }).total;
 * //=> 10
 * ```
 */
export function scorePaper(paper: Paper, key: AnswerKey, responses: Responses, options?: ScoringOptions): PaperScore;
/**
 * The 0.1 form of {@link scorePaper}, with a bare policy as the fourth argument.
 *
 * @deprecated Since 0.2: pass `{ policy }` ({@link ScoringOptions}). Still read, with the same answers, for one minor version; not together with `policy`.
 * @example
 * ```ts
 * scorePaper(paper, key, responses, { multiple: { partial: 0.5 } }); // now: { policy: { multiple: { partial: 0.5 } } }
 * ```
 */
export function scorePaper(paper: Paper, key: AnswerKey, responses: Responses, policy?: Partial<ScoringPolicy>): PaperScore;
export function scorePaper(paper: Paper, key: AnswerKey, responses: Responses, options?: ScoringOptions | Partial<ScoringPolicy>): PaperScore {
  const input = parseInput(scoringInputSchema, { paper, key, responses, policy: policyArgument(options) });
  const policyRead = own(input, 'policy') as Partial<ScoringPolicy> | undefined;
  const multiple = (policyRead && (own(policyRead, 'multiple') as MultipleChoicePolicy | undefined)) ?? DEFAULT_SCORING_POLICY.multiple;
  const keyOf = new Map(Object.entries(input.key));
  const responseOf = new Map(Object.entries(input.responses));
  const problems: Problems = [];

  const known = new Set<string>();
  for (const section of input.paper.sections) for (const question of section.questions) known.add(question.id);
  for (const [where, entries] of [['key', keyOf], ['responses', responseOf]] as const) {
    for (const id of entries.keys()) {
      if (!known.has(id)) reject(problems, issue([where, id], 'unknown-question', { id }, TEXTS));
    }
  }

  const questions: QuestionScore[] = [];
  const sections: SectionScore[] = [];
  let total: Hundredths = 0;
  for (const { kind, questions: sectionQuestions } of input.paper.sections) {
    let sectionEarned: Hundredths = 0;
    let sectionPossible: Hundredths = 0;
    for (const { id, points } of sectionQuestions) {
      const possible = toHundredths(points) ?? 0; // the paper schema has checked the points
      const marking = markQuestion(kind, id, possible, keyOf.get(id), responseOf.get(id), multiple, problems);
      const earned = marking?.earned ?? 0;
      questions.push({ id, kind, earned: fromHundredths(earned), possible: fromHundredths(possible), verdict: marking?.verdict ?? 'blank' });
      sectionEarned += earned;
      sectionPossible += possible;
    }
    sections.push({ kind, earned: fromHundredths(sectionEarned), possible: fromHundredths(sectionPossible) });
    total += sectionEarned;
  }
  if (problems.length > 0) throw invalidInput(problems);

  const toPass = PASS_MARK * 100 - total;
  return {
    total: fromHundredths(total),
    passed: toPass <= 0,
    passMark: PASS_MARK,
    pointsToPass: fromHundredths(Math.max(0, toPass)),
    sections,
    questions,
  };
}

type Response = string | readonly string[] | number | null | undefined;

/** Marks one question, or records (in `problems`) why its key or response does not fit it. */
function markQuestion(
  kind: QuestionKind,
  id: string,
  possible: Hundredths,
  answer: string | readonly string[] | undefined,
  response: Response,
  multiple: MultipleChoicePolicy,
  problems: Problems,
): Marking | undefined {
  if (kind === 'short') return markShortAnswer(id, possible, response, problems);
  const right = answer === undefined ? undefined : optionsOf(answer);
  if (right === undefined) return reject(problems, issue(['key', id], 'no-answer-key', { id }, TEXTS));
  if (kind === 'single' && right.size !== 1) {
    return reject(problems, issue(['key', id], 'one-right-option', { count: right.size }, TEXTS));
  }
  if (typeof response === 'number') {
    return reject(problems, wrongType(['responses', id], 'picked-options', response, TEXTS));
  }
  const picked = response === undefined || response === null ? undefined : optionsOf(response);
  return markChoice(kind, possible, right, picked, multiple);
}

/** Marks a short answer by the grader's points, or records why it cannot be. */
function markShortAnswer(id: string, possible: Hundredths, response: Response, problems: Problems): Marking | undefined {
  if (response === undefined || response === null) return { earned: 0, verdict: 'blank' };
  if (typeof response !== 'number') {
    return reject(problems, wrongType(['responses', id], 'grader-points-number', response, TEXTS));
  }
  const earned = toHundredths(response); // the responses schema has checked ≥ 0 and two decimals
  if (earned === undefined || earned > possible) {
    return reject(problems, issue(['responses', id], 'out-of-range', { what: 'grader-points', min: 0, max: fromHundredths(possible), value: describeValue(response) }, TEXTS));
  }
  return { earned, verdict: 'graded' };
}
