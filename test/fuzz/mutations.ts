// Near-valid inputs: a valid value with one thing wrong — a field deleted, a wrong type, a
// date out of range, a huge array, 1e308, NaN, -0, or a `__proto__` / `constructor` key.
import fc from 'fast-check';
import { chinaCalendar } from '../../src/calendar/index.js';

type Path = (string | number)[];

function pathsOf(value: unknown, path: Path = [], out: Path[] = [], depth = 0): Path[] {
  out.push(path);
  if (depth > 6 || typeof value !== 'object' || value === null) return out;
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  for (const key of keys.slice(0, 30)) pathsOf((value as Record<string | number, unknown>)[key], [...path, key], out, depth + 1);
  return out;
}

function cloneWith(value: unknown, path: Path, edit: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(value) as unknown;
  if (path.length === 0) return copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  edit(parent, path[path.length - 1] as string | number);
  return copy;
}

const replacements: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    NaN,
    -0,
    1e308,
    -1e308,
    Infinity,
    Number.MAX_SAFE_INTEGER + 2,
    0.5,
    '',
    '2026-02-30',
    '0000-01-01',
    '9999-12-31',
    '1900-01-01',
    '2026-2-3',
    '2026-10-01T00:00:00Z',
    null,
    undefined,
    true,
    {},
    [],
    '__proto__',
    'constructor',
    'toString',
  ),
  fc.anything({ maxDepth: 2, maxKeys: 4 }),
  fc.constant(null).map(() => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown),
  fc.constant(null).map(() => forgedCalendar() as unknown),
  fc.constant(null).map(() => ({ calendar: forgedCalendar() }) as unknown),
);

/**
 * A list whose `length` lies (issue 14, finding 1), in one of two ways: a number that is small
 * on the first read and 2³² − 1 after, or an object whose `valueOf` answers 0 the first time
 * and 10⁸ after. A reader that reads (or converts) the length more than once hangs or runs out
 * of memory.
 */
export function lyingList(items: readonly unknown[], kind: 'number' | 'valueOf'): unknown[] {
  let reads = 0;
  return new Proxy([...items], {
    get: (target, key, receiver) => {
      if (key !== 'length') return Reflect.get(target, key, receiver);
      if (kind === 'number') return reads++ === 0 ? target.length : 2 ** 32 - 1;
      return { valueOf: () => (reads++ === 0 ? 0 : 1e8) };
    },
  });
}

/** An object carrying the brand the library once trusted, which any object can carry. */
export function forgedCalendar(): Record<PropertyKey, unknown> {
  const forged: Record<PropertyKey, unknown> = {
    dayKind() {
      throw new TypeError('forged');
    },
    isWorkingDay: () => true,
    addWorkingDaysDetailed: () => ({ value: 'not-a-date', provisional: false }),
    get coverage() {
      return { years: [2026] };
    },
  };
  forged[Symbol.for('skillcert.calendar')] = forged;
  return forged;
}

/** Every field name the library reads from data and options: what a polluted prototype carries. */
export const FIELD_NAMES = [
  'education', 'enrolment', 'work', 'certificates', 'level', 'relatedMajor', 'institution', 'from', 'to', 'related', 'kind', 'track', 'issuedOn',
  'asOf', 'policy', 'continuityGapDays', 'progressionSameTrackOnly', 'calendar', 'examDay', 'uncovered', 'years', 'holidays', 'workdays', 'inLieuDays',
  'provided', 'claim', 'sections', 'questions', 'id', 'points', 'multiple', 'single', 'short', 'q1', 's1', 'registrationCloses',
] as const;

/** Anything at all, as the fuzz tests feed it to every target (and bench/fuzz.bench.ts times it). */
export const anything = fc.anything({ maxDepth: 3, maxKeys: 5, withBigInt: true, withDate: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withTypedArray: true, withMap: true, withSet: true });

/**
 * A value per field name that a caller could mean (an inherited `work` that would make an
 * empty profile eligible, `uncovered: 'weekends-only'` that would turn off coverage errors…),
 * for the prototypes: the pollution most likely to change an answer unnoticed.
 */
export const PLAUSIBLE_POLLUTION: Readonly<Record<string, unknown>> = {
  work: [{ from: '2000-01-01', related: true }],
  education: { level: 'doctorate', relatedMajor: true },
  enrolment: { institution: 'higher-education', from: '2000-01-01', relatedMajor: true },
  certificates: [{ kind: 'vocational', level: 'senior', issuedOn: '2000-01-01' }],
  relatedMajor: true,
  related: true,
  to: null,
  until: '2100-01-01',
  level: 'doctorate',
  uncovered: 'weekends-only',
  examDay: 'avoid-holidays',
  policy: { continuityGapDays: 366 },
  continuityGapDays: 366,
  progressionSameTrackOnly: true,
  calendar: chinaCalendar,
  claim: ['senior.1'],
  provided: [],
  multiple: { partial: 0.5 },
  years: [2026],
  holidays: ['2026-10-01'],
  workdays: [],
};

/** One mutation of a valid value. */
export function nearValid(valid: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  return fc.tuple(fc.nat({ max: paths.length - 1 }), fc.nat({ max: 13 }), replacements).map(([index, kind, replacement]) => {
    const path = paths[index] as Path;
    if (path.length === 0) return kind < 5 ? replacement : valid;
    return cloneWith(valid, path, (parent, key) => {
      if (kind === 10 || kind === 11) {
        // A list whose length lies, where a list (or any value) was.
        const value = parent[key];
        parent[key] = lyingList(Array.isArray(value) ? value : [value], kind === 10 ? 'number' : 'valueOf');
      } else if (kind === 12 && path.length >= 2) {
        // A getter that throws, at this path (inside an argument: the arguments themselves
        // are read by the test's own destructuring).
        Object.defineProperty(parent, key, { get: () => { throw new TypeError('hostile getter'); }, enumerable: true, configurable: true });
      } else if (kind === 13) {
        parent[key] = forgedCalendar();
      } else if (kind <= 1) {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
      } else if (kind === 2) {
        // A huge array where a value was: limits must reject it cheaply.
        parent[key] = Array.from({ length: 1001 }, () => parent[key]);
      } else if (kind === 3 && typeof parent[key] === 'object' && parent[key] !== null && !Array.isArray(parent[key])) {
        Object.assign(parent[key] as object, JSON.parse('{"__proto__": {"polluted": true}, "constructor": "x", "extra": 1}'));
      } else parent[key] = replacement;
    });
  });
}
