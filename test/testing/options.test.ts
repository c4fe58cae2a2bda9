// Every arbitrary checks its options up front: anything but what its TSDoc documents
// (`undefined` is the default) is SkillcertError invalid-input at its path, never a raw
// TypeError (from reading `null`, formatting a BigInt or a cyclic object, or a value whose
// toString throws) and never a silently ignored value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IssuePath } from '../../src/core/errors.js';
import {
  arbCertificate,
  arbEducation,
  arbEnrolment,
  arbPaperWithResponses,
  arbPlainDate,
  arbProfile,
  arbWorkPeriod,
} from '../../src/testing/index.js';
import { thrown } from '../thrown.js';

const cyclic: Record<string, unknown> = {};
cyclic['min'] = cyclic;
const revoked = Proxy.revocable({}, {});
revoked.revoke();
const untouchable = { toString: () => { throw new Error('toString'); } };
const throwingGetter = Object.defineProperty({}, 'work', { enumerable: true, get: () => { throw new Error('getter'); } });

const refused: readonly [name: string, run: () => unknown, path: IssuePath][] = [
  ['arbPlainDate(null)', () => arbPlainDate(null as never), []],
  ["arbPlainDate('x')", () => arbPlainDate('x' as never), []],
  ['arbPlainDate([])', () => arbPlainDate([] as never), []],
  ['arbPlainDate with a misspelt key', () => arbPlainDate({ form: '2020-01-01' } as never), ['form']],
  ['arbWorkPeriod(null)', () => arbWorkPeriod(null as never), []],
  ['arbCertificate(null)', () => arbCertificate(null as never), []],
  ['arbEducation(null)', () => arbEducation(null as never), []],
  ["arbEducation({ unknown: 'no' })", () => arbEducation({ unknown: 'no' } as never), ['unknown']],
  ['arbEnrolment(null)', () => arbEnrolment(null as never), []],
  ['arbEnrolment({ dates: null })', () => arbEnrolment({ dates: null } as never), ['dates']],
  ['arbProfile(null)', () => arbProfile(null as never), []],
  ['arbProfile({ dates: null })', () => arbProfile({ dates: null } as never), ['dates']],
  ['arbProfile({ work: { min: 1n } })', () => arbProfile({ work: { min: 1n } } as never), ['work', 'min']],
  ['arbProfile({ work: { min: 0.5 } })', () => arbProfile({ work: { min: 0.5 } }), ['work', 'min']],
  ['arbProfile({ work: null })', () => arbProfile({ work: null } as never), ['work']],
  ['arbProfile with a cyclic list size', () => arbProfile({ certificates: cyclic as never }), ['certificates', 'min']],
  ['arbProfile({ work: { min: 3, max: 2 } })', () => arbProfile({ work: { min: 3, max: 2 } }), ['work', 'max']],
  ['arbProfile({ certificates: { max: 51 } })', () => arbProfile({ certificates: { max: 51 } }), ['certificates', 'max']],
  ["arbProfile({ unknown: 'false' })", () => arbProfile({ unknown: 'false' } as never), ['unknown']],
  ['arbProfile with a misspelt key', () => arbProfile({ unknwon: false } as never), ['unknwon']],
  ['arbProfile with a throwing getter', () => arbProfile(throwingGetter), []],
  ['arbPaperWithResponses(null)', () => arbPaperWithResponses(null as never), []],
  ['maxQuestions without a prototype', () => arbPaperWithResponses({ maxQuestions: Object.create(null) as never }), ['maxQuestions']],
  ['maxQuestions whose toString throws', () => arbPaperWithResponses({ maxQuestions: untouchable as never }), ['maxQuestions']],
  ["arbPaperWithResponses({ policy: 'no' })", () => arbPaperWithResponses({ policy: 'no' } as never), ['policy']],
  ['arbPaperWithResponses of a revoked proxy', () => arbPaperWithResponses(revoked.proxy), []],
];

describe('arbitrary options', () => {
  it.each(refused)('refuses %s with invalid-input at its path', (_name, run, path) => {
    const error = thrown(run);
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toEqual(path);
    expect(error.issues[0]?.message.en).not.toBe('');
    expect(error.issues[0]?.message.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names the bad value and the accepted range in the message', () => {
    expect(thrown(() => arbProfile({ work: { min: 1n } } as never)).message).toBe('work.min: expected a whole number 0–200, got 1n');
    expect(thrown(() => arbPaperWithResponses({ maxQuestions: untouchable as never })).message).toBe(
      'maxQuestions: expected a whole number 1–1000, got an object',
    );
    expect(thrown(() => arbPlainDate('x' as never)).message).toBe('expected a date range { from, to }, got x');
  });

  it('locates an impossible day of a nested date range (invalid-date)', () => {
    const error = thrown(() => arbProfile({ dates: { from: '2026-02-30' } }));
    expect([error.code, error.issues[0]?.path]).toEqual(['invalid-date', ['dates', 'from']]);
    expect(thrown(() => arbEnrolment({ dates: { from: '2026-01-02', to: '2026-01-01' } })).issues[0]?.path).toEqual(['dates', 'to']);
  });

  it('reads each option once', () => {
    let reads = 0;
    const options = Object.defineProperty({}, 'work', { enumerable: true, get: () => (++reads === 1 ? { min: 1, max: 1 } : { min: 1n }) });
    const profiles = fc.sample(arbProfile(options), { numRuns: 5, seed: 1 });
    expect(reads).toBe(1);
    expect(profiles.every((profile) => profile.work?.length === 1)).toBe(true);
  });
});
