import { describe, expect, it } from 'vitest';
import { blueprint, paperSchema, QUESTION_ID_PREFIX, scorePaper } from '../../src/scoring/index.js';

describe('blueprint', () => {
  it('builds sections in the order single, multiple, short with numbered ids', () => {
    const paper = blueprint({ short: [4, 5], single: [40, 1], multiple: [20, 2] });
    expect(paper.sections.map((section) => [section.kind, section.questions.length])).toEqual([
      ['single', 40],
      ['multiple', 20],
      ['short', 4],
    ]);
    expect(paper.sections[0]?.questions.slice(0, 2)).toEqual([
      { id: 's1', points: 1 },
      { id: 's2', points: 1 },
    ]);
    expect(paper.sections[1]?.questions.at(-1)).toEqual({ id: 'm20', points: 2 });
    expect(paper.sections[2]?.questions.map((question) => question.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(QUESTION_ID_PREFIX).toEqual({ single: 's', multiple: 'm', short: 'a' });
  });

  it('omits a type that is left out or has no questions', () => {
    expect(blueprint({ single: [100, 1] }).sections.map((section) => section.kind)).toEqual(['single']);
    expect(blueprint({ single: [0, 1], short: [10, 10] }).sections.map((section) => section.kind)).toEqual(['short']);
    expect(blueprint({ multiple: undefined, short: [1, 100] }).sections).toEqual([{ kind: 'short', questions: [{ id: 'a1', points: 100 }] }]);
  });

  it('builds papers that the paper schema accepts, down to 1,000 questions of 0.1', () => {
    const tenths = blueprint({ single: [600, 0.1], short: [400, 0.1] });
    expect(paperSchema.safeParse(tenths).success).toBe(true);
    expect(tenths.sections[1]?.questions.at(-1)?.id).toBe('a400');
    const odd = blueprint({ single: [3, 33.33], short: [1, 0.01] });
    expect(scorePaper(odd, { s1: 'A', s2: 'A', s3: 'A' }, { s1: 'A', s2: 'A', s3: 'A', a1: 0.01 }).total).toBe(100);
  });
});
