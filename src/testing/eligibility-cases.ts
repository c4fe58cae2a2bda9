/**
 * Arbitraries of whole eligibility questions (`{ profile, query }`) aimed at the edges of
 * every requirement kind (RULES.md section 2): the as-of date is tied to the profile's dates,
 * so runs of N full years ± a few days, touching / one-day-gap / overlapping periods,
 * 29 February starts and anniversaries, enrolment ending around the as-of date, certificates
 * issued on or just after it and held a year ± a day, and education one level below or at a
 * threshold all come up within a few hundred runs. A uniformly random profile almost never
 * lands on such an edge.
 * @module
 */
import fc from 'fast-check';
import { addYearsTo, civilOf, dayNumberOf, fromDayNumber, isLeapYear, type DayNumber, type PlainDate } from '../core/plain-date.js';
import { EDUCATION_LEVEL_IDS, LEVEL_IDS, TRACK_IDS, type EducationLevel, type Level, type TrackId } from '../eligibility/catalog.js';
import type { ProfileInput } from '../eligibility/profile.js';
import type { EligibilityPolicy } from '../eligibility/query.js';
import { dayRangeOf, type DateRange, type DayRange } from './dates.js';
import { readBoolean, readOptions, readRenamed, refuse, TESTING_TEXTS } from './options.js';
import { unknownValue, wrongType } from '../core/errors.js';
import { tooMany } from '../core/bounded-list.js';

/**
 * One generated eligibility question: the two arguments of `checkEligibility`.
 *
 * @example
 * ```ts
 * const { profile, query }: EligibilityCase = fc.sample(arbEligibilityCase(), 1)[0]!;
 * checkEligibility(profile, query).asOf === query.asOf;
 * //=> true
 * ```
 */
export interface EligibilityCase {
  readonly profile: ProfileInput;
  readonly query: {
    readonly track: TrackId;
    readonly level: Level;
    readonly asOf: PlainDate;
    readonly policy?: Partial<EligibilityPolicy>;
  };
}

/**
 * Options of {@link arbEligibilityCase}.
 *
 * @example
 * ```ts
 * const options: EligibilityCaseOptions = { tracks: ['digital-manager'], levels: ['senior'], unknown: false, withPolicy: false };
 * ```
 */
export interface EligibilityCaseOptions {
  /** The tracks to ask about (default all six; at least one). */
  readonly tracks?: readonly TrackId[];
  /** The levels to ask about (default all three; at least one). */
  readonly levels?: readonly Level[];
  /**
   * Whether facts may be absent, that is UNKNOWN (default `true`). With `false` every
   * top-level field and every `relatedMajor` is given, so no answer is `'incomplete'`.
   */
  readonly unknown?: boolean;
  /** Whether a policy is sometimes drawn into the query (default `true`, see {@link arbEligibilityPolicy}). */
  readonly withPolicy?: boolean;
  /**
   * The same as `withPolicy`.
   *
   * @deprecated Since 0.2: use `withPolicy` (`policy` is the name of rule switches everywhere else). Still read for one minor version; not with `withPolicy`.
   */
  readonly policy?: boolean;
  /** The range of the as-of date (default 2010-01-01 … 2030-12-31); the profile's dates lie up to 9 years before it and 2 after. */
  readonly asOf?: DateRange;
}

type Period = { from: PlainDate; to?: PlainDate | null; related: boolean | TrackId[] };
type Relatedness = boolean | TrackId[];

const DEFAULT_AS_OF_RANGE = { from: '2010-01-01', to: '2030-12-31' } as const;

/**
 * An arbitrary of eligibility policies ([I-3], [I-10]): empty, a gap tolerance of 0–3 days
 * or a month, progression by the same track only, or both.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { checkEligibility } from 'skillcert/eligibility';
 * import { arbEligibilityPolicy } from 'skillcert/testing';
 *
 * fc.sample(arbEligibilityPolicy(), 30).some((policy) => policy.continuityGapDays !== undefined);
 * //=> true (almost surely)
 * ```
 */
