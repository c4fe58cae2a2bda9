/**
 * The facts about an applicant, and their zod/mini schema.
 *
 * A field that is absent is UNKNOWN; `null` or `[]` is KNOWN to be none. The schema strips
 * keys it does not know (so nothing from the caller, `__proto__` included, is copied onto
 * our objects) and never mutates its input.
 * @module
 */
import * as z from 'zod/mini';
import type { PlainDate, PlainDateInput } from '../core/plain-date.js';
import { issueCheck, issueSchema, ownObject, plainDateSchema, zodIssueOf } from '../core/validation.js';
import { listEntries, listLength, tooMany } from '../core/bounded-list.js';
import { isObjectLike } from '../core/describe-value.js';
import {
  endsBeforeStart,
  idIssue,
  isRelatedness,
  LIST_NOUNS,
  MAX_CERTIFICATES,
  MAX_WORK_PERIODS,
  relatednessIssue,
  skillcertNeedsTrack,
  readProfile,
  type IdKind,
  type ListKind,
} from './reader.js';
import { SkillcertError, wrongType, type ValidationIssue } from '../core/errors.js';
import { ELIGIBILITY_TEXTS, type EligibilityNoun } from './issue-texts.js';
export { MAX_CERTIFICATES, MAX_WORK_PERIODS } from './reader.js';
import { EDUCATION_LEVEL_IDS, LEVEL_IDS, TRACK_IDS, type EducationLevel, type Level, type TrackId } from './catalog.js';

/**
 * Whether a major or a work period is related to a track: `true` to every track, `false` to
 * none, or a list of the tracks it is related to. The caller decides ([I-7]).
 *
 * @example
 * ```ts
 * const related: Relatedness = ['digital-manager', 'digital-hr-manager'];
 * ```
 */
export type Relatedness = boolean | TrackId[];

/** Highest completed education. `relatedMajor` absent = not known whether it is related. */
export interface Education {
  level: EducationLevel;
  relatedMajor?: Relatedness;
}

/** Current or planned enrolment as a student. `until` is inclusive; absent = no end known. */
export interface Enrolment<D extends string = PlainDate> {
  institution: 'higher-education' | 'vocational';
  relatedMajor?: Relatedness;
  from: D;
  until?: D;
}

/** A period of work. `to` is inclusive; absent or `null` = still going on. */
export interface WorkPeriod<D extends string = PlainDate> {
  from: D;
  to?: D | null;
  related: Relatedness;
}

/**
 * A certificate held: this scheme's own (`skillcert`, with its track), another issuer's
 * vocational or skill certificate (`vocational`), or a professional title (`title`), with its
 * level mapped onto junior / intermediate / senior ([I-9]).
 */
export interface Certificate<D extends string = PlainDate> {
  kind: 'skillcert' | 'vocational' | 'title';
  level: Level;
  track?: TrackId;
  issuedOn: D;
}

/**
 * The facts about an applicant, as {@link profileSchema} returns them. An absent field is
 * unknown; `null` or `[]` is known to be none.
 *
 * @example
 * ```ts
 * const profile: Profile = profileSchema.parse({
 *   education: { level: 'bachelor', relatedMajor: false },
 *   enrolment: null,
 *   work: [{ from: '2024-03-01', to: null, related: ['digital-manager'] }],
 * }); // certificates: not said
 * ```
 */
export interface Profile {
  education?: Education | null;
  enrolment?: Enrolment | null;
  work?: WorkPeriod[];
  certificates?: Certificate[];
}

/**
 * What callers may pass as a profile: dates as plain `"YYYY-MM-DD"` strings, lists read-only.
 *
 * @example
 * ```ts
 * const input: ProfileInput = { education: { level: 'master' }, work: [], certificates: [] };
 * ```
 */
export interface ProfileInput {
  education?: Readonly<Omit<Education, 'relatedMajor'>> & { readonly relatedMajor?: boolean | readonly TrackId[] } | null;
  enrolment?: (Readonly<Omit<Enrolment<PlainDateInput>, 'relatedMajor'>> & { readonly relatedMajor?: boolean | readonly TrackId[] }) | null;
  work?: readonly (Readonly<Omit<WorkPeriod<PlainDateInput>, 'related'>> & { readonly related: boolean | readonly TrackId[] })[];
  certificates?: readonly Readonly<Certificate<PlainDateInput>>[];
}

