/**
 * The holiday data in Node: read from the installed chinese-days on first use, not at
 * import, so that a missing or broken data file becomes a `calendar-data` error when the
 * calendar is first asked something, and never stops `skillcert` (or its eligibility and
 * scoring) from loading. Chosen through the package's `#holiday-data` import under the
 * `node` condition.
 * @module
 */
import { createRequire } from 'node:module';

/**
 * The raw contents of chinese-days' `dist/chinese-days.json`, loaded now (Node caches it).
 * Throws whatever Node throws when the file is missing or not JSON; the calendar turns that
 * into `SkillcertError` `calendar-data`.
 *
 * @example
 * ```ts
 * Object.keys(loadHolidayData() as object);
 * //=> ['holidays', 'workdays', 'inLieuDays']
 * ```
 */
export function loadHolidayData(): unknown {
  return createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as unknown;
}
