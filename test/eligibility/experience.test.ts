// The day arithmetic of src/eligibility/experience.ts where the public answers cannot reach it:
// work still going on has full years without end (`to` Infinity, as DayRange documents).
import { describe, expect, it } from 'vitest';
import { parsePlainDate, toDayNumber } from '../../src/core/plain-date.js';
import { fullYears } from '../../src/eligibility/experience.js';

const day = (date: string) => toDayNumber(parsePlainDate(date));

describe('fullYears [I-4]', () => {
  it('is Infinity for work still going on', () => {
    expect(fullYears(day('2020-01-01'), Infinity)).toBe(Infinity);
  });

  it('counts anniversaries: from 29 February, one year on the 27th of the next February, not the 26th', () => {
    expect(fullYears(day('2024-02-29'), day('2025-02-27'))).toBe(1);
    expect(fullYears(day('2024-02-29'), day('2025-02-26'))).toBe(0);
  });
});
