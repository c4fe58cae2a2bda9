/**
 * Arbitraries of exam papers that total exactly 100 points, with an answer key, a
 * candidate's responses and (maybe) a scoring policy (第二部分 四 4(3); [I-22], [I-23]).
 * @module
 */
import { deepFreeze } from '../core/freeze.js';
import fc from 'fast-check';
import { MAX_QUESTIONS, type AnswerKey, type Paper, type QuestionKind, type Responses, type Section } from '../scoring/paper.js';
import type { MultipleChoicePolicy, ScoringPolicy } from '../scoring/score.js';
import { readBoolean, readOptions, readRenamed, readWholeNumber } from './options.js';

/**
 * A generated paper with its key, a candidate's responses and (maybe) a policy: the four
 * arguments of `scorePaper`.
 *
 * @example
 * ```ts
 * const { paper, key, responses, policy }: PaperWithResponses = fc.sample(arbPaperWithResponses(), 1)[0]!;
 * scorePaper(paper, key, responses, { policy }).total <= 100;
 * //=> true
 * ```
 */
export interface PaperWithResponses {
  readonly paper: Paper;
  readonly key: AnswerKey;
  readonly responses: Responses;
  readonly policy: Partial<ScoringPolicy> | undefined;
}

/**
 * Options of {@link arbPaperWithResponses}.
 *
 * @example
 * ```ts
 * const options: PaperOptions = { maxQuestions: 10, withPolicy: false };
 * ```
 */
export interface PaperOptions {
  /** At most this many questions (default 40; at most 1,000, the library's limit). */
  readonly maxQuestions?: number;
  /** Whether to draw a scoring policy too (default `true`); with `false`, `policy` is `undefined`. */
  readonly withPolicy?: boolean;
  /**
   * The same as `withPolicy`.
   *
   * @deprecated Since 0.2: use `withPolicy` (`policy` is the name of rule switches everywhere else). Still read for one minor version; not with `withPolicy`.
   */
  readonly policy?: boolean;
}

/**
 * The options of every generated choice question.
 *
 * @example
 * ```ts
 * CHOICE_OPTIONS.join('');
 * //=> 'ABCDE'
 * ```
 */
export const CHOICE_OPTIONS = /* @__PURE__ */ deepFreeze(['A', 'B', 'C', 'D', 'E'] as const);

// Ids that would break a plain-object lookup; they must score like any other id.
const HOSTILE_IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

function arbQuestionId(): fc.Arbitrary<string> {
  return fc.oneof(fc.constantFrom(...HOSTILE_IDS), fc.nat({ max: 9999 }).map((n) => `q${n}`), fc.string({ minLength: 1, maxLength: 4 }));
}

/** `count` positive hundredths totalling 10,000 (100 points): equal shares or random cuts. */
function arbPointsSplit(count: number): fc.Arbitrary<number[]> {
  const randomCuts = fc
    .uniqueArray(fc.integer({ min: 1, max: 9999 }), { minLength: count - 1, maxLength: count - 1 })
    .map((cuts) => {
      const edges = [0, ...cuts.sort((a, b) => a - b), 10_000];
      return edges.slice(1).map((edge, i) => edge - (edges[i] ?? 0));
    });
  return 10_000 % count === 0 ? fc.oneof(fc.constant(Array.from({ length: count }, () => 10_000 / count)), randomCuts) : randomCuts;
}

function arbOption(): fc.Arbitrary<string> {
  return fc.constantFrom(...CHOICE_OPTIONS);
}

/** The right answer of a choice question, as a key entry. */
function arbKeyEntry(kind: 'single' | 'multiple'): fc.Arbitrary<string | string[]> {
  if (kind === 'single') return fc.oneof(arbOption(), arbOption().map((option) => [option]));
  return fc.subarray([...CHOICE_OPTIONS], { minLength: 1 });
}

/** A response to a choice question: blank, right, a right subset, one option, or any picks (repeats and order included). */
function arbChoiceResponse(key: string | string[]): fc.Arbitrary<Responses[string] | undefined> {
  const right = typeof key === 'string' ? [key] : key;
  return fc.oneof(
    { arbitrary: fc.constantFrom<null | '' | string[] | undefined>(undefined, null, '', []), weight: 1 },
    { arbitrary: fc.shuffledSubarray(right, { minLength: right.length }), weight: 3 },
    { arbitrary: fc.shuffledSubarray(right, { minLength: 1 }), weight: 2 },
    { arbitrary: arbOption(), weight: 1 },
    { arbitrary: fc.array(arbOption(), { maxLength: 6 }), weight: 2 },
  );
}

/** The grader's points for a short answer worth `possible` hundredths, or blank. */
function arbShortResponse(possible: number): fc.Arbitrary<Responses[string] | undefined> {
  return fc.oneof(
    fc.constantFrom(undefined, null),
    fc.integer({ min: 0, max: possible }).map((hundredths) => hundredths / 100),
    fc.constant(possible / 100),
  );
}

