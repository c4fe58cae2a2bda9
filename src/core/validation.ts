/**
 * The bridge between zod/mini schemas and {@link SkillcertError}: every public function
 * that takes structured input parses it here, so a zod error object never escapes.
 * @module
 */
import * as z from 'zod/mini';
import { invalidInput, readGuarded, type ValidationIssue } from './errors.js';
import { describeValue } from './describe-value.js';
import { PLAIN_DATE_PATTERN, type PlainDate } from './plain-date.js';

// Kept in its own zod-free module so that the calendar bundle need not carry zod.
export { describeValue } from './describe-value.js';

/**
 * zod/mini schema of a civil date: a string that is a real `"YYYY-MM-DD"` day.
 * Its issue message names the bad value: `not a date: 2026-02-30`.
 *
 * @example
 * ```ts
 * plainDateSchema.safeParse('2026-02-30').success;
 * //=> false
 * ```
 */
export const plainDateSchema = z.pipe(
  z
    .string({ error: (issue) => `not a date: expected a "YYYY-MM-DD" string, got ${describeValue(issue.input)}` })
    .check(z.regex(PLAIN_DATE_PATTERN, { error: (issue) => `not a date: ${describeValue(issue.input)}` })),
  // The pattern is the check; the brand is only a type. (JSON Schema is generated from the input side.)
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
 * // throws SkillcertError { code: 'invalid-input', issues: [{ path: ['n'], … }] }
 * ```
 */
export function parseInput<T extends z.ZodMiniType>(schema: T, input: unknown): z.output<T> {
  const result = readGuarded(() => schema.safeParse(input));
  if (result.success) return result.data as z.output<T>;
  throw invalidInput(toIssues(result.error));
}

/**
 * Converts a zod error into skillcert's validation issues (path and message only).
 *
 * @example
 * ```ts
 * toIssues(z.number().safeParse('x').error!);
 * //=> [{ path: [], message: 'expected number, received string' }]
 * ```
 */
export function toIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment.description) : segment)),
    message: issue.message,
  }));
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
