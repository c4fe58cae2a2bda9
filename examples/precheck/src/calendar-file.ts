/// <reference lib="dom" />
/**
 * "Add to my calendar": the session's dates as an `.ics` file the applicant downloads. The text
 * comes from the library's `toICalendar` (skillcert/schedule, API.md 2026-11-29) when the
 * package has it; until then a minimal RFC 5545 writer of the same events stands in.
 * @module
 */
import * as schedule from 'skillcert/schedule';
import type { ExamSession } from 'skillcert/schedule';
import { addDays } from './dates.js';
import type { Lang } from './text.js';

type ICalendarWriter = (sessions: readonly ExamSession[], options?: { lang?: Lang }) => string;

// Escapes TEXT values (RFC 5545 3.3.11).
const escapeText = (text: string): string => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
const compact = (date: string): string => date.replaceAll('-', '');

function fallbackICalendar(sessions: readonly ExamSession[], options: { lang?: Lang } = {}): string {
  const lang = options.lang ?? 'zh';
  const labels = schedule.SESSION_DATE_LABELS;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//skillcert//precheck//EN', 'CALSCALE:GREGORIAN'];
  for (const session of sessions) {
    const events: [keyof typeof labels, string, string, boolean][] = [
      ['registrationCloses', session.registrationCloses, session.registrationCloses, false],
      ['sprintCourse', session.sprintCourse.from, session.sprintCourse.to, false],
      ['mockTest', session.mockTest.from, session.mockTest.to, false],
      ['examDate', session.examDate, session.examDate, false],
      ['scoresFrom', session.scoresFrom, session.scoresFrom, session.provisional.includes('scoresFrom')],
      ['certificatesBy', session.certificatesBy, session.certificatesBy, session.provisional.includes('certificatesBy')],
    ];
    for (const [field, from, to, provisional] of events) {
      const mark = provisional ? (lang === 'zh' ? '（暂定）' : ' (provisional)') : '';
      lines.push(
        'BEGIN:VEVENT',
        `UID:${session.id}-${field}@skillcert`,
        `DTSTAMP:${compact(session.examDate)}T000000Z`,
        `DTSTART;VALUE=DATE:${compact(from)}`,
        `DTEND;VALUE=DATE:${compact(addDays(to, 1))}`,
        `SUMMARY:${escapeText(`${labels[field][lang]} ${session.id}${mark}`)}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The session's dates as iCalendar text in the page's language.
 *
 * @example
 * ```ts
 * sessionICalendar(getSession(2026, 12), 'zh').startsWith('BEGIN:VCALENDAR');
 * //=> true
 * ```
 */
export function sessionICalendar(session: ExamSession, lang: Lang): string {
  const writer = (schedule as unknown as { toICalendar?: ICalendarWriter }).toICalendar;
  return (typeof writer === 'function' ? writer : fallbackICalendar)([session], { lang });
}

/**
 * Downloads the session's `.ics` (named after the session, e.g. `skillcert-2026-12.ics`).
 *
 * @example
 * ```ts
 * downloadSessionCalendar(getSession(2026, 12), 'zh');
 * ```
 */
export function downloadSessionCalendar(session: ExamSession, lang: Lang): void {
  const blob = new Blob([sessionICalendar(session, lang)], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `skillcert-${session.id}.ics`;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser the time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
