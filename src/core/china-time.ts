/**
 * Instants (moments in time) and the China civil date they fall on.
 *
 * Kept apart from the plain-date core so that only the calendar and schedule bundles
 * carry it; eligibility and scoring never need an instant.
 * @module
 */
import { invalidInput, issue, SkillcertError } from './errors.js';
import { dateIssue, fromDayNumber, invalidDate, isPlainDate, LAST_PLAIN_DAY, type PlainDate } from './plain-date.js';

// The day number of 0001-01-01.
const FIRST_PLAIN_DAY = -719_162;
import { describeValue } from './describe-value.js';

/**
 * China's civil time zone (UTC+8, no daylight saving since 1991). Only a name: China's offset
 * is computed without `Intl`.
 *
 * @example
 * ```ts
 * CHINA_TIME_ZONE;
 * //=> 'Asia/Shanghai'
 * ```
 */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';

/** A moment in time: a `Date`, epoch milliseconds, or an ISO 8601 string with an offset or `Z`. */
export type Instant = Date | number | string;

// An ISO instant must say which zone it is in; a bare date-time would be read in the
// host's zone, which this library never does.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * The China civil date (Asia/Shanghai) of an instant, whatever the host's `TZ`.
 * Throws `SkillcertError` `invalid-input` for something that is not an instant.
 *
 * @example
 * ```ts
 * chinaDateOf('2026-11-21T16:00:00Z');
 * //=> '2026-11-22'
 * ```
 */
export function chinaDateOf(instant: Instant, path: (string | number)[] = []): PlainDate {
  const ms = toEpochMs(instant, path);
  // Any instant whose China date lies in 0001–9999 (0001-01-01T00:00:00+08:00 too).
  const day = Math.floor((ms + chinaOffsetMs(ms)) / 86_400_000);
  if (day < FIRST_PLAIN_DAY || day > LAST_PLAIN_DAY) throw notAnInstant(instant, path);
  return fromDayNumber(day);
}

// China's UTC offset at an instant, as arithmetic: UTC+8, with the tz database's history of
// Asia/Shanghai as a table (local mean time +08:05:43 before 1901, the summer times of 1919,
// 1940–1949 and 1986–1991, each switching at 02:00 local time in 1986–1991). No Intl: a
// locked-down runtime, or one without time-zone data, must still know China's date; a test
// checks the table against the tz database through Intl wherever Intl is present.
// Not date-fns-tz either: its formatInTimeZone pulls date-fns' whole formatter into every bundle.
// Each row: the UTC instant a period of summer time (+09:00) starts and the one it ends.
const SUMMER_TIME: readonly (readonly [number, number, number, number, number, number, number, number])[] = [
  // [start y, m, d, UTC hour, end y, m, d, UTC hour]
  [1919, 4, 12, 16, 1919, 9, 30, 15],
  [1940, 5, 31, 16, 1940, 10, 12, 15],
  [1941, 3, 14, 16, 1941, 11, 1, 15],
  [1942, 1, 30, 16, 1945, 9, 1, 15],
  [1946, 5, 14, 16, 1946, 9, 30, 15],
  [1947, 4, 14, 16, 1947, 10, 31, 15],
  [1948, 4, 30, 16, 1948, 9, 30, 15],
  [1949, 4, 30, 16, 1949, 5, 27, 15],
  // 1986-05-04 … 1991-09-15, switching at 02:00 local time.
  [1986, 5, 3, 18, 1986, 9, 13, 17],
  [1987, 4, 11, 18, 1987, 9, 12, 17],
  [1988, 4, 16, 18, 1988, 9, 10, 17],
  [1989, 4, 15, 18, 1989, 9, 16, 17],
  [1990, 4, 14, 18, 1990, 9, 15, 17],
  [1991, 4, 13, 18, 1991, 9, 14, 17],
];
const HOUR_MS = 3_600_000;
const STANDARD_MS = 8 * HOUR_MS;
// 1901-01-01T00:00 local mean time (+08:05:43): from then on, China standard time.
const STANDARD_FROM = Date.UTC(1900, 11, 31, 15, 54, 17);
const LOCAL_MEAN_MS = (8 * 3600 + 5 * 60 + 43) * 1000;
const LAST_SUMMER_END = Date.UTC(1991, 8, 14, 17);
// The table in epoch milliseconds, built on first use (no work at import).
let summerTimes: [number, number][] | undefined;

