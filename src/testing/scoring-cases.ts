/**
 * Arbitraries of scoring questions aimed at the pass mark (RULES.md section 5, [I-22],
 * [I-23]): the answers right are worth exactly 60 points made of decimal points, and
 * multiple-choice answers are often a right subset of the key.
 * @module
 */
import fc from 'fast-check';
import type { AnswerKey, Paper, QuestionKind, Responses, Section } from '../scoring/paper.js';
import type { ScoringPolicy } from '../scoring/score.js';
import { readBoolean, readOptions, readRenamed, readWholeNumber } from './options.js';
import { CHOICE_OPTIONS, sectionsOf } from './papers.js';

/**
 * One generated scoring question: the four arguments of `scorePaper`, with the points of
 * the questions drawn as answered right (`exactTotal`, 60 by default construction, or
 * 60 − 0.01 when `nearMiss`) written out for reference.
 *
 * @example
 * ```ts
 * const { paper, key, responses, policy }: ScoringCase = fc.sample(arbScoringCase(), 1)[0]!;
 * scorePaper(paper, key, responses, { policy }).total >= 59.99;
 * //=> true
 * ```
 */
export interface ScoringCase {
  readonly paper: Paper;
  readonly key: AnswerKey;
  readonly responses: Responses;
  readonly policy: Partial<ScoringPolicy> | undefined;
  /** The points of the answers drawn right (before any partial credit): 60, or 59.99 when one short answer is graded a hundredth short. */
  readonly rightPoints: number;
}

/**
 * Options of {@link arbScoringCase}.
 *
 * @example
 * ```ts
 * const options: ScoringCaseOptions = { maxQuestions: 80, withPolicy: false };
 * ```
 */
export interface ScoringCaseOptions {
  /** At most this many questions (default 60; 4 … 1,000). */
  readonly maxQuestions?: number;
  /** Whether a partial-credit or all-or-nothing policy is sometimes drawn (default `true`). */
  readonly withPolicy?: boolean;
  /**
   * The same as `withPolicy`.
   *
   * @deprecated Since 0.2: use `withPolicy` (`policy` is the name of rule switches everywhere else). Still read for one minor version; not with `withPolicy`.
   */
  readonly policy?: boolean;
}

/** `count` positive hundredths totalling `total`: equal shares when they divide, else random cuts. */
function arbSplit(total: number, count: number): fc.Arbitrary<number[]> {
  const cuts = fc.uniqueArray(fc.integer({ min: 1, max: total - 1 }), { minLength: count - 1, maxLength: count - 1 }).map((points) => {
    const edges = [0, ...points.sort((a, b) => a - b), total];
    return edges.slice(1).map((edge, i) => edge - (edges[i] ?? 0));
  });
  return total % count === 0 ? fc.oneof(fc.constant(Array.from({ length: count }, () => total / count)), cuts) : cuts;
}

interface Drafted {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly hundredths: number;
  readonly right: boolean;
}

/** A key entry: one option (single) or 1 … 5 options, mostly two or more (multiple). */
function arbKey(kind: 'single' | 'multiple'): fc.Arbitrary<string | string[]> {
  return kind === 'single' ? fc.constantFrom(...CHOICE_OPTIONS) : fc.subarray([...CHOICE_OPTIONS], { minLength: 1 }).filter((options) => options.length >= 2 || options[0] === 'A');
}

/** A response earning full points: the option, or the key's options shuffled with a repeat. */
function arbRight(key: string | string[]): fc.Arbitrary<Responses[string]> {
  if (typeof key === 'string') return fc.constantFrom(key, [key]);
  return fc.tuple(fc.shuffledSubarray(key, { minLength: key.length }), fc.boolean()).map(([picks, repeat]) => (repeat ? [...picks, picks[0] ?? 'A'] : picks));
}

/** A response earning nothing under all-or-nothing: a right subset (multiple), a wrong pick, or blank. */
function arbNotRight(key: string | string[]): fc.Arbitrary<Responses[string] | undefined> {
  const wrong = CHOICE_OPTIONS.filter((option) => !(typeof key === 'string' ? [key] : key).includes(option));
  const choices: fc.Arbitrary<Responses[string] | undefined>[] = [fc.constantFrom(undefined, null, [])];
  if (wrong.length > 0) choices.push(fc.constantFrom(...wrong), fc.constantFrom(...wrong).map((option) => [option, ...(typeof key === 'string' ? [key] : key)]));
  if (Array.isArray(key) && key.length >= 2) {
    const subset = fc.shuffledSubarray(key, { minLength: 1, maxLength: key.length - 1 });
    return fc.oneof({ weight: 4, arbitrary: subset }, { weight: 1, arbitrary: fc.oneof(...choices) });
  }
  return fc.oneof(...choices);
}

