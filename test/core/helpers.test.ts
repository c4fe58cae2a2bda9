// Core's small helpers, each against what its documentation promises: bounded lists, frozen
// and copied data, own-property reads, value descriptions, the issue builders, the zod bridge
// and the guards that turn a hostile read into `invalid-input`. Every subpath leans on them;
// mutation testing of src/core found them checked only through other folders' tests.
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { listEntries, listLength, tooMany } from '../../src/core/bounded-list.js';
import { describeValue, isObjectLike } from '../../src/core/describe-value.js';
import {
  formatIssuePath,
  issueText,
  invalidInput,
  issue,
  issuesText,
  readGuarded,
  SkillcertError,
  unknownValue,
  UnreadableAt,
  within,
  wrongType,
  type ValidationIssue,
} from '../../src/core/errors.js';
import { copyData, deepFreeze } from '../../src/core/freeze.js';
import { own, ownKeysUpTo } from '../../src/core/own.js';
import { issueCheck, issueSchema, ownObject, parseInput, plainDateSchema, toIssues, zodIssueOf } from '../../src/core/validation.js';
import { bareIssue, thrown } from '../thrown.js';

const revoked = (): object => {
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  return revocable.proxy;
};

/** An array proxy whose `length` reads as `length`. */
const claimingLength = (length: unknown): unknown[] => new Proxy([], { get: (target, property) => (property === 'length' ? length : Reflect.get(target, property)) });

/** An issue as `{ path, code, params }`, without its texts. */

describe('bounded lists', () => {
  it('tooMany names the limit and what is counted', () => {
    expect(bareIssue(tooMany(['work'], 200, 'work-periods'))).toEqual({ path: ['work'], code: 'too-many', params: { max: 200, what: 'work-periods' } });
  });

  it('listLength: a length that is a whole number 0 … 2³² − 1, else Infinity', () => {
    expect([listLength([]), listLength(['a', 'b']), listLength(new Array(2 ** 32 - 1))]).toEqual([0, 2, 2 ** 32 - 1]);
    for (const length of [2 ** 32, -1, 1.5, '3', Number.NaN, { valueOf: () => 0 }]) expect(listLength(claimingLength(length))).toBe(Infinity);
  });

  it('listEntries copies up to max entries, holes as undefined, and reports one more at its key', () => {
    const issues: ValidationIssue[] = [];
    // A hole at index 1: read as undefined.
    expect(listEntries([1, , 3], 'years', 3, 'covered-years', issues)).toEqual([1, undefined, 3]);
    expect(listEntries([], 'years', 0, 'covered-years', issues)).toEqual([]);
    expect(issues).toEqual([]);
    expect(listEntries([1, 2, 3, 4], 'years', 3, 'covered-years', issues)).toBeUndefined();
    expect(listEntries([1, 2], 2, 1, 'covered-years', issues)).toBeUndefined();
    const key = ['data', 0] as const;
    expect(listEntries(new Array(2 ** 32 - 1), key, 9999, 'covered-years', issues)).toBeUndefined();
    expect(issues.map(bareIssue)).toEqual([
      { path: ['years'], code: 'too-many', params: { max: 3, what: 'covered-years' } },
      { path: [2], code: 'too-many', params: { max: 1, what: 'covered-years' } },
      { path: ['data', 0], code: 'too-many', params: { max: 9999, what: 'covered-years' } },
    ]);
    expect(issues[2]?.path).not.toBe(key); // a copy of the key path, not the caller's array
  });

  it('listEntries reads the length and each entry once', () => {
    const reads: PropertyKey[] = [];
    const list = new Proxy(['a', 'b'], { get: (target, property, receiver) => (reads.push(property), Reflect.get(target, property, receiver)) });
    expect(listEntries(list, 'k', 5, 'entries', [])).toEqual(['a', 'b']);
    expect(reads).toEqual(['length', '0', '1']);
  });
});

