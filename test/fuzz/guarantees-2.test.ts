// Issue 14, "Guarantees, second pass": each finding is a test here, named after it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as testing from '../../src/testing/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import { SkillcertError } from '../../src/core/errors.js';
import { checkEligibility, DEFAULT_ELIGIBILITY_POLICY, experienceOf } from '../../src/eligibility/index.js';
import { getSession, SESSION_OFFSETS } from '../../src/schedule/index.js';
import { thrown } from '../thrown.js';
import { TARGETS } from './targets.js';

const q = { track: 'digital-manager', level: 'junior', asOf: '2026-01-01' } as const;
const isZodSchema = (value: object): boolean => '_zod' in value;

// Every object reachable from a value through own enumerable properties (functions and zod
// schemas excluded: not data).
function objectsOf(value: unknown, out = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null || out.has(value) || isZodSchema(value)) return out;
  out.add(value);
  for (const key of Object.keys(value)) objectsOf((value as Record<string, unknown>)[key], out);
  return out;
}

const exported: [string, unknown][] = [...Object.entries(root), ...Object.entries(testing)].filter(([, value]) => typeof value === 'object' && value !== null && !isZodSchema(value));

describe('finding 3: exported constants cannot be changed', () => {
  it.each(exported)('%s is deep-frozen', (_name, value) => {
    for (const object of objectsOf(value)) expect(Object.isFrozen(object)).toBe(true);
  });

  it('names every constant of the issue', () => {
    const names = new Set(exported.map(([name]) => name));
    for (const name of ['DEFAULT_ELIGIBILITY_POLICY', 'SESSION_OFFSETS', 'SESSION_YEARS', 'REQUIRED_MATERIALS', 'CLAUSES', 'TRACKS', 'LEVELS', 'EDUCATION_LEVELS', 'QUESTION_KINDS', 'SESSION_DATE_LABELS', 'PROOF_OF_ENROLMENT', 'QUESTION_ID_PREFIX', 'goldenCases', 'chinaCalendar']) {
      expect(names.has(name), name).toBe(true);
    }
  });

  it('SESSION_OFFSETS.workingDaysAfterExam.scoresFrom = 999 throws and leaves getSession(2026, 9).scoresFrom alone', () => {
    expect(() => {
      (SESSION_OFFSETS.workingDaysAfterExam as { scoresFrom: number }).scoresFrom = 999;
    }).toThrow(TypeError);
    expect(getSession(2026, 9).scoresFrom).toBe('2026-10-22');
  });

  it('DEFAULT_ELIGIBILITY_POLICY.continuityGapDays = 366 throws and leaves experienceOf alone', () => {
    const profile = { work: [{ from: '2020-01-01', to: '2020-12-31', related: true }, { from: '2021-03-01', to: '2021-12-31', related: true }] };
    const before = experienceOf(profile, { track: 'digital-manager', asOf: '2026-01-01' });
    expect(() => {
      (DEFAULT_ELIGIBILITY_POLICY as { continuityGapDays: number }).continuityGapDays = 366;
    }).toThrow(TypeError);
    expect(experienceOf(profile, { track: 'digital-manager', asOf: '2026-01-01' })).toEqual(before);
    // Two runs, not bridged: the longest is 2020's (2021-03-01 … 2021-12-31 is shorter).
    expect(before.longestContinuous?.from).toBe('2020-01-01');
  });

  it("a calendar's methods cannot be replaced", () => {
    expect(() => {
      (chinaCalendar as { addWorkingDays: unknown }).addWorkingDays = () => '2000-01-01';
    }).toThrow(TypeError);
  });
});

describe('finding 2: results are the caller\'s own (every object in a result is fresh)', () => {
  const library = new Set<object>();
  for (const [, value] of exported) for (const object of objectsOf(value)) library.add(object);

  it("r.clauses[0].text.en = 'X' and .source changes no later result", () => {
    const first = checkEligibility({}, q);
    const text = { ...first.clauses[0]!.text };
    const source = { ...first.clauses[0]!.source };
    (first.clauses[0]!.text as { en: string }).en = 'X';
    (first.clauses[0]!.source as { section: string }).section = 'X';
    (first.clauses[0]!.requirements[0]! as { met: boolean }).met = true;
    const later = checkEligibility({}, q);
    expect(later.clauses[0]!.text).toEqual(text);
    expect(later.clauses[0]!.source).toEqual(source);
    expect(later.clauses[0]!.requirements[0]!.met).toBe(false);
  });

  it.each(TARGETS.map((target) => [target.name, target] as const))('%s: no object shared with the library or another result, none frozen', (_name, target) => {
    fc.assert(
      fc.property(target.valid, (args) => {
        let first: unknown;
        let second: unknown;
        try {
          first = target.call(args);
          second = target.call(args);
        } catch (error) {
          if (error instanceof SkillcertError) return;
          throw error;
        }
        const mine = objectsOf(first);
        for (const object of objectsOf(second)) expect(mine.has(object), 'shared between two results').toBe(false);
        for (const object of mine) {
          expect(library.has(object), 'shared with an exported constant').toBe(false);
          expect(Object.isFrozen(object), 'frozen part of a result').toBe(false);
        }
      }),
      { numRuns: 20, seed: 14 },
    );
  });
});
