import { describe, expect, it } from 'vitest';
import { blueprint, DEFAULT_SCORING_POLICY, PASS_MARK, QUESTION_KINDS, scorePaper, type Paper } from '../../src/scoring/index.js';

// 40 single (1 point), 20 multiple (2 points), 4 short answers (5 points): 40 + 40 + 20.
const paper = blueprint({ single: [40, 1], multiple: [20, 2], short: [4, 5] });
const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
const key = Object.fromEntries([...ids('s', 40).map((id) => [id, 'A']), ...ids('m', 20).map((id) => [id, ['A', 'C']])]);
const allRight = Object.fromEntries([
  ...ids('s', 40).map((id) => [id, 'A']),
  ...ids('m', 20).map((id) => [id, ['C', 'A']]),
  ...ids('a', 4).map((id) => [id, 5]),
]);

/** A paper of `count` short answers worth `points` each (count × points = 100). */
function shortAnswers(count: number, points: number): Paper {
  return { sections: [{ kind: 'short', questions: ids('q', count).map((id) => ({ id, points })) }] };
}

describe('scorePaper', () => {
  it('gives 100 to a paper answered all right, with per-section figures', () => {
    const result = scorePaper(paper, key, allRight);
    expect(result.total).toBe(100);
    expect(result.passed).toBe(true);
    expect(result.pointsToPass).toBe(0);
    expect(result.sections).toEqual([
      { kind: 'single', earned: 40, possible: 40 },
      { kind: 'multiple', earned: 40, possible: 40 },
      { kind: 'short', earned: 20, possible: 20 },
    ]);
    expect(new Set(result.questions.map((question) => question.verdict))).toEqual(new Set(['correct', 'graded']));
  });

  it('passes at exactly 60, and fails at 59.5 with 0.5 to go', () => {
    const exactly60 = scorePaper(shortAnswers(2, 50), {}, { q1: 50, q2: 10 });
    expect([exactly60.total, exactly60.passed, exactly60.pointsToPass, exactly60.passMark]).toEqual([60, true, 0, PASS_MARK]);
    const short = scorePaper(shortAnswers(2, 50), {}, { q1: 50, q2: 9.5 });
    expect([short.total, short.passed, short.pointsToPass]).toEqual([59.5, false, 0.5]);
  });

  it('scores a blank paper 0: missing, null, "" and [] are all blank', () => {
    const blank = scorePaper(paper, key, {});
    expect([blank.total, blank.passed, blank.pointsToPass]).toEqual([0, false, 60]);
    expect(blank.questions.every((question) => question.verdict === 'blank' && question.earned === 0)).toBe(true);
    const written = scorePaper(paper, key, { s1: null, s2: '', m1: [], m2: null, a1: null });
    expect(written.questions.slice(0, 2).map((question) => question.verdict)).toEqual(['blank', 'blank']);
    expect(written.total).toBe(0);
  });

  it('counts a grader’s 0 as graded, not blank', () => {
    const result = scorePaper(shortAnswers(2, 50), {}, { q1: 0 });
    expect(result.questions.map((question) => question.verdict)).toEqual(['graded', 'blank']);
  });

  it('marks a subset of a multiple-choice key wrong by default [I-22]', () => {
    const result = scorePaper(paper, key, { m1: ['A'] });
    expect(result.questions.find((question) => question.id === 'm1')).toMatchObject({ earned: 0, verdict: 'wrong' });
    expect(DEFAULT_SCORING_POLICY.multiple).toBe('all-or-nothing');
  });

  it('gives the partial fraction for a subset under the policy [I-22]', () => {
    const result = scorePaper(paper, key, { m1: ['A'], m2: ['C', 'C'] }, { multiple: { partial: 0.5 } });
    expect(result.questions.filter((question) => question.kind === 'multiple').slice(0, 2)).toEqual([
      { id: 'm1', kind: 'multiple', earned: 1, possible: 2, verdict: 'partial' },
      { id: 'm2', kind: 'multiple', earned: 1, possible: 2, verdict: 'partial' },
    ]);
    expect(result.total).toBe(2);
  });

  it('gives nothing for a wrong pick under either policy', () => {
    for (const policy of [undefined, { multiple: { partial: 0.5 } }, { multiple: 'all-or-nothing' as const }]) {
      const result = scorePaper(paper, key, { m1: ['A', 'B'], m2: ['A', 'C', 'D'], m3: 'B' }, policy);
      expect(result.questions.filter((question) => question.kind === 'multiple').slice(0, 3)).toEqual(
        ['m1', 'm2', 'm3'].map((id) => ({ id, kind: 'multiple', earned: 0, possible: 2, verdict: 'wrong' })),
      );
    }
  });

  it('rounds partial credit half-up to the hundredth, reading the fraction as its decimal', () => {
    const tiny: Paper = {
      sections: [
        { kind: 'multiple', questions: [{ id: 'm1', points: 0.03 }, { id: 'm2', points: 0.1 }, { id: 'm3', points: 1 }, { id: 'm4', points: 1 }] },
        { kind: 'short', questions: [{ id: 'a1', points: 97.87 }] },
      ],
    };
    const tinyKey = { m1: ['A', 'B'], m2: ['A', 'B'], m3: ['A', 'B'], m4: ['A', 'B'] };
    const picks = { m1: ['A'], m2: ['A'], m3: ['A'], m4: ['A'] };
    const earned = (partial: number) =>
      scorePaper(tiny, tinyKey, picks, { multiple: { partial } }).questions.slice(0, 4).map((question) => question.earned);
    expect(earned(0.5)).toEqual([0.02, 0.05, 0.5, 0.5]); // 0.015 rounds up to 0.02
    expect(earned(0.15)).toEqual([0, 0.02, 0.15, 0.15]); // 0.015 (not 0.01499…) rounds up
    expect(earned(1 / 3)).toEqual([0.01, 0.03, 0.33, 0.33]);
    expect(earned(2 / 3)).toEqual([0.02, 0.07, 0.67, 0.67]);
    expect(earned(1)).toEqual([0.03, 0.1, 1, 1]);
    expect(earned(1e-7)).toEqual([0, 0, 0, 0]);
  });

  it('marks a single-choice answer given as an array by its set of picks', () => {
    const result = scorePaper(paper, key, { s1: ['A'], s2: ['A', 'A'], s3: ['A', 'B'], s4: 'a' });
    expect(result.questions.slice(0, 4).map((question) => question.verdict)).toEqual(['correct', 'correct', 'wrong', 'wrong']);
  });

  it('ignores a key entry for a short-answer question (a model answer)', () => {
    const result = scorePaper(paper, { ...key, a1: 'a model answer' }, { a1: 3 });
    expect(result.total).toBe(3);
  });

  it('adds 600 questions of 0.1 point to exactly 60, and 1000 to exactly 100 [I-23]', () => {
    const tenths = shortAnswers(1000, 0.1);
    const responses = (count: number) => Object.fromEntries(ids('q', count).map((id) => [id, 0.1]));
    const sixHundred = scorePaper(tenths, {}, responses(600));
    expect([sixHundred.total, sixHundred.passed, sixHundred.pointsToPass]).toEqual([60, true, 0]);
    const all = scorePaper(tenths, {}, responses(1000));
    expect(all.total).toBe(100);
    expect(all.sections[0]).toEqual({ kind: 'short', earned: 100, possible: 100 });
    const fewer = scorePaper(tenths, {}, responses(599));
    expect([fewer.total, fewer.passed, fewer.pointsToPass]).toEqual([59.9, false, 0.1]);
  });

  it('adds 0.1 + 0.2 to exactly 0.3', () => {
    const paper: Paper = { sections: [{ kind: 'short', questions: [{ id: 'a', points: 0.1 }, { id: 'b', points: 0.2 }, { id: 'c', points: 99.7 }] }] };
    const result = scorePaper(paper, {}, { a: 0.1, b: 0.2 });
    expect(result.total).toBe(0.3);
    expect(result.pointsToPass).toBe(59.7);
  });

  it("scores '__proto__', 'constructor' and 'toString' as ordinary ids, from JSON", () => {
    const hostile: Paper = {
      sections: [
        { kind: 'single', questions: [{ id: '__proto__', points: 30 }, { id: 'constructor', points: 30 }] },
        { kind: 'short', questions: [{ id: 'toString', points: 40 }] },
      ],
    };
    const jsonKey = JSON.parse('{"__proto__": "B", "constructor": "C"}') as Record<string, string>;
    const jsonResponses = JSON.parse('{"__proto__": "B", "constructor": "D", "toString": 12.5}') as Record<string, string | number>;
    const result = scorePaper(hostile, jsonKey, jsonResponses);
    expect(result.questions.map((question) => [question.id, question.verdict, question.earned])).toEqual([
      ['__proto__', 'correct', 30],
      ['constructor', 'wrong', 0],
      ['toString', 'graded', 12.5],
    ]);
    expect(result.total).toBe(42.5);
    expect(scorePaper(hostile, jsonKey, {}).total).toBe(0); // nothing read from Object.prototype
  });

  it('reads frozen inputs, and neither changes them nor shares arrays with the result', () => {
    const frozen = Object.freeze({
      sections: Object.freeze([Object.freeze({ kind: 'multiple' as const, questions: Object.freeze([Object.freeze({ id: 'm1', points: 100 })]) })]),
    });
    const frozenKey = Object.freeze({ m1: Object.freeze(['A', 'B']) });
    const frozenResponses = Object.freeze({ m1: Object.freeze(['B', 'A']) });
    const result = scorePaper(frozen, frozenKey, frozenResponses, Object.freeze({ multiple: Object.freeze({ partial: 0.5 }) }));
    expect(result.total).toBe(100);
    expect(frozenResponses.m1).toEqual(['B', 'A']);
  });

  it('has zh and en names for every question type', () => {
    expect(QUESTION_KINDS.map((kind) => kind.id)).toEqual(['single', 'multiple', 'short']);
    expect(QUESTION_KINDS.map((kind) => kind.name.zh)).toEqual(['单项选择题', '多项选择题', '简答题']);
  });
});