/**
 * An arbitrary of VALID scoring inputs at the pass mark: a paper of 4 … `maxQuestions`
 * questions with decimal points (equal shares such as 0.3 or random hundredths) totalling
 * 100, of which the questions answered right are worth EXACTLY 60 ([I-23]: a float running
 * sum would drift across the mark); every other question is answered with a right subset of
 * a multiple-choice key (earning nothing all-or-nothing, a fraction under partial credit
 * [I-22]), a wrong pick or nothing; sometimes one right short answer is graded a hundredth
 * short (59.99). Policies: absent, all-or-nothing, or partial credit ½, ⅓ or 1. Throws
 * `SkillcertError` `invalid-input` for options that are not {@link ScoringCaseOptions}.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { scorePaper } from 'skillcert/scoring';
 * import { arbScoringCase } from 'skillcert/testing';
 *
 * fc.assert(
 *   fc.property(arbScoringCase({ withPolicy: false }), ({ paper, key, responses, policy, rightPoints }) =>
 *     scorePaper(paper, key, responses, { policy }).total === rightPoints,
 *   ),
 * );
 * fc.sample(arbScoringCase({ withPolicy: false }), 1).map(({ rightPoints }) => rightPoints >= 59.99);
 * //=> [true]
 * ```
 */
export function arbScoringCase(options?: ScoringCaseOptions): fc.Arbitrary<ScoringCase> {
  const read = readOptions(options, ['maxQuestions', 'withPolicy', 'policy']);
  const maxQuestions = readWholeNumber(read.maxQuestions, 4, 1000, 60, ['maxQuestions']);
  const drawPolicy = readRenamed(read, 'withPolicy', 'policy');
  const withPolicy = readBoolean(drawPolicy.value, [drawPolicy.name]) !== false;
  const policy: fc.Arbitrary<Partial<ScoringPolicy> | undefined> = withPolicy
    ? fc.oneof(
        { weight: 3, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constant({ multiple: 'all-or-nothing' as const }) },
        { weight: 2, arbitrary: fc.constantFrom(0.5, 1 / 3, 1).map((partial) => ({ multiple: { partial } })) },
      )
    : fc.constant(undefined);
  const kind = fc.constantFrom<QuestionKind>('single', 'multiple', 'multiple', 'short');
  return fc
    .record({
      right: fc.integer({ min: 2, max: Math.max(2, Math.floor(maxQuestions * 0.6)) }),
      rest: fc.integer({ min: 2, max: Math.max(2, maxQuestions - Math.max(2, Math.floor(maxQuestions * 0.6))) }),
    })
    .chain(({ right, rest }) =>
      fc.record({
        rightPoints: arbSplit(6000, right),
        restPoints: arbSplit(4000, rest),
        rightKinds: fc.array(kind, { minLength: right, maxLength: right }),
        restKinds: fc.array(kind, { minLength: rest, maxLength: rest }),
        nearMiss: fc.boolean(),
        order: fc.array(fc.nat(), { minLength: right + rest, maxLength: right + rest }),
      }),
    )
    .chain(({ rightPoints, restPoints, rightKinds, restKinds, nearMiss, order }) => {
      const drafted: Drafted[] = [
        ...rightPoints.map((hundredths, i): Drafted => ({ id: `r${i}`, kind: rightKinds[i] ?? 'single', hundredths, right: true })),
        ...restPoints.map((hundredths, i): Drafted => ({ id: `o${i}`, kind: restKinds[i] ?? 'single', hundredths, right: false })),
      ];
      // Interleave the two groups so that sections mix right and other answers.
      const questions = drafted.map((q, i) => ({ q, at: order[i] ?? i })).sort((a, b) => a.at - b.at).map(({ q }) => q);
      const shortRight = questions.find((q) => q.right && q.kind === 'short');
      const missBy = nearMiss && shortRight !== undefined ? shortRight.id : undefined;
      const entries = questions.map((q) => {
        if (q.kind === 'short') {
          const graded = q.id === missBy ? q.hundredths - 1 : q.hundredths;
          const response: fc.Arbitrary<Responses[string] | undefined> = q.right ? fc.constant(graded / 100) : fc.constantFrom(0, null, undefined);
          return fc.tuple(fc.constant(q.id), fc.constant(undefined), response);
        }
        return arbKey(q.kind).chain((key) => fc.tuple(fc.constant(q.id), fc.constant(key), q.right ? arbRight(key) : arbNotRight(key)));
      });
      return fc.tuple(fc.constant(questions), fc.tuple(...entries), policy, fc.constant(missBy === undefined ? 60 : 59.99));
    })
    .map(([questions, entries, drawnPolicy, rightTotal]) => ({
      paper: { sections: sectionsOf(questions) },
      key: Object.fromEntries(entries.flatMap(([id, key]) => (key === undefined ? [] : [[id, key]]))),
      responses: Object.fromEntries(entries.flatMap(([id, , response]) => (response === undefined ? [] : [[id, response]]))),
      policy: drawnPolicy,
      rightPoints: rightTotal,
    }));
}
