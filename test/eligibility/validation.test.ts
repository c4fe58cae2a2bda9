import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SkillcertError } from '../../src/core/errors.js';
import { checkAllLevels, checkEligibility, experienceOf, MAX_CERTIFICATES, MAX_WORK_PERIODS, profileSchema, type ProfileInput } from '../../src/eligibility/index.js';
import { profileArbitrary } from './arbitraries.js';
import { TRACK } from './support.js';

const QUERY = { track: TRACK, level: 'junior', asOf: '2026-05-01' } as const;

function errorOf(run: () => unknown): SkillcertError {
  try {
    run();
  } catch (error) {
    if (error instanceof SkillcertError) return error;
    throw new Error(`not a SkillcertError: ${String(error)}`);
  }
  throw new Error('did not throw');
}

describe('profile validation', () => {
  it('lists every problem with its path and a message', () => {
    const error = errorOf(() =>
      checkEligibility(
        {
          education: { level: 'phd' },
          enrolment: { institution: 'university', from: '2024-09-01', until: '2024-08-31' },
          work: [
            { from: '2024-01-01', related: true },
            { from: '2025-01-01', to: '2026-02-30', related: true },
            { from: '2025-01-01', to: '2024-12-31', related: 'yes' },
            { from: 20250101, related: ['digital-manager', 'chef'] },
          ],
          certificates: [{ kind: 'skillcert', level: 'junior', issuedOn: '2025-01-01' }, { kind: 'diploma', level: 'expert', issuedOn: '2025-13-01' }],
        } as unknown,
        QUERY,
      ),
    );
    expect(error.code).toBe('invalid-input');
    const issues = error.issues.map((issue) => [issue.path, issue.code, issue.message.en]);
    expect(issues).toEqual(
      expect.arrayContaining([
        [['education', 'level'], 'unknown-value', expect.stringMatching(/^unknown education level: phd/)],
        [['enrolment', 'institution'], 'unknown-value', expect.stringMatching(/^unknown institution: university/)],
        [['work', 1, 'to'], 'impossible-date', 'not a date: 2026-02-30 does not exist'],
        [['work', 2, 'to'], 'ends-before-start', 'ends before it starts: 2024-12-31 is before from 2025-01-01'],
        [['work', 2, 'related'], 'wrong-type', 'expected true, false or a list of track ids, got yes'],
        [['work', 3, 'from'], 'not-a-date', expect.stringMatching(/^not a date: 20250101/)],
        [['work', 3, 'related'], 'unknown-value', expect.stringMatching(/^unknown track: chef/)],
        [['certificates', 0, 'track'], 'required', 'required: a skillcert certificate needs its track'],
        [['certificates', 1, 'kind'], 'unknown-value', expect.stringMatching(/^unknown certificate kind: diploma/)],
        [['certificates', 1, 'level'], 'unknown-value', expect.stringMatching(/^unknown level: expert/)],
        [['certificates', 1, 'issuedOn'], 'impossible-date', 'not a date: 2025-13-01 does not exist'],
      ]),
    );
    // The enrolment ends before it starts, but its institution is wrong too: the order check
    // waits for the dates only, so it is reported as well.
    expect(issues).toContainEqual([['enrolment', 'until'], 'ends-before-start', 'ends before it starts: 2024-08-31 is before from 2024-09-01']);
    expect(error.message).toMatch(/^education\.level: unknown education level: phd .*\(and \d+ more\)$/);
    // The same in Chinese, quoting the values.
    const zh = new Map(error.issues.map((issue) => [issue.path.join('.'), issue.message.zh]));
    expect(zh.get('work.1.to')).toBe('日期无效：2026-02-30 不存在');
    expect(zh.get('work.2.to')).toBe('结束日期早于开始日期：2024-12-31 早于 2025-01-01');
    expect(zh.get('certificates.0.track')).toMatch(/^必填/);
    expect(error.text.zh).toMatch(/^education\.level：无法识别的学历：phd（可填：.*bachelor.*）（另有 \d+ 处问题）$/);
  });

  it('suggests the id when a value is the Chinese (or English) name of one', () => {
    const error = errorOf(() =>
      checkEligibility(
        { education: { level: '本科' }, certificates: [{ kind: 'skillcert', level: '初级', track: '数字化管理师', issuedOn: '2025-01-01' }] } as unknown,
        QUERY,
      ),
    );
    const suggested = error.issues.map((issue) => [issue.path, issue.code, issue.params?.['suggestion']]);
    expect(suggested).toEqual([
      [['education', 'level'], 'unknown-value', 'bachelor'],
      [['certificates', 0, 'level'], 'unknown-value', 'junior'],
      [['certificates', 0, 'track'], 'unknown-value', 'digital-manager'],
    ]);
    expect(error.issues[0]?.message.zh).toMatch(/^无法识别的学历：本科（.*应填 bachelor）$/);
    expect(error.issues[0]?.message.en).toMatch(/did you mean bachelor\?\)$/);
    // A value that names nothing gets no suggestion.
    expect(errorOf(() => checkEligibility({ education: { level: '学士后' } } as unknown, QUERY)).issues[0]?.params?.['suggestion']).toBeUndefined();
  });

  it('says a missing value is required, never "unknown …: undefined"', () => {
    const required = { en: 'required', zh: '必填' };
    const query = errorOf(() => checkEligibility({}, { level: 'junior', asOf: '2026-01-01' } as never));
    expect(query.issues.map((issue) => [issue.path, issue.code, issue.message])).toEqual([[['track'], 'required', required]]);
    const profile = errorOf(() => checkEligibility({ work: [{ from: '2024-01-01' }], certificates: [{ level: 'junior', issuedOn: '2024-01-01' }] } as unknown, QUERY));
    expect(profile.issues.map((issue) => [issue.path, issue.code, issue.message])).toEqual([
      [['work', 0, 'related'], 'required', required],
      [['certificates', 0, 'kind'], 'required', required],
    ]);
    expect(profile.message).toBe('work[0].related: required (and 1 more)');
    expect(profile.text.zh).toBe('work[0].related：必填（另有 1 处问题）');
  });

  it('tells a value that is not a date apart from a date that does not exist', () => {
    const codeOf = (asOf: unknown) => errorOf(() => checkEligibility({}, { ...QUERY, asOf } as never)).issues[0]?.code;
    expect(codeOf('2026/02/30')).toBe('not-a-date');
    expect(codeOf('')).toBe('not-a-date');
    expect(codeOf(20260230)).toBe('not-a-date');
    expect(codeOf('2026-02-30')).toBe('impossible-date');
    expect(codeOf('2026-13-01')).toBe('impossible-date');
    const error = errorOf(() => checkEligibility({}, { ...QUERY, asOf: '2026/02/30' }));
    expect(error.code).toBe('invalid-date');
    expect(error.text).toEqual({ en: 'asOf: not a date: 2026/02/30 (expected YYYY-MM-DD)', zh: 'asOf：日期格式不对：2026/02/30，应为 YYYY-MM-DD（如 2026-03-01）' });
  });

  it('rejects wrong shapes', () => {
    for (const [profile, path] of [
      [null, []],
      ['profile', []],
      [{ work: {} }, ['work']],
      [{ work: [null] }, ['work', 0]],
      [{ education: 'bachelor' }, ['education']],
      [{ certificates: 'none' }, ['certificates']],
      [{ work: [{ from: '2024-01-01' }] }, ['work', 0, 'related']],
    ] as const) {
      const error = errorOf(() => checkEligibility(profile as unknown, QUERY));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]?.path).toEqual(path);
    }
  });

  it('limits the number of work periods and certificates', () => {
    const period = { from: '2024-01-01', related: true };
    expect(() => checkEligibility({ work: Array.from({ length: MAX_WORK_PERIODS }, () => period) }, QUERY)).not.toThrow();
    const tooMany = errorOf(() => checkEligibility({ work: Array.from({ length: MAX_WORK_PERIODS + 1 }, () => period) }, QUERY));
    expect(tooMany.issues.map(({ path, code, message }) => [path, code, message.en])).toEqual([[['work'], 'too-many', 'at most 200 work periods are accepted']]);
    expect(tooMany.issues[0]?.message.zh).toBe('最多 200 段工作经历');
    const certificate = { kind: 'title', level: 'junior', issuedOn: '2020-01-01' } as const;
    const tooManyCertificates = errorOf(() => checkEligibility({ certificates: Array.from({ length: MAX_CERTIFICATES + 1 }, () => certificate) }, QUERY));
    expect(tooManyCertificates.issues[0]?.path).toEqual(['certificates']);
  });

  it('ignores unknown keys and never copies them, __proto__ included', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "nickname": "x", "education": {"level": "master", "__proto__": {"admin": true}, "extra": 1}}') as unknown;
    const parsed = profileSchema.parse(input);
    expect(parsed).toEqual({ education: { level: 'master' } });
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['admin']).toBeUndefined();
    expect(checkEligibility(input, { ...QUERY, level: 'intermediate' }).eligible).toBe(true);
  });

  it('works on frozen input and never mutates it', () => {
    const profile = deepFreeze({
      education: { level: 'bachelor', relatedMajor: [TRACK] },
      work: [
        { from: '2024-05-01', to: null, related: true },
        { from: '2020-01-01', to: '2021-01-01', related: [TRACK] },
      ],
      certificates: [],
    } satisfies ProfileInput);
    const before = JSON.stringify(profile);
    const query = deepFreeze({ track: TRACK, level: 'senior', asOf: '2026-05-01', policy: { continuityGapDays: 3 } } as const);
    expect(checkEligibility(profile, query).satisfiedBy).toEqual(['senior.3', 'senior.5']);
    checkAllLevels(profile, query);
    experienceOf(profile, query);
    expect(JSON.stringify(profile)).toBe(before);
  });

  it('reports a hostile getter as invalid input, not as the getter’s error', () => {
    const profile = {
      get work(): never {
        throw new TypeError('boom');
      },
    };
    expect(errorOf(() => checkEligibility(profile, QUERY)).code).toBe('invalid-input');
  });

  it('reads each value once: a getter that answers differently the second time changes nothing', () => {
    let reads = 0;
    const related: string[] = [];
    Object.defineProperty(related, 0, { enumerable: true, get: () => (reads++ === 0 ? TRACK : (() => { throw new TypeError('second read'); })()) });
    related.length = 1;
    const result = checkEligibility({ education: null, work: [{ from: '2020-01-01', related }], certificates: [] } as unknown, { ...QUERY, level: 'junior' });
    expect(reads).toBe(1);
    expect(result.satisfiedBy).toContain('junior.1');
  });

  it('reads a list’s length once and bounds a relatedness list before reading its entries', () => {
    // A proxy that reports an empty list to the limit check and a huge one afterwards.
    let lengthReads = 0;
    const growing = new Proxy([], { get: (target, key) => (key === 'length' ? (lengthReads++ === 0 ? 0 : 1e9) : Reflect.get(target, key)) });
    expect(checkEligibility({ work: growing }, QUERY).track).toBe(TRACK);
    // Rejected by its length: reading its 2^32 − 1 holes one by one took over a minute.
    const error = errorOf(() => checkEligibility({ work: [{ from: '2020-01-01', related: new Array(2 ** 32 - 1) }] }, QUERY));
    expect(error.issues.map(({ path, code, message }) => [path, code, message.en])).toEqual([[['work', 0, 'related'], 'too-many', 'at most 6 track ids are accepted']]);
  });
});

