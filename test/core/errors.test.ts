import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { formatIssuePath, invalidInput, SkillcertError } from '../../src/core/errors.js';
import { describeValue, parseInput, plainDateSchema } from '../../src/core/validation.js';

describe('SkillcertError', () => {
  it('carries a code, an English message, issues and year', () => {
    const error = new SkillcertError('calendar-coverage', 'no 2027 schedule', { year: 2027 });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(SkillcertError);
    expect(error.name).toBe('SkillcertError');
    expect(error.code).toBe('calendar-coverage');
    expect(error.year).toBe(2027);
    expect(error.issues).toEqual([]);
  });

  it('is recognised across copies of the library by its registry-wide brand', () => {
    const foreign = new Error('from another copy');
    Object.defineProperty(foreign, Symbol.for('skillcert.SkillcertError'), { value: true });
    expect(foreign).toBeInstanceOf(SkillcertError);
    expect(new Error('plain')).not.toBeInstanceOf(SkillcertError);
    expect(null).not.toBeInstanceOf(SkillcertError);
  });

  it('names the first field in the message of invalid-input', () => {
    const error = invalidInput([
      { path: ['work', 1, 'to'], message: 'not a date: 2026-02-30' },
      { path: ['track'], message: 'unknown track' },
    ]);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe('work[1].to: not a date: 2026-02-30 (and 1 more)');
    expect(error.issues).toHaveLength(2);
  });

  it('formats paths the way a person reads them', () => {
    expect(formatIssuePath([])).toBe('');
    expect(formatIssuePath(['certificates', 0, 'issuedOn'])).toBe('certificates[0].issuedOn');
    expect(formatIssuePath([3, 'id'])).toBe('[3].id');
  });
});

describe('parseInput', () => {
  const schema = z.object({ asOf: plainDateSchema, n: z.number() });

  it('returns the parsed value', () => {
    expect(parseInput(schema, { asOf: '2026-10-01', n: 1 })).toEqual({ asOf: '2026-10-01', n: 1 });
  });

  it('reports every issue with its path and never a zod error', () => {
    try {
      parseInput(schema, { asOf: '2026-02-30', n: 'x' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SkillcertError);
      const { code, issues } = error as SkillcertError;
      expect(code).toBe('invalid-input');
      expect(issues.map((issue) => issue.path)).toEqual([['asOf'], ['n']]);
      expect(issues[0]?.message).toBe('not a date: 2026-02-30');
    }
  });

  it('turns a hostile getter into invalid-input', () => {
    const hostile = Object.defineProperty({}, 'asOf', {
      enumerable: true,
      get() {
        throw new TypeError('boom');
      },
    });
    expect(() => parseInput(schema, hostile)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });

  it('describes values without calling their own methods', () => {
    const sneaky = { toString: () => { throw new Error('called'); } };
    expect(describeValue(sneaky)).toBe('an object');
    expect(describeValue(-0)).toBe('-0');
    expect(describeValue('x'.repeat(100))).toHaveLength(41);
    // Array.isArray throws for a revoked proxy; describing it must not.
    const revocable = Proxy.revocable([], {});
    revocable.revoke();
    expect(describeValue(revocable.proxy)).toBe('an object');
  });
});
