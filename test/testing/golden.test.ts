// Runs every hand-checked golden case (src/testing/golden-cases.json) against the library,
// and checks that the set covers what it promises: every track, every clause as a clause that
// makes the applicant eligible, a met / one-day-short pair for each time requirement,
// reasons in Chinese and English, and no way to change a case.
import { describe, expect, it } from 'vitest';
import { CLAUSES, checkEligibility, TRACKS } from '../../src/eligibility/index.js';
import { getSession } from '../../src/schedule/index.js';
import { scorePaper } from '../../src/scoring/index.js';
import { goldenCases } from '../../src/testing/index.js';

const all = [...goldenCases.eligibility, ...goldenCases.sessions, ...goldenCases.scoring];
const HAN = /\p{Script=Han}/u;

describe('golden cases', () => {
  it('cover every area with 40–120 named cases, each reasoned in zh and en', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(all.length).toBeLessThanOrEqual(120);
    expect(new Set(all.map((c) => c.name)).size).toBe(all.length);
    for (const c of all) {
      expect(c.why.en.length, c.name).toBeGreaterThan(20);
      expect(c.why.zh.length, c.name).toBeGreaterThan(10);
      expect(HAN.test(c.why.zh), `${c.name}: zh is Chinese`).toBe(true);
    }
  });

  it('ask about every track', () => {
    const asked = new Set(goldenCases.eligibility.map((c) => c.query.track));
    expect([...asked].sort()).toEqual(TRACKS.map((track) => track.id).sort());
  });

  it('show every one of the 19 clauses making an applicant eligible', () => {
    const met = new Set(goldenCases.eligibility.flatMap((c) => c.expected.satisfiedBy));
    expect(CLAUSES).toHaveLength(19);
    for (const clause of CLAUSES) expect(met.has(clause.id), clause.id).toBe(true);
  });

  it('pair each clause with a time requirement: met on a day, not met the day before', () => {
    const timed = CLAUSES.filter((clause) => clause.requirements.some((r) => r.kind === 'cumulative-experience' || r.kind === 'continuous-experience' || r.kind === 'certificate-held-for'));
    const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    for (const clause of timed) {
      const met = goldenCases.eligibility.filter((c) => c.expected.satisfiedBy.includes(clause.id));
      // The short case: same track and level, not eligible, and time alone makes it eligible on
      // the met case's date, or the same profile with one day less of work / holding.
      const paired = met.some((m) =>
        goldenCases.eligibility.some(
          (s) =>
            s !== m &&
            s.query.level === m.query.level &&
            !s.expected.eligible &&
            (s.expected.earliestEligibleOn === m.query.asOf && s.query.asOf === dayBefore(m.query.asOf) ? true : JSON.stringify(s.profile.work?.map((p) => p.from)) === JSON.stringify(m.profile.work?.map((p) => p.from)) && s.profile.education?.level === m.profile.education?.level),
        ),
      );
      expect(paired, clause.id).toBe(true);
    }
  });

  it('are deep-frozen', () => {
    const first = goldenCases.eligibility[0]!;
    expect(Object.isFrozen(goldenCases)).toBe(true);
    expect(Object.isFrozen(goldenCases.eligibility)).toBe(true);
    expect(Object.isFrozen(first.profile.work)).toBe(true);
    expect(Object.isFrozen(first.why)).toBe(true);
    expect(() => {
      (first.expected as { status: string }).status = 'ineligible';
    }).toThrow(TypeError);
  });

  describe('eligibility', () => {
    it.each(goldenCases.eligibility.map((c) => [c.name, c] as const))('%s', (_, c) => {
      const result = checkEligibility(c.profile, c.query);
      const { missing, ...expected } = c.expected;
      expect({ status: result.status, eligible: result.eligible, satisfiedBy: result.satisfiedBy, earliestEligibleOn: result.earliestEligibleOn }, c.why.en).toEqual(expected);
      if (missing !== undefined) expect(result.missing, c.why.en).toEqual(missing);
    });
  });

  describe('sessions', () => {
    it.each(goldenCases.sessions.map((c) => [c.name, c] as const))('%s', (_, c) => {
      expect(getSession(c.year, c.month), c.why.en).toMatchObject(c.expected);
    });
  });

  describe('scoring', () => {
    it.each(goldenCases.scoring.map((c) => [c.name, c] as const))('%s', (_, c) => {
      const { total, passed, pointsToPass } = scorePaper(c.paper, c.key, c.responses, c.policy);
      expect({ total, passed, pointsToPass }, c.why.en).toEqual(c.expected);
    });
  });
});
