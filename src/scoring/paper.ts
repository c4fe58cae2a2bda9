/**
 * Papers, answer keys and responses: their types and their zod/mini schemas.
 *
 * The brochure (第二部分 四 4(3)) fixes the question types (single choice, multiple choice,
 * short answer), full marks 100 and the pass mark 60, but no counts or points per section,
 * so a paper is an input whose points must total 100. Figures are checked to have at most
 * two decimals, so that scoring can run in exact hundredths [I-23].
 * @module
 */
import { listLength } from '../core/bounded-list.js';
import { own } from '../core/own.js';
import { deepFreeze } from '../core/freeze.js';
import { describeValue } from '../core/describe-value.js';
import { fromHundredths, toHundredths, type Hundredths } from './points.js';
import { isObjectLike } from '../core/describe-value.js';
import { SCORING_TEXTS as TEXTS } from './issue-texts.js';
import { readAt, readerSchema, readList, readRecord, reject, type Problems } from './reading.js';
import { issue, unknownValue, wrongType, type ValidationIssue } from '../core/errors.js';

/**
 * The three question types of the paper: 单项选择 / 多项选择 / 简答.
 *
 * @example
 * ```ts
 * const kind: QuestionKind = 'multiple';
 * ```
 */
export type QuestionKind = 'single' | 'multiple' | 'short';

/**
 * The question types in paper order, with their zh and en names.
 *
 * @example
 * ```ts
 * QUESTION_KINDS.find((kind) => kind.id === 'short')?.name.zh;
 * //=> '简答题'
 * ```
 */
export const QUESTION_KINDS: readonly { readonly id: QuestionKind; readonly name: { readonly zh: string; readonly en: string } }[] =
  /* @__PURE__ */ deepFreeze([
    { id: 'single', name: { zh: '单项选择题', en: 'Single choice' } },
    { id: 'multiple', name: { zh: '多项选择题', en: 'Multiple choice' } },
    { id: 'short', name: { zh: '简答题', en: 'Short answer' } },
  ]);

/**
 * Full marks of every paper (第二部分 四 4(3)).
 *
 * @example
 * ```ts
 * FULL_MARKS;
 * //=> 100
 * ```
 */
export const FULL_MARKS = 100;

/**
 * The most questions one paper may have; a larger paper is `invalid-input`. It bounds the
 * work of scoring a hostile input and is far above any real paper.
 *
 * @example
 * ```ts
 * MAX_QUESTIONS;
 * //=> 1000
 * ```
 */
export const MAX_QUESTIONS = 1000;

/**
 * The most options one choice answer (a key's entry or a candidate's picks) may list, repeats
 * included; a longer list is `invalid-input`, rejected before any option is read. It bounds
 * the work of scoring a hostile input and is far above any real question.
 *
 * @example
 * ```ts
 * MAX_OPTIONS;
 * //=> 100
 * ```
 */
export const MAX_OPTIONS = 100;

/**
 * One question of a paper: its id (unique across the paper) and its points.
 *
 * @example
 * ```ts
 * const question: Question = { id: 'q7', points: 2.5 };
 * ```
 */
export interface Question {
  /** Any non-empty string; `'__proto__'` and `'constructor'` are ordinary ids. */
  readonly id: string;
  /** Positive, at most 100, at most two decimals (`0.5`, `0.1`, `2.25`). */
  readonly points: number;
}

/**
 * A section of a paper: questions of one type. A paper may have several sections of a type.
 *
 * @example
 * ```ts
 * const section: Section = { kind: 'short', questions: [{ id: 'a1', points: 10 }] };
 * ```
 */
export interface Section {
  readonly kind: QuestionKind;
  readonly questions: readonly Question[];
}

/**
 * An exam paper: its sections in order. The points of all questions total exactly 100.
 *
 * @example
 * ```ts
 * const paper: Paper = {
 *   sections: [
 *     { kind: 'single', questions: [{ id: 'q1', points: 60 }] },
 *     { kind: 'short', questions: [{ id: 'q2', points: 40 }] },
 *   ],
 * };
 * ```
 */
