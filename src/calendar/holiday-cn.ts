/**
 * Reading holiday-cn's yearly files (repository NateScarlet/holiday-cn, published within days
 * of each notice): `{ year, papers: string[], days: { name, date, isOffDay }[] }`. The result
 * is calendar data for `createCalendar` or `withYear`, so that a year can be used the day its
 * notice appears, without waiting for a release of the library or of chinese-days.
 * @module
 */
import { issue, readGuarded, SkillcertError, wrongType, type IssuePath, type ValidationIssue } from '../core/errors.js';
import { tooMany } from '../core/bounded-list.js';
import { CALENDAR_TEXTS as TEXTS } from './issue-texts.js';
import { describeValue } from '../core/describe-value.js';
import { civilOf, dateIssue, dayNumberOf, dayNumberOfText, fromDayNumber } from '../core/plain-date.js';
import { isWeekend } from './weekdays.js';
import { noticeHolidayOf, noticeLabel } from './notice-names.js';
import type { CalendarData } from './types.js';

/** One day of a holiday-cn file. */
export interface HolidayCnDay {
  /** The holiday's Chinese name as the notice gives it (`国庆节、中秋节` for a merged block). */
  readonly name: string;
  /** `"YYYY-MM-DD"`; may lie in the previous December. */
  readonly date: string;
  /** `true`: a day off; `false`: a working day (a make-up day when it is a weekend). */
  readonly isOffDay: boolean;
}

/** A yearly file of holiday-cn. */
export interface HolidayCnFile {
  readonly year: number;
  /** The notices' addresses; empty in a placeholder for a year not yet published. */
  readonly papers: readonly string[];
  readonly days: readonly HolidayCnDay[];
}

/** Calendar data read from holiday-cn files: maps from date to `"English,中文"` name. */
export interface HolidayCnData extends CalendarData {
  readonly years: readonly number[];
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
}

// At most this many files in one call, and days in one file (a year has about 40).
const MAX_FILES = 200;
const MAX_DAYS = 1000;


/**
 * Calendar data from one holiday-cn file or a list of them, for `createCalendar` (covering the
 * files' years) or `withYear` (one file). Days of the previous December that a file carries
 * (a notice may move them, [I-25]) go to their own year, a later file's word winning; the
 * calendar accepts 29–31 December of the year before a covered year for that reason. Names are
 * mapped to the notices' zh/en names ([I-24]); `isOffDay: false` on a weekday is an ordinary
 * working day, not a make-up day. A file with empty `papers` and `days` is holiday-cn's
 * placeholder for a year whose notice is not out: that year is not published, so it is an
 * error, never "a year without holidays". Throws `SkillcertError` `calendar-data` with the
 * paths of every problem (`[file index, 'days', day index, 'date']`, …).
 *
 * @example
 * ```ts
 * const data = fromHolidayCn({ year: 2027, papers: ['https://www.gov.cn/…'], days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] });
 * const calendar = chinaCalendar.withYear(2027, data);
 * calendar.dayKind('2027-01-01');
 * //=> 'holiday'
 * fromHolidayCn({ year: 2027, papers: [], days: [] });
 * // throws SkillcertError { code: 'calendar-data', issues: [{ path: [0], … not published }] }
 * ```
 */
