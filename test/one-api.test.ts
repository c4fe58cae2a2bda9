// One API (0.2): rule switches travel as `options.policy` in examDate, getSession and
// scorePaper alike, and "now" is called `now` (earliestSession's `from` is its deprecated
// name). The 0.1 forms still give the same answers, for one minor version.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scorePaper } from '../src/scoring/index.js';
import { earliestSession, examDate, getSession } from '../src/schedule/index.js';
import { arbScoringCase } from '../src/testing/index.js';
import { thrown } from './thrown.js';

describe('options.policy everywhere', () => {
  it('examDate takes { policy: { examDay } } like getSession, and the flat 0.1 form still', () => {
    for (const [year, month] of [[2026, 9], [2026, 2], [2023, 1], [2025, 5]] as const) {
      const policy = { examDay: 'avoid-holidays' } as const;
      const session = getSession(year, month, { policy });
      expect(examDate(year, month, { policy })).toBe(session.examDate);
      expect(examDate(year, month, policy)).toBe(session.examDate);
    }
    // 2026-09-26 is a Mid-Autumn holiday: avoided, the exam moves to 2026-09-19.
    expect(examDate(2026, 9, { policy: { examDay: 'avoid-holidays' } })).toBe('2026-09-19');
    expect(thrown(() => examDate(2026, 9, { policy: { examDay: 'first' } } as never)).issues[0]?.path).toEqual(['options', 'policy', 'examDay']);
  });

  it('scorePaper takes { policy } and the bare 0.1 policy alike', () => {
    fc.assert(
      fc.property(arbScoringCase({ maxQuestions: 20 }), ({ paper, key, responses, policy }) => {
        expect(scorePaper(paper, key, responses, { policy })).toEqual(scorePaper(paper, key, responses, policy));
      }),
      { numRuns: 100, seed: 12 },
    );
    const paper = { sections: [{ kind: 'multiple' as const, questions: [{ id: 'm1', points: 100 }] }] };
    expect(scorePaper(paper, { m1: ['A', 'B'] }, { m1: ['A'] }, { policy: { multiple: { partial: 0.5 } } }).total).toBe(50);
    expect(thrown(() => scorePaper(paper, { m1: ['A', 'B'] }, {}, { policy: { multiple: 'some' } } as never)).issues[0]?.path).toEqual(['policy', 'multiple']);
    expect(thrown(() => scorePaper(paper, { m1: ['A', 'B'] }, {}, { policy: {}, multiple: 'all-or-nothing' } as never)).code).toBe('invalid-input');
  });
});

describe('now', () => {
  const profile = { education: { level: 'high-school' }, work: [{ from: '2024-03-01', related: true }], enrolment: null, certificates: [] } as const;
  const query = { track: 'digital-manager', level: 'junior' } as const;

  it('earliestSession calls "now" now, and still reads its 0.1 name from', () => {
    // junior.2 (2 years = 730 days from 2024-03-01) holds from 2026-02-28; March 2026's registration closes 2026-03-21.
    expect(earliestSession(profile, { ...query, now: '2025-11-28' })?.session.id).toBe('2026-03');
    expect(earliestSession(profile, { ...query, from: '2025-11-28' })?.session.id).toBe('2026-03');
    expect(earliestSession(profile, { ...query, now: '2025-11-21T16:00:00Z' })?.session.id).toBe('2026-03');
  });

  it('says which name a bad date came under, and refuses both at once', () => {
    expect(thrown(() => earliestSession(profile, { ...query, now: '2026-02-30' })).issues[0]?.path).toEqual(['now']);
    expect(thrown(() => earliestSession(profile, { ...query, from: '2026-02-30' })).issues[0]?.path).toEqual(['from']);
    expect(thrown(() => earliestSession(profile, { ...query, now: '2026-01-01', from: '2026-01-01' })).code).toBe('invalid-input');
  });
});
