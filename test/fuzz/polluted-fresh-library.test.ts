// Issue 14, finding 7, as the fuzz's "survives pre-polluted prototypes" found it: module-level
// caches of the eligibility engine read a polluted key before their first entry was made
// (`Object.prototype.work` made the first check of a process throw a raw TypeError), so only a
// library whose first check runs polluted shows it. Run in a process of its own
// (vitest.config.ts, freshModules): no other file has warmed the caches.
import { describe, expect, it } from 'vitest';
import { checkEligibility, SkillcertError } from '../../src/eligibility/index.js';
import { FIELD_NAMES, PLAUSIBLE_POLLUTION } from './mutations.js';

const q = { track: 'digital-manager', level: 'junior', asOf: '2026-01-01' } as const;
const profile = { education: { level: 'bachelor' as const } };

function outcome(run: () => unknown): unknown {
  try {
    return { answer: JSON.parse(JSON.stringify(run())) as unknown };
  } catch (error) {
    return error instanceof SkillcertError ? { code: error.code, issues: error.issues } : { thrown: String(error) };
  }
}

function polluted<T>(run: () => T): T {
  const prototypes = [Object.prototype, Array.prototype] as Record<string, unknown>[];
  const entries = [...FIELD_NAMES.map((name) => [name, PLAUSIBLE_POLLUTION[name] ?? [{ from: '2000-01-01', related: true }]] as const)];
  for (const prototype of prototypes) for (const [name, value] of entries) Object.defineProperty(prototype, name, { value, configurable: true, writable: true });
  try {
    return run();
  } finally {
    for (const prototype of prototypes) for (const [name] of entries) delete prototype[name];
  }
}

describe('a freshly loaded library under pollution', () => {
  it('answers its first check as it answers without', () => {
    const first = polluted(() => outcome(() => checkEligibility(profile, q)));
    expect(first).toEqual(outcome(() => checkEligibility(profile, q)));
    expect(first).toHaveProperty('answer');
  });
});