describe('query validation', () => {
  it('names each bad query field', () => {
    const error = errorOf(() =>
      checkEligibility({}, { track: 'chef', level: 'expert', asOf: '2026-02-30', policy: { continuityGapDays: -1, progressionSameTrackOnly: 'no' } } as never),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.path)).toEqual([['track'], ['level'], ['asOf'], ['policy', 'continuityGapDays'], ['policy', 'progressionSameTrackOnly']]);
    expect(error.issues.map((issue) => issue.code)).toEqual(['unknown-value', 'unknown-value', 'impossible-date', 'out-of-range', 'wrong-type']);
    expect(error.issues[2]?.message.en).toBe('not a date: 2026-02-30 does not exist');
  });

  it('rejects a policy switch it does not know, rather than judging by the default reading', () => {
    const misspelt = { ...QUERY, policy: { continuityGapDay: 31, progressionSameTrackOnly: true } };
    const error = errorOf(() => checkEligibility({ work: [] }, misspelt as never));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map(({ path, code, message }) => [path, code, message.en])).toEqual([
      [['policy', 'continuityGapDay'], 'unknown-key', 'unknown policy switch: continuityGapDay (expected continuityGapDays or progressionSameTrackOnly)'],
    ]);
    // As JSON.parse makes it: an own "__proto__" key is just another unknown switch.
    const parsed = JSON.parse('{"track":"digital-manager","asOf":"2026-05-01","policy":{"__proto__":{"continuityGapDays":31}}}') as never;
    expect(errorOf(() => checkAllLevels({}, parsed)).issues.map((issue) => issue.path)).toEqual([['policy', '__proto__']]);
    expect(checkEligibility({ work: [] }, { ...QUERY, policy: { continuityGapDays: 31 } }).track).toBe(QUERY.track);
  });

  it('reports a bad as-of date alone as invalid-date', () => {
    for (const asOf of ['2026-02-30', '2026-13-01', '2026-2-3', '', 20260501]) {
      const error = errorOf(() => checkEligibility({}, { ...QUERY, asOf } as never));
      expect(error.code).toBe('invalid-date');
      expect(error.issues[0]?.path).toEqual(['asOf']);
    }
  });

  it('validates the query of checkAllLevels and experienceOf too', () => {
    expect(errorOf(() => checkAllLevels({}, { track: 'chef', asOf: '2026-05-01' } as never)).issues[0]?.path).toEqual(['track']);
    expect(errorOf(() => experienceOf({}, { track: TRACK, asOf: '2026-05-01', policy: { continuityGapDays: 1.5 } })).issues[0]?.path).toEqual([
      'policy',
      'continuityGapDays',
    ]);
    expect(errorOf(() => checkAllLevels({}, null as never)).code).toBe('invalid-input');
  });

  it('never lets anything but a SkillcertError escape, whatever the input', () => {
    // An input error, with a path for each problem (the profile's own fields for a bad profile).
    const expectInputError = (run: () => unknown, root?: readonly string[]): boolean => {
      try {
        run();
        return false;
      } catch (error) {
        if (!(error instanceof SkillcertError)) throw error;
        expect(['invalid-input', 'invalid-date']).toContain(error.code);
        expect(error.issues.length).toBeGreaterThan(0);
        for (const issue of error.issues) {
          expect(Array.isArray(issue.path)).toBe(true);
          expect(issue.message.en.length).toBeGreaterThan(0);
          expect(issue.message.zh).toMatch(/[\u4e00-\u9fff]/);
          if (root !== undefined && issue.path.length > 0) expect(root).toContain(issue.path[0]);
        }
        return true;
      }
    };
    const PROFILE_FIELDS = ['education', 'enrolment', 'work', 'certificates'];
    const QUERY_FIELDS = ['track', 'level', 'asOf', 'policy'];
    let rejected = 0;
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (profile, query) => {
        if (expectInputError(() => checkEligibility(profile, query as never))) rejected += 1;
        expectInputError(() => checkEligibility(profile, QUERY), PROFILE_FIELDS);
        expectInputError(() => checkAllLevels(profile, { track: TRACK, asOf: '2026-05-01' }), PROFILE_FIELDS);
        expectInputError(() => checkEligibility({}, query as never), QUERY_FIELDS);
      }),
      { numRuns: 300 },
    );
    expect(rejected).toBeGreaterThan(0);
    // And a valid profile is answered, never refused.
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        expect(checkEligibility(profile, QUERY).clauses.length).toBeGreaterThan(0);
        expect(Object.keys(checkAllLevels(profile, { track: TRACK, asOf: '2026-05-01' }))).toEqual(['junior', 'intermediate', 'senior']);
      }),
      { numRuns: 200 },
    );
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
