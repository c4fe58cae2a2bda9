// Every refusal of the scoring subpath as its whole list of issues: path, code and the params
// its message names (what was expected, the limits, the offending value), as the IssueCode
// documentation lists them. Checking only a path lets a wrong code or a lost param through
// (mutation testing found such survivors: a too-large paper reported as a wrong total, an
// empty-string key taken for a blank one).
import { describe, expect, it } from 'vitest';
import type { IssueCode, IssueParams, IssuePath } from '../../src/core/errors.js';
import { answerKeySchema, blueprint, paperSchema, responsesSchema, scorePaper, scoringPolicySchema, type Paper } from '../../src/scoring/index.js';
import { pointsProblem } from '../../src/scoring/paper.js';
import { thrown } from '../thrown.js';
// s1 (single, 30), m1 (multiple, 30), a1 (short, 40).
import { key, paper } from './three-kinds.js';

type Expected = { path: IssuePath; code: IssueCode; params?: IssueParams };

const score = (paperInput: unknown, keyInput: unknown, responses: unknown, options?: unknown) => () =>
  scorePaper(paperInput as never, keyInput as never, responses as never, options as never);

/** A paper of one section of `kind` holding `questions` as given. */
const oneSection = (questions: unknown, kind: unknown = 'short'): unknown => ({ sections: [{ kind, questions }] });
/** `count` questions q1… of `points` each. */
const questions = (count: number, points: number) => Array.from({ length: count }, (_, i) => ({ id: `q${i + 1}`, points }));

/** An array proxy whose `length` reads as `length` (a hostile input). */
const claimingLength = (length: number): unknown[] => new Proxy([], { get: (target, property) => (property === 'length' ? length : Reflect.get(target, property)) });

const revoked = (): object => {
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  return revocable.proxy;
};

