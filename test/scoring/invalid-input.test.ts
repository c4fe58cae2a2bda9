import { describe, expect, it } from 'vitest';
import type { IssuePath } from '../../src/core/errors.js';
import { answerKeySchema, blueprint, paperSchema, responsesSchema, scorePaper, scoringPolicySchema, type Paper } from '../../src/scoring/index.js';
import { thrown } from '../thrown.js';
// s1 (single, 30), m1 (multiple, 30), a1 (short, 40).
import { key, paper } from './three-kinds.js';

/** A paper whose first section holds `points` and a filler section making up 100 when it can. */
function paperWithPoints(points: unknown[]): unknown {
  return { sections: [{ kind: 'single', questions: points.map((value, i) => ({ id: `q${i}`, points: value })) }] };
}

const score = (paperInput: unknown, keyInput: unknown, responses: unknown, policy?: unknown) => () =>
  scorePaper(paperInput as never, keyInput as never, responses as never, policy as never);

const cases: readonly [name: string, run: () => unknown, path: IssuePath][] = [
  ['a response for an unknown question', score(paper, key, { q7: 'A' }), ['responses', 'q7']],
  ['a key for an unknown question', score(paper, { ...key, q7: 'A' }, {}), ['key', 'q7']],
  ['a key missing for a choice question', score(paper, { s1: 'A' }, {}), ['key', 'm1']],
  ['a key that is a number', score(paper, { ...key, s1: 5 }, {}), ['key', 's1']],
  ['a key that is an empty array', score(paper, { ...key, m1: [] }, {}), ['key', 'm1']],
  ['a key naming a non-string option', score(paper, { ...key, m1: ['A', 3] }, {}), ['key', 'm1', 1]],
  ['a single-choice key with two options', score(paper, { ...key, s1: ['A', 'B'] }, {}), ['key', 's1']],
  ['a choice answer that is an object', score(paper, key, { s1: { pick: 'A' } }), ['responses', 's1']],
  ['a choice answer with a non-string pick', score(paper, key, { m1: ['A', 2] }), ['responses', 'm1', 1]],
  ['a choice answer with an empty pick', score(paper, key, { m1: [''] }), ['responses', 'm1', 0]],
  ['a number for a choice question', score(paper, key, { s1: 1 }), ['responses', 's1']],
  ['options for a short question', score(paper, key, { a1: ['A'] }), ['responses', 'a1']],
  ['a string for a short question', score(paper, key, { a1: '5' }), ['responses', 'a1']],
  ['grader points above the maximum', score(paper, key, { a1: 40.01 }), ['responses', 'a1']],
  ['negative grader points', score(paper, key, { a1: -1 }), ['responses', 'a1']],
  ['grader points NaN', score(paper, key, { a1: Number.NaN }), ['responses', 'a1']],
  ['grader points Infinity', score(paper, key, { a1: Number.POSITIVE_INFINITY }), ['responses', 'a1']],
  ['grader points with three decimals', score(paper, key, { a1: 0.125 }), ['responses', 'a1']],
  ['a boolean response', score(paper, key, { s1: true }), ['responses', 's1']],
  ['responses that are an array', score(paper, key, []), ['responses']],
  ['a key that is null', score(paper, null, {}), ['key']],
  ['a paper that is null', score(null, key, {}), ['paper']],
  ['a paper without sections', score({}, key, {}), ['paper', 'sections']],
  ['an unknown question type', score({ sections: [{ kind: 'essay', questions: [{ id: 'e', points: 100 }] }] }, {}, {}), ['paper', 'sections', 0, 'kind']],
  ['questions that are not an array', score({ sections: [{ kind: 'short', questions: {} }] }, {}, {}), ['paper', 'sections', 0, 'questions']],
  ['a question that is a string', score({ sections: [{ kind: 'short', questions: ['q1'] }] }, {}, {}), ['paper', 'sections', 0, 'questions', 0]],
  ['an empty question id', score({ sections: [{ kind: 'short', questions: [{ id: '', points: 100 }] }] }, {}, {}), ['paper', 'sections', 0, 'questions', 0, 'id']],
  ['zero points', score(paperWithPoints([25, 25, 50, 0]), {}, {}), ['paper', 'sections', 0, 'questions', 3, 'points']],
  ['negative points', score(paperWithPoints([25, 25, 50, -1]), {}, {}), ['paper', 'sections', 0, 'questions', 3, 'points']],
  ['points with three decimals', score(paperWithPoints([25, 25, 49.999, 0.001]), {}, {}), ['paper', 'sections', 0, 'questions', 2, 'points']],
  ['points as a string', score(paperWithPoints([25, 25, 50, '1']), {}, {}), ['paper', 'sections', 0, 'questions', 3, 'points']],
  ['points NaN', score(paperWithPoints([25, 25, 50, Number.NaN]), {}, {}), ['paper', 'sections', 0, 'questions', 3, 'points']],
  ['a paper totalling 99.99', score(paperWithPoints([25, 25, 49.99]), {}, {}), ['paper', 'sections']],
  ['a paper totalling 100.01', score(paperWithPoints([25, 25, 50, 0.01]), {}, {}), ['paper', 'sections']],
  [
    'a duplicate id across sections',
    score({ sections: [{ kind: 'short', questions: [{ id: 'x', points: 50 }] }, { kind: 'short', questions: [{ id: 'x', points: 50 }] }] }, {}, {}),
    ['paper', 'sections', 1, 'questions', 0, 'id'],
  ],
  ['more than 1,000 questions', score(paperWithPoints(Array.from({ length: 1001 }, () => 0.1)), {}, {}), ['paper', 'sections']],
  ['an unknown multiple-choice policy', score(paper, key, {}, { multiple: 'lenient' }), ['policy', 'multiple']],
  ['a partial fraction of 0', score(paper, key, {}, { multiple: { partial: 0 } }), ['policy', 'multiple', 'partial']],
  ['a partial fraction above 1', score(paper, key, {}, { multiple: { partial: 1.5 } }), ['policy', 'multiple', 'partial']],
  ['a partial fraction NaN', score(paper, key, {}, { multiple: { partial: Number.NaN } }), ['policy', 'multiple', 'partial']],
  ['a partial policy with an extra field', score(paper, key, {}, { multiple: { partial: 0.5, round: 'up' } }), ['policy', 'multiple']],
  ['a misspelt policy', score(paper, key, {}, { multipel: 'all-or-nothing' }), ['policy', 'multipel']],
  ['a policy that is a string', score(paper, key, {}, 'partial'), ['policy']],
  ['a blueprint not totalling 100', () => blueprint({ single: [40, 1], short: [4, 10] }), []],
  ['a blueprint with a fractional count', () => blueprint({ single: [40.5, 2] }), ['single', 0]],
  ['a blueprint with a negative count', () => blueprint({ single: [-1, 2] }), ['single', 0]],
  ['a blueprint with three-decimal points', () => blueprint({ short: [8, 12.5], single: [1, 0.001] }), ['single', 1]],
  ['a blueprint with an unknown type', () => blueprint({ essay: [1, 100] } as never), ['essay']],
  ['a blueprint section that is not a pair', () => blueprint({ short: [100] } as never), ['short']],
  ['a blueprint of more than 1,000 questions', () => blueprint({ single: [1000, 0.05], short: [1, 50] }), []],
  ['a blueprint that is not an object', () => blueprint(null as never), []],
];