export function fromHolidayCn(files: HolidayCnFile | readonly HolidayCnFile[] | unknown): HolidayCnData {
  const issues: ValidationIssue[] = [];
  const data = readGuarded(() => readFiles(files, issues));
  if (issues.length > 0) {
    const summary = issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message.en}`).join('; ');
    throw new SkillcertError('calendar-data', `the holiday-cn data cannot be used: ${summary}${issues.length > 3 ? '; …' : ''}`, { issues });
  }
  return data;
}

interface ReadFile {
  readonly index: number;
  readonly year: number;
  readonly days: readonly unknown[];
}

function readFiles(input: unknown, issues: ValidationIssue[]): HolidayCnData {
  const list = Array.isArray(input) ? input : [input];
  const length = list.length;
  if (length > MAX_FILES) {
    issues.push(tooMany([], MAX_FILES, 'holiday-cn-files', TEXTS));
    return { years: [], holidays: {}, workdays: {} };
  }
  if (length === 0) issues.push(issue([], 'empty', { what: 'holiday-cn-file' }, TEXTS));
  const files: ReadFile[] = [];
  const seen = new Map<number, number>();
  for (let index = 0; index < length; index++) {
    const file = readFile(list[index], index, issues);
    if (file === undefined) continue;
    const earlier = seen.get(file.year);
    if (earlier !== undefined) issues.push(issue([index, 'year'], 'duplicate-id', { id: file.year, at: earlier }, TEXTS));
    seen.set(file.year, index);
    files.push(file);
  }
  // Earlier years first, so that a later notice's word on a day of the previous December wins.
  files.sort((a, b) => a.year - b.year);
  const holidays = new Map<number, string>();
  const workdays = new Map<number, string>();
  for (const file of files) readDays(file, holidays, workdays, issues);
  const text = (days: Map<number, string>) => Object.fromEntries([...days].sort(([a], [b]) => a - b).map(([day, name]) => [fromDayNumber(day), name]));
  return { years: files.map((file) => file.year), holidays: text(holidays), workdays: text(workdays) };
}

function readFile(value: unknown, index: number, issues: ValidationIssue[]): ReadFile | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push(wrongType([index], 'holiday-cn-file-object', value, TEXTS));
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const year = record['year'];
  const papers = record['papers'];
  const days = record['days'];
  let ok = true;
  if (!(Number.isInteger(year) && (year as number) >= 2 && (year as number) <= 9999)) {
    issues.push(year === undefined ? issue([index, 'year'], 'required') : issue([index, 'year'], 'out-of-range', { what: 'year', min: 2, max: 9999, value: describeValue(year) }, TEXTS));
    ok = false;
  }
  if (!Array.isArray(papers)) {
    issues.push(wrongType([index, 'papers'], 'notice-list', papers, TEXTS));
    ok = false;
  }
  if (!Array.isArray(days)) {
    issues.push(wrongType([index, 'days'], 'holiday-cn-days', days, TEXTS));
    ok = false;
  } else if (days.length > MAX_DAYS) {
    issues.push(tooMany([index, 'days'], MAX_DAYS, 'dates', TEXTS));
    ok = false;
  }
  if (!ok) return undefined;
  const dayList = Array.from({ length: (days as unknown[]).length }, (_, i) => (days as unknown[])[i]);
  if ((papers as unknown[]).length === 0 && dayList.length === 0) {
    issues.push(issue([index], 'not-published', { year: year as number }, TEXTS));
    return undefined;
  }
  return { index, year: year as number, days: dayList };
}

function readDays(file: ReadFile, holidays: Map<number, string>, workdays: Map<number, string>, issues: ValidationIssue[]): void {
  const { index, year } = file;
  // A notice may name days from 29 December of the year before ([I-25]).
  const first = dayNumberOf(year - 1, 12, 29);
  const last = dayNumberOf(year, 12, 31);
  const own = new Map<number, boolean>();
  file.days.forEach((entry, position) => {
    const at = (key?: string): IssuePath => (key === undefined ? [index, 'days', position] : [index, 'days', position, key]);
    if (typeof entry !== 'object' || entry === null) {
      issues.push(wrongType(at(), 'holiday-cn-day', entry, TEXTS));
      return;
    }
    const { name, date, isOffDay } = entry as Record<string, unknown>;
    const day = dayNumberOfText(date);
    let ok = true;
    if (typeof name !== 'string' || name.length === 0 || name.length > 200) {
      issues.push(wrongType(at('name'), 'holiday-name', name, TEXTS));
      ok = false;
    }
    if (day === undefined) {
      issues.push(dateIssue(at('date'), date));
      ok = false;
    } else if (day < first || day > last) {
      issues.push(issue(at('date'), 'outside-covered-years', { date: fromDayNumber(day), covered: `${year - 1}-12-29–${year}-12-31` }, TEXTS));
      ok = false;
    }
    if (typeof isOffDay !== 'boolean') {
      issues.push(wrongType(at('isOffDay'), 'boolean', isOffDay));
      ok = false;
    }
    if (!ok || day === undefined) return;
    if (own.has(day) && own.get(day) !== isOffDay) {
      issues.push(issue(at('date'), 'holiday-and-workday', { date: fromDayNumber(day) }, TEXTS));
      return;
    }
    own.set(day, isOffDay as boolean);
    const holiday = noticeHolidayOf(name as string);
    const label = holiday === undefined ? `${name as string},${name as string}` : noticeLabel(holiday);
    // A later file speaks for its previous December: its word replaces the earlier file's.
    if (civilOf(day).year !== year) {
      holidays.delete(day);
      workdays.delete(day);
    }
    if (isOffDay === true) holidays.set(day, label);
    // A working day on a weekday is an ordinary one (e.g. 2020-02-03 ending the extended
    // Spring Festival), not a make-up day.
    else if (isWeekend(day)) workdays.set(day, label);
  });
}
