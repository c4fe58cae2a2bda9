/// <reference lib="dom" />
/**
 * "Add to my calendar": the session's dates as an `.ics` file the applicant downloads, written
 * by the library's `toICalendar` in the page's language (stable UIDs: downloading again after a
 * change updates the events rather than duplicating them).
 * @module
 */
import { toICalendar, type ExamSession } from 'skillcert/schedule';
import type { Lang } from './text.js';

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
  return toICalendar([session], { lang });
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