describe('invalid input', () => {
  it.each(cases)('rejects %s with its path', (_name, run, path) => {
    const error = thrown(run);
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.path)).toContainEqual(path);
    expect(error.issues.every((issue) => issue.message.en.length > 0 && /[\u4e00-\u9fff]/.test(issue.message.zh))).toBe(true);
  });

  it('reports every problem at once, each with its path', () => {
    const error = thrown(score(paper, { s1: 'A' }, { s1: 1, a1: 41, zz: null }));
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['responses', 'zz'],
      ['responses', 's1'],
      ['key', 'm1'],
      ['responses', 'a1'],
    ]);
    expect(error.message).toMatch(/^responses\.zz: /);
  });

  it('turns a throwing getter or proxy into invalid-input', () => {
    const trap = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    expect(thrown(score(paper, key, trap)).code).toBe('invalid-input');
    const getter = Object.defineProperty({}, 's1', { enumerable: true, get: () => { throw new TypeError('no'); } });
    expect(thrown(score(paper, getter, {})).code).toBe('invalid-input');
  });

  it('exposes the same checks as zod/mini schemas', () => {
    expect(paperSchema.safeParse(paper).success).toBe(true);
    expect(paperSchema.safeParse(paperWithPoints([99])).error?.issues[0]?.path).toEqual(['sections']);
    expect(answerKeySchema.safeParse({ q1: [] }).error?.issues[0]?.path).toEqual(['q1']);
    expect(answerKeySchema.safeParse(JSON.parse('{"__proto__": {}}')).error?.issues[0]?.path).toEqual(['__proto__']);
    expect(responsesSchema.safeParse({ q3: Number.NaN }).error?.issues[0]?.path).toEqual(['q3']);
    expect(scoringPolicySchema.safeParse({ multiple: { partial: 1.5 } }).success).toBe(false);
    const parsed = answerKeySchema.parse(JSON.parse('{"__proto__": "A", "constructor": ["B"]}'));
    expect(Object.keys(parsed)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(parsed)).toBe(null);
  });
});