describe('deepFreeze and copyData', () => {
  it('deepFreeze freezes every object and array inside, returns its argument, and runs no getter', () => {
    const value = { a: { b: [1, { c: 2 }] }, get worded(): string { throw new Error('getter run'); } };
    expect(deepFreeze(value)).toBe(value);
    expect([Object.isFrozen(value), Object.isFrozen(value.a), Object.isFrozen(value.a.b), Object.isFrozen(value.a.b[1])]).toEqual([true, true, true, true]);
    expect([deepFreeze(5), deepFreeze(null), deepFreeze(undefined), deepFreeze('x')]).toEqual([5, null, undefined, 'x']);
  });

  it('copyData copies objects and arrays all the way down and keeps __proto__ an ordinary key', () => {
    const shared = { required: { years: 2, list: [{ n: 1 }] } };
    const copy = copyData(shared);
    expect(copy).toEqual(shared);
    expect(copy.required).not.toBe(shared.required);
    expect(copy.required.list).not.toBe(shared.required.list);
    expect(copy.required.list[0]).not.toBe(shared.required.list[0]);
    expect(Array.isArray(copy.required.list)).toBe(true);
    const fromJson = copyData(JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>);
    expect(Object.getPrototypeOf(fromJson)).toBe(Object.prototype);
    expect(Object.keys(fromJson)).toEqual(['__proto__', 'a']);
    expect(Object.getOwnPropertyDescriptor(fromJson, '__proto__')).toEqual({ value: { polluted: true }, enumerable: true, writable: true, configurable: true });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect([copyData(5), copyData(null), copyData('x')]).toEqual([5, null, 'x']);
  });
});

describe('own', () => {
  it('reads own properties only, and a throwing getter as UnreadableAt at its key', () => {
    expect([own({ work: [] }, 'work'), own(Object.create({ work: [] }) as object, 'work'), own({}, 'toString')]).toEqual([[], undefined, undefined]);
    const boom = new TypeError('boom');
    const hostile = Object.defineProperty({}, 'asOf', { enumerable: true, get: () => { throw boom; } });
    let caught: unknown;
    try {
      own(hostile, 'asOf');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnreadableAt);
    expect([(caught as UnreadableAt).path, (caught as UnreadableAt).cause]).toEqual([['asOf'], boom]);
  });
});

describe('ownKeysUpTo', () => {
  it('lists own enumerable keys only, and none past the limit', () => {
    const inheriting = Object.assign(Object.create({ polluted: 1 }) as object, { a: 1, b: 2 });
    expect([ownKeysUpTo(inheriting, 2), ownKeysUpTo(inheriting, 5)]).toEqual([['a', 'b'], ['a', 'b']]);
    // Three own keys against a limit of 2: not listed at all; at a limit of 3, all three.
    expect([ownKeysUpTo({ a: 1, b: 2, c: 3 }, 2), ownKeysUpTo({ a: 1, b: 2, c: 3 }, 3), ownKeysUpTo({}, 0)]).toEqual([undefined, ['a', 'b', 'c'], []]);
  });
});

describe('describeValue and isObjectLike', () => {
  it('describes each kind of value without calling it', () => {
    const forty = 'x'.repeat(40);
    expect(
      [forty, `${forty}y`, '', 'abc', -0, 5, 10n, true, undefined, Symbol('s'), () => 1, null, [], {}].map(describeValue),
    ).toEqual([forty, `${forty}…`, '""', 'abc', '-0', '5', '10n', 'true', 'undefined', 'a symbol', 'a function', 'null', 'an array', 'an object']);
  });

  it('isObjectLike: a non-null, non-array object (a revoked proxy too)', () => {
    expect([{}, [], null, 'x', 1, undefined, revoked()].map(isObjectLike)).toEqual([true, false, false, false, false, false, true]);
  });
});

