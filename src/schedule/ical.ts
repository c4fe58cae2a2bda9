/**
 * Exam sessions as an iCalendar file (RFC 5545), for "add to my calendar".
 *
 * Written by hand rather than with ical-generator: ical-generator 10.2.0, bundled for the
 * browser with only what an all-day event needs, is 8.91 KB gzipped on its own (the schedule
 * bundle would go from 23.2 to about 32 KB); this writer, its input checks and its zh/en
 * wording add 1.75 KB. It writes only what RFC 5545 needs for all-day events: TEXT escaping
 * (3.3.11), DATE values (3.3.4), UTC DTSTAMP (3.3.5), and lines folded at 75 octets without
 * splitting a UTF-8 character (3.1). Its output is tested against ical.js, an independent parser.
 * @module
 */
import { invalidInput, issue, readGuarded, unknownValue, wrongType, type ValidationIssue } from '../core/errors.js';
import { tooMany } from '../core/bounded-list.js';
import { SCHEDULE_TEXTS } from './issue-texts.js';
import { currentInstant, utcStampOf, type EpochInstant } from '../core/china-time.js';
import { dateIssue, fromDayNumber, isPlainDate, toDayNumber, type PlainDate } from '../core/plain-date.js';
import { SESSION_YEARS } from './options.js';
import type { ExamSession, WorkingDayDateName } from './types.js';

/**
 * Options of {@link toICalendar}.
 *
 * @example
 * ```ts
 * const options: ICalendarOptions = { lang: 'en', now: Date.UTC(2026, 10, 29) };
 * ```
 */
export interface ICalendarOptions {
  /** The language of titles and descriptions; default `'zh'`. */
  readonly lang?: 'zh' | 'en';
  /** The moment written as each event's DTSTAMP (a `Date` or epoch milliseconds); default now. */
  readonly now?: EpochInstant;
}

/**
 * At most this many sessions in one calendar: every session of 1990–2100.
 *
 * @example
 * ```ts
 * MAX_ICALENDAR_SESSIONS;
 * //=> 1332
 * ```
 */
export const MAX_ICALENDAR_SESSIONS = (SESSION_YEARS.to - SESSION_YEARS.from + 1) * 12;

type EventField = 'registrationCloses' | 'sprintCourse' | 'mockTest' | 'examDate' | WorkingDayDateName;

// One event per date of a session, in the order they come; zh written for a Chinese calendar.
const EVENTS: Readonly<Record<EventField, { readonly zh: string; readonly en: string }>> = {
  registrationCloses: { zh: '报名截止', en: 'Registration closes' },
  sprintCourse: { zh: '考前冲刺班', en: 'Sprint course' },
  mockTest: { zh: '考前测试', en: 'Pre-exam test' },
  examDate: { zh: '考试日', en: 'Exam day' },
  scoresFrom: { zh: '可查询成绩', en: 'Scores available' },
  certificatesBy: { zh: '证书发放截止', en: 'Certificates issued by' },
  certificateQueryFrom: { zh: '可查询证书', en: 'Certificate query opens' },
};

