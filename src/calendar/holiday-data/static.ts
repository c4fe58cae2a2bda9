/**
 * The holiday data for bundlers and browsers: a static import, which a bundler inlines (and
 * reports at build time if chinese-days is missing). Chosen through the package's
 * `#holiday-data` import for every environment but Node.
 * @module
 */
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

/**
 * The raw contents of chinese-days' `dist/chinese-days.json`.
 *
 * @example
 * ```ts
 * Object.keys(loadHolidayData() as object);
 * //=> ['holidays', 'workdays', 'inLieuDays']
 * ```
 */
export function loadHolidayData(): unknown {
  return chineseDays;
}