export function arbEligibilityPolicy(): fc.Arbitrary<Partial<EligibilityPolicy>> {
  const gap = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom(30, 31, 366));
  return fc.record({ continuityGapDays: gap, progressionSameTrackOnly: fc.boolean() }, { requiredKeys: [] });
}

/** A list option: a non-empty list of known ids, read once. */
function readIdList<Id extends string>(value: unknown, known: readonly Id[], name: string): readonly Id[] {
  if (value === undefined) return known;
  if (!Array.isArray(value) || value.length === 0 || value.length > known.length) {
    return refuse(Array.isArray(value) && value.length > known.length ? tooMany([name], known.length, 'entries') : wrongType([name], 'id-list', value, TESTING_TEXTS));
  }
  const ids = [...(value as unknown[])];
  ids.forEach((id, i) => {
    if (!(known as readonly unknown[]).includes(id)) refuse(unknownValue([name, i], 'id', known, id, TESTING_TEXTS));
  });
  return ids as Id[];
}

/** Days of a leap day near `day`: the 29 Februaries from 9 years before to 2 after. */
function leapDaysAround(day: DayNumber): DayNumber[] {
  const { year } = civilOf(day);
  const out: DayNumber[] = [];
  for (let y = year - 9; y <= year + 2; y++) if (isLeapYear(y)) out.push(dayNumberOf(y, 2, 29));
  return out;
}

/** The as-of day: any day of the range, or one near a year or February end, where date code breaks. */
function arbAsOf({ first, last }: DayRange): fc.Arbitrary<DayNumber> {
  const edges: DayNumber[] = [];
  for (let year = civilOf(first).year; year <= civilOf(last).year; year++) {
    for (const day of [dayNumberOf(year, 2, 28), dayNumberOf(year, 3, 1), dayNumberOf(year, 12, 31), dayNumberOf(year, 1, 1)]) edges.push(day);
    if (isLeapYear(year)) edges.push(dayNumberOf(year, 2, 29));
  }
  const inRange = edges.filter((day) => day >= first && day <= last);
  const any = fc.integer({ min: first, max: last });
  return inRange.length === 0 ? any : fc.oneof({ weight: 4, arbitrary: any }, { weight: 1, arbitrary: fc.constantFrom(...inRange) });
}

/** Relatedness of a period or major to `track`: mostly related, sometimes to another track only, or to none. */
function arbRelatedTo(track: TrackId): fc.Arbitrary<Relatedness> {
  const others = TRACK_IDS.filter((id) => id !== track);
  return fc.oneof(
    { weight: 5, arbitrary: fc.constant(true) },
    { weight: 2, arbitrary: fc.subarray(others).map((list) => [track, ...list]) },
    { weight: 1, arbitrary: fc.subarray(others, { minLength: 1 }) },
    { weight: 1, arbitrary: fc.constant(false) },
  );
}

/** How a history ends relative to the as-of day `asOf`. */
type Ending = 'ongoing' | 'at-as-of' | 'before' | 'after';

/** The inclusive last day of a run ending as drawn (`after`: past the as-of day, so it is cut there). */
function endOf(asOf: DayNumber, ending: Ending, shift: number): DayNumber {
  if (ending === 'before') return asOf - shift;
  if (ending === 'after') return asOf + shift;
  return asOf;
}

/**
 * Cuts the days `start … end` into consecutive pieces joined as drawn: touching (the next
 * starts the day after), overlapping by a few days, or with a one-day gap.
 */
