// A zod/mini description of the profile's SHAPE, for JSON Schema only. The library's own
// profileSchema (src/eligibility/profile.ts) checks ids and relatedness with custom checks,
// which keep its bundle small but have no JSON Schema form; this description states the same
// rules with z.enum / z.union from the same tables, so the two cannot drift apart silently
// (test/testing/json-schema.test.ts compares them on generated and hand-written samples).
import * as z from 'zod/mini';
import { PLAIN_DATE_PATTERN } from '../../src/core/plain-date.js';
import { EDUCATION_LEVEL_IDS, LEVEL_IDS, TRACK_IDS } from '../../src/eligibility/catalog.js';
import { MAX_CERTIFICATES, MAX_WORK_PERIODS } from '../../src/eligibility/profile.js';

/**
 * What the JSON Schema of a profile cannot say; the library still rejects these.
 *
 * @example
 * ```ts
 * PROFILE_KNOWN_DIFFERENCES.length;
 * //=> 2
 * ```
 */
export const PROFILE_KNOWN_DIFFERENCES = [
  'a work period whose `to` is before its `from`',
  'an enrolment whose `until` is before its `from`',
] as const;

/**
 * The zod/mini shape of a profile, with the certificate schema for the `skillcert`-needs-`track` rule.
 *
 * @example
 * ```ts
 * z.toJSONSchema(profileShape().profile, { io: 'input' }).type;
 * //=> 'object'
 * ```
 */
export function profileShape() {
  const plainDate = z.string().check(z.regex(PLAIN_DATE_PATTERN), z.describe('A China civil date "YYYY-MM-DD" that is a real day.'));
  const track = z.enum(TRACK_IDS);
  const relatedness = z.union([z.boolean(), z.array(track).check(z.maxLength(TRACK_IDS.length))]).check(
    z.describe('Related to every track (true), to none (false), or to the tracks listed (at most as many entries as there are tracks).'),
  );
  const education = z.object({ level: z.enum(EDUCATION_LEVEL_IDS), relatedMajor: z.optional(relatedness) }).check(
    z.describe('Highest completed education. relatedMajor absent = unknown.'),
  );
  const enrolment = z
    .object({
      institution: z.enum(['higher-education', 'vocational']),
      relatedMajor: z.optional(relatedness),
      from: plainDate,
      until: z.optional(plainDate),
    })
    .check(z.describe('Enrolment as a student; until is inclusive and not before from.'));
  const workPeriod = z
    .object({ from: plainDate, to: z.optional(z.nullable(plainDate)), related: relatedness })
    .check(z.describe('A work period; to is inclusive and not before from; absent or null = still going on.'));
  const certificate = z
    .object({ kind: z.enum(['skillcert', 'vocational', 'title']), level: z.enum(LEVEL_IDS), track: z.optional(track), issuedOn: plainDate })
    .check(z.describe("A certificate held; a 'skillcert' certificate names its track."));
  const profile = z.object({
    education: z.optional(z.nullable(education)),
    enrolment: z.optional(z.nullable(enrolment)),
    work: z.optional(z.array(workPeriod).check(z.maxLength(MAX_WORK_PERIODS))),
    certificates: z.optional(z.array(certificate).check(z.maxLength(MAX_CERTIFICATES))),
  });
  return { profile, certificate };
}
