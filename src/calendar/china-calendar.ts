/**
 * China's working-day calendar from the data file of the installed chinese-days: its
 * holidays and make-up working days, never its functions (which read the host's time zone
 * and call every day of an unpublished year a plain weekday).
 * @module
 */
// Resolved by the package's `imports` map: a lazy read in Node, a static import elsewhere.
import { loadHolidayData } from '#holiday-data';
import { invalidInput, issue, SkillcertError } from '../core/errors.js';
import { CALENDAR_TEXTS as TEXTS } from './issue-texts.js';
import { IndexedWorkingDayCalendar } from './calendar.js';
import { applyHolidayErrata } from './errata.js';
import { readChineseDaysData, type ScheduleSource } from './schedule-data.js';
import type { WorkingDayCalendar } from './types.js';

/**
 * A calendar from data shaped like chinese-days' `chinese-days.json`
 * (`{ holidays, workdays, inLieuDays }`, maps from `"YYYY-MM-DD"` to
 * `"English name,中文名,N"`). Coverage is every year the data names a day of. The data is
 * checked on the first method call, which throws `SkillcertError` `calendar-data` when it
 * has an unexpected shape.
 *
 * @example
 * ```ts
 * const calendar = createChinaCalendarFromData({ holidays: { '2026-10-01': 'National Day,国庆节,3' }, workdays: {} });
 * calendar.dayKind('2026-10-01');
 * //=> 'holiday'
 * createChinaCalendarFromData({ holidays: 'none' }).coverage;
 * // throws SkillcertError { code: 'calendar-data' }
 * ```
 */
export function createChinaCalendarFromData(raw: unknown): WorkingDayCalendar {
  return new IndexedWorkingDayCalendar(() => readChinaSource(raw));
}

/**
 * China's working days, 2004 to the last year the installed chinese-days has published
 * (see `coverage`). Its tables are built on the first method call, not at import.
 *
 * @example
 * ```ts
 * chinaCalendar.dayKind('2026-10-10');
 * //=> 'makeup-workday'
 * chinaCalendar.addWorkingDays('2026-09-26', 15);
 * //=> '2026-10-22'
 * chinaCalendar.isWorkingDay('2027-10-01');
 * // throws SkillcertError { code: 'calendar-coverage', year: 2027 }
 * ```
 */
export const chinaCalendar: WorkingDayCalendar = /* @__PURE__ */ new IndexedWorkingDayCalendar(() => readChinaSource(loadChinaData()));

function loadChinaData(): unknown {
  try {
    return loadHolidayData();
  } catch (cause) {
    const found = issue([], 'no-holiday-data', cause instanceof Error ? { stage: 'load', reason: cause.message.split('\n')[0] ?? '' } : { stage: 'load' }, TEXTS);
    throw new SkillcertError('calendar-data', found.message.en, { cause, issues: [found] });
  }
}

function readChinaSource(raw: unknown): ScheduleSource {
  let read: ReturnType<typeof readChineseDaysData>;
  try {
    read = readChineseDaysData(raw);
  } catch (cause) {
    const found = issue([], 'no-holiday-data', { stage: 'read' }, TEXTS);
    throw new SkillcertError('calendar-data', found.message.en, { cause, issues: [found] });
  }
  // The notices win over the package's copy [I-24].
  if (read.issues.length === 0) return applyHolidayErrata(read.source);
  // The same one-line summary as invalid-input's, after saying whose data it is.
  const detail = invalidInput(read.issues);
  const message = `the chinese-days holiday data has an unexpected shape: ${detail.message}`;
  throw new SkillcertError('calendar-data', message, { issues: read.issues, text: { en: message, zh: `chinese-days 节假日数据格式不符：${detail.text.zh}` } });
}