function cut(start: DayNumber, end: DayNumber, fractions: readonly number[], joint: 'touching' | 'overlapping' | 'gap'): [DayNumber, DayNumber][] {
  const span = end - start;
  const points = [...new Set(fractions.map((f) => start + Math.floor(f * span)))].filter((p) => p > start && p < end - 1).sort((a, b) => a - b);
  const pieces: [DayNumber, DayNumber][] = [];
  let from = start;
  for (const point of points) {
    // Every piece keeps at least one day and the last one starts on or before `end`.
    if (point < from || point + 2 > end) continue;
    if (joint === 'touching') pieces.push([from, point]), (from = point + 1);
    else if (joint === 'gap') pieces.push([from, point]), (from = point + 2);
    else pieces.push([from, Math.min(point + 1 + (point % 5), end)]), (from = point + 1);
  }
  pieces.push([from, end]);
  return pieces;
}

/** Written periods; the last one, if `openEnd`, with its end absent or `null` (ongoing). */
function periodsOf(pieces: readonly [DayNumber, DayNumber][], related: readonly Relatedness[], openEnd: 'absent' | 'null' | false): Period[] {
  return pieces.map(([from, to], i): Period => {
    const relatedness = related[i % related.length] ?? true;
    if (i === pieces.length - 1 && openEnd === 'absent') return { from: fromDayNumber(from), related: relatedness };
    if (i === pieces.length - 1 && openEnd === 'null') return { from: fromDayNumber(from), to: null, related: relatedness };
    return { from: fromDayNumber(from), to: fromDayNumber(to), related: relatedness };
  });
}

interface Drawn {
  readonly asOf: DayNumber;
  readonly work: Period[];
}

/**
 * A continuous run of N full years ± 0–3 days ([I-4]) ending at, before or after the as-of
 * day or still going on, whole or cut into touching, overlapping or one-day-gap pieces ([I-3]).
 */
function arbContinuousRun(asOf: fc.Arbitrary<DayNumber>, track: TrackId): fc.Arbitrary<Drawn> {
  return fc
    .record({
      asOf,
      years: fc.integer({ min: 1, max: 4 }),
      delta: fc.integer({ min: -3, max: 3 }),
      ending: fc.constantFrom<Ending>('ongoing', 'at-as-of', 'before', 'after'),
      shift: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 400 })),
      joint: fc.constantFrom<'whole' | 'touching' | 'overlapping' | 'gap'>('whole', 'touching', 'touching', 'overlapping', 'gap'),
      fractions: fc.array(fc.double({ min: 0.05, max: 0.95, noNaN: true }), { minLength: 1, maxLength: 3 }),
      related: fc.array(arbRelatedTo(track), { minLength: 1, maxLength: 3 }),
      openEnd: fc.constantFrom<'absent' | 'null'>('absent', 'null'),
    })
    .map(({ asOf: day, years, delta, ending, shift, joint, fractions, related, openEnd }) => {
      const end = endOf(day, ending, shift);
      // The latest start with `years` full years to `end` is `end + 1 day − years` ([I-4]); δ moves it.
      // A run going on past the as-of day counts up to it only, so it is aimed from there.
      const start = addYearsTo(Math.min(end, day) + 1, -years) - delta;
      const pieces: [DayNumber, DayNumber][] = joint === 'whole' ? [[start, end]] : cut(start, end, fractions, joint);
      return { asOf: day, work: periodsOf(pieces, related, ending === 'ongoing' ? openEnd : false) };
    });
}

/** A run starting on 29 February, with the as-of day near one of its anniversaries (28 February in a common year). */
function arbLeapDayRun(asOf: fc.Arbitrary<DayNumber>, track: TrackId): fc.Arbitrary<Drawn> {
  return fc
    .record({
      asOf,
      years: fc.integer({ min: 1, max: 4 }),
      delta: fc.integer({ min: -2, max: 2 }),
      pick: fc.nat(),
      split: fc.boolean(),
      related: fc.array(arbRelatedTo(track), { minLength: 1, maxLength: 2 }),
      ending: fc.constantFrom<'absent' | 'at-as-of'>('absent', 'at-as-of'),
    })
    .map(({ asOf: day, years, delta, pick, split, related, ending }) => {
      const leapDays = leapDaysAround(day - 365 * years);
      const start = leapDays[pick % leapDays.length] ?? day;
      const at = addYearsTo(start, years) - 1 + delta;
      const pieces: [DayNumber, DayNumber][] = split ? cut(start, at, [0.5], 'touching') : [[start, at]];
      return { asOf: at, work: periodsOf(pieces, related, ending === 'absent' ? 'absent' : false) };
    });
}