const cases: readonly [name: string, run: () => unknown, issues: Expected[]][] = [
  // The paper.
  ['a paper that is null', score(null, {}, {}), [{ path: ['paper'], code: 'wrong-type', params: { expected: 'paper', value: 'null' } }]],
  ['sections that are a string', score({ sections: 'x' }, {}, {}), [{ path: ['paper', 'sections'], code: 'wrong-type', params: { expected: 'section-list', value: 'x' } }]],
  ['a section that is a string', score({ sections: ['x'] }, {}, {}), [{ path: ['paper', 'sections', 0], code: 'wrong-type', params: { expected: 'section', value: 'x' } }]],
  [
    'questions that are an object',
    score(oneSection({}), {}, {}),
    [{ path: ['paper', 'sections', 0, 'questions'], code: 'wrong-type', params: { expected: 'question-list', value: 'an object' } }],
  ],
  [
    'an unknown question type',
    score(oneSection(questions(1, 100), 'essay'), {}, {}),
    [{ path: ['paper', 'sections', 0, 'kind'], code: 'unknown-value', params: { what: 'question-type', value: 'essay', expected: 'single, multiple, short' } }],
  ],
  ['a question that is a string', score(oneSection(['q1']), {}, {}), [{ path: ['paper', 'sections', 0, 'questions', 0], code: 'wrong-type', params: { expected: 'question', value: 'q1' } }]],
  [
    'a question id that is a number',
    score(oneSection([{ id: 7, points: 100 }]), {}, {}),
    [{ path: ['paper', 'sections', 0, 'questions', 0, 'id'], code: 'wrong-type', params: { expected: 'question-id', value: '7' } }],
  ],
  ['a question without points', score(oneSection([{ id: 'q1' }]), {}, {}), [{ path: ['paper', 'sections', 0, 'questions', 0, 'points'], code: 'required' }]],
  [
    'a question of 0 points',
    score(oneSection([...questions(1, 100), { id: 'z', points: 0 }]), {}, {}),
    [{ path: ['paper', 'sections', 0, 'questions', 1, 'points'], code: 'invalid-points', params: { of: 'question', value: '0' } }],
  ],
  [
    // Above full marks is refused as points, not only as a wrong total.
    'a question of 100.5 points',
    score(oneSection([{ id: 'q1', points: 100.5 }]), {}, {}),
    [{ path: ['paper', 'sections', 0, 'questions', 0, 'points'], code: 'invalid-points', params: { of: 'question', value: '100.5' } }],
  ],
  [
    'a repeated question id',
    score({ sections: [{ kind: 'short', questions: [{ id: 'x', points: 50 }] }, { kind: 'short', questions: [{ id: 'x', points: 50 }] }] }, {}, {}),
    [{ path: ['paper', 'sections', 1, 'questions', 0, 'id'], code: 'duplicate-id', params: { id: 'x', at: 'sections[0].questions[0]' } }],
  ],
  [
    'a paper totalling 99.9',
    score(oneSection([{ id: 'q1', points: 99.9 }]), {}, {}),
    [{ path: ['paper', 'sections'], code: 'wrong-total', params: { what: 'paper-points', total: 99.9, expected: 100 } }],
  ],
  [
    '1,001 questions of 0.1 point',
    score(oneSection(questions(1001, 0.1)), {}, {}),
    [{ path: ['paper', 'sections'], code: 'too-many', params: { max: 1000, what: 'questions', count: 1001 } }],
  ],
  [
    '1,001 sections, even empty ones',
    score({ sections: Array.from({ length: 1001 }, () => ({ kind: 'short', questions: [] })) }, {}, {}),
    [{ path: ['paper', 'sections'], code: 'too-many', params: { max: 1000, what: 'sections', count: 1001 } }],
  ],
  [
    'sections claiming a length beyond any array',
    score({ sections: claimingLength(2 ** 40) }, {}, {}),
    [{ path: ['paper', 'sections'], code: 'too-many', params: { max: 1000, what: 'sections' } }],
  ],
  // The key.
  ['a key that is null', score(paper, null, {}), [{ path: ['key'], code: 'wrong-type', params: { expected: 'answer-key', value: 'null' } }]],
  ['a key that is the empty string', score(paper, { ...key, s1: '' }, {}), [{ path: ['key', 's1'], code: 'wrong-type', params: { expected: 'right-options', value: '""' } }]],
  ['a key that is a number', score(paper, { ...key, s1: 5 }, {}), [{ path: ['key', 's1'], code: 'wrong-type', params: { expected: 'right-options', value: '5' } }]],
  ['a key that is an empty list', score(paper, { ...key, m1: [] }, {}), [{ path: ['key', 'm1'], code: 'wrong-type', params: { expected: 'right-options', value: 'an array' } }]],
  ['a key naming a number as an option', score(paper, { ...key, m1: ['A', 3] }, {}), [{ path: ['key', 'm1', 1], code: 'wrong-type', params: { expected: 'option', value: '3' } }]],
  ['a key for an unknown question', score(paper, { ...key, q7: 'A' }, {}), [{ path: ['key', 'q7'], code: 'unknown-question', params: { id: 'q7' } }]],
  ['a key missing for a choice question', score(paper, { s1: 'A' }, {}), [{ path: ['key', 'm1'], code: 'no-answer-key', params: { id: 'm1' } }]],
  ['a single-choice key of two options', score(paper, { ...key, s1: ['A', 'B'] }, {}), [{ path: ['key', 's1'], code: 'one-right-option', params: { count: 2 } }]],
  [
    'a key of 1,001 entries',
    score(paper, Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, 'A'])), {}),
    // No count: the keys are counted only up to the limit's next one (issue 14, finding 8).
    [{ path: ['key'], code: 'too-many', params: { max: 1000, what: 'entries' } }],
  ],
  // The responses.
  ['responses that are a list', score(paper, key, []), [{ path: ['responses'], code: 'wrong-type', params: { expected: 'responses', value: 'an array' } }]],
  ['a response that is a boolean', score(paper, key, { s1: true }), [{ path: ['responses', 's1'], code: 'wrong-type', params: { expected: 'response', value: 'true' } }]],
  ['a response for an unknown question', score(paper, key, { q7: 'A' }), [{ path: ['responses', 'q7'], code: 'unknown-question', params: { id: 'q7' } }]],
  ['negative grader points', score(paper, key, { a1: -1 }), [{ path: ['responses', 'a1'], code: 'invalid-points', params: { of: 'grader', value: '-1' } }]],
  ['grader points with three decimals', score(paper, key, { a1: 0.125 }), [{ path: ['responses', 'a1'], code: 'invalid-points', params: { of: 'grader', value: '0.125' } }]],
  ['a number for a choice question', score(paper, key, { s1: 1 }), [{ path: ['responses', 's1'], code: 'wrong-type', params: { expected: 'picked-options', value: '1' } }]],
  ['a string for a short answer', score(paper, key, { a1: '5' }), [{ path: ['responses', 'a1'], code: 'wrong-type', params: { expected: 'grader-points-number', value: '5' } }]],
  ['options for a short answer', score(paper, key, { a1: ['A'] }), [{ path: ['responses', 'a1'], code: 'wrong-type', params: { expected: 'grader-points-number', value: 'an array' } }]],
  [
    'grader points above the question’s',
    score(paper, key, { a1: 40.01 }),
    [{ path: ['responses', 'a1'], code: 'out-of-range', params: { what: 'grader-points', min: 0, max: 40, value: '40.01' } }],
  ],
  ['responses that cannot be read', score(paper, key, revoked()), [{ path: [], code: 'unreadable' }]],
  // The policy.
  ['a policy that is a string', score(paper, key, {}, 'partial'), [{ path: ['policy'], code: 'wrong-type', params: { expected: 'scoring-policy', value: 'partial' } }]],
  [
    'a misspelt policy field',
    score(paper, key, {}, { multipel: 'all-or-nothing' }),
    [{ path: ['policy', 'multipel'], code: 'unknown-key', params: { what: 'scoring-policy-field', key: 'multipel', expected: 'multiple' } }],
  ],
  [
    'an unknown multiple-choice policy',
    score(paper, key, {}, { multiple: 'lenient' }),
    [{ path: ['policy', 'multiple'], code: 'unknown-value', params: { what: 'multiple-policy', value: 'lenient', expected: "'all-or-nothing', { partial: f }" } }],
  ],
  [
    'a partial fraction given as a string',
    score(paper, key, {}, { multiple: { partial: '0.5' } }),
    [{ path: ['policy', 'multiple', 'partial'], code: 'out-of-range', params: { what: 'partial-credit', min: 0, max: 1, exclusiveMin: 1, value: '0.5' } }],
  ],
  [
    // Only an object whose one key is `policy` is the { policy } form; this one is a bare policy.
    '{ policy } beside another key',
    score(paper, key, {}, { policy: { multiple: 'all-or-nothing' }, multiple: 'all-or-nothing' }),
    // One API: the 0.1 bare policy's key beside its new place is two names for one switch.
    [{ path: ['multiple'], code: 'conflicting-keys', params: { keys: 'policy.multiple, multiple', current: 'policy.multiple', deprecated: 'multiple' } }],
  ],
  [
    // Not the { policy } form either: read as a bare policy, each key unknown in it, where a
    // { policy } that dropped its neighbour would let the misspelt key pass unsaid.
    '{ policy } beside a misspelt key',
    score(paper, key, {}, { policy: { multiple: 'all-or-nothing' }, multipel: 'all-or-nothing' }),
    [
      { path: ['policy', 'policy'], code: 'unknown-key', params: { what: 'scoring-policy-field', key: 'policy', expected: 'multiple' } },
      { path: ['policy', 'multipel'], code: 'unknown-key', params: { what: 'scoring-policy-field', key: 'multipel', expected: 'multiple' } },
    ],
  ],
  // The blueprint.
  ['a blueprint that is null', () => blueprint(null as never), [{ path: [], code: 'wrong-type', params: { expected: 'blueprint', value: 'null' } }]],
  [
    'a blueprint with an unknown type',
    () => blueprint({ essay: [1, 100] } as never),
    [{ path: ['essay'], code: 'unknown-value', params: { what: 'question-type', value: 'essay', expected: 'single, multiple, short' } }],
  ],
  ['a blueprint section that is not a pair', () => blueprint({ short: [100] } as never), [{ path: ['short'], code: 'wrong-type', params: { expected: 'count-points', value: 'an array' } }]],
  [
    // One issue: no wrong total is added on top of a malformed count.
    'a blueprint with a fractional count',
    () => blueprint({ single: [40.5, 2] }),
    [{ path: ['single', 0], code: 'out-of-range', params: { what: 'question-count', min: 0, max: 1000, value: '40.5' } }],
  ],
  [
    'a blueprint section of 1,001 questions',
    () => blueprint({ single: [1001, 0.1] }),
    [{ path: ['single', 0], code: 'out-of-range', params: { what: 'question-count', min: 0, max: 1000, value: '1001' } }],
  ],
  ['a blueprint of 1,001 questions in all', () => blueprint({ single: [1000, 0.05], short: [1, 50] }), [{ path: [], code: 'too-many', params: { max: 1000, what: 'questions', count: 1001 } }]],
  ['a blueprint totalling 80', () => blueprint({ single: [40, 1], short: [4, 10] }), [{ path: [], code: 'wrong-total', params: { what: 'blueprint-points', total: 80, expected: 100 } }]],
];

