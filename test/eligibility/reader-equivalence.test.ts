// The hand-written reader (the runtime path of checkEligibility) against the zod/mini schema
// (the public profileSchema, and the query schema it replaced, kept here as the oracle): the
// same parsed value, or the same SkillcertError code, message and issues in the same order,
// on valid profiles and on mutated, hostile ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { invalidInput, issue, readGuarded, SkillcertError, wrongType, type ValidationIssue } from '../../src/core/errors.js';
import { isObjectLike } from '../../src/core/describe-value.js';
import { describeValue, issueSchema, ownObject, parseInput, plainDateSchema, toIssues } from '../../src/core/validation.js';
import { MAX_CERTIFICATES, MAX_WORK_PERIODS, profileSchema } from '../../src/eligibility/index.js';
import { eligibilitySchemas } from '../../src/eligibility/profile.js';
import { DEFAULT_ELIGIBILITY_POLICY, parseQuery, unknownSwitch } from '../../src/eligibility/query.js';
import { readProfile } from '../../src/eligibility/reader.js';
import { ELIGIBILITY_TEXTS as TEXTS } from '../../src/eligibility/issue-texts.js';
import { arbLevel, arbPlainDate, arbProfile, arbTrack } from '../../src/testing/index.js';

type Outcome = { readonly value: unknown } | { readonly code: string; readonly message: string; readonly text: unknown; readonly issues: unknown };

function outcomeOf(run: () => unknown): Outcome {
  try {
    return { value: run() };
  } catch (error) {
    if (error instanceof SkillcertError) return { code: error.code, message: error.message, text: error.text, issues: error.issues };
    throw error;
  }
}

// ---- the oracle of the query: the zod/mini schema parseQuery used before ----

let querySchemas: { withLevel: z.ZodMiniType; withoutLevel: z.ZodMiniType } | undefined;

function zodParseQuery(query: unknown, withLevel: boolean): unknown {
  if (querySchemas === undefined) {
    const { track, level } = eligibilitySchemas();
    const policyObject = <T extends z.ZodMiniType>(shape: T) =>
      z.pipe(issueSchema<unknown>((value) => (isObjectLike(value) ? undefined : wrongType([], 'policy', value, TEXTS))), shape as z.ZodMiniType<z.output<T>, unknown>);
    const policy = z.optional(
      policyObject(
        ownObject({
          continuityGapDays: z.optional(
            issueSchema<number>((value) =>
              Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 366
                ? undefined
                : issue([], 'out-of-range', { what: 'gap-days', min: 0, max: 366, value: describeValue(value) }, TEXTS),
            ),
          ),
          progressionSameTrackOnly: z.optional(issueSchema<boolean>((value) => (typeof value === 'boolean' ? undefined : wrongType([], 'boolean', value, TEXTS)))),
        }),
      ),
    );
    const objectOf = <T extends z.ZodMiniType>(expected: 'policy' | 'query', shape: T) =>
      z.pipe(issueSchema<unknown>((value) => (isObjectLike(value) ? undefined : wrongType([], expected, value, TEXTS))), shape as z.ZodMiniType<z.output<T>, unknown>);
    querySchemas = {
      withLevel: objectOf('query', ownObject({ track, level, asOf: plainDateSchema, policy })),
      withoutLevel: objectOf('query', ownObject({ track, asOf: plainDateSchema, policy })),
    };
  }
  type Parsed = { track: string; level?: string; asOf: string; policy?: { continuityGapDays?: number; progressionSameTrackOnly?: boolean } };
  const schema = withLevel ? querySchemas.withLevel : querySchemas.withoutLevel;
  const result = readGuarded(() => schema.safeParse(query));
  const issues = result.success ? [] : toIssues(result.error);
  // An own key of the policy that names no switch is an issue too, after the policy's others.
  const policyValue: unknown = isObjectLike(query) ? query['policy'] : undefined;
  if (isObjectLike(policyValue)) {
    for (const key of Object.keys(policyValue)) {
      if (!Object.hasOwn(DEFAULT_ELIGIBILITY_POLICY, key)) issues.push({ ...unknownSwitch(key), path: ['policy', key] });
    }
  }
  if (issues.length === 1 && issues[0]?.path.join() === 'asOf') {
    const { message, text } = invalidInput(issues);
    throw new SkillcertError('invalid-date', message, { issues, text });
  }
  if (issues.length > 0) throw invalidInput(issues);
  const parsed = result.data as Parsed;
  const given = parsed.policy;
  const policy = {
    continuityGapDays: given?.continuityGapDays ?? DEFAULT_ELIGIBILITY_POLICY.continuityGapDays,
    progressionSameTrackOnly: given?.progressionSameTrackOnly ?? DEFAULT_ELIGIBILITY_POLICY.progressionSameTrackOnly,
  };
  return { track: parsed.track, level: parsed.level, asOf: parsed.asOf, policy };
}