export interface Paper {
  readonly sections: readonly Section[];
}

/**
 * The answer key: for each choice question, its right option (single choice) or options
 * (multiple choice, order and repeats irrelevant). An option is any non-empty string, and
 * options compare exactly (`'A'` is not `'a'` nor `' A'`); a string is always ONE option,
 * so write `['A', 'B']`, not `'AB'`, for two (at most {@link MAX_OPTIONS} in a list). An entry
 * for a short-answer question (a model answer, say) is allowed and ignored.
 *
 * @example
 * ```ts
 * const key: AnswerKey = { q1: 'B', q2: ['A', 'D'] };
 * ```
 */
export type AnswerKey = Readonly<Record<string, string | readonly string[]>>;

/**
 * A candidate's responses: picked option(s) for a choice question, the grader's points for a
 * short answer. Picks are at most {@link MAX_OPTIONS} options, repeats included. Blank (earns
 * 0): a missing entry or `null`, and for a choice question also `''` or `[]`.
 *
 * @example
 * ```ts
 * const responses: Responses = { q1: 'B', q2: ['D', 'A'], q3: 7.5, q4: null };
 * ```
 */
export type Responses = Readonly<Record<string, string | readonly string[] | number | null>>;

/**
 * The question kinds in paper order (internal; the public list with names is
 * {@link QUESTION_KINDS}).
 *
 * @example
 * ```ts
 * KIND_IDS.includes('short');
 * //=> true
 * ```
 */
export const KIND_IDS = /* @__PURE__ */ deepFreeze(['single', 'multiple', 'short'] as const);

/**
 * What is wrong with a question's points, if anything (shared with the blueprint).
 *
 * @example
 * ```ts
 * pointsProblem(0.5);
 * //=> undefined
 * pointsProblem(0.001)?.message.en;
 * //=> 'points must be a number above 0 and at most 100, with at most two decimals; got 0.001'
 * ```
 */
export function pointsProblem(points: unknown): ValidationIssue | undefined {
  return typeof points === 'number' && points > 0 && points <= FULL_MARKS && toHundredths(points) !== undefined
    ? undefined
    : points === undefined
      ? issue([], 'required')
      : issue([], 'invalid-points', { of: 'question', value: describeValue(points) }, TEXTS);
}

function readPoints(value: unknown, problems: Problems): number | undefined {
  const problem = pointsProblem(value);
  return problem === undefined ? (value as number) : reject(problems, problem);
}

function readQuestionId(value: unknown, problems: Problems): string | undefined {
  return typeof value === 'string' && value !== '' ? value : reject(problems, wrongType([], 'question-id', value, TEXTS));
}

function readKind(value: unknown, problems: Problems): QuestionKind | undefined {
  return (
    KIND_IDS.find((kind) => kind === value) ??
    reject(problems, unknownValue([], 'question-type', KIND_IDS, value, TEXTS))
  );
}

function readQuestion(value: unknown, problems: Problems): Question | undefined {
  if (!isObjectLike(value)) return reject(problems, wrongType([], 'question', value, TEXTS));
  const id = readAt('id', own(value, 'id'), problems, readQuestionId);
  const points = readAt('points', own(value, 'points'), problems, readPoints);
  return id === undefined || points === undefined ? undefined : { id, points };
}

/** A section as read once from the input, with its questions copied once the paper is bounded. */
type SectionDraft = readonly [section: unknown, questions: unknown];

function readSection(draft: unknown, problems: Problems): Section | undefined {
  const [value, questions] = draft as SectionDraft;
  if (!isObjectLike(value)) return reject(problems, wrongType([], 'section', value, TEXTS));
  const kind = readAt('kind', own(value, 'kind'), problems, readKind);
  const read = readAt('questions', questions, problems, (list, found) => readList(list, found, 'questions', readQuestion));
  return kind === undefined || read === undefined ? undefined : { kind, questions: read };
}

