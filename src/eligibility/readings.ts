/**
 * The readings [I-1]…[I-14]: how this library reads the places where the brochure's
 * eligibility text is ambiguous, each with its reason. docs/rules.md is generated from
 * this table (not part of the browser entry).
 * @module
 */
import { deepFreeze } from '../core/freeze.js';
import type { Reading } from '../core/reading.js';
import type { EligibilityPolicy } from './query.js';

/**
 * Every eligibility reading, in order.
 *
 * @example
 * ```ts
 * READINGS.find((reading) => reading.id === 'I-3')?.policy;
 * //=> 'continuityGapDays'
 * ```
 */
export const READINGS: readonly Reading<keyof EligibilityPolicy>[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'I-1',
    topic: 'Order of education levels',
    reading:
      'below-high-school < high-school (高中) < secondary-vocational (中专, 职高, 技校) < associate (大专) < bachelor (本科) < master (硕士) < doctorate (博士). "X及以上" admits X and every level above it; "研究生及以上" is master or doctorate.',
    reason:
      'The brochure only ever says "高中及以上" and "中专及以上". Placing 高中 just below 中专 gives the same answers as treating the two as parallel: 高中及以上 admits 中专, and 中专及以上 does not admit 高中.',
  },
  {
    id: 'I-2',
    topic: '"N年以上" and "满N年"',
    reading: 'Both mean at least N years: N itself qualifies.',
    reason: 'In Chinese legal usage 以上 includes the number itself (Civil Code art. 1259); 满 N 年 means N full years.',
  },
  {
    id: 'I-3',
    topic: 'Continuous experience ("连续")',
    reading:
      'The longest unbroken run of related work up to the as-of date. Periods that overlap or touch (the next starts the day after the previous ends) join into one run. The run need not still be going on. Under a gap tolerance of n days (policy), periods at most n days apart join as well, and the days bridged count towards the run’s length (not towards cumulative experience [I-5]).',
    reason:
      'Applicants change jobs; a change with no day off is not a break. Measuring the longest run, not the current one, follows the plain wording, which asks for a span of work, not current employment.',
    policy: 'continuityGapDays',
  },
  {
    id: 'I-4',
    topic: 'Full years of a run',
    reading:
      'A run from A to B (both inclusive) has n full years for the largest n with A + n years ≤ B + 1 day. The anniversary of 29 February in a common year is 28 February (date-fns `addYears`).',
    reason: 'Counting anniversaries is how a person counts years of service; fixing the 29 February case makes the answer the same on every platform.',
  },
  {
    id: 'I-5',
    topic: 'Cumulative experience',
    reading:
      'The distinct calendar days covered by related periods up to and including the as-of date (overlaps counted once); full years = floor(days / 365).',
    reason:
      'Two jobs held at once are not twice the experience. A fixed 365 days per year keeps totals of scattered periods simple; it can only be kinder than anniversaries, so continuous full years never exceed cumulative full years (a tested property, at the default gap tolerance of 0: bridged gap days lengthen a run but are not days of work).',
  },
  {
    id: 'I-6',
    topic: '"（取得其他专业）" in intermediate and senior (1)–(4)',
    reading: 'Those clauses apply whatever the major; related majors get further routes (intermediate.5, senior.5).',
    reason: 'Reading the parenthesis as excluding related majors would leave a related-major graduate worse off than an unrelated one, which cannot be meant.',
  },
  {
    id: 'I-7',
    topic: 'What counts as related',
    reading: 'Whether a major or a work period is related is a fact the caller gives, per track (a list of track ids) or for every track (`true`).',
    reason: 'The brochure gives examples (计算机, 新媒体, 人力资源), not a list; guessing from free text would hide a judgement the reviewing institution makes.',
  },
  {
    id: 'I-8',
    topic: 'Students ("在校大学生、相关职业院校学生")',
    reading:
      'Enrolled on the as-of date at a higher-education institution (大专, 本科 or graduate study), any major; or at a vocational school (中职 / 高职) in a related major.',
    reason: '"大学生" carries no condition on the major; "相关" qualifies only the vocational-school students.',
  },
  {
    id: 'I-9',
    topic: '"其他…证书"',
    reading:
      "Any certificate other than the one applied for (this scheme's certificate of the same track and level): another issuer's vocational or skill certificate, a professional title, or this scheme's certificate of another track or level. It counts from its issue date. Other scales map as: national grade 5 (初级工) = junior, 4 (中级工) = intermediate, 3 (高级工) and above = senior; titles 员级 / 助理级 = junior, 中级 = intermediate, 副高级 / 正高级 = senior. A higher level satisfies a lower requirement.",
    reason: 'The clause rewards proven skill at that level; only the certificate being sought cannot prove itself.',
  },
  {
    id: 'I-10',
    topic: 'Progression (intermediate.6, senior.6)',
    reading:
      "This scheme's certificate of the level below, or higher, of any track; the year of related experience is cumulative and may fall before or after the certificate.",
    reason: 'The brochure names no track for the earlier certificate, and the skills of the six tracks overlap.',
    policy: 'progressionSameTrackOnly',
  },
  {
    id: 'I-11',
    topic: 'Certificate held for a year (senior.7)',
    reading: 'Met when the issue date + 1 year ≤ the as-of date, with the 29 February rule of [I-4].',
    reason: '"满一年" is one full year of holding the certificate, counted like any anniversary.',
  },
  {
    id: 'I-12',
    topic: 'Levels are not nested',
    reading:
      "The library reports each level on its own: someone may be eligible for intermediate but not junior (a master's graduate with no experience meets intermediate.4 and no junior clause). Senior eligibility does imply intermediate eligibility under these readings (a tested property).",
    reason: 'This follows from the text; hiding it would misstate the rules.',
  },
  {
    id: 'I-13',
    topic: 'The as-of date',
    reading:
      "The caller gives the date the facts are judged on. For an exam session it is that session's last day of registration.",
    reason: 'Registration is when the institution reviews the application; the conservative date cannot later turn out too early.',
  },
  {
    id: 'I-14',
    topic: 'Earliest eligible date',
    reading:
      'If not eligible on the as-of date: the first later date on which some clause is met if only time passes — work without an end date goes on, ended work stays ended, enrolment ends when it says (its `until` day included), nothing new is acquired. Facts dated after the as-of date count from their own dates. `null` when time alone cannot make the applicant eligible. Computed from the dates on which requirements change (run anniversaries, cumulative-day thresholds, enrolment start and end, certificate issue dates and anniversaries), not by trying day after day.',
    reason: 'It answers the question an applicant asks next ("when can I apply?") without assuming anything the applicant has not said.',
  },
]);