// ---- mutations of valid input ----

const TRICKY_DATES = [
  '2026-02-30', '2026-2-3', '0000-01-01', '0001-01-01', '2100-02-29', '2000-02-29', '2024-02-29', '1900-02-29', '9999-12-31',
  ' 2024-01-01', '2024-01-01\n', '２０２４-01-01', '2024-01-01T00:00', '2024/01/01', '', '2024-13-01', '2024-00-10', '2024-04-31',
];
const TRICKY_IDS = ['skillcert', 'vocational', 'title', 'chef', 'junior', 'Junior', 'senior', 'expert', 'master', 'phd', 'digital-manager', 'higher-education', 'university', ''];
const WRONG_TYPES: readonly unknown[] = [0, -0, 1.5, NaN, 367, 366, -1, 'x', null, undefined, true, false, [], {}, [true], ['digital-manager', 'chef'], [, 'digital-manager'], 10n, Symbol('s')];

interface Mutation {
  readonly at: number;
  readonly kind: number;
  readonly pick: number;
  readonly anything: unknown;
}

const arbAnything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withNullPrototype: true,
  withSparseArray: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  maxDepth: 2,
});

const arbMutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.nat({ max: 12 }),
  pick: fc.nat(),
  anything: arbAnything,
});

type Container = Record<string | number, unknown>;

function isPlain(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return Array.isArray(value) ? prototype === Array.prototype : prototype === Object.prototype || prototype === null;
}

// Every [container, key] slot of the plain objects and arrays reachable from the root.
function slotsOf(root: Container): [Container, string | number][] {
  const slots: [Container, string | number][] = [];
  const visit = (node: unknown): void => {
    if (!isPlain(node) || Object.isFrozen(node)) return;
    for (const key of Object.keys(node)) {
      slots.push([node as Container, Array.isArray(node) ? Number(key) : key]);
      visit((node as Container)[key]);
    }
  };
  visit(root);
  return slots;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Container)[key]);
  }
  return value;
}