function readSections(value: unknown, problems: Problems): Section[] | undefined {
  if (!Array.isArray(value)) return reject(problems, wrongType([], 'section-list', value, TEXTS));
  // Bound the work first: a hostile paper could hold millions of questions. Each section, its
  // questions and each length are read once (a getter may answer differently each time), and
  // questions are copied only while the count stays within the limit.
  // Read once, never converted (issue 14, finding 1): a proxy's length may be anything.
  const length = listLength(value);
  if (length > MAX_QUESTIONS) return reject(problems, issue([], 'too-many', Number.isFinite(length) ? { max: MAX_QUESTIONS, what: 'sections', count: length } : { max: MAX_QUESTIONS, what: 'sections' }, TEXTS));
  const drafts: SectionDraft[] = [];
  let count = 0;
  for (let i = 0; i < length; i++) {
    const section = value[i];
    const questions = isObjectLike(section) ? own(section, 'questions') : undefined;
    let copy = questions;
    if (Array.isArray(questions)) {
      const size = listLength(questions);
      count += size;
      if (count <= MAX_QUESTIONS) copy = Array.from({ length: size }, (_, q) => questions[q]);
    }
    drafts.push([section, copy]);
  }
  if (count > MAX_QUESTIONS) return reject(problems, issue([], 'too-many', { max: MAX_QUESTIONS, what: 'questions', count }, TEXTS));
  return readList(drafts, problems, 'sections', readSection);
}

/** The problems of a well-formed paper as a whole: a repeated id, a total other than 100. */
function wholePaperProblems(paper: Paper, problems: Problems): void {
  const firstSeen = new Map<string, string>();
  let total: Hundredths = 0;
  paper.sections.forEach((section, s) => {
    section.questions.forEach((question, q) => {
      const earlier = firstSeen.get(question.id);
      if (earlier === undefined) firstSeen.set(question.id, `sections[${s}].questions[${q}]`);
      else reject(problems, issue(['sections', s, 'questions', q, 'id'], 'duplicate-id', { id: question.id, at: earlier }, TEXTS));
      total += toHundredths(question.points) ?? 0;
    });
  });
  if (total !== FULL_MARKS * 100) reject(problems, issue(['sections'], 'wrong-total', { what: 'paper-points', total: fromHundredths(total), expected: FULL_MARKS }, TEXTS));
}

/**
 * Reads a {@link Paper}, pushing each problem with its path; see {@link paperSchema}.
 *
 * @example
 * ```ts
 * const problems: Problems = [];
 * readPaper({ sections: [] }, problems);
 * problems;
 * //=> [{ path: ['sections'], message: "the paper's points total 0, not 100" }]
 * ```
 */
export function readPaper(value: unknown, problems: Problems): Paper | undefined {
  if (!isObjectLike(value)) return reject(problems, wrongType([], 'paper', value, TEXTS));
  const sections = readAt('sections', own(value, 'sections'), problems, readSections);
  if (sections === undefined) return undefined;
  const paper = { sections };
  const before = problems.length;
  wholePaperProblems(paper, problems);
  return problems.length === before ? paper : undefined;
}

/**
 * zod/mini schema of a {@link Paper}: sections of `'single' | 'multiple' | 'short'`
 * questions, ids unique across the paper, points above 0 with at most two decimals, at most
 * {@link MAX_QUESTIONS} questions, points totalling exactly 100. The output is a copy
 * holding only those fields.
 *
 * @example
 * ```ts
 * paperSchema.safeParse({ sections: [{ kind: 'single', questions: [{ id: 'q1', points: 100 }] }] }).success;
 * //=> true
 * paperSchema.safeParse({ sections: [{ kind: 'single', questions: [{ id: 'q1', points: 99 }] }] }).error?.issues[0]?.message;
 * //=> "the paper's points total 99, not 100"
 * ```
 */
