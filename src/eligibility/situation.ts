/**
 * One applicant's facts as they bear on one track, in day numbers, with the figures several
 * clauses share (experience, their wording) computed once, on first use.
 * @module
 */
import { toDayNumber, type DayNumber, type PlainDate } from '../core/plain-date.js';
import { educationRank, type Bilingual, type TrackId } from './catalog.js';
import {
  cumulativeDaysOn,
  dayContinuousReaches,
  dayCumulativeReaches,
  isRelatedTo,
  longestRunOn,
  relatedRanges,
  type DayRange,
  type Run,
} from './experience.js';
import type { Certificate, Education, Enrolment, Profile } from './profile.js';
import type { EligibilityPolicy } from './query.js';

/** Known (`true`/`false`) or unknown (`undefined`). */
export type Known = boolean | undefined;

/** Highest education with its rank and whether it is related to the track. */
export type EducationFact = Education & { readonly rank: number; readonly related: Known };
/** Enrolment with its days (`end` inclusive, `Infinity` when open) and relatedness to the track. */
export type EnrolmentFact = Enrolment & { readonly start: DayNumber; readonly end: DayNumber; readonly related: Known };

/** What a profile shows about one figure, computed once per situation: the value and its words. */
export interface Shown {
  readonly actual: unknown;
  readonly shows: Bilingual;
}

/**
 * The facts of a profile for one track, judged as of a date. `undefined` = unknown (the
 * field was absent), `null` = known none.
 *
 * @example
 * ```ts
 * new Situation({ work: [{ from: '2025-01-01', related: true }] }, 'digital-manager', '2025-01-10', DEFAULT_ELIGIBILITY_POLICY).cumulativeDays();
 * //=> 10
 * ```
 */
export class Situation {
  readonly asOf: DayNumber;
  readonly education: EducationFact | null | undefined;
  readonly enrolment: EnrolmentFact | null | undefined;
  /** Related work as merged day ranges; undefined when the work history is unknown. */
  readonly work: readonly DayRange[] | undefined;
  readonly certificates: readonly Certificate[] | undefined;
  #days: number | undefined;
  #run: Run | null | undefined;
  // First days on which n years are reached, by n: cumulative, continuous.
  readonly #reached: [(DayNumber | null)[], (DayNumber | null)[]] = [[], []];
  #shown: Record<string, Shown> | undefined;
  #issued: { readonly certificate: Certificate; readonly issued: DayNumber }[] | undefined;

  constructor(
    profile: Profile,
    readonly track: TrackId,
    readonly asOfDate: PlainDate,
    readonly policy: Readonly<EligibilityPolicy>,
  ) {
    this.asOf = toDayNumber(asOfDate);
    const { education, enrolment, work, certificates } = profile;
    this.education = education && {
      level: education.level,
      relatedMajor: education.relatedMajor,
      rank: educationRank(education.level),
      related: this.#related(education.relatedMajor),
    };
    this.enrolment = enrolment && {
      institution: enrolment.institution,
      relatedMajor: enrolment.relatedMajor,
      from: enrolment.from,
      until: enrolment.until,
      start: toDayNumber(enrolment.from),
      end: enrolment.until === undefined ? Infinity : toDayNumber(enrolment.until),
      related: this.#related(enrolment.relatedMajor),
    };
    this.work = work && relatedRanges(work, track);
    this.certificates = certificates;
  }

  #related(relatedness: Education['relatedMajor']): Known {
    return relatedness === undefined ? undefined : isRelatedTo(relatedness, this.track);
  }

  /** Cumulative related days up to the as-of date (0 when unknown) [I-5]. */
  cumulativeDays(): number {
    return (this.#days ??= cumulativeDaysOn(this.work ?? [], this.asOf));
  }

  /** The longest continuous run up to the as-of date [I-3]. */
  longestRun(): Run | null {
    if (this.#run === undefined) this.#run = longestRunOn(this.work ?? [], this.policy.continuityGapDays, this.asOf);
    return this.#run;
  }

  /** The first day on which cumulative (`continuous` false) or continuous experience reaches `years`. */
  reached(years: number, continuous: boolean): DayNumber | null {
    const known = this.#reached[continuous ? 1 : 0];
    let day = known[years];
    if (day === undefined) {
      const ranges = this.work ?? [];
      day = continuous ? dayContinuousReaches(ranges, this.policy.continuityGapDays, years) : dayCumulativeReaches(ranges, years * 365);
      known[years] = day;
    }
    return day;
  }

  /** The certificates with their issue dates as day numbers (none when unknown). */
  issuedCertificates(): readonly { readonly certificate: Certificate; readonly issued: DayNumber }[] {
    return (this.#issued ??= (this.certificates ?? []).map((certificate) => ({ certificate, issued: toDayNumber(certificate.issuedOn) })));
  }

  /** A figure's value and words, computed by `compute` the first time `key` is asked for. */
  shown(key: string, compute: () => Shown): Shown {
    const shown = (this.#shown ??= {});
    return (shown[key] ??= compute());
  }
}
