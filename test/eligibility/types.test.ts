// Compile-time contract of the typed profile parameter and the result union (checked by
// `npm run typecheck`; the runtime assertions keep each case honest).
import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../../src/core/plain-date.js';
import { checkAllLevels, checkEligibility, type EligibilityResult, type NextStep } from '../../src/eligibility/index.js';
import { earliestSession } from '../../src/schedule/index.js';

const QUERY = { track: 'digital-manager', level: 'intermediate', asOf: '2026-05-01' } as const;

describe('typed profile parameter', () => {
  it('accepts a literal profile, and a value typed unknown (validated at run time)', () => {
    expect(checkEligibility({ education: { level: 'master' }, work: [], certificates: [] }, QUERY).eligible).toBe(true);
    const parsed: unknown = JSON.parse('{"education":{"level":"master"}}');
    expect(checkEligibility(parsed, QUERY).eligible).toBe(true);
    expect(checkAllLevels(parsed, QUERY).intermediate.eligible).toBe(true);
    expect(earliestSession(parsed, { track: 'digital-manager', level: 'intermediate', from: '2026-05-01' })?.eligibility.eligible).toBe(true);
  });

  it('rejects a wrongly typed profile at compile time, and still at run time', () => {
    // @ts-expect-error 'phd' is no EducationLevel
    expect(() => checkEligibility({ education: { level: 'phd' } }, QUERY)).toThrow();
    const widened = { education: { level: 'master' as string } };
    // @ts-expect-error a plain string is not known to be an EducationLevel
    expect(checkEligibility(widened, QUERY).eligible).toBe(true);
  });
});

describe('EligibilityResult is a union by status', () => {
  it('narrows earliestEligibleOn to a PlainDate when eligible', () => {
    const result: EligibilityResult = checkEligibility({ education: { level: 'master' } }, QUERY);
    if (result.status === 'eligible') {
      const on: PlainDate = result.earliestEligibleOn;
      const eligible: true = result.eligible;
      expect([on, eligible]).toEqual(['2026-05-01', true]);
    } else {
      // @ts-expect-error not narrowed: may be null
      const on: PlainDate = result.earliestEligibleOn;
      throw new Error(`expected eligible, got ${result.status} ${on}`);
    }
  });

  it('types each step by its kind', () => {
    const steps: readonly NextStep[] = checkEligibility({ education: { level: 'bachelor' }, work: [{ from: '2025-06-01', related: true }] }, QUERY).nextSteps;
    for (const step of steps) {
      if (step.kind === 'wait') expect(typeof step.on).toBe('string');
      if (step.kind === 'answer' && step.field === 'education.relatedMajor') {
        const value: true = step.value;
        expect(value).toBe(true);
      }
    }
    expect(steps.map((step) => step.kind)).toEqual(['answer', 'answer', 'wait', 'obtain']);
  });
});
