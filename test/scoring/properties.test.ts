import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SkillcertError } from '../../src/core/errors.js';
import { scorePaper, type PaperScore, type Responses } from '../../src/scoring/index.js';
import { arbPaperWithResponses, type PaperWithResponses } from './arbitraries.js';

const RUNS = { numRuns: 300 };

function score({ paper, key, responses, policy }: PaperWithResponses): PaperScore {
  return scorePaper(paper, key, responses, policy);
}

/** A figure in hundredths, asserting first that it is an exact two-decimal number [I-23]. */
function hundredthsOf(figure: number): number {
  const hundredths = Math.round(figure * 100);
  expect(hundredths / 100).toBe(figure);
  expect(Math.abs(figure * 100 - hundredths)).toBeLessThan(1e-9);
  return hundredths;
}

function sumOfHundredths(figures: readonly number[]): number {
  return figures.reduce((sum, figure) => sum + hundredthsOf(figure), 0);
}

/** The responses with one question answered right (its key, or the grader's full points). */
function answeredRight(generated: PaperWithResponses, index: number): Responses {
  const questions = generated.paper.sections.flatMap((section) => section.questions.map((question) => ({ ...question, kind: section.kind })));
  const question = questions[index % questions.length];
  if (question === undefined) return generated.responses;
  const right = question.kind === 'short' ? question.points : generated.key[question.id];
  return { ...generated.responses, ...Object.fromEntries([[question.id, right ?? null]]) };
}