function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function applyMutation(root: Container, { at, kind, pick, anything }: Mutation): void {
  const slots = slotsOf(root);
  if (slots.length === 0) return;
  const [container, key] = slots[at % slots.length] as [Container, string | number];
  const current = container[key];
  // An earlier mutation may have frozen this part (kind 11): leave it as it is.
  if (Object.isFrozen(container) || (kind >= 8 && kind <= 9 && Object.isFrozen(current))) return;
  switch (kind) {
    case 0:
      delete container[key]; // an array gets a hole
      return;
    case 1:
      container[key] = anything;
      return;
    case 2:
      container[key] = WRONG_TYPES[pick % WRONG_TYPES.length];
      return;
    case 3:
      container[key] = TRICKY_DATES[pick % TRICKY_DATES.length];
      return;
    case 4:
      container[key] = TRICKY_IDS[pick % TRICKY_IDS.length];
      return;
    case 5:
      container[key] = undefined;
      return;
    case 6:
      // Fields inherited, not own: zod reads them (`in` and `[]`), so must we.
      if (typeof current === 'object' && current !== null && !Array.isArray(current)) container[key] = Object.create(current) as unknown;
      return;
    case 7:
      // What JSON.parse makes of `"__proto__"`: an own key, not the prototype.
      if (typeof current === 'object' && current !== null && Object.isExtensible(current)) {
        setOwn(current, '__proto__', pick % 2 === 0 ? { polluted: true, work: [] } : anything);
        setOwn(current, ['constructor', 'nickname', 'toString'][pick % 3] as string, anything);
      }
      return;
    case 8:
      // An end before the start.
      if (typeof current === 'object' && current !== null && 'from' in current) {
        const end = 'institution' in current ? 'until' : 'to';
        (current as Container)[end] = TRICKY_DATES[pick % 2] === '2026-02-30' ? '2000-01-01' : '1999-12-31';
      }
      return;
    case 9:
      // A skillcert certificate without its track, or with an unknown one.
      if (typeof current === 'object' && current !== null && 'issuedOn' in current) {
        (current as Container)['kind'] = 'skillcert';
        if (pick % 3 === 0) (current as Container)['track'] = 'chef';
        else if (pick % 3 === 1) delete (current as Container)['track'];
        else (current as Container)['track'] = undefined;
      }
      return;
    case 10:
      // Lists at and over their limits.
      if (Array.isArray(current)) {
        const limit = key === 'certificates' ? MAX_CERTIFICATES : MAX_WORK_PERIODS;
        const length = limit - 1 + (pick % 3);
        const item = current[0] ?? anything;
        container[key] = Array.from({ length }, (_, i) => (i === pick % length ? anything : item));
      }
      return;
    case 11:
      deepFreeze(current);
      return;
    default:
      container[key] = Array.isArray(current) ? [...(current as unknown[]), anything] : [current];
  }
}

// A copy of the plain objects and arrays, to compare the input with afterwards (own keys,
// `__proto__` included, kept as keys); other objects are kept as they are.
function snapshot(value: unknown): unknown {
  if (!isPlain(value)) return value;
  const copy = Array.isArray(value) ? new Array<unknown>(value.length) : (Object.create(Object.getPrototypeOf(value) as object | null) as object);
  for (const key of Object.keys(value)) setOwn(copy, key, snapshot((value as Container)[key]));
  return copy;
}

// Own keys and leaves compared (toStrictEqual would read an own `constructor` key as the type).
function sameContent(a: unknown, b: unknown): boolean {
  if (!isPlain(a) || !isPlain(b)) return Object.is(a, b);
  const keys = Object.keys(a);
  if (Array.isArray(a) !== Array.isArray(b) || keys.join() !== Object.keys(b).join()) return false;
  return keys.every((key) => sameContent((a as Container)[key], (b as Container)[key]));
}

const arbProfileInput = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(arbProfile(), fc.array(arbMutation, { maxLength: 3 }), fc.boolean()) },
  { weight: 1, arbitrary: fc.tuple(arbProfile({ unknown: false, work: { min: 1 }, certificates: { min: 1 } }), fc.array(arbMutation, { minLength: 1, maxLength: 4 }), fc.boolean()) },
  { weight: 1, arbitrary: fc.tuple(arbAnything, fc.constant([] as Mutation[]), fc.boolean()) },
).map(([profile, mutations, frozen]) => {
  const root = { profile: mutations.length === 0 ? profile : (JSON.parse(JSON.stringify(profile)) as unknown) } as Container;
  for (const mutation of mutations) applyMutation(root, mutation);
  return frozen ? deepFreeze(root['profile']) : root['profile'];
});