export const paperSchema = readerSchema(readPaper);

/** Reads an option: a non-empty string. */
function readOption(value: unknown, problems: Problems): string | undefined {
  return typeof value === 'string' && value !== '' ? value : reject(problems, wrongType([], 'option', value, TEXTS));
}

/** Reads a list of options, at most {@link MAX_OPTIONS}. */
function readOptions(value: unknown, problems: Problems): string[] | undefined {
  return readList(value, problems, 'answer-options', readOption, MAX_OPTIONS);
}

function readKeyEntry(value: unknown, problems: Problems): string | string[] | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (Array.isArray(value)) {
    const options = readOptions(value, problems);
    if (options?.length !== 0) return options; // the options, or undefined after their problems
  }
  return reject(problems, wrongType([], 'right-options', value, TEXTS));
}

function readResponseEntry(value: unknown, problems: Problems): string | string[] | number | null | undefined {
  if (value === null || typeof value === 'string') return value;
  if (Array.isArray(value)) return readOptions(value, problems);
  if (typeof value === 'number') {
    return value >= 0 && toHundredths(value) !== undefined
      ? value
      : reject(problems, issue([], 'invalid-points', { of: 'grader', value: describeValue(value) }, TEXTS));
  }
  return reject(problems, wrongType([], 'response', value, TEXTS));
}

/**
 * Reads an {@link AnswerKey} into a null-prototype object; see {@link answerKeySchema}.
 *
 * @example
 * ```ts
 * readAnswerKey({ q1: 'A' }, []);
 * //=> { q1: 'A' } (with a null prototype)
 * ```
 */
export function readAnswerKey(value: unknown, problems: Problems): Record<string, string | string[]> {
  return readRecord(value, problems, 'answer-key', readKeyEntry, MAX_QUESTIONS);
}

/**
 * Reads {@link Responses} into a null-prototype object; see {@link responsesSchema}.
 *
 * @example
 * ```ts
 * const problems: Problems = [];
 * readResponses({ q1: 'A', q2: -1 }, problems);
 * //=> { q1: 'A' }
 * problems[0]?.path;
 * //=> ['q2']
 * ```
 */
export function readResponses(value: unknown, problems: Problems): Record<string, string | string[] | number | null> {
  return readRecord(value, problems, 'responses', readResponseEntry, MAX_QUESTIONS);
}

/**
 * zod/mini schema of an {@link AnswerKey}: an object whose every own key is a question id
 * and whose value is a non-empty option string or a non-empty array of at most
 * {@link MAX_OPTIONS} of them; at most {@link MAX_QUESTIONS} entries. Whether the ids exist
 * in the paper is checked by `scorePaper`. Its output is a null-prototype object (`'__proto__'` is an ordinary id).
 *
 * @example
 * ```ts
 * answerKeySchema.safeParse({ q1: 'B', q2: ['A', 'C'] }).success;
 * //=> true
 * answerKeySchema.safeParse({ q1: [] }).error?.issues[0]?.path;
 * //=> ['q1']
 * ```
 */
export const answerKeySchema = readerSchema(readAnswerKey);

/**
 * zod/mini schema of {@link Responses}: an object whose every own key is a question id and
 * whose value is `null`, an option string, an array of at most {@link MAX_OPTIONS} option
 * strings, or the grader's points (finite, ≥ 0, at most two decimals); at most
 * {@link MAX_QUESTIONS} entries. Whether each fits its question (and the points do not exceed the question's) is checked by
 * `scorePaper`. Its output is a null-prototype object.
 *
 * @example
 * ```ts
 * responsesSchema.safeParse({ q1: 'B', q2: ['C', 'A'], q3: 7.5, q4: null }).success;
 * //=> true
 * responsesSchema.safeParse({ q3: Number.NaN }).error?.issues[0]?.path;
 * //=> ['q3']
 * ```
 */
export const responsesSchema = readerSchema(readResponses);
