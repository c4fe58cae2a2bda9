/**
 * Arbitraries of VALID applicant profiles ([I-7]: relatedness is the caller's fact, so it is
 * drawn as `true`, `false` or a list of tracks). Every date lies in the chosen range, every
 * period ends on or after its start, and a `skillcert` certificate always names its track,
 * so `profileSchema` accepts every value drawn.
 * @module
 */
import fc from 'fast-check';
import { fromDayNumber, type PlainDate } from '../core/plain-date.js';
import { EDUCATION_LEVEL_IDS, LEVEL_IDS, TRACK_IDS, type EducationLevel, type Level, type TrackId } from '../eligibility/catalog.js';
import { MAX_CERTIFICATES, MAX_WORK_PERIODS, type ProfileInput } from '../eligibility/profile.js';
import { arbDayNumber, dayRangeOf, type DateRange, type DayRange } from './dates.js';
import { readBoolean, readOptions, readWholeNumber } from './options.js';

/**
 * A work period as drawn: `to` is absent, `null` (both: still going on) or a date ≥ `from`.
 *
 * @example
 * ```ts
 * const period: ArbWorkPeriod = { from: '2020-03-01', to: null, related: ['digital-manager'] };
 * ```
 */
export interface ArbWorkPeriod {
  readonly from: PlainDate;
  readonly to?: PlainDate | null;
  readonly related: boolean | TrackId[];
}

/**
 * A certificate as drawn: `track` is present exactly when `kind` is `'skillcert'`.
 *
 * @example
 * ```ts
 * const certificate: ArbCertificate = { kind: 'title', level: 'intermediate', issuedOn: '2019-07-01' };
 * ```
 */
export interface ArbCertificate {
  readonly kind: 'skillcert' | 'vocational' | 'title';
  readonly level: Level;
  readonly track?: TrackId;
  readonly issuedOn: PlainDate;
}

/**
 * How many items of a list to draw, both bounds inclusive, as whole numbers.
 *
 * @example
 * ```ts
 * const between: ListSize = { min: 1, max: 4 };
 * ```
 */
export interface ListSize {
  readonly min?: number;
  readonly max?: number;
}

/**
 * Options of {@link arbProfile}.
 *
 * @example
 * ```ts
 * const options: ProfileOptions = { work: { min: 1, max: 3 }, certificates: { max: 0 }, unknown: false, dates: { from: '2015-01-01' } };
 * ```
 */
export interface ProfileOptions {
  /** How many work periods (default 0 … 6; at most 200, the schema's limit). */
  readonly work?: ListSize;
  /** How many certificates (default 0 … 3; at most 50, the schema's limit). */
  readonly certificates?: ListSize;
  /**
   * Whether a field may be absent, that is UNKNOWN (default `true`). With `false` every
   * top-level field is given (`null` / `[]` when known to be none) and so is every
   * `relatedMajor`, so `checkEligibility` never answers `'incomplete'`.
   */
  readonly unknown?: boolean;
  /** The range of every date in the profile (default 2008-01-01 … 2032-12-31). */
  readonly dates?: DateRange;
}

/** Longest drawn span of a period, in days: six years, enough for every clause. */
const LONGEST_SPAN = 6 * 366;

/**
 * An arbitrary of track ids.
 *
 * @example
 * ```ts
 * fc.sample(arbTrack(), 1)[0]?.length > 0;
 * //=> true
 * ```
 */
export function arbTrack(): fc.Arbitrary<TrackId> {
  return fc.constantFrom(...TRACK_IDS);
}

/**
 * An arbitrary of examination levels.
 *
 * @example
 * ```ts
 * ['junior', 'intermediate', 'senior'].includes(fc.sample(arbLevel(), 1)[0]!);
 * //=> true
 * ```
 */
export function arbLevel(): fc.Arbitrary<Level> {
  return fc.constantFrom(...LEVEL_IDS);
}

/**
 * An arbitrary of education levels, `below-high-school` … `doctorate`.
 *
 * @example
 * ```ts
 * fc.sample(arbEducationLevel(), 1)[0] !== undefined;
 * //=> true
 * ```
 */
export function arbEducationLevel(): fc.Arbitrary<EducationLevel> {
  return fc.constantFrom(...EDUCATION_LEVEL_IDS);
}