/**
 * China's UTC offset in milliseconds at an instant (Asia/Shanghai's history, without `Intl`).
 *
 * @example
 * ```ts
 * [chinaOffsetMs(Date.UTC(2026, 0, 1)), chinaOffsetMs(Date.UTC(1990, 6, 1))];
 * //=> [28800000, 32400000]   (+08:00; +09:00 in the summer time of 1990)
 * ```
 */
export function chinaOffsetMs(ms: number): number {
  // Nearly every instant asked about is after 1991: no table needed.
  if (ms >= LAST_SUMMER_END) return STANDARD_MS;
  if (ms < STANDARD_FROM) return LOCAL_MEAN_MS;
  summerTimes ??= SUMMER_TIME.map(([y, m, d, h, y2, m2, d2, h2]) => [Date.UTC(y, m - 1, d, h), Date.UTC(y2, m2 - 1, d2, h2)]);
  for (const [from, to] of summerTimes) if (ms >= from && ms < to) return STANDARD_MS + HOUR_MS;
  return STANDARD_MS;
}

/**
 * Today's date in China.
 *
 * @example
 * ```ts
 * chinaToday(Date.UTC(2026, 0, 1, 16));
 * //=> '2026-01-02'
 * ```
 */
export function chinaToday(now: Instant = Date.now()): PlainDate {
  return chinaDateOf(now);
}

/**
 * A civil date from something that is either a plain date or an instant: `"YYYY-MM-DD"`
 * is taken as it is; a `Date`, epoch ms or ISO instant becomes its China date.
 *
 * @example
 * ```ts
 * chinaDateFrom('2026-11-22');
 * //=> '2026-11-22'
 * chinaDateFrom('2026-11-21T15:59:59Z');
 * //=> '2026-11-21'
 * ```
 */
export function chinaDateFrom(value: PlainDate | Instant, path: (string | number)[] = []): PlainDate {
  if (typeof value === 'string' && value.length === 10) {
    if (isPlainDate(value)) return value;
    throw invalidDate(dateIssue(path, value));
  }
  return chinaDateOf(value, path);
}

function toEpochMs(instant: unknown, path: (string | number)[]): number {
  let ms: number;
  if (typeof instant === 'object' && instant !== null) {
    try {
      // getTime checks the Date slot itself: it throws for a proxy or an object that only has
      // Date's prototype ("not an instant"), and reads a Date of another realm (an iframe, a vm
      // context) or with a replaced prototype, which `instanceof Date` would refuse.
      ms = Date.prototype.getTime.call(instant);
    } catch (cause) {
      throw notAnInstant(instant, path, cause);
    }
  } else if (typeof instant === 'number') ms = instant;
  // The date part is checked too: V8's Date.parse rolls `2026-02-30T…` over to 2 March.
  else if (typeof instant === 'string' && ISO_INSTANT.test(instant) && isPlainDate(instant.slice(0, 10))) ms = Date.parse(instant);
  else throw notAnInstant(instant, path);
  // ±8.64e15 ms is the range of a JS Date; the China date is checked against 0001–9999 after.
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) throw notAnInstant(instant, path);
  return ms;
}

function notAnInstant(instant: unknown, path: (string | number)[], cause?: unknown): SkillcertError {
  const found = issue(path, 'not-an-instant', { value: describeValue(instant) });
  return new SkillcertError('invalid-input', invalidInput([found]).message, { issues: [found], cause });
}

/**
 * The clock, read in this one module: epoch milliseconds now (the same in every zone).
 *
 * @example
 * ```ts
 * chinaDateOf(currentInstant()) === chinaToday();
 * //=> true
 * ```
 */
export function currentInstant(): number {
  return Date.now();
}

/**
 * A `Date` or epoch milliseconds as an RFC 5545 UTC date-time (`20261129T083000Z`, 3.3.5),
 * for iCalendar's DTSTAMP; `undefined` for anything else or a moment outside the years
 * 0000–9999 (four year digits).
 *
 * @example
 * ```ts
 * utcStampOf(Date.UTC(2026, 10, 29, 8, 30));
 * //=> '20261129T083000Z'
 * ```
 */
export function utcStampOf(value: unknown): string | undefined {
  const ms = value instanceof Date ? value.getTime() : value;
  if (typeof ms !== 'number' || !(ms >= -62_167_219_200_000 && ms < 253_402_300_800_000)) return undefined;
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * A moment as a `Date` or epoch milliseconds (no string), as iCalendar's DTSTAMP takes it.
 *
 * @example
 * ```ts
 * const stamp: EpochInstant = Date.UTC(2026, 10, 29);
 * ```
 */
export type EpochInstant = Date | number;
