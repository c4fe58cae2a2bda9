// fast-check arbitraries for scoring: papers that total exactly 100, with a key and a
// candidate's responses. Self-contained (fast-check and the public scoring types only) so
// that the testing kit can move it to src/testing as it stands.
import fc from 'fast-check';
import type { AnswerKey, MultipleChoicePolicy, Paper, QuestionKind, Responses, ScoringPolicy, Section } from '../../src/scoring/index.js';

/** A generated paper with its key, a candidate's responses and (maybe) a policy. */
export interface PaperWithResponses {
  readonly paper: Paper;
  readonly key: AnswerKey;
  readonly responses: Responses;
  readonly policy: Partial<ScoringPolicy> | undefined;
}

/** Options of a generated paper. */
export interface PaperOptions {
  /** At most this many questions (default 40; at most 1,000). */
  readonly maxQuestions?: number;
}

/** The options of every generated choice question. */
export const OPTIONS = ['A', 'B', 'C', 'D', 'E'] as const;

// Ids that would break a plain-object lookup; they must score like any other id.
const HOSTILE_IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

const arbQuestionId = fc.oneof(
  fc.constantFrom(...HOSTILE_IDS),
  fc.nat({ max: 9999 }).map((n) => `q${n}`),
  fc.string({ minLength: 1, maxLength: 4 }),
);

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

const arbOption = fc.constantFrom(...OPTIONS);

/** Picks: any options, repeats and order included. */
const arbPicks = fc.array(arbOption, { maxLength: 6 });

/** The right answer of a choice question, as a key entry. */
function arbKeyEntry(kind: 'single' | 'multiple'): fc.Arbitrary<string | string[]> {
  if (kind === 'single') return fc.oneof(arbOption, arbOption.map((option) => [option]));
  return fc.subarray([...OPTIONS], { minLength: 1 });
}

const arbBlank = fc.constantFrom<null | '' | string[] | undefined>(undefined, null, '', []);

/** A response to a choice question, often right, sometimes a subset or a wrong set. */
function arbChoiceResponse(key: string | string[]): fc.Arbitrary<Responses[string] | undefined> {
  const right = typeof key === 'string' ? [key] : key;
  return fc.oneof(
    { arbitrary: arbBlank, weight: 1 },
    { arbitrary: fc.shuffledSubarray(right, { minLength: right.length }), weight: 3 },
    { arbitrary: fc.shuffledSubarray(right, { minLength: 1 }), weight: 2 },
    { arbitrary: arbOption, weight: 1 },
    { arbitrary: arbPicks, weight: 2 },
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

const arbMultipleChoicePolicy: fc.Arbitrary<MultipleChoicePolicy> = fc.oneof(
  fc.constant('all-or-nothing' as const),
  fc.constantFrom(0.5, 0.25, 1 / 3, 0.15, 1).map((partial) => ({ partial })),
  fc.double({ min: 1e-9, max: 1, noNaN: true }).map((partial) => ({ partial })),
);

const arbPolicy: fc.Arbitrary<Partial<ScoringPolicy> | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant({}),
  arbMultipleChoicePolicy.map((multiple) => ({ multiple })),
);

interface DraftQuestion {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly hundredths: number;
}

/** Consecutive questions of one kind form a section, so a kind may have several sections. */
function sectionsOf(questions: readonly DraftQuestion[]): Section[] {
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
 * A random paper (1 … `maxQuestions` questions of every kind, points with up to two
 * decimals totalling exactly 100, ids including `'__proto__'` and `'constructor'`), its key,
 * responses (blank, right, partly right, wrong; picks in any order with repeats; grader's
 * points 0 … max) and a policy (absent, all-or-nothing, or partial credit). Key and
 * responses are built with `Object.fromEntries`, so a `'__proto__'` id is an own key, as
 * after `JSON.parse`.
 */
export function arbPaperWithResponses(options: PaperOptions = {}): fc.Arbitrary<PaperWithResponses> {
  const maxQuestions = Math.min(options.maxQuestions ?? 40, 1000);
  return fc
    .integer({ min: 1, max: maxQuestions })
    .chain((count) =>
      fc.tuple(
        fc.uniqueArray(arbQuestionId, { minLength: count, maxLength: count }),
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
      return fc.tuple(fc.constant(questions), fc.tuple(...entries), arbPolicy);
    })
    .map(([questions, entries, policy]) => ({
      paper: { sections: sectionsOf(questions) },
      key: Object.fromEntries(entries.flatMap(([id, key]) => (key === undefined ? [] : [[id, key]]))),
      responses: Object.fromEntries(entries.flatMap(([id, , response]) => (response === undefined ? [] : [[id, response]]))),
      policy,
    }));
}
