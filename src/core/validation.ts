/**
 * The bridge between zod/mini schemas and {@link SkillcertError}: every public function
 * that takes structured input parses it here, so a zod error object never escapes.
 *
 * zod keeps only a message string from an error function, so our schemas push their issues
 * themselves, as zod `custom` issues whose `params.skillcert` holds the code and params;
 * {@link toIssues} turns them back into the same {@link ValidationIssue}s.
 * @module
 */
import * as z from 'zod/mini';
import type { Bilingual } from './bilingual.js';
import { invalidInput, issue, readGuarded, type IssueCode, type IssueParams, type ValidationIssue } from './errors.js';
import { describeValue } from './describe-value.js';
import { dateIssue, isPlainDate, type PlainDate } from './plain-date.js';

// Kept in its own zod-free module so that the calendar bundle need not carry zod.
export { describeValue } from './describe-value.js';

/**
 * What a skillcert issue carries inside a zod `custom` issue, in its `params`.
 *
 * @example
 * ```ts
 * const carried: CarriedIssue = { skillcert: { code: 'required', message: { en: 'required', zh: '必填' } } };
 * ```
 */
export interface CarriedIssue {
  readonly skillcert: { readonly code: IssueCode; readonly params?: IssueParams; readonly message: Bilingual };
}

/**
 * A skillcert issue as a zod `custom` issue: its message is the English text, its `params`
 * carry the code and params (see {@link CarriedIssue}).
 *
 * @example
 * ```ts
 * zodIssueOf(issue(['to'], 'required'), undefined).params;
 * //=> { skillcert: { code: 'required', message: { en: 'required', zh: '必填' } } }
 * ```
 */
export function zodIssueOf(found: ValidationIssue, input: unknown): { code: 'custom'; message: string; input: unknown; path: PropertyKey[]; params: CarriedIssue } {
  const { code, params, message } = found;
  const carried = params === undefined ? { code, message } : { code, params, message };
  return { code: 'custom', message: found.message.en, input, path: [...found.path], params: { skillcert: carried } };
}

/**
 * A zod/mini check that runs `problem` on the value and pushes the issue it returns, if any
 * (with `when`, only when that says so, as zod's `refine` does).
 *
 * @example
 * ```ts
 * z.unknown().check(issueCheck((value) => (value === 1 ? undefined : issue([], 'required'))));
 * ```
 */
export function issueCheck<T>(problem: (value: T) => ValidationIssue | undefined, when?: (payload: z.core.ParsePayload) => boolean): z.core.$ZodCheck<T> {
  return z.check<T>(
    (payload) => {
      const found = problem(payload.value);
      if (found !== undefined) payload.issues.push(zodIssueOf(found, payload.value));
    },
    when === undefined ? undefined : { when },
  );
}

/**
 * A zod/mini schema of any value that `problem` finds nothing wrong with; what it finds is the
 * issue, with its code.
 *
 * @example
 * ```ts
 * issueSchema<boolean>((value) => (typeof value === 'boolean' ? undefined : issue([], 'required'))).safeParse(1).success;
 * //=> false
 * ```
 */
export function issueSchema<T>(problem: (value: unknown) => ValidationIssue | undefined): z.ZodMiniType<T> {
  return z.custom<T>().check(issueCheck<unknown>(problem));
}

/**
 * zod/mini schema of a civil date: a string that is a real `"YYYY-MM-DD"` day. Its issue says
 * `required`, `not-a-date` or `impossible-date` and names the bad value.
 *
 * @example
 * ```ts
 * plainDateSchema.safeParse('2026-02-30').success;
 * //=> false
 * ```
 */
export const plainDateSchema = /* @__PURE__ */ z.pipe(
  issueSchema<string>((value) => (isPlainDate(value) ? undefined : dateIssue([], value))),
  // The check is the type; the brand is only a type.
  z.transform((value: string) => value as PlainDate),
);

/**
 * Parses input with a zod/mini schema. Returns the parsed value, or throws
 * `SkillcertError` `invalid-input` listing every issue with its path. Anything the schema
 * itself throws (a hostile getter, a proxy) is also reported as `invalid-input`.
 *
 * @example
 * ```ts
 * parseInput(z.object({ n: z.number() }), { n: 'x' });
 * // throws SkillcertError { code: 'invalid-input', issues: [{ path: ['n'], code: 'wrong-type', … }] }
 * ```
 */
export function parseInput<T extends z.ZodMiniType>(schema: T, input: unknown): z.output<T> {
  const result = readGuarded(() => schema.safeParse(input, { reportInput: true }));
  if (result.success) return result.data as z.output<T>;
  throw invalidInput(toIssues(result.error));
}

interface ZodIssueLike {
  readonly path: readonly PropertyKey[];
  readonly code?: string;
  readonly expected?: unknown;
  readonly input?: unknown;
  readonly params?: unknown;
}

/**
 * Converts a zod error into skillcert's validation issues: an issue our own schemas raised
 * comes back as it was; one of zod's own (in a caller's schema) maps onto the nearest code:
 * a missing key is `required`, anything else `wrong-type` naming zod's expected type.
 *
 * @example
 * ```ts
 * toIssues(z.number().safeParse('x', { reportInput: true }).error!);
 * //=> [{ path: [], code: 'wrong-type', params: { expected: 'number', value: 'x' }, message: { … } }]
 * ```
 */
export function toIssues(error: { issues: readonly ZodIssueLike[] }): ValidationIssue[] {
  return error.issues.map((found) => {
    const path = found.path.map((segment) => (typeof segment === 'symbol' ? String(segment.description) : segment));
    const carried = (found.params as Partial<CarriedIssue> | undefined)?.skillcert;
    if (carried !== undefined) {
      const { code, params, message } = carried;
      return params === undefined ? { path, code, message } : { path, code, params, message };
    }
    if (found.expected === 'nonoptional' || ('input' in found && found.input === undefined)) return issue(path, 'required');
    return issue(path, 'wrong-type', { expected: String(found.expected ?? found.code), value: describeValue(found.input) });
  });
}

/**
 * A zod/mini object schema that reads the input's own properties only (issue 14, finding 7):
 * a field inherited from a polluted prototype is absent, as the hand-written readers have it.
 * Anything but a plain object reaches `z.object` as it is, for its own error.
 *
 * @example
 * ```ts
 * ownObject({ level: z.string() }).safeParse(Object.create({ level: 'x' })).success;
 * //=> false
 * ```
 */
export function ownObject<Shape extends z.core.$ZodLooseShape>(shape: Shape, params?: Parameters<typeof z.object>[1]) {
  const keys = Object.keys(shape);
  return z.pipe(
    z.transform((value: unknown) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      const fields: Record<string, unknown> = {};
      for (const key of keys) if (Object.hasOwn(value, key)) fields[key] = (value as Record<string, unknown>)[key];
      return fields;
    }),
    z.object(shape, params),
  );
}
