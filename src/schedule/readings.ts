/**
 * The readings [I-15]…[I-21]: how this library reads the places where the brochure's
 * registration and exam calendar (第二部分 四 1, 4(1); 第三部分 一, 二) are ambiguous, each with
 * its reason. docs/rules.md is generated from this table (not part of the browser entry).
 * @module
 */
import { deepFreeze } from '../core/freeze.js';
import type { Reading } from '../core/reading.js';
import type { SchedulePolicy } from './types.js';

/**
 * Every registration and exam-calendar reading, in order.
 *
 * @example
 * ```ts
 * SCHEDULE_READINGS.find((reading) => reading.id === 'I-18')?.policy;
 * //=> 'examDay'
 * ```
 */
export const SCHEDULE_READINGS: readonly Reading<keyof SchedulePolicy>[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'I-15',
    topic: 'Last day to register',
    reading: 'The exam date minus 7 calendar days, inclusive: registration is open until the end of that day, China time.',
    reason:
      'The brochure closes registration "one week before" the exam and names no hour. A week is seven calendar days, and a closing day that is itself still open turns away no one the text admits; the scheme runs on China time, so the day is China\'s whatever the caller\'s zone.',
  },
  {
    id: 'I-16',
    topic: 'Qualification review "within 1 working day"',
    reading: 'The review is due by the first working day strictly after the submission date (public holidays skipped, make-up working days counted).',
    reason:
      'A submission can arrive at any hour, so the submission day cannot count as the working day; the next working day is the one full working day the brochure promises. Counting working days, not calendar days, is what the brochure says.',
  },
  {
    id: 'I-17',
    topic: 'Proof of work among the five materials',
    reading:
      'The fifth material (proof of work or other proof of the conditions claimed) is needed only when the claimed clause relies on work experience or a certificate; a student\'s clause (junior.4) needs proof of enrolment instead. The other four are always needed.',
    reason:
      'The material proves "the conditions claimed"; a clause met by education alone is proved by the copy of the education certificate already required, and a student proves enrolment, not work.',
  },
  {
    id: 'I-18',
    topic: 'Exam day: "the Saturday of the last week of each month"',
    reading:
      'The last Saturday of the calendar month (China date). It is not moved when it falls on a public holiday or a make-up working day; the session\'s flags say so. Under the policy `avoid-holidays` it moves back a week at a time, within the month, to the latest Saturday that is neither (the last Saturday if none is).',
    reason:
      'The last Saturday always lies in its own month and needs no holiday data, so the date of every session is known years ahead. The brochure says nothing of holidays, so the library keeps its date and flags the clash rather than guess at a move. (The Saturday of the ISO week holding the month\'s last day was the alternative; it can fall in the next month.)',
    policy: 'examDay',
  },
  {
    id: 'I-19',
    topic: 'Sprint course "the week before the exam"',
    reading: 'Exam − 7 … exam − 1, both inclusive.',
    reason: 'The seven calendar days that end the day before the exam are the week before it; the exam day itself is not part of the preparation.',
  },
  {
    id: 'I-20',
    topic: 'Pre-exam test "2–3 days before"',
    reading: 'Exam − 3 … exam − 2, both inclusive.',
    reason: 'The brochure gives a range of days before the exam; the window is the two days it names, counted in calendar days as the exam week is.',
  },
  {
    id: 'I-21',
    topic: 'Score and certificate dates in working days',
    reading:
      'Counted strictly after the exam date: +1 is the first working day after the exam. Scores from the 15th working day, certificates issued by the 40th and queryable from the 45th; "after passing" counts from the exam date.',
    reason:
      'The exam day is spent sitting the exam, so the count starts on the next working day, as deadlines in working days usually do. A pass is decided by the exam, and the exam date is the one date the library knows of it.',
  },
]);