/**
 * Cumulative experience of N × 365 days ± 0–3 ([I-5]) in pieces left apart by gaps of two
 * days or more, or in two overlapping periods whose union has that many days.
 */
function arbCumulative(asOf: fc.Arbitrary<DayNumber>, track: TrackId): fc.Arbitrary<Drawn> {
  return fc
    .record({
      asOf,
      years: fc.integer({ min: 1, max: 3 }),
      delta: fc.integer({ min: -3, max: 3 }),
      shape: fc.constantFrom<'apart' | 'overlapping'>('apart', 'overlapping'),
      pieces: fc.integer({ min: 1, max: 3 }),
      gaps: fc.array(fc.integer({ min: 2, max: 200 }), { minLength: 3, maxLength: 3 }),
      overlap: fc.integer({ min: 1, max: 60 }),
      ending: fc.constantFrom<Ending>('ongoing', 'at-as-of', 'before', 'after'),
      shift: fc.integer({ min: 1, max: 90 }),
      related: fc.array(arbRelatedTo(track), { minLength: 1, maxLength: 3 }),
    })
    .map(({ asOf: day, years, delta, shape, pieces, gaps, overlap, ending, shift, related }) => {
      const days = 365 * years + delta;
      const end = endOf(day, ending, shift);
      const counted = ending === 'after' ? days + shift : days; // days after the as-of day do not count
      if (shape === 'overlapping') {
        const start = end - counted + 1;
        const middle = start + Math.floor(counted / 2);
        const spans: [DayNumber, DayNumber][] = [
          [start, Math.min(middle + overlap, end)],
          [middle, end],
        ];
        return { asOf: day, work: periodsOf(spans, related, ending === 'ongoing' ? 'null' : false) };
      }
      const sizes = Array.from({ length: pieces }, (_, i) => Math.floor(counted / pieces) + (i < counted % pieces ? 1 : 0));
      const spans: [DayNumber, DayNumber][] = [];
      let to = end;
      for (let i = sizes.length - 1; i >= 0; i--) {
        const size = sizes[i] ?? 1;
        spans.unshift([to - size + 1, to]);
        to = to - size - (gaps[i] ?? 2);
      }
      return { asOf: day, work: periodsOf(spans, related, ending === 'ongoing' ? 'absent' : false) };
    });
}

/** Any few periods within 9 years before and 2 after the as-of day, or none. */
function arbLooseWork(asOf: fc.Arbitrary<DayNumber>, track: TrackId): fc.Arbitrary<Drawn> {
  const period = (day: DayNumber) =>
    fc
      .record({ from: fc.integer({ min: day - 9 * 365, max: day + 2 * 365 }), length: fc.option(fc.integer({ min: 0, max: 6 * 366 }), { nil: undefined }), related: arbRelatedTo(track) })
      .map(({ from, length, related }): Period => (length === undefined ? { from: fromDayNumber(from), related } : { from: fromDayNumber(from), to: fromDayNumber(from + length), related }));
  return asOf.chain((day) => fc.record({ asOf: fc.constant(day), work: fc.array(period(day), { maxLength: 4 }) }));
}

/** The work history with the as-of day it is aimed at. */
function arbWorkAndAsOf(asOf: fc.Arbitrary<DayNumber>, track: TrackId): fc.Arbitrary<Drawn> {
  return fc.oneof(
    { weight: 4, arbitrary: arbContinuousRun(asOf, track) },
    { weight: 2, arbitrary: arbLeapDayRun(asOf, track) },
    { weight: 3, arbitrary: arbCumulative(asOf, track) },
    { weight: 2, arbitrary: arbLooseWork(asOf, track) },
    { weight: 1, arbitrary: asOf.map((day) => ({ asOf: day, work: [] })) },
  );
}

