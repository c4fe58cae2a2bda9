// The test files that run under every host time zone of `npm test` (UTC runs them all).

/** The zones `npm test` runs ZONED_TEST_FILES under, besides UTC: China itself, and zones far from it either way and across the date line. */
export const HOST_ZONES: readonly string[] = ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

//
// Why a list is enough: only src/core/china-time.ts reads a clock or a zone (the guard test
// test/host-zone.test.ts fails the day another src file uses `Date`, `Intl` or a local
// getter), so a host zone can change an answer only through the functions that reach it
// (ZONE_READERS). Rule for adding a file: a test file that calls one of ZONE_READERS, or
// tests plain dates, the calendar or the schedule, belongs here; the guard fails for a test
// file that calls a zone reader and is not listed. A glob covers new files in its folder.
export const ZONED_TEST_FILES: readonly string[] = [
  'test/core/china-time.test.ts',
  'test/core/plain-date.test.ts',
  'test/calendar/**/*.test.ts',
  'test/schedule/**/*.test.ts',
  'test/testing/golden.test.ts',
  'test/fuzz/guarantees.test.ts',
  'test/fuzz/api-zoned.test.ts',
  'test/core/issue-codes.test.ts',
  'test/eligibility/types.test.ts',
  'test/one-api.test.ts',
  'test/core/no-intl.test.ts',
  'test/fuzz/guarantees-2.test.ts',
  'test/zone-of-run.test.ts',
  'test/core/date-edges.test.ts',
];

// The public functions whose answer may depend on the host zone if china-time.ts were
// wrong: its own exports and the exports of the src modules that import it. The guard
// checks that the importers of china-time.ts are exactly the modules named here.
export const ZONE_READERS: Readonly<Record<string, readonly string[]>> = {
  'src/core/china-time.ts': ['chinaToday', 'chinaDateOf', 'chinaDateFrom'],
  'src/schedule/sessions.ts': ['nextOpenSession'],
  'src/schedule/ical.ts': ['toICalendar'],
  'src/schedule/registration.ts': ['registrationStatus'],
  'src/schedule/earliest.ts': ['earliestSession'],
  'src/cli/main.ts': ['runCli'],
};