/**
 * The profile parameter of `checkEligibility`, `checkAllLevels` and `earliestSession`: a value
 * the compiler knows must be a {@link ProfileInput}, while a value typed `unknown` (parsed JSON,
 * a form) is accepted as it is, to be validated at run time.
 *
 * @example
 * ```ts
 * checkEligibility(JSON.parse(text) as unknown, query);       // compiles: checked at run time
 * checkEligibility({ education: { level: 'phd' } }, query);   // type error: 'phd' is no EducationLevel
 * ```
 */
export type ProfileArgument<P> = unknown extends P ? unknown : ProfileInput;

/**
 * zod/mini schema of one of a few string ids (a custom check: smaller in the bundle than
 * `z.enum`, with the same issue as the reader's).
 *
 * @example
 * ```ts
 * idSchema('level', ['junior', 'senior']).safeParse('expert').success;
 * //=> false
 * ```
 */
export function idSchema<const Id extends string>(what: IdKind, ids: readonly Id[]): z.ZodMiniType<Id> {
  return issueSchema<Id>((value) => ((ids as readonly unknown[]).includes(value) ? undefined : idIssue(what, value)));
}

// An object schema whose non-object input is the reader's `wrong-type` (or `required`) issue.
function objectOf<T extends z.ZodMiniType>(expected: EligibilityNoun, shape: T): z.ZodMiniType<z.output<T>> {
  const guard = issueSchema<unknown>((value) => (isObjectLike(value) ? undefined : wrongType([], expected, value, ELIGIBILITY_TEXTS)));
  return z.pipe(guard, shape as z.ZodMiniType<z.output<T>, unknown>);
}

// A cross-field check runs once the object and the fields it reads have parsed (so that a
// bad date is reported once), whatever is wrong with the object's other fields. The value is
// an object: objectOf's guard lets nothing else reach the object schema.
function isChecked(payload: { issues: readonly { path?: readonly PropertyKey[] }[] }, fields: readonly string[]): boolean {
  return !payload.issues.some((issue) => issue.path === undefined || issue.path.length === 0 || fields.includes(String(issue.path[0])));
}

// A date-order check runs only when both dates parsed, so a bad date is reported once.
function endsAfterStart<T>(start: keyof T & string, end: keyof T & string) {
  return issueCheck<T>(
    (value) => {
      const last = value[end] as unknown;
      return last === undefined || last === null || (last as string) >= (value[start] as string) ? undefined : endsBeforeStart(start, value[start], end, last);
    },
    (payload) => isChecked(payload, [start, end]),
  );
}

// The size limit is checked before any element is parsed, so a huge list is refused at once;
// the list is read once (its length once, never converted: issue 14, finding 1) into an array
// of our own, which `z.array` then parses.
function listOf<T extends z.ZodMiniType>(item: T, what: ListKind, max: number) {
  return z.pipe(
    z.transform((value: unknown, ctx): unknown[] => {
      const issues: ValidationIssue[] = [];
      const entries = Array.isArray(value) ? listEntries(value, [], max, what, issues, ELIGIBILITY_TEXTS) : undefined;
      if (entries !== undefined) return entries;
      for (const found of Array.isArray(value) ? issues : [wrongType([], LIST_NOUNS[what], value, ELIGIBILITY_TEXTS)]) ctx.issues.push(zodIssueOf(found, value));
      return undefined as never; // discarded: the parse has failed
    }),
    z.array(item),
  );
}

// A relatedness list read once, like any list (issue 14, finding 1): its length once, then its
// entries (holes kept) into an array of our own, which the checks read; over the limit it is
// refused before any entry is read.
function relatednessOnce(value: unknown, ctx: z.core.ParsePayload): unknown {
  if (!Array.isArray(value)) return value;
  const length = listLength(value);
  if (length > TRACK_IDS.length) {
    ctx.issues.push(zodIssueOf(tooMany([], TRACK_IDS.length, 'track-ids', ELIGIBILITY_TEXTS), value));
    return undefined as never; // discarded: the parse has failed
  }
  const copy: unknown[] = new Array(length);
  for (let i = 0; i < length; i++) if (i in value) copy[i] = value[i];
  return copy;
}