/** Thresholds of the clauses' education requirements, and one level below each. */
const THRESHOLDS: readonly EducationLevel[] = ['high-school', 'secondary-vocational', 'associate', 'bachelor', 'master'];

function arbEducationNear(track: TrackId, known: boolean): fc.Arbitrary<NonNullable<ProfileInput['education']>> {
  const level = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...THRESHOLDS) },
    { weight: 2, arbitrary: fc.constantFrom(...THRESHOLDS).map((t) => EDUCATION_LEVEL_IDS[EDUCATION_LEVEL_IDS.indexOf(t) - 1] ?? t) },
    { weight: 1, arbitrary: fc.constantFrom(...EDUCATION_LEVEL_IDS) },
  );
  const major = arbRelatedTo(track);
  return fc.record({ level, relatedMajor: major }, { requiredKeys: known ? ['level', 'relatedMajor'] : ['level'] });
}

/** Enrolment ending the day before, on or after the as-of day ([I-14]: `until` inclusive), or starting after it. */
function arbEnrolmentNear(asOf: DayNumber, track: TrackId, known: boolean): fc.Arbitrary<NonNullable<ProfileInput['enrolment']>> {
  return fc
    .record({
      institution: fc.constantFrom<'higher-education' | 'vocational'>('higher-education', 'vocational'),
      relatedMajor: known ? arbRelatedTo(track) : fc.option(arbRelatedTo(track), { nil: undefined, freq: 4 }),
      from: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: asOf - 4 * 365, max: asOf }) }, { weight: 1, arbitrary: fc.integer({ min: asOf + 1, max: asOf + 3 }) }),
      until: fc.oneof(fc.constantFrom(-1, 0, 1), fc.integer({ min: -800, max: 1500 }), fc.constant(undefined)),
    })
    .map(({ institution, relatedMajor, from, until }) => ({
      institution,
      ...(relatedMajor === undefined ? {} : { relatedMajor }),
      from: fromDayNumber(from),
      ...(until === undefined ? {} : { until: fromDayNumber(Math.max(from, asOf + until)) }),
    }));
}

/** Issue dates: on, a day before or after the as-of day, a year ± a day before it, a 29 February before it, or any day. */
function arbIssuedNear(asOf: DayNumber): fc.Arbitrary<DayNumber> {
  const yearBefore = addYearsTo(asOf, -1);
  const leapDays = leapDaysAround(asOf).filter((day) => day <= asOf);
  return fc.oneof(
    fc.constantFrom(asOf, asOf + 1, asOf - 1),
    fc.constantFrom(yearBefore, yearBefore + 1, yearBefore - 1),
    fc.constantFrom(...(leapDays.length > 0 ? leapDays : [asOf])),
    fc.integer({ min: asOf - 9 * 365, max: asOf + 365 }),
  );
}

function arbCertificatesNear(asOf: DayNumber, track: TrackId, level: Level): fc.Arbitrary<NonNullable<ProfileInput['certificates']>> {
  const certificate = fc
    .record({
      kind: fc.constantFrom<'skillcert' | 'vocational' | 'title'>('skillcert', 'skillcert', 'vocational', 'title'),
      // Around the level asked about: the level below (progression), the same, or any.
      level: fc.oneof(fc.constantFrom(LEVEL_IDS[Math.max(0, LEVEL_IDS.indexOf(level) - 1)] ?? level, level), fc.constantFrom(...LEVEL_IDS)),
      track: fc.oneof(fc.constant(track), fc.constantFrom(...TRACK_IDS)),
      issuedOn: arbIssuedNear(asOf),
    })
    .map(({ kind, level: certificateLevel, track: certificateTrack, issuedOn }) =>
      kind === 'skillcert'
        ? { kind, level: certificateLevel, track: certificateTrack, issuedOn: fromDayNumber(issuedOn) }
        : { kind, level: certificateLevel, issuedOn: fromDayNumber(issuedOn) },
    );
  return fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 3, arbitrary: fc.array(certificate, { minLength: 1, maxLength: 3 }) });
}

