// fast-check arbitraries for eligibility profiles (to move to src/testing later). Dates are
// drawn as day numbers and written as plain dates, with 29 February over-represented.
import fc from 'fast-check';
import { dayNumberOf, fromDayNumber, type PlainDate } from '../../src/core/plain-date.js';
import { EDUCATION_LEVEL_IDS, LEVEL_IDS, TRACK_IDS, type Level, type TrackId } from '../../src/eligibility/catalog.js';
import type { ProfileInput } from '../../src/eligibility/index.js';

const FIRST = dayNumberOf(2008, 1, 1);
const LAST = dayNumberOf(2032, 12, 31);
const LEAP_DAYS = [2008, 2012, 2016, 2020, 2024, 2028, 2032].map((year) => dayNumberOf(year, 2, 29));

/** A day number between 2008 and 2032, sometimes a 29 February. */
export const dayArbitrary = (from = FIRST, to = LAST): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: from, max: to }) },
    { weight: 1, arbitrary: fc.constantFrom(...LEAP_DAYS.filter((day) => day >= from && day <= to)) },
  );

/** A plain date between 2008 and 2032. */
export const dateArbitrary: fc.Arbitrary<PlainDate> = dayArbitrary().map(fromDayNumber);

/** An as-of date in the middle of the range, so that history lies before and after it. */
export const asOfArbitrary: fc.Arbitrary<PlainDate> = dayArbitrary(dayNumberOf(2014, 1, 1), dayNumberOf(2028, 12, 31)).map(fromDayNumber);

export const trackArbitrary: fc.Arbitrary<TrackId> = fc.constantFrom(...TRACK_IDS);
export const levelArbitrary: fc.Arbitrary<Level> = fc.constantFrom(...LEVEL_IDS);

/** `true`, `false`, or a list of tracks (often including the first, the track tests use most). */
export const relatednessArbitrary: fc.Arbitrary<boolean | TrackId[]> = fc.oneof(fc.boolean(), fc.subarray([...TRACK_IDS]));

/** A span of days: start, and an end ≥ start or none (still going on). */
const spanArbitrary = fc
  .tuple(dayArbitrary(), fc.option(fc.integer({ min: 0, max: 6 * 366 }), { nil: undefined }))
  .map(([from, length]) => ({ from: fromDayNumber(from), to: length === undefined ? undefined : fromDayNumber(Math.min(from + length, LAST)) }));

export const workPeriodArbitrary = fc
  .tuple(spanArbitrary, relatednessArbitrary, fc.constantFrom<'absent' | 'null' | 'date'>('absent', 'null', 'date'))
  .map(([span, related, ending]) => {
    if (span.to === undefined || ending === 'absent') return { from: span.from, related };
    return ending === 'null' ? { from: span.from, to: null, related } : { from: span.from, to: span.to, related };
  });

export const certificateArbitrary = fc
  .tuple(fc.constantFrom('skillcert', 'vocational', 'title') as fc.Arbitrary<'skillcert' | 'vocational' | 'title'>, levelArbitrary, trackArbitrary, dateArbitrary)
  .map(([kind, level, track, issuedOn]) => (kind === 'skillcert' ? { kind, level, track, issuedOn } : { kind, level, issuedOn }));

export const educationArbitrary = fc.record(
  { level: fc.constantFrom(...EDUCATION_LEVEL_IDS), relatedMajor: relatednessArbitrary },
  { requiredKeys: ['level'] },
);

export const enrolmentArbitrary = fc
  .tuple(fc.constantFrom('higher-education', 'vocational') as fc.Arbitrary<'higher-education' | 'vocational'>, fc.option(relatednessArbitrary, { nil: undefined }), spanArbitrary)
  .map(([institution, relatedMajor, span]) => ({
    institution,
    ...(relatedMajor === undefined ? {} : { relatedMajor }),
    from: span.from,
    ...(span.to === undefined ? {} : { until: span.to }),
  }));

/**
 * A valid profile. Each field is sometimes absent (unknown), sometimes null / empty (known
 * none), usually given.
 */
export const profileArbitrary: fc.Arbitrary<ProfileInput> = fc.record(
  {
    education: fc.option(educationArbitrary, { nil: null, freq: 4 }),
    enrolment: fc.option(enrolmentArbitrary, { nil: null, freq: 2 }),
    work: fc.array(workPeriodArbitrary, { maxLength: 6 }),
    certificates: fc.array(certificateArbitrary, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

/** A profile with every field given (nothing unknown). */
export const completeProfileArbitrary: fc.Arbitrary<ProfileInput> = fc.record({
  education: fc.option(educationArbitrary, { nil: null, freq: 4 }),
  enrolment: fc.option(enrolmentArbitrary, { nil: null, freq: 2 }),
  work: fc.array(workPeriodArbitrary, { maxLength: 6 }),
  certificates: fc.array(certificateArbitrary, { maxLength: 3 }),
});