describe('scoring issues: path, code and params', () => {
  it.each(cases)('%s', (_name, run, expected) => {
    const error = thrown(run);
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map(({ path, code, params }) => (params === undefined ? { path, code } : { path, code, params }))).toEqual(expected);
  });
});

describe('scoring edges', () => {
  it('accepts 1,000 sections and 1,000 questions, the most a paper may have', () => {
    const sections = questions(1000, 0.1).map((question) => ({ kind: 'short' as const, questions: [question] }));
    expect(scorePaper({ sections }, {}, { q1: 0.1 }).total).toBe(0.1);
  });

  it('reads no question of a paper over 1,000 questions', () => {
    let reads = 0;
    const items = questions(1001, 0.1);
    const counted = new Proxy(items, {
      get: (target, property, receiver) => {
        if (typeof property === 'string' && /^\d+$/.test(property)) reads++;
        return Reflect.get(target, property, receiver);
      },
    });
    expect(thrown(score(oneSection(counted), {}, {})).issues.map((found) => found.code)).toEqual(['too-many']);
    expect(reads).toBe(0);
  });

  it('takes { policy } as the options, like every other function', () => {
    const result = scorePaper(paper, key, { m1: ['A'] }, { policy: { multiple: { partial: 0.5 } } });
    expect(result.questions[1]).toEqual({ id: 'm1', kind: 'multiple', earned: 15, possible: 30, verdict: 'partial' });
  });

  it("reads a string as one option: 'AB' is not A and B", () => {
    const result = scorePaper(paper, { s1: 'AB', m1: ['A', 'B'] }, { s1: 'AB', m1: 'AB' });
    expect(result.questions.slice(0, 2).map((question) => question.verdict)).toEqual(['correct', 'wrong']);
  });

  it('marks [] blank under partial credit too, never partial', () => {
    const result = scorePaper(paper, key, { m1: [] }, { multiple: { partial: 0.5 } });
    expect(result.questions[1]).toEqual({ id: 'm1', kind: 'multiple', earned: 0, possible: 30, verdict: 'blank' });
  });

  it('refuses points above 100 as points', () => {
    expect(pointsProblem(100)).toBeUndefined();
    expect(pointsProblem(100.01)?.code).toBe('invalid-points');
  });

  it('schemas: grader points of any size with two decimals, a policy copied with only its given fields', () => {
    expect(responsesSchema.safeParse({ q1: 1e9, q2: 0 }).success).toBe(true);
    expect(responsesSchema.safeParse({ q1: 0.125 }).success).toBe(false);
    expect(Object.keys(scoringPolicySchema.parse({}))).toEqual([]);
    expect(scoringPolicySchema.parse({ multiple: { partial: 0.25 } })).toEqual({ multiple: { partial: 0.25 } });
  });

  it('schemas: an unreadable input is one unreadable issue at the root', () => {
    for (const schema of [paperSchema, answerKeySchema, responsesSchema, scoringPolicySchema]) {
      const issues = schema.safeParse(revoked()).error?.issues ?? [];
      expect(issues.map((found) => [found.path, (found as { params?: { skillcert?: { code?: string } } }).params?.skillcert?.code])).toEqual([[[], 'unreadable']]);
    }
  });
});