/** The schemas of the eligibility inputs, built once on first use. */
export interface EligibilitySchemas {
  readonly profile: z.ZodMiniType<Profile>;
  readonly track: z.ZodMiniType<TrackId>;
  readonly level: z.ZodMiniType<Level>;
}

let built: EligibilitySchemas | undefined;

/**
 * The eligibility schemas, built on first use (no work at module load).
 *
 * @example
 * ```ts
 * eligibilitySchemas().track.safeParse('chef').success;
 * //=> false
 * ```
 */
export function eligibilitySchemas(): EligibilitySchemas {
  return (built ??= buildSchemas());
}

function buildSchemas(): EligibilitySchemas {
  const trackIdSchema = idSchema('track', TRACK_IDS);
  const levelSchema = idSchema('level', LEVEL_IDS);

  // One custom check rather than a union, which would only say "invalid input"; a list comes
  // back as a list of our own (entries only, holes kept), as the reader returns it.
  const relatednessSchema = z.pipe(
    z.transform(relatednessOnce),
    issueSchema<Relatedness>((value) => (isRelatedness(value) ? undefined : relatednessIssue(value))),
  );

  const educationSchema = objectOf(
    'object-or-null',
    ownObject({
      level: idSchema('education-level', EDUCATION_LEVEL_IDS),
      relatedMajor: z.optional(relatednessSchema),
    }),
  );

  const enrolmentSchema = objectOf(
    'object-or-null',
    ownObject({
        institution: idSchema('institution', ['higher-education', 'vocational']),
        relatedMajor: z.optional(relatednessSchema),
        from: plainDateSchema,
        until: z.optional(plainDateSchema),
      })
      .check(endsAfterStart<Enrolment>('from', 'until')),
  );

  const workPeriodSchema = objectOf(
    'work-period',
    ownObject({
        from: plainDateSchema,
        to: z.optional(z.nullable(plainDateSchema)),
        related: relatednessSchema,
      })
      .check(endsAfterStart<WorkPeriod>('from', 'to')),
  );

  const certificateSchema = objectOf(
    'certificate',
    ownObject({
        kind: idSchema('certificate-kind', ['skillcert', 'vocational', 'title']),
        level: levelSchema,
        track: z.optional(trackIdSchema),
        issuedOn: plainDateSchema,
      })
      .check(
        issueCheck<Certificate>(
          (certificate) => (certificate.kind !== 'skillcert' || certificate.track !== undefined ? undefined : skillcertNeedsTrack()),
          (payload) => isChecked(payload, ['kind', 'track']),
        ),
      ),
  );

  const profile = objectOf(
    'profile',
    ownObject({
      education: z.optional(z.nullable(educationSchema)),
      enrolment: z.optional(z.nullable(enrolmentSchema)),
      work: z.optional(listOf(workPeriodSchema, 'work-periods', MAX_WORK_PERIODS)),
      certificates: z.optional(listOf(certificateSchema, 'certificates', MAX_CERTIFICATES)),
    }),
  );
  return { profile, track: trackIdSchema, level: levelSchema };
}

/**
 * zod/mini schema of a {@link Profile}. Callers normally pass raw input to
 * `checkEligibility`, which reads it the same way and reports problems as `SkillcertError`
 * `invalid-input`; use the schema directly to validate a form, or inside your own zod
 * schemas. It runs the hand-written profile reader (no zod objects, so the browser bundle
 * stays small and `checkEligibility` carries no zod at all); the declarative zod description
 * `eligibilitySchemas()` is the oracle a property test holds the reader equal to. Each zod
 * issue it raises has the English text as its `message` and the issue's code, params and
 * zh/en text in `params.skillcert`.
 *
 * @example
 * ```ts
 * profileSchema.safeParse({ work: [{ from: '2024-01-01', to: '2023-01-01', related: true }] }).success;
 * //=> false
 * ```
 */
export const profileSchema: z.ZodMiniType<Profile, unknown> = /* @__PURE__ */ z.transform((input: unknown, ctx) => {
  try {
    return readProfile(input);
  } catch (error) {
    if (!(error instanceof SkillcertError)) throw error;
    // Each issue as a zod custom issue: the English message, and the code in `params.skillcert`.
    for (const found of error.issues) ctx.issues.push(zodIssueOf(found, input));
    return undefined as never; // discarded: the parse has failed
  }
});