describe('the profile reader agrees with profileSchema', () => {
  it('on valid, mutated and hostile profiles: the same value or the same error', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(arbProfileInput, (input) => {
        const before = snapshot(input);
        const ours = outcomeOf(() => readProfile(input));
        const theirs = outcomeOf(() => parseInput(eligibilitySchemas().profile, input));
        expect(ours).toStrictEqual(theirs);
        expect(sameContent(input, before), 'the input was changed').toBe(true);
        if ('value' in ours) accepted++;
        else rejected++;
      }),
      { numRuns: 3000 },
    );
    // Both kinds are exercised in earnest.
    expect(accepted).toBeGreaterThan(500);
    expect(rejected).toBeGreaterThan(500);
  });

  it('on every valid profile, which both accept', () => {
    fc.assert(
      fc.property(arbProfile(), (profile) => {
        const ours = readProfile(profile);
        expect(ours).toStrictEqual(eligibilitySchemas().profile.parse(profile));
        expect(ours).not.toBe(profile);
      }),
      { numRuns: 500 },
    );
  });

  it('on getters and proxies: a throwing read, and a key `in` denies', () => {
    const throwing = (path: string[]): unknown => {
      const leaf = {
        get [path[path.length - 1] as string](): never {
          throw new TypeError('boom');
        },
      };
      return path.slice(0, -1).reduceRight<unknown>((inner, key) => (key === '0' ? [inner] : { [key]: inner }), leaf);
    };
    const hostile: unknown[] = [
      throwing(['work']),
      throwing(['work', '0', 'related']),
      throwing(['certificates', '0', 'track']),
      { education: { level: 'phd' }, ...(throwing(['enrolment', 'until']) as object) },
      new Proxy({}, { get: () => { throw new Error('no'); } }),
      new Proxy({ education: { level: 'master' } }, { has: () => false }),
      { work: [new Proxy({ from: '2024-01-01', related: true }, { has: (_, key) => key !== 'from' })] },
      { work: [new Proxy({ from: '2024-01-01', related: true, to: 'x' }, { has: (_, key) => key !== 'to' })] },
      { certificates: [new Proxy({ kind: 'skillcert', level: 'junior', issuedOn: '2024-01-01', track: 'digital-manager' }, { has: (_, key) => key !== 'track' })] },
      { work: new Proxy([{ from: '2024-01-01', related: true }], { has: () => { throw new Error('no'); } }) },
      (() => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return { work: proxy };
      })(),
    ];
    // The reader also says where a read failed (issue 14: the path of the property being read),
    // which zod cannot: "input could not be read" is compared without its path.
    const unlocated = (outcome: Outcome): Outcome =>
      'issues' in outcome && outcome.message === 'input could not be read'
        ? { ...outcome, text: { en: outcome.message, zh: '输入无法读取（读取时出错）' }, issues: (outcome.issues as readonly ValidationIssue[]).map((found) => ({ ...found, path: [] })) }
        : outcome;
    for (const input of hostile) {
      const ours = outcomeOf(() => readProfile(input));
      expect(unlocated(ours)).toStrictEqual(outcomeOf(() => parseInput(eligibilitySchemas().profile, input)));
    }
  });
});

