// Runs every hand-checked golden case (src/testing/golden-cases.json) against the library.
import { describe, expect, it } from 'vitest';
import { checkEligibility } from '../../src/eligibility/index.js';
import { getSession } from '../../src/schedule/index.js';
import { scorePaper } from '../../src/scoring/index.js';
import { goldenCases } from '../../src/testing/index.js';

describe('golden cases', () => {
  it('cover every area with 40–80 named, reasoned cases', () => {
    const all = [...goldenCases.eligibility, ...goldenCases.sessions, ...goldenCases.scoring];
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(all.length).toBeLessThanOrEqual(80);
    expect(new Set(all.map((c) => c.name)).size).toBe(all.length);
    for (const c of all) expect(c.why.length, c.name).toBeGreaterThan(20);
  });

  describe('eligibility', () => {
    it.each(goldenCases.eligibility.map((c) => [c.name, c] as const))('%s', (_, c) => {
      const result = checkEligibility(c.profile, c.query);
      const { missing, ...expected } = c.expected;
      expect({ status: result.status, eligible: result.eligible, satisfiedBy: result.satisfiedBy, earliestEligibleOn: result.earliestEligibleOn }, c.why).toEqual(expected);
      if (missing !== undefined) expect(result.missing, c.why).toEqual(missing);
    });
  });

  describe('sessions', () => {
    it.each(goldenCases.sessions.map((c) => [c.name, c] as const))('%s', (_, c) => {
      expect(getSession(c.year, c.month), c.why).toMatchObject(c.expected);
    });
  });

  describe('scoring', () => {
    it.each(goldenCases.scoring.map((c) => [c.name, c] as const))('%s', (_, c) => {
      const { total, passed, pointsToPass } = scorePaper(c.paper, c.key, c.responses, c.policy);
      expect({ total, passed, pointsToPass }, c.why).toEqual(c.expected);
    });
  });
});
