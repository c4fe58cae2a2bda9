import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { formatIssuePath, invalidInput, issue, SkillcertError } from '../../src/core/errors.js';
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
    const error = invalidInput([issue(['work', 1, 'to'], 'impossible-date', { value: '2026-02-30' }), issue(['track'], 'required')]);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe('work[1].to: not a date: 2026-02-30 does not exist (and 1 more)');
    expect(error.text).toEqual({
      en: 'work[1].to: not a date: 2026-02-30 does not exist (and 1 more)',
      zh: 'work[1].to：日期无效：2026-02-30 不存在（另有 1 处问题）',
    });
    expect(error.issues).toHaveLength(2);
  });

  it('has a Chinese line for errors that name no issue', () => {
    const error = new SkillcertError('calendar-data', 'the chinese-days holiday data could not be loaded');
    expect(error.text.en).toBe(error.message);
    expect(error.text.zh).toMatch(/节假日数据/);
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
      expect(issues.map((found) => found.code)).toEqual(['impossible-date', 'wrong-type']);
      expect(issues[0]?.message).toEqual({ en: 'not a date: 2026-02-30 does not exist', zh: '日期无效：2026-02-30 不存在' });
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
