/**
 * One applicant's facts as they bear on one track, in day numbers, with the figures several
 * clauses and levels share (experience, their words, each requirement's assessment) computed
 * once, on first use. Every date is converted to a day number once, here.
 * @module
 */
import { own } from '../core/own.js';
import { civilOf, fromDayNumber, type DayNumber, type PlainDate } from '../core/plain-date.js';
import { educationRank, levelRank, type Bilingual, type TrackId } from './catalog.js';
import {
  cumulativeDaysOn,
  dayOfCheckedDate,
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
import type { Assessment } from './requirements.js';

/** Known (`true`/`false`) or unknown (`undefined`). */
export type Known = boolean | undefined;

/** Highest education with its rank and whether it is related to the track. */
export type EducationFact = Education & { readonly rank: number; readonly related: Known };
/** Enrolment with its days (`end` inclusive, `Infinity` when open) and relatedness to the track. */
export type EnrolmentFact = Enrolment & { readonly start: DayNumber; readonly end: DayNumber; readonly days: DayRange; readonly related: Known };

/** A certificate with its issue day, and its words once worded (by years held required). */
export interface IssuedCertificate {
  readonly certificate: Certificate;
  readonly issued: DayNumber;
  /** Its level's rank (junior 0 … senior 2). */
  readonly rank: number;
  /** Own even while unset (`undefined`), so that no polluted `Object.prototype.words` is read. */
  words?: Shown[] | undefined;
}

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
  // One slot per figure (see `shown`), made at its size: a pushed-to `[]` grows a 17-slot store.
  readonly #shown: (Shown | undefined)[] = [undefined, undefined, undefined];
  #issued: IssuedCertificate[] | undefined;
  // The days written as dates so far, and their dates.
  #written: { days: DayNumber[]; dates: PlainDate[] } | undefined;
  /** Requirements already judged, by slot (see `assessRequirement`): each is judged once per situation. */
  readonly assessed: Assessment[] = [];

  constructor(
    profile: Profile,
    readonly track: TrackId,
    readonly asOfDate: PlainDate,
    readonly policy: Readonly<EligibilityPolicy>,
  ) {
    this.asOf = dayOfCheckedDate(asOfDate);
    // Optional fields by own property only (issue 14, finding 7): an absent one must not be
    // found on a polluted Object.prototype.
    const education = own(profile, 'education') as Profile['education'];
    const enrolment = own(profile, 'enrolment') as Profile['enrolment'];
    const work = own(profile, 'work') as Profile['work'];
    const certificates = own(profile, 'certificates') as Profile['certificates'];
    const educationMajor = education ? (own(education, 'relatedMajor') as Education['relatedMajor']) : undefined;
    this.education = education && {
      level: education.level,
      relatedMajor: educationMajor,
      rank: educationRank(education.level),
      related: this.#related(educationMajor),
    };
    if (enrolment) {
      const until = own(enrolment, 'until') as Enrolment['until'];
      const relatedMajor = own(enrolment, 'relatedMajor') as Enrolment['relatedMajor'];
      const start = dayOfCheckedDate(enrolment.from);
      const end = until === undefined ? Infinity : dayOfCheckedDate(until);
      this.enrolment = {
        institution: enrolment.institution,
        relatedMajor,
        from: enrolment.from,
        until,
        start,
        end,
        days: { from: start, to: end },
        related: this.#related(relatedMajor),
      };
    } else this.enrolment = enrolment;
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

  /** The days from the first on which cumulative (`continuous` false) or continuous experience reaches `years` onwards (once reached, it stays), or null. */
  reachedOnwards(years: number, continuous: boolean): DayRange | null {
    // Not cached here: each requirement is judged once per situation (`assessed`).
    const ranges = this.work ?? [];
    const day = continuous ? dayContinuousReaches(ranges, this.policy.continuityGapDays, years) : dayCumulativeReaches(ranges, years * 365);
    return day === null ? null : { from: day, to: Infinity };
  }

  /** The certificates with their issue dates as day numbers (none when unknown). */
  issuedCertificates(): readonly IssuedCertificate[] {
    if (this.#issued === undefined) {
      const certificates = this.certificates ?? [];
      const issued: IssuedCertificate[] = (this.#issued = new Array(certificates.length));
      for (let i = 0; i < certificates.length; i++) {
        const certificate = certificates[i] as Certificate;
        issued[i] = { certificate, issued: dayOfCheckedDate(certificate.issuedOn), rank: levelRank(certificate.level), words: undefined };
      }
    }
    return this.#issued;
  }

  /** A figure's value and words, computed by `compute` the first time its `slot` is asked for. */
  shown(slot: number, compute: (situation: Situation) => Shown): Shown {
    return (this.#shown[slot] ??= compute(this));
  }

  /** A day as a plain date (the as-of date as given); each day written once per situation. */
  dateOf(day: DayNumber): PlainDate {
    if (day === this.asOf) return this.asOfDate;
    // A check writes a few distinct days: a short list beats a Map.
    const written = (this.#written ??= { days: [], dates: [] });
    const index = written.days.indexOf(day);
    if (index >= 0) return written.dates[index] as PlainDate;
    const date = writeDate(day);
    written.days.push(day);
    written.dates.push(date);
    return date;
  }
}

// Two digits of 0–99, for writing dates without padStart (several times faster, and every
// check writes a few dates).
let twoDigits: string[] | undefined;

function writeDate(day: DayNumber): PlainDate {
  const { year, month, day: dayOfMonth } = civilOf(day);
  if (year < 1000 || year > 9999) return fromDayNumber(day);
  twoDigits ??= Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : `${n}`));
  return `${year}-${twoDigits[month] as string}-${twoDigits[dayOfMonth] as string}` as PlainDate;
}
