/**
 * The readings [I-24]…[I-26]: how the calendar treats its holiday data, a year's late
 * December, and a year no notice has published yet. docs/rules.md is generated from this
 * table (not part of the browser entry).
 * @module
 */
import type { Reading } from '../core/reading.js';

/**
 * Every calendar reading, in order.
 *
 * @example
 * ```ts
 * CALENDAR_READINGS.map((reading) => reading.id);
 * //=> ['I-24', 'I-25', 'I-26']
 * ```
 */
export const CALENDAR_READINGS: readonly Reading[] = [
  {
    id: 'I-24',
    topic: 'The notices over their copies',
    reading:
      'The State Council\'s notices (国务院办公厅关于…部分节假日安排的通知) are the truth and chinese-days is their copy: where the copy disagrees, an erratum citing the notice (title and document number) wins. 2005-12-31 is a make-up working day (国办发明电〔2005〕35号); 2011-06-05, 2012-06-23 and 2015-09-05 are holidays; a weekend a notice only joins to a holiday (与周末连休) is a weekend in every year (so 2019\'s joined weekends are weekends). Holidays carry the notices\' names (清明节, 端午节, 中秋节; 国庆节、中秋节 for every day of a merged block) in Chinese and English.',
    reason:
      'A data package can be wrong; the notice cannot. An erratum the data already agrees with changes nothing, so the table stays right when the package fixes its copy. A weekend the notice names inside a range of days off is part of the holiday; one it merely joins is still a weekend, and one rule for both keeps every year alike.',
  },
  {
    id: 'I-25',
    topic: 'Late December is not final',
    reading:
      'The days from 29 December of the last covered year on are published but not final: an answer that used them is marked provisional (a `*Detailed` answer\'s `provisional`, a session\'s `provisional` list), never an error. `coverage.finalThrough` is the last final day (28 December of the last covered year).',
    reason:
      'A year\'s notice may move days of the previous December (2005-12-31, 2006-12-30/31, 2007-12-29…31, 2011-12-31, 2018-12-29…31, 2022-12-31), so those days are only final once the next year\'s notice is in the data. They are covered, so refusing them would be wrong; using them silently would be too.',
  },
  {
    id: 'I-26',
    topic: 'A year with no notice yet',
    reading:
      'Under `uncovered: \'estimate\'` (the schedule\'s default) a year with no notice follows the law in force that year (《全国年节及纪念日放假办法》 : the 1999, 2007, 2013 and 2025 revisions, each from its start date) with lunar and solar-term dates from a generated table, a substitute working day for a statutory day on a weekend, and the notices\' custom: 春节 7 days from 除夕 (8 under the 2025 revision), 劳动节 3 days (5 from 2020), 国庆节 7 days from 1 October (8 when 中秋节 joins it), a one-day holiday on a Tuesday or Thursday bridging the Monday or Friday, and make-up days on the nearest weekend days, never more than 6 working days in a row unless a whole weekend next to the block is made up. Every date it touches is provisional. `\'weekends-only\'` stays available. `\'estimate\'` is the default of every answer that can say `provisional` (sessions, `reviewDueByDetailed`, the calendar\'s `*Detailed` methods and `explainWorkingDays`); a bare date or number (`addWorkingDays`, `dayKind`, `examDate`, `reviewDueBy`, …) defaults to `\'error\'`.',
    reason:
      'Agencies plan next year\'s dates every autumn, before the notice is out. The law fixes the statutory days and the notices have followed the same arrangement custom for years, so an estimate from both is right far more often than weekends alone; it is still an estimate, and every date that used it says so.',
  },
];