describe('issue builders', () => {
  it('issue carries params only when given', () => {
    expect('params' in issue(['a'], 'required')).toBe(false);
    expect(bareIssue(issue(['a'], 'not-a-date', { value: 'x' }))).toEqual({ path: ['a'], code: 'not-a-date', params: { value: 'x' } });
  });

  it('wrongType: required for undefined, else the expected noun and the value described', () => {
    expect(bareIssue(wrongType(['n'], 'whole-number', undefined))).toEqual({ path: ['n'], code: 'required' });
    expect(bareIssue(wrongType(['n'], 'whole-number', 'x'))).toEqual({ path: ['n'], code: 'wrong-type', params: { expected: 'whole-number', value: 'x' } });
  });

  it('unknownValue: required for undefined, else what, value, the accepted ids and a suggestion when given', () => {
    expect(bareIssue(unknownValue(['level'], 'level', ['junior', 'senior'], undefined))).toEqual({ path: ['level'], code: 'required' });
    expect(bareIssue(unknownValue(['level'], 'level', ['junior', 'senior'], 'x'))).toEqual({
      path: ['level'],
      code: 'unknown-value',
      params: { what: 'level', value: 'x', expected: 'junior, senior' },
    });
    expect(Object.keys(unknownValue(['level'], 'level', ['junior'], 'x').params ?? {})).toEqual(['what', 'value', 'expected']);
    expect(unknownValue(['level'], 'level', ['junior', 'senior'], '初级', undefined, 'junior').params).toEqual({
      what: 'level',
      value: '初级',
      expected: 'junior, senior',
      suggestion: 'junior',
    });
  });

  it('issuesText: undefined for no issue; the first issue with its path, and how many more', () => {
    expect(issuesText([])).toBeUndefined();
    expect(issuesText([issue([], 'required')])).toEqual({ en: 'required', zh: '必填' });
    expect(issuesText([issue(['a', 0], 'required'), issue(['b'], 'required'), issue(['c'], 'required')])).toEqual({
      en: 'a[0]: required (and 2 more)',
      zh: 'a[0]：必填（另有 2 处问题）',
    });
  });
});

describe('SkillcertError', () => {
  it('keeps a cause only when given, a year only when given, and frozen copies of its issues and text', () => {
    const cause = new Error('inner');
    const found = [issue(['a'], 'required')];
    const error = new SkillcertError('invalid-input', 'a: required', { issues: found, cause });
    expect(error.cause).toBe(cause);
    expect(error.issues).toEqual(found);
    expect(error.issues).not.toBe(found);
    expect([Object.isFrozen(error.issues), Object.isFrozen(error.text)]).toEqual([true, true]);
    const plain = new SkillcertError('invalid-date', 'not a date');
    expect(['cause' in plain, plain.year]).toEqual([false, undefined]);
    expect(new SkillcertError('calendar-coverage', 'no 2027', { year: 2027, text: { en: 'given', zh: '给定' } }).text).toEqual({ en: 'given', zh: '给定' });
  });

  it('says an error without issues in Chinese by its code, and in English by its message', () => {
    expect(
      (['invalid-input', 'invalid-date', 'calendar-coverage', 'calendar-data'] as const).map((code) => new SkillcertError(code, 'english line').text),
    ).toEqual([
      { en: 'english line', zh: '输入无效' },
      { en: 'english line', zh: '日期无效' },
      { en: 'english line', zh: '日历数据未包含所需年份的官方节假日安排' },
      { en: 'english line', zh: '节假日数据（chinese-days）无法加载或格式不符' },
    ]);
  });

  it('recognises only the brand set to true', () => {
    const almost = new Error('x');
    Object.defineProperty(almost, Symbol.for('skillcert.SkillcertError'), { value: 1 });
    expect(almost).not.toBeInstanceOf(SkillcertError);
    expect('skillcert' as unknown).not.toBeInstanceOf(SkillcertError);
    const brandedFunction = Object.defineProperty(() => 1, Symbol.for('skillcert.SkillcertError'), { value: true });
    expect(brandedFunction).not.toBeInstanceOf(SkillcertError);
  });

  it('invalidInput: invalid-input with the first issue in its message, or "invalid input" for none', () => {
    expect(invalidInput([]).message).toBe('invalid input');
    expect(invalidInput([]).code).toBe('invalid-input');
    expect(invalidInput([issue(['x'], 'required')]).message).toBe('x: required');
  });
});