/**
 * An arbitrary of relatedness: `true`, `false`, or a list of distinct tracks.
 *
 * @example
 * ```ts
 * fc.sample(arbRelatedness(), 20).some((related) => Array.isArray(related));
 * //=> true (almost surely)
 * ```
 */
export function arbRelatedness(): fc.Arbitrary<boolean | TrackId[]> {
  return fc.oneof(fc.boolean(), fc.subarray([...TRACK_IDS]));
}

/** A span of days: a start, and an end ≥ start within the range, or none (still going on). */
function arbSpan(range: DayRange): fc.Arbitrary<{ from: PlainDate; to: PlainDate | undefined }> {
  return fc
    .tuple(arbDayNumber(range), fc.option(fc.integer({ min: 0, max: LONGEST_SPAN }), { nil: undefined }))
    .map(([from, length]) => ({
      from: fromDayNumber(from),
      to: length === undefined ? undefined : fromDayNumber(Math.min(from + length, range.last)),
    }));
}

/**
 * An arbitrary of related (or not) work periods within a date range; an ongoing period is
 * written with `to` absent or `null`, both of which mean the same. Throws `SkillcertError`
 * for a range that is not a {@link DateRange} or holds an impossible day.
 *
 * @example
 * ```ts
 * fc.sample(arbWorkPeriod({ from: '2020-01-01', to: '2020-12-31' }), 10).every((period) => period.from.startsWith('2020'));
 * //=> true
 * ```
 */
export function arbWorkPeriod(dates?: DateRange): fc.Arbitrary<ArbWorkPeriod> {
  return workPeriodIn(dayRangeOf(dates));
}

function workPeriodIn(range: DayRange): fc.Arbitrary<ArbWorkPeriod> {
  return fc
    .tuple(arbSpan(range), arbRelatedness(), fc.constantFrom<'absent' | 'null' | 'date'>('absent', 'null', 'date'))
    .map(([span, related, ending]): ArbWorkPeriod => {
      if (span.to === undefined || ending === 'absent') return { from: span.from, related };
      return ending === 'null' ? { from: span.from, to: null, related } : { from: span.from, to: span.to, related };
    });
}

/**
 * An arbitrary of certificates: this scheme's own (with a track), another issuer's
 * vocational certificate, or a professional title, of any level, issued within the range.
 * Throws `SkillcertError` for a range that is not a {@link DateRange} or holds an impossible day.
 *
 * @example
 * ```ts
 * fc.sample(arbCertificate(), 20).every((certificate) => certificate.kind !== 'skillcert' || certificate.track !== undefined);
 * //=> true
 * ```
 */
export function arbCertificate(dates?: DateRange): fc.Arbitrary<ArbCertificate> {
  return certificateIn(dayRangeOf(dates));
}

function certificateIn(range: DayRange): fc.Arbitrary<ArbCertificate> {
  return fc
    .tuple(fc.constantFrom('skillcert', 'vocational', 'title') as fc.Arbitrary<ArbCertificate['kind']>, arbLevel(), arbTrack(), arbDayNumber(range).map(fromDayNumber))
    .map(([kind, level, track, issuedOn]): ArbCertificate => (kind === 'skillcert' ? { kind, level, track, issuedOn } : { kind, level, issuedOn }));
}

/**
 * An arbitrary of highest completed education; `relatedMajor` is sometimes absent
 * (unknown) unless `unknown` is `false`. Throws `SkillcertError` `invalid-input` for other
 * options (not an object, `unknown` not a boolean, another key).
 *
 * @example
 * ```ts
 * fc.sample(arbEducation({ unknown: false }), 10).every((education) => education.relatedMajor !== undefined);
 * //=> true
 * ```
 */
export function arbEducation(options?: { readonly unknown?: boolean }): fc.Arbitrary<NonNullable<ProfileInput['education']>> {
  return educationOf(readBoolean(readOptions(options, ['unknown']).unknown, ['unknown']) === false);
}

function educationOf(known: boolean): fc.Arbitrary<NonNullable<ProfileInput['education']>> {
  return fc.record({ level: arbEducationLevel(), relatedMajor: arbRelatedness() }, { requiredKeys: known ? ['level', 'relatedMajor'] : ['level'] });
}