/**
 * An arbitrary of scoring policies: absent, `{}`, all-or-nothing, or partial credit with
 * a fraction 0 < f ≤ 1 ([I-22]).
 *
 * @example
 * ```ts
 * fc.sample(arbScoringPolicy(), 20).some((policy) => policy === undefined);
 * //=> true (almost surely)
 * ```
 */
export function arbScoringPolicy(): fc.Arbitrary<Partial<ScoringPolicy> | undefined> {
  const multiple: fc.Arbitrary<MultipleChoicePolicy> = fc.oneof(
    fc.constant('all-or-nothing' as const),
    fc.constantFrom(0.5, 0.25, 1 / 3, 0.15, 1).map((partial) => ({ partial })),
    fc.double({ min: 1e-9, max: 1, noNaN: true }).map((partial) => ({ partial })),
  );
  return fc.oneof(fc.constant(undefined), fc.constant({}), multiple.map((policy) => ({ multiple: policy })));
}

/** A question being drafted: its id, kind and points in hundredths. */
export interface DraftQuestion {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly hundredths: number;
}

/**
 * The sections of drafted questions: consecutive questions of one kind form a section, so a
 * kind may have several sections (shared by the kit's paper arbitraries).
 *
 * @example
 * ```ts
 * sectionsOf([{ id: 's1', kind: 'single', hundredths: 10000 }]);
 * //=> [{ kind: 'single', questions: [{ id: 's1', points: 100 }] }]
 * ```
 */
export function sectionsOf(questions: readonly DraftQuestion[]): Section[] {
  const sections: { kind: QuestionKind; questions: { id: string; points: number }[] }[] = [];
  for (const { id, kind, hundredths } of questions) {
    const last = sections.at(-1);
    const question = { id, points: hundredths / 100 };
    if (last?.kind === kind) last.questions.push(question);
    else sections.push({ kind, questions: [question] });
  }
  return sections;
}

/**
 * An arbitrary of VALID scoring inputs: a paper (1 … `maxQuestions` questions of every
 * kind, unique ids including `'__proto__'` and `'constructor'`, points with up to two
 * decimals totalling exactly 100), its key, responses (blank, right, partly right, wrong;
 * picks in any order with repeats; grader's points 0 … max) and a policy (absent,
 * all-or-nothing, or partial credit). Key and responses are built with `Object.fromEntries`,
 * so a `'__proto__'` id is an own key, as after `JSON.parse`. Throws `SkillcertError`
 * `invalid-input` for options that are not {@link PaperOptions}: `maxQuestions` not a whole
 * number 1 … 1,000, `policy` not a boolean, an unknown key.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { scorePaper } from 'skillcert/scoring';
 * import { arbPaperWithResponses } from 'skillcert/testing';
 *
 * fc.assert(
 *   fc.property(arbPaperWithResponses({ maxQuestions: 20 }), ({ paper, key, responses, policy }) => {
 *     const { total, passed } = scorePaper(paper, key, responses, { policy });
 *     return passed === total >= 60;
 *   }),
 * );
 * ```
 */
export function arbPaperWithResponses(options?: PaperOptions): fc.Arbitrary<PaperWithResponses> {
  const read = readOptions(options, ['maxQuestions', 'withPolicy', 'policy']);
  const maxQuestions = readWholeNumber(read.maxQuestions, 1, MAX_QUESTIONS, 40, ['maxQuestions']);
  const drawPolicy = readRenamed(read, 'withPolicy', 'policy');
  const policy = readBoolean(drawPolicy.value, [drawPolicy.name]) === false ? fc.constant(undefined) : arbScoringPolicy();
  return fc
    .integer({ min: 1, max: maxQuestions })
    .chain((count) =>
      fc.tuple(
        fc.uniqueArray(arbQuestionId(), { minLength: count, maxLength: count }),
        fc.array(fc.constantFrom<QuestionKind>('single', 'multiple', 'short'), { minLength: count, maxLength: count }),
        arbPointsSplit(count),
      ),
    )
    .chain(([ids, kinds, split]) => {
      const questions = ids.map((id, i): DraftQuestion => ({ id, kind: kinds[i] ?? 'short', hundredths: split[i] ?? 0 }));
      const entries = questions.map(({ id, kind, hundredths }) =>
        kind === 'short'
          ? fc.tuple(fc.constant(id), fc.constant(undefined), arbShortResponse(hundredths))
          : arbKeyEntry(kind).chain((key) => fc.tuple(fc.constant(id), fc.constant(key), arbChoiceResponse(key))),
      );
      return fc.tuple(fc.constant(questions), fc.tuple(...entries), policy);
    })
    .map(([questions, entries, drawnPolicy]) => ({
      paper: { sections: sectionsOf(questions) },
      key: Object.fromEntries(entries.flatMap(([id, key]) => (key === undefined ? [] : [[id, key]]))),
      responses: Object.fromEntries(entries.flatMap(([id, , response]) => (response === undefined ? [] : [[id, response]]))),
      policy: drawnPolicy,
    }));
}
