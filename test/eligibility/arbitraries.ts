// The eligibility tests' arbitraries, now the public ones of src/testing (skillcert/testing)
// under the names these tests use.
import type fc from 'fast-check';
import { toDayNumber, parsePlainDate } from '../../src/core/plain-date.js';
import { arbDayNumber } from '../../src/testing/dates.js';
import {
  arbCertificate,
  arbEducation,
  arbEnrolment,
  arbLevel,
  arbPlainDate,
  arbProfile,
  arbRelatedness,
  arbTrack,
  arbWorkPeriod,
  DEFAULT_DATE_RANGE,
} from '../../src/testing/index.js';

const FIRST = toDayNumber(parsePlainDate(DEFAULT_DATE_RANGE.from));
const LAST = toDayNumber(parsePlainDate(DEFAULT_DATE_RANGE.to));

/** A day number between 2008 and 2032, sometimes a 29 February. */
export const dayArbitrary = (from = FIRST, to = LAST): fc.Arbitrary<number> => arbDayNumber({ first: from, last: to });

/** A plain date between 2008 and 2032. */
export const dateArbitrary = arbPlainDate();

/** An as-of date in the middle of the range, so that history lies before and after it. */
export const asOfArbitrary = arbPlainDate({ from: '2014-01-01', to: '2028-12-31' });

export const trackArbitrary = arbTrack();
export const levelArbitrary = arbLevel();
export const relatednessArbitrary = arbRelatedness();
export const workPeriodArbitrary = arbWorkPeriod();
export const certificateArbitrary = arbCertificate();
export const educationArbitrary = arbEducation();
export const enrolmentArbitrary = arbEnrolment();

/** A valid profile; each field sometimes absent (unknown), sometimes null / empty, usually given. */
export const profileArbitrary = arbProfile();

/** A profile with every field given (nothing unknown). */
export const completeProfileArbitrary = arbProfile({ unknown: false });