/**
 * An arbitrary of enrolments as a student, at a higher-education institution or a
 * vocational school, with an end (`until`, inclusive) or none; `relatedMajor` is sometimes
 * absent (unknown) unless `unknown` is `false`. Throws `SkillcertError` for other options
 * (`unknown` not a boolean, `dates` not a {@link DateRange}, another key).
 *
 * @example
 * ```ts
 * fc.sample(arbEnrolment(), 10).every((enrolment) => enrolment.until === undefined || enrolment.until >= enrolment.from);
 * //=> true
 * ```
 */
export function arbEnrolment(options?: { readonly unknown?: boolean; readonly dates?: DateRange }): fc.Arbitrary<NonNullable<ProfileInput['enrolment']>> {
  const { unknown, dates } = readOptions(options, ['unknown', 'dates']);
  return enrolmentOf(readBoolean(unknown, ['unknown']) === false, dayRangeOf(dates, ['dates']));
}

function enrolmentOf(known: boolean, range: DayRange): fc.Arbitrary<NonNullable<ProfileInput['enrolment']>> {
  const relatedMajor = known ? arbRelatedness() : fc.option(arbRelatedness(), { nil: undefined });
  return fc
    .tuple(fc.constantFrom('higher-education', 'vocational') as fc.Arbitrary<'higher-education' | 'vocational'>, relatedMajor, arbSpan(range))
    .map(([institution, major, span]) => ({
      institution,
      ...(major === undefined ? {} : { relatedMajor: major }),
      from: span.from,
      ...(span.to === undefined ? {} : { until: span.to }),
    }));
}

/** fast-check's length bounds of a list from a {@link ListSize}, checked: 0 ≤ min ≤ max ≤ the schema's limit. */
function listSize(size: unknown, defaultMax: number, limit: number, what: 'work' | 'certificates'): { minLength: number; maxLength: number } {
  const { min, max } = readOptions(size, ['min', 'max'], [what], 'list-size');
  const minLength = readWholeNumber(min, 0, limit, 0, [what, 'min']);
  return { minLength, maxLength: readWholeNumber(max, minLength, limit, Math.max(defaultMax, minLength), [what, 'max']) };
}

/**
 * An arbitrary of VALID applicant profiles, as `checkEligibility` and `profileSchema` take
 * them. By default each field is sometimes absent (unknown), sometimes `null` / `[]` (known
 * none) and usually given, with 0 … 6 work periods and 0 … 3 certificates dated 2008 … 2032.
 * Throws `SkillcertError` for options that are not {@link ProfileOptions}, each at its path
 * (`['work', 'min']`): list sizes not whole numbers 0 ≤ min ≤ max ≤ the limit, `unknown` not a
 * boolean, `dates` not a {@link DateRange}, an unknown key.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { checkEligibility } from 'skillcert/eligibility';
 * import { arbProfile } from 'skillcert/testing';
 *
 * fc.assert(
 *   fc.property(arbProfile({ unknown: false, work: { min: 1 } }), (profile) =>
 *     checkEligibility(profile, { track: 'digital-manager', level: 'junior', asOf: '2026-06-20' }).status !== 'incomplete',
 *   ),
 * );
 * fc.sample(arbProfile({ unknown: false, work: { min: 2, max: 2 } }), 1)[0]?.work?.length;
 * //=> 2
 * ```
 */
export function arbProfile(options?: ProfileOptions): fc.Arbitrary<ProfileInput> {
  // Every option is read once and checked before anything is drawn.
  const { work, certificates, unknown, dates } = readOptions(options, ['work', 'certificates', 'unknown', 'dates']);
  const sizes = { work: listSize(work, 6, MAX_WORK_PERIODS, 'work'), certificates: listSize(certificates, 3, MAX_CERTIFICATES, 'certificates') };
  const known = readBoolean(unknown, ['unknown']) === false;
  const range = dayRangeOf(dates, ['dates']);
  const fields = {
    education: fc.option(educationOf(known), { nil: null, freq: 4 }),
    enrolment: fc.option(enrolmentOf(known, range), { nil: null, freq: 2 }),
    work: fc.array(workPeriodIn(range), sizes.work),
    certificates: fc.array(certificateIn(range), sizes.certificates),
  };
  if (known) return fc.record(fields);
  // A list asked to hold at least one item is always given.
  return fc.record(fields, { requiredKeys: (['work', 'certificates'] as const).filter((field) => sizes[field].minLength > 0) });
}
