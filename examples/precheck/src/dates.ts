/// <reference lib="dom" />
/**
 * China civil dates in the page's language, from the library's `"YYYY-MM-DD"` strings:
 * 「2026年12月26日（周六）」 / "Sat 26 Dec 2026". Pure arithmetic on the digits: no `Date`, so
 * the host's time zone can never shift a day. The library checks every date before it reaches
 * here (`isPlainDate`); anything else is shown as it is.
 * @module
 */
import { isPlainDate } from 'skillcert/calendar';
import type { Lang } from './text.js';

const WEEKDAYS = {
  zh: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
} as const;
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (the "days from civil" algorithm).
 *
 * @example
 * ```ts
 * dayNumber(1970, 1, 1);
 * //=> 0
 * ```
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function partsOf(date: string): { year: number; month: number; day: number } | null {
  if (!isPlainDate(date)) return null;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/**
 * A plain date as a reader of the page's language writes it, with its weekday.
 *
 * @example
 * ```ts
 * formatDate('2026-12-26', 'zh');
 * //=> '2026年12月26日（周六）'
 * formatDate('2026-12-26', 'en');
 * //=> 'Sat 26 Dec 2026'
 * ```
 */
export function formatDate(date: string, lang: Lang): string {
  const parts = partsOf(date);
  if (parts === null) return date;
  const { year, month, day } = parts;
  // 1970-01-01 was a Thursday (4).
  const weekday = (((dayNumber(year, month, day) + 4) % 7) + 7) % 7;
  return lang === 'zh'
    ? `${year}年${month}月${day}日（${WEEKDAYS.zh[weekday]}）`
    : `${WEEKDAYS.en[weekday]} ${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/**
 * A date in a `<time>` element that never wraps mid-date (CSS `.date`), machine-readable in
 * its `datetime`.
 *
 * @example
 * ```ts
 * dateElement('2026-12-26', 'en').outerHTML;
 * //=> '<time class="date" datetime="2026-12-26">Sat 26 Dec 2026</time>'
 * ```
 */
export function dateElement(date: string, lang: Lang, testid?: string): HTMLTimeElement {
  const time = document.createElement('time');
  time.className = 'date';
  time.dateTime = date;
  time.textContent = formatDate(date, lang);
  if (testid !== undefined) time.dataset.testid = testid;
  return time;
}

/**
 * A text from the library (an error, a step, a requirement) with each `YYYY-MM-DD` in it kept on
 * one line: Chromium would otherwise break `2025-05-01` after a hyphen.
 *
 * @example
 * ```ts
 * textWithDates('2025-01-01 早于 2025-05-01').length;
 * //=> 3   (a date, ' 早于 ', a date)
 * ```
 */
export function textWithDates(text: string): (Node | string)[] {
  return text.split(/(\d{4}-\d{2}-\d{2})/).filter((part) => part !== '').map((part) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(part)) return part;
    const date = document.createElement('span');
    date.className = 'date';
    date.textContent = part;
    return date;
  });
}

/**
 * What an applicant types as a date, read leniently into `"YYYY-MM-DD"`: `2026/2/3`,
 * `2026.02.03` and `2026年2月3日` all become `2026-02-03`. Anything else is passed on as typed,
 * for the library to report (an impossible day such as `2026-02-30` too).
 *
 * @example
 * ```ts
 * normaliseDateInput(' 2026/2/3 ');
 * //=> '2026-02-03'
 * ```
 */
export function normaliseDateInput(value: string): string {
  const trimmed = value.trim();
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(trimmed);
  if (match === null) return trimmed;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