const WORDS = {
  zh: {
    calendar: '数字技能证书考试日程',
    title: (name: string, year: string, month: number, provisional: boolean) => `${provisional ? '【暂定】' : ''}数字技能证书${year}年${month}月考试：${name}`,
    registration: '报名截止当日（北京时间）仍可报名。',
    provisional: '该年节假日安排尚未公布，此日期按周末推算，公布后可能调整。',
  },
  en: {
    calendar: 'Skill certificate exam dates',
    title: (name: string, year: string, month: number, provisional: boolean) =>
      `${MONTHS[month - 1]} ${year} skill certificate exam: ${name}${provisional ? ' (provisional)' : ''}`,
    registration: 'Registration is open until the end of this day, China time.',
    provisional: "Estimated from weekends alone: that year's official holiday schedule is not yet published, so this date may change.",
  },
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Exam sessions as an iCalendar (RFC 5545) text: for each session, all-day events for the
 * registration deadline, the sprint course, the pre-exam test, the exam, and the score and
 * certificate dates. A date computed without the official holiday schedule (named in the
 * session's `provisional`) says so in its title (暂定 / provisional) and description.
 *
 * Each event's UID is its session and date (`2026-12-examDate@skillcert`), the same in both
 * languages, so importing the file again updates the events instead of adding copies; its
 * SEQUENCE is 1 for an official date and 0 for a provisional one, so the final date replaces
 * the estimate.
 *
 * Throws `invalid-input` for anything but a list of sessions as `getSession` returns them
 * (paths `[index, field]`), more than {@link MAX_ICALENDAR_SESSIONS}, the same session twice,
 * or bad options (`['options', …]`).
 *
 * @param sessions - Sessions from `getSession`, `sessionsInYear`, `nextOpenSession`, ….
 * @param options - `lang` (`'zh'` by default) and `now`, the DTSTAMP.
 *
 * @example
 * ```ts
 * toICalendar([getSession(2026, 12)], { lang: 'zh' });
 * //=> 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…BEGIN:VEVENT\r\nUID:2026-12-examDate@skillcert\r\n…DTSTART;VALUE=DATE:20261226\r\nDTEND;VALUE=DATE:20261227\r\nSUMMARY:数字技能证书2026年12月考试：考试日\r\n…'
 * ```
 */
export function toICalendar(sessions: readonly ExamSession[], options?: ICalendarOptions): string {
  const { lang, stamp } = readOptions(options);
  const words = WORDS[lang];
  const read = readSessions(sessions);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//skillcert//exam sessions//${lang.toUpperCase()}`, 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${text(words.calendar)}`];
  for (const session of read) {
    const year = session.id.slice(0, 4);
    const month = Number(session.id.slice(5));
    for (const field of Object.keys(EVENTS) as EventField[]) {
      const value = session[field];
      const { from, to } = typeof value === 'string' ? { from: value, to: value } : value;
      const provisional = (session.provisional as readonly string[]).includes(field);
      const notes = [field === 'registrationCloses' ? words.registration : '', provisional ? words.provisional : ''].filter(Boolean).join(' ');
      lines.push(
        'BEGIN:VEVENT',
        `UID:${session.id}-${field}@skillcert`,
        `DTSTAMP:${stamp}`,
        `SEQUENCE:${provisional ? 0 : 1}`,
        `DTSTART;VALUE=DATE:${compact(from)}`,
        // DTEND of an all-day event is the day after its last day (exclusive).
        `DTEND;VALUE=DATE:${compact(fromDayNumber(toDayNumber(to) + 1))}`,
        `SUMMARY:${text(words.title(EVENTS[field][lang], year, month, provisional))}`,
        ...(notes === '' ? [] : [`DESCRIPTION:${text(notes)}`]),
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

const compact = (date: string): string => date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10);

// TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11).
const text = (value: string): string => value.replace(/[\\;,]/g, '\\$&').replace(/\r?\n/g, '\\n');

// Lines longer than 75 octets are folded: CRLF and one space, never inside a UTF-8 character.
function fold(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const point = char.codePointAt(0) as number;
    const size = point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

const SESSION_ID = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY_FIELDS = ['examDate', 'registrationCloses', 'scoresFrom', 'certificatesBy', 'certificateQueryFrom'] as const;
const SPAN_FIELDS = ['sprintCourse', 'mockTest'] as const;
const PROVISIONAL_NAMES: readonly string[] = ['scoresFrom', 'certificatesBy', 'certificateQueryFrom'];

// Each session's fields read once into our own object, every problem listed with its path.
function readSessions(sessions: unknown): ExamSession[] {
  return readGuarded(() => {
    if (!Array.isArray(sessions)) throw invalidInput([wrongType([], 'session-list', sessions, SCHEDULE_TEXTS)]);
    const count = sessions.length;
    if (count > MAX_ICALENDAR_SESSIONS) throw invalidInput([tooMany([], MAX_ICALENDAR_SESSIONS, 'sessions', SCHEDULE_TEXTS)]);
    const issues: ValidationIssue[] = [];
    const read: ExamSession[] = [];
    const ids: string[] = [];
    for (let index = 0; index < count; index++) {
      const session: unknown = sessions[index];
      if (typeof session !== 'object' || session === null) {
        issues.push(wrongType([index], 'session', session, SCHEDULE_TEXTS));
        continue;
      }
      const fields = session as Record<string, unknown>;
      const date = (value: unknown, path: (string | number)[]): PlainDate => {
        // A day whose next day a plain date cannot name (9999-12-31) has no DTEND.
        if (!isPlainDate(value) || value === '9999-12-31') issues.push(value === '9999-12-31' ? issue([index, ...path], 'out-of-range', { what: 'exam-day', min: '0001-01-01', max: '9999-12-30', value }, SCHEDULE_TEXTS) : dateIssue([index, ...path], value));
        return value as PlainDate;
      };
      const id = fields['id'];
      if (typeof id !== 'string' || !SESSION_ID.test(id)) issues.push(wrongType([index, 'id'], 'session-id', id, SCHEDULE_TEXTS));
      else if (ids.includes(id)) issues.push(issue([index, 'id'], 'duplicate-id', { id }, SCHEDULE_TEXTS));
      else ids.push(id);
      const copy: Record<string, unknown> = { id };
      for (const field of DAY_FIELDS) copy[field] = date(fields[field], [field]);
      for (const field of SPAN_FIELDS) {
        const span: unknown = fields[field];
        if (typeof span !== 'object' || span === null) {
          issues.push(wrongType([index, field], 'date-span', span, SCHEDULE_TEXTS));
          continue;
        }
        const { from, to } = span as Record<string, unknown>;
        copy[field] = { from: date(from, [field, 'from']), to: date(to, [field, 'to']) };
      }
      const provisional: unknown = fields['provisional'];
      if (!Array.isArray(provisional) || provisional.length > PROVISIONAL_NAMES.length || !provisional.every((name) => PROVISIONAL_NAMES.includes(name as string))) {
        issues.push(wrongType([index, 'provisional'], 'provisional-list', provisional, SCHEDULE_TEXTS));
      } else copy['provisional'] = [...provisional];
      read.push(copy as unknown as ExamSession);
    }
    if (issues.length > 0) throw invalidInput(issues);
    return read;
  });
}

function readOptions(options: unknown): { lang: 'zh' | 'en'; stamp: string } {
  return readGuarded(() => {
    const issues: ValidationIssue[] = [];
    let lang: unknown = 'zh';
    let now: unknown = currentInstant();
    if (typeof options === 'object' && options !== null) {
      for (const key of Object.keys(options)) if (key !== 'lang' && key !== 'now') issues.push(issue(['options', key], 'unknown-key', { what: 'option-key', key, expected: 'lang, now' }));
      const given = options as Record<string, unknown>;
      if (given['lang'] !== undefined) lang = given['lang'];
      if (given['now'] !== undefined) now = given['now'];
    } else if (options !== undefined) issues.push(wrongType(['options'], 'options', options));
    if (lang !== 'zh' && lang !== 'en') issues.push(unknownValue(['options', 'lang'], 'language', ['zh', 'en'], lang, SCHEDULE_TEXTS));
    const stamp = utcStampOf(now);
    if (stamp === undefined) issues.push(wrongType(['options', 'now'], 'stamp-instant', now, SCHEDULE_TEXTS));
    if (issues.length > 0) throw invalidInput(issues);
    // 2026-11-29T08:30:00.000Z → 20261129T083000Z (UTC, RFC 5545 3.3.5).
    return { lang: lang as 'zh' | 'en', stamp: stamp as string };
  });
}