describe('formatIssuePath', () => {
  it('joins keys with dots and indexes in brackets, a leading index too', () => {
    expect(formatIssuePath([0, 'a', 1, 2, 'b'])).toBe('[0].a[1][2].b');
    expect(formatIssuePath(['a', 'b'])).toBe('a.b');
    expect(formatIssuePath(Array.from({ length: 1000 }, () => 0))).toHaveLength(3000);
  });

  it('refuses what is not a path with its own issues', () => {
    expect(thrown(() => formatIssuePath('a.b' as never)).issues.map(bareIssue)).toEqual([{ path: ['path'], code: 'wrong-type', params: { expected: 'issue-path', value: 'a.b' } }]);
    expect(thrown(() => formatIssuePath(new Array(1001).fill('a'))).issues.map(bareIssue)).toEqual([{ path: ['path'], code: 'too-many', params: { max: 1000, what: 'path-segments' } }]);
    expect(thrown(() => formatIssuePath(['a', 1.5] as never)).issues.map(bareIssue)).toEqual([{ path: ['path', 1], code: 'wrong-type', params: { expected: 'path-segment', value: '1.5' } }]);
    const error = thrown(() => formatIssuePath(revoked() as never));
    expect([error.code, error.issues.map(bareIssue)]).toEqual(['invalid-input', [{ path: [], code: 'unreadable' }]]);
  });
});

describe('readGuarded and within', () => {
  it('readGuarded returns the value, lets a SkillcertError through, and turns anything else into unreadable', () => {
    expect(readGuarded(() => 7)).toBe(7);
    const own = invalidInput([issue(['a'], 'required')]);
    expect(thrown(() => readGuarded(() => { throw own; }))).toBe(own);
    const boom = new TypeError('boom');
    const error = thrown(() => readGuarded(() => { throw boom; }));
    expect([error.code, error.issues.map(bareIssue), error.cause, error.message]).toEqual(['invalid-input', [{ path: [], code: 'unreadable' }], boom, 'input could not be read']);
    const located = thrown(() => readGuarded(() => { throw new UnreadableAt(['work', 1], boom); }));
    expect([located.issues.map(bareIssue), located.cause]).toEqual([[{ path: ['work', 1], code: 'unreadable' }], boom]);
  });

  it('within locates a failed read at its key, prefixing a located one, and lets a SkillcertError through', () => {
    const boom = new Error('boom');
    const at = (key: string | number | readonly (string | number)[], error: unknown): unknown => {
      try {
        within(key, error);
      } catch (caught) {
        return caught;
      }
      return undefined;
    };
    const plain = at('work', boom) as UnreadableAt;
    expect([plain instanceof UnreadableAt, plain.path, plain.cause]).toEqual([true, ['work'], boom]);
    expect((at(['a', 0], boom) as UnreadableAt).path).toEqual(['a', 0]);
    const inner = new UnreadableAt(['to'], boom);
    expect(at(['work', 1], inner)).toBe(inner);
    expect(inner.path).toEqual(['work', 1, 'to']);
    const own = invalidInput([]);
    expect(at('x', own)).toBe(own);
    expect(new UnreadableAt([], boom).message).toBe('input could not be read');
  });
});