/**
 * An arbitrary of VALID eligibility questions `{ profile, query }` whose as-of date is tied
 * to the profile's dates and biased towards the edges of every requirement kind: continuous
 * and cumulative experience of N full years ± 0–3 days, touching / one-day-gap / overlapping
 * periods, runs starting on 29 February with the as-of date at an anniversary, periods
 * related only to another track, enrolment ending the day before / on / after the as-of date,
 * certificates issued on or one day after it and held one year ± a day, education at or one
 * level below each threshold, unknown (absent) facts and policies ([I-2]…[I-14]). Pass the
 * two halves to `checkEligibility` or to your own code and compare.
 *
 * Throws `SkillcertError` `invalid-input` for options that are not
 * {@link EligibilityCaseOptions} (an unknown id, an empty list, a non-boolean switch, an
 * unknown key), each at its path.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { checkEligibility } from 'skillcert/eligibility';
 * import { arbEligibilityCase } from 'skillcert/testing';
 *
 * fc.assert(
 *   fc.property(arbEligibilityCase({ levels: ['junior'] }), ({ profile, query }) => {
 *     const result = checkEligibility(profile, query);
 *     return result.eligible === myFormSaysEligible(profile, query);
 *   }),
 *   { numRuns: 1000 },
 * );
 * fc.sample(arbEligibilityCase({ tracks: ['digital-hr-manager'] }), 1)[0]?.query.track;
 * //=> 'digital-hr-manager'
 * ```
 */
export function arbEligibilityCase(options?: EligibilityCaseOptions): fc.Arbitrary<EligibilityCase> {
  const read = readOptions(options, ['tracks', 'levels', 'unknown', 'withPolicy', 'policy', 'asOf']);
  const tracks = readIdList(read.tracks, TRACK_IDS, 'tracks');
  const levels = readIdList(read.levels, LEVEL_IDS, 'levels');
  const known = readBoolean(read.unknown, ['unknown']) === false;
  const drawPolicy = readRenamed(read, 'withPolicy', 'policy');
  const withPolicy = readBoolean(drawPolicy.value, [drawPolicy.name]) !== false;
  const range = dayRangeOf(read.asOf ?? DEFAULT_AS_OF_RANGE, ['asOf']);
  const asOf = arbAsOf(range);
  const policy = withPolicy
    ? fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: arbEligibilityPolicy() })
    : fc.constant(undefined);
  // Which top-level facts are left unknown (absent): usually none.
  const absent = known ? fc.constant([]) : fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.subarray(['education', 'enrolment', 'work', 'certificates'] as const, { minLength: 1 }) });
  return fc
    .tuple(fc.constantFrom(...tracks), fc.constantFrom(...levels))
    .chain(([track, level]) => fc.tuple(fc.constant(track), fc.constant(level), arbWorkAndAsOf(asOf, track)))
    .chain(([track, level, drawn]) =>
      fc.record({
        track: fc.constant(track),
        level: fc.constant(level),
        drawn: fc.constant(drawn),
        education: fc.option(arbEducationNear(track, known), { nil: null, freq: 6 }),
        enrolment: fc.option(arbEnrolmentNear(drawn.asOf, track, known), { nil: null, freq: 2 }),
        certificates: arbCertificatesNear(drawn.asOf, track, level),
        policy,
        absent,
      }),
    )
    .map(({ track, level, drawn, education, enrolment, certificates, policy: drawnPolicy, absent: unknownFields }): EligibilityCase => {
      const profile: { -readonly [key in keyof ProfileInput]: ProfileInput[key] } = { education, enrolment, work: drawn.work, certificates };
      for (const field of unknownFields) delete profile[field];
      const query = { track, level, asOf: fromDayNumber(drawn.asOf), ...(drawnPolicy === undefined ? {} : { policy: drawnPolicy }) };
      return { profile, query };
    });
}