describe('scorePaper properties', () => {
  it('keeps the total within 0 … 100 and every figure an exact two-decimal number', () => {
    fc.assert(
      fc.property(arbPaperWithResponses(), (generated) => {
        const result = score(generated);
        expect(result.total).toBeGreaterThanOrEqual(0);
        expect(result.total).toBeLessThanOrEqual(100);
        hundredthsOf(result.total);
        hundredthsOf(result.pointsToPass);
        for (const figure of [...result.sections, ...result.questions]) {
          hundredthsOf(figure.earned);
          hundredthsOf(figure.possible);
          expect(figure.earned).toBeGreaterThanOrEqual(0);
          expect(figure.earned).toBeLessThanOrEqual(figure.possible);
        }
      }),
      RUNS,
    );
  });

  it('makes the total the sum of the sections and the sum of the questions, exactly', () => {
    fc.assert(
      fc.property(arbPaperWithResponses(), (generated) => {
        const result = score(generated);
        const total = hundredthsOf(result.total);
        expect(sumOfHundredths(result.sections.map((section) => section.earned))).toBe(total);
        expect(sumOfHundredths(result.questions.map((question) => question.earned))).toBe(total);
        expect(sumOfHundredths(result.sections.map((section) => section.possible))).toBe(10_000);
        expect(sumOfHundredths(result.questions.map((question) => question.possible))).toBe(10_000);
      }),
      RUNS,
    );
  });

  it('passes exactly when the total reaches 60, with pointsToPass = max(0, 60 − total)', () => {
    fc.assert(
      fc.property(arbPaperWithResponses(), (generated) => {
        const result = score(generated);
        expect(result.passed).toBe(result.total >= 60);
        expect(result.passMark).toBe(60);
        expect(hundredthsOf(result.pointsToPass)).toBe(Math.max(0, 6000 - hundredthsOf(result.total)));
      }),
      RUNS,
    );
  });

  it('never lowers the total when one answer is changed to the right one', () => {
    fc.assert(
      fc.property(arbPaperWithResponses(), fc.nat(), (generated, index) => {
        const before = score(generated);
        const responses = answeredRight(generated, index);
        const after = scorePaper(generated.paper, generated.key, responses, generated.policy);
        expect(after.total).toBeGreaterThanOrEqual(before.total);
        const changed = after.questions[index % after.questions.length];
        expect(changed?.earned).toBe(changed?.possible);
      }),
      RUNS,
    );
  });

  it('ignores the order and repeats of picks, in responses and in the key', () => {
    const reorder = (value: unknown): unknown => (Array.isArray(value) ? [...value].reverse().concat(value.slice(0, 1)) : value);
    fc.assert(
      fc.property(arbPaperWithResponses(), (generated) => {
        const key = Object.fromEntries(Object.entries(generated.key).map(([id, entry]) => [id, reorder(entry)]));
        const responses = Object.fromEntries(Object.entries(generated.responses).map(([id, entry]) => [id, reorder(entry)]));
        expect(scorePaper(generated.paper, key as never, responses as never, generated.policy)).toEqual(score(generated));
      }),
      RUNS,
    );
  });

  it('ignores any permutation of the picks', () => {
    const arbPermuted = arbPaperWithResponses().chain((generated) => {
      const shuffled = Object.entries(generated.responses).map(([id, entry]) =>
        fc.tuple(fc.constant(id), Array.isArray(entry) ? fc.shuffledSubarray(entry, { minLength: entry.length }) : fc.constant(entry)),
      );
      return fc.tuple(fc.constant(generated), fc.tuple(...shuffled).map((entries) => Object.fromEntries(entries)));
    });
    fc.assert(
      fc.property(arbPermuted, ([generated, responses]) => {
        expect(scorePaper(generated.paper, generated.key, responses, generated.policy)).toEqual(score(generated));
      }),
      RUNS,
    );
  });

  it('never scores lower with partial credit than all-or-nothing, and only multiple choice differs', () => {
    fc.assert(
      fc.property(arbPaperWithResponses(), fc.double({ min: 1e-6, max: 1, noNaN: true }), (generated, partial) => {
        const strict = scorePaper(generated.paper, generated.key, generated.responses, { multiple: 'all-or-nothing' });
        const lenient = scorePaper(generated.paper, generated.key, generated.responses, { multiple: { partial } });
        expect(lenient.total).toBeGreaterThanOrEqual(strict.total);
        strict.questions.forEach((question, i) => {
          if (question.kind !== 'multiple') expect(lenient.questions[i]).toEqual(question);
        });
      }),
      RUNS,
    );
  });

  it('answers any input with a score or SkillcertError invalid-input, never another error', () => {
    const arbHostile = fc.anything({ withNullPrototype: true, withObjectString: true, withMap: true, withSet: true, withBoxedValues: true });
    fc.assert(
      fc.property(arbHostile, arbHostile, arbHostile, fc.oneof(fc.constant(undefined), arbHostile), (paper, key, responses, policy) => {
        try {
          const result = scorePaper(paper as never, key as never, responses as never, policy as never);
          expect(result.total).toBeGreaterThanOrEqual(0); // a valid input by chance
        } catch (error) {
          expect(error).toBeInstanceOf(SkillcertError);
          expect((error as SkillcertError).code).toBe('invalid-input');
          expect((error as SkillcertError).issues.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('rejects with paths any mangled response of a valid paper, never with a TypeError', () => {
    let rejected = 0;
    fc.assert(
      fc.property(arbPaperWithResponses(), fc.dictionary(fc.string(), fc.anything(), { maxKeys: 3 }), (generated, extra) => {
        const responses = { ...generated.responses, ...extra };
        try {
          expect(score({ ...generated, responses: responses as Responses }).total).toBeLessThanOrEqual(100);
        } catch (error) {
          expect(error).toBeInstanceOf(SkillcertError);
          expect((error as SkillcertError).code).toBe('invalid-input');
          expect((error as SkillcertError).issues.length).toBeGreaterThan(0);
          for (const issue of (error as SkillcertError).issues) expect(issue.path[0]).toBe('responses');
          rejected += 1;
        }
      }),
      RUNS,
    );
    // The property is about rejections: the generator must produce some.
    expect(rejected).toBeGreaterThan(RUNS.numRuns / 10);
  });
});
