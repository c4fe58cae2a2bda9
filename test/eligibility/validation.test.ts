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
    const issues = error.issues.map((issue) => [issue.path, issue.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        [['education', 'level'], expect.stringMatching(/^unknown education level: phd/)],
        [['enrolment', 'institution'], expect.stringMatching(/^unknown institution: university/)],
        [['work', 1, 'to'], 'not a date: 2026-02-30'],
        [['work', 2, 'to'], 'ends before it starts: 2024-12-31 is before from 2025-01-01'],
        [['work', 2, 'related'], 'expected true, false or a list of track ids, got yes'],
        [['work', 3, 'from'], expect.stringMatching(/^not a date/)],
        [['work', 3, 'related'], expect.stringMatching(/^unknown track: chef/)],
        [['certificates', 0, 'track'], 'a skillcert certificate needs its track'],
        [['certificates', 1, 'kind'], expect.stringMatching(/^unknown certificate kind: diploma/)],
        [['certificates', 1, 'level'], expect.stringMatching(/^unknown level: expert/)],
        [['certificates', 1, 'issuedOn'], 'not a date: 2025-13-01'],
      ]),
    );
    // The enrolment ends before it starts, but its institution is wrong too: the order check
    // waits for the dates only, so it is reported as well.
    expect(issues).toContainEqual([['enrolment', 'until'], 'ends before it starts: 2024-08-31 is before from 2024-09-01']);
    expect(error.message).toMatch(/^education\.level: unknown education level: phd .*\(and \d+ more\)$/);
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
    expect(tooMany.issues).toEqual([{ path: ['work'], message: 'at most 200 work periods are accepted' }]);
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
    expect(error.issues).toEqual([{ path: ['work', 0, 'related'], message: 'at most 6 track ids are accepted' }]);
  });
});

describe('query validation', () => {
  it('names each bad query field', () => {
    const error = errorOf(() =>
      checkEligibility({}, { track: 'chef', level: 'expert', asOf: '2026-02-30', policy: { continuityGapDays: -1, progressionSameTrackOnly: 'no' } } as never),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.path)).toEqual([['track'], ['level'], ['asOf'], ['policy', 'continuityGapDays'], ['policy', 'progressionSameTrackOnly']]);
    expect(error.issues[2]?.message).toBe('not a date: 2026-02-30');
  });

  it('rejects a policy switch it does not know, rather than judging by the default reading', () => {
    const misspelt = { ...QUERY, policy: { continuityGapDay: 31, progressionSameTrackOnly: true } };
    const error = errorOf(() => checkEligibility({ work: [] }, misspelt as never));
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([{ path: ['policy', 'continuityGapDay'], message: 'unknown policy switch: continuityGapDay (expected continuityGapDays or progressionSameTrackOnly)' }]);
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
    fc.assert(
      fc.property(fc.oneof(fc.anything(), profileArbitrary), fc.anything(), (profile, query) => {
        for (const run of [
          () => checkEligibility(profile, query as never),
          () => checkEligibility(profile, QUERY),
          () => checkAllLevels(profile, { track: TRACK, asOf: '2026-05-01' }),
        ]) {
          try {
            run();
          } catch (error) {
            if (!(error instanceof SkillcertError)) throw error;
          }
        }
      }),
      { numRuns: 300 },
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