const arbQueryInput = fc
  .tuple(
    fc.record(
      {
        track: arbTrack(),
        level: arbLevel(),
        asOf: arbPlainDate(),
        policy: fc.record({ continuityGapDays: fc.integer({ min: 0, max: 366 }), progressionSameTrackOnly: fc.boolean() }, { requiredKeys: [] }),
      },
      { requiredKeys: ['track', 'level', 'asOf'] },
    ),
    fc.array(arbMutation, { maxLength: 3 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([query, mutations, frozen, withLevel]) => {
    const root = { query: JSON.parse(JSON.stringify(query)) as unknown } as Container;
    for (const mutation of mutations) applyMutation(root, mutation);
    return { query: frozen ? deepFreeze(root['query']) : root['query'], withLevel };
  });

describe('the query reader agrees with the zod/mini query schema', () => {
  it('on valid and mutated queries, with and without level', () => {
    fc.assert(
      fc.property(arbQueryInput, ({ query, withLevel }) => {
        const ours = outcomeOf(() => (withLevel ? parseQuery(query, true) : { level: undefined, ...parseQuery(query, false) }));
        expect(ours).toStrictEqual(outcomeOf(() => zodParseQuery(query, withLevel)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the public profileSchema is the reader, as a zod/mini schema', () => {
  it('accepts and rejects like the declarative schema, with the same issues', () => {
    fc.assert(
      fc.property(arbProfile(), (profile) => {
        const ours = profileSchema.safeParse(profile);
        expect(ours.success).toBe(true);
        expect(ours.data).toStrictEqual(eligibilitySchemas().profile.parse(profile));
      }),
      { numRuns: 300 },
    );
    const bad = { work: [{ from: '2024-01-01', to: '2026-02-30', related: true }], certificates: [{ kind: 'skillcert', level: 'junior', issuedOn: '2024-01-01' }] };
    const ours = profileSchema.safeParse(bad);
    const theirs = eligibilitySchemas().profile.safeParse(bad);
    expect(ours.success).toBe(false);
    expect(theirs.success).toBe(false);
    // The same issues with their codes; the public schema's zod messages are the English texts.
    const issues = toIssues(ours.error!);
    expect(issues).toEqual(toIssues(theirs.error!));
    expect(issues.map(({ code }) => code)).toEqual(['impossible-date', 'required']);
    expect(ours.error?.issues.map(({ message }) => message)).toEqual(issues.map(({ message }) => message.en));
  });
});

// Issue 14: the zod oracle reads a list's length once, like the reader (it read a work list's
// length in its size check and again in `z.array`, and a relatedness list's up to four times).
describe('the zod oracle reads each list once', () => {
  /** A list counting the reads of its `length`. */
  function counted(items: unknown[]): { list: unknown[]; reads: () => number } {
    let reads = 0;
    const list = new Proxy(items, { get: (target, key, receiver) => (key === 'length' && ++reads, Reflect.get(target, key, receiver)) });
    return { list, reads: () => reads };
  }

  it.each([
    ['work', (list: unknown[]) => ({ work: list }), [{ from: '2020-01-01', related: true }]],
    ['certificates', (list: unknown[]) => ({ certificates: list }), [{ kind: 'vocational', level: 'junior', issuedOn: '2020-01-01' }]],
    ['work[0].related', (list: unknown[]) => ({ work: [{ from: '2020-01-01', related: list }] }), ['digital-manager']],
    ['education.relatedMajor', (list: unknown[]) => ({ education: { level: 'bachelor', relatedMajor: list } }), ['digital-manager']],
    ['an over-long relatedness', (list: unknown[]) => ({ work: [{ from: '2020-01-01', related: list }] }), Array.from({ length: 50 }, () => 'digital-manager')],
  ])('%s: its length read once, the same outcome as the reader', (_name, profileOf, items) => {
    const { list, reads } = counted(items);
    const theirs = outcomeOf(() => parseInput(eligibilitySchemas().profile, profileOf(list)));
    expect(reads()).toBe(1);
    expect(theirs).toStrictEqual(outcomeOf(() => readProfile(profileOf([...items]))));
  });
});

describe('the zod oracle: a relatedness list over the limit', () => {
  // The oracle reads a relatedness list once (issue 14, finding 1): over the six tracks it is
  // refused before any entry is read, so a list whose length lies costs nothing. (The public
  // profileSchema is the reader; see "an over-long relatedness" above for the two together.)
  it('is refused with too-many, and none of its entries is read', () => {
    let reads = 0;
    const related = new Proxy(['digital-manager', 'digital-manager', 'digital-manager', 'digital-manager', 'digital-manager', 'digital-manager', 'digital-manager'], {
      get: (target, key, receiver) => {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const result = eligibilitySchemas().profile.safeParse({ work: [{ from: '2020-01-01', related }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((found) => [found.path, (found as { params?: { skillcert?: { code?: string } } }).params?.skillcert?.code])).toEqual([[['work', 0, 'related'], 'too-many']]);
    expect(reads).toBe(0);
  });
});