describe('the zod bridge', () => {
  it('zodIssueOf carries the code, params and texts in params.skillcert', () => {
    const found = issue(['a', 0], 'not-a-date', { value: 'x' });
    expect(zodIssueOf(found, 'x')).toEqual({ code: 'custom', message: found.message.en, input: 'x', path: ['a', 0], params: { skillcert: { code: 'not-a-date', params: { value: 'x' }, message: found.message } } });
    const required = issue([], 'required');
    expect(zodIssueOf(required, undefined).params.skillcert).toStrictEqual({ code: 'required', message: required.message });
    // …and back: an issue carried without params comes out without a params key.
    const [back] = thrown(() => parseInput(issueSchema(() => required), 1)).issues;
    expect(back).toStrictEqual({ path: [], code: 'required', message: required.message });
  });

  it('issueSchema and issueCheck report the problem the function finds, and only then', () => {
    const notX = (value: unknown) => (value === 'x' ? issue([], 'not-a-date', { value: 'x' }) : undefined);
    expect(parseInput(issueSchema(notX), 'y')).toBe('y');
    expect(thrown(() => parseInput(issueSchema(notX), 'x')).issues.map(bareIssue)).toEqual([{ path: [], code: 'not-a-date', params: { value: 'x' } }]);
    // `when` decides whether the check runs at all: here never.
    const schema = z.string().check(issueCheck(notX, () => false));
    expect(parseInput(schema, 'x')).toBe('x');
    expect(thrown(() => parseInput(z.string().check(issueCheck(notX)), 'x')).issues.map((found) => found.code)).toEqual(['not-a-date']);
  });

  it('plainDateSchema: a real day passes, a non-day is not-a-date or impossible-date', () => {
    expect(parseInput(plainDateSchema, '2024-02-29')).toBe('2024-02-29');
    expect(thrown(() => parseInput(plainDateSchema, '2023-02-29')).issues.map(bareIssue)).toEqual([{ path: [], code: 'impossible-date', params: { value: '2023-02-29' } }]);
    expect(thrown(() => parseInput(plainDateSchema, 5)).issues.map(bareIssue)).toEqual([{ path: [], code: 'not-a-date', params: { value: '5' } }]);
  });

  it("toIssues: zod's own issues as required or wrong-type, symbol keys by their description", () => {
    const schema = z.object({ n: z.number(), s: z.string() });
    expect(thrown(() => parseInput(schema, { s: 5 })).issues.map(bareIssue)).toEqual([
      { path: ['n'], code: 'required' },
      { path: ['s'], code: 'wrong-type', params: { expected: 'string', value: '5' } },
    ]);
    expect(toIssues({ issues: [{ path: [Symbol('tag'), 0], code: 'custom', input: 1 }] }).map(bareIssue)).toEqual([{ path: ['tag', 0], code: 'wrong-type', params: { expected: 'custom', value: '1' } }]);
    expect(toIssues({ issues: [{ path: [], expected: 'nonoptional', input: null }] }).map(bareIssue)).toEqual([{ path: [], code: 'required' }]);
    expect(toIssues({ issues: [{ path: [] }] }).map(bareIssue)).toEqual([{ path: [], code: 'wrong-type', params: { expected: 'undefined', value: 'undefined' } }]);
  });

  it('ownObject reads only the shape’s own keys and passes anything else to the object check', () => {
    const schema = ownObject({ n: z.optional(z.number()) });
    expect(parseInput(schema, Object.create({ n: 'inherited' }) as object)).toEqual({});
    expect(parseInput(schema, { n: 1, extra: 2 })).toEqual({ n: 1 });
    for (const value of [[], null, 'x']) expect(thrown(() => parseInput(schema, value)).issues.map((found) => found.code)).toEqual(['wrong-type']);
  });
});

describe('issueText', () => {
  it("takes a subpath's template and names, core's names next, and the id itself last", () => {
    const texts = { nouns: { 'my-noun': ['a thing', '东西'] }, templates: { 'wrong-total': (p: Record<string, unknown>) => [`total ${p['total']}`, `总分 ${p['total']}`] } } as const;
    expect(issueText('wrong-total', { total: 3 }, texts as never)).toEqual({ en: 'total 3', zh: '总分 3' });
    expect(issueText('wrong-type', { expected: 'my-noun', value: '1' }, texts as never).en).toBe('expected a thing, got 1');
    expect(issueText('wrong-type', { expected: 'year', value: '1' }, texts as never).en).toBe('expected a year, got 1');
    expect(issueText('wrong-type', { expected: 'year', value: '1' }).en).toBe('expected a year, got 1');
    expect(issueText('wrong-type', { expected: 'gizmo', value: '1' })).toEqual({ en: 'expected gizmo, got 1', zh: '应为gizmo，实际为 1' });
    expect(issueText('required')).toEqual({ en: 'required', zh: '必填' });
    // A table may give names only, or templates only.
    expect(issueText('wrong-total', { total: 3 }, { nouns: {} })).toEqual({ en: 'wrong-total', zh: '（wrong-total）输入有误' });
    expect(issueText('wrong-type', { expected: 'year', value: '1' }, { templates: {} }).en).toBe('expected a year, got 1');
  });

  it('says a code with no template in both languages instead of throwing', () => {
    expect(issueText('wrong-total', { total: 3 })).toEqual({ en: 'wrong-total', zh: '（wrong-total）输入有误' });
  });
});
