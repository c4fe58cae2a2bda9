/**
 * Instants (moments in time) and the China civil date they fall on.
 *
 * Kept apart from the plain-date core so that only the calendar and schedule bundles
 * carry it; eligibility and scoring never need an instant.
 * @module
 */
import { invalidInput, issue, SkillcertError } from './errors.js';
import { dateIssue, fromDayNumber, invalidDate, isPlainDate, type PlainDate } from './plain-date.js';
import { describeValue } from './describe-value.js';

/**
 * China's civil time zone (UTC+8, no daylight saving since 1991).
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
  let offsetMs: number | undefined;
  try {
    offsetMs = chinaOffsetMs(ms);
  } catch (cause) {
    throw notAnInstant(instant, path, cause);
  }
  if (offsetMs === undefined) throw notAnInstant(instant, path);
  const text = fromDayNumber(Math.floor((ms + offsetMs) / 86_400_000));
  if (!isPlainDate(text)) throw notAnInstant(instant, path);
  return text;
}

// China's UTC offset at an instant, from the tz database through Intl (so the 1986–1991
// summer time and the local mean time before 1901 are honoured), then plain day arithmetic.
// Not date-fns-tz: its formatInTimeZone pulls date-fns' whole formatter into every bundle,
// and its getTimezoneOffset reads the host zone near year 1. Intl's own calendar is not
// used either (it is Julian before 1582); only the offset is read from it.
let offsetFormat: Intl.DateTimeFormat | undefined;
const LONG_OFFSET = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function chinaOffsetMs(ms: number): number | undefined {
  offsetFormat ??= new Intl.DateTimeFormat('en-US', { timeZone: CHINA_TIME_ZONE, timeZoneName: 'longOffset' });
  const name = offsetFormat.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = LONG_OFFSET.exec(name);
  if (match === null) return undefined;
  const [, sign, hours = '0', minutes = '0', seconds = '0'] = match;
  const size = (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) * 1000;
  return sign === '-' ? -size : size;
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
      // `instanceof` asks a proxy's prototype trap, and getTime throws for an object that only
      // pretends to be a Date (its prototype, not its slot): both are "not an instant".
      if (!(instant instanceof Date)) throw new TypeError('not a Date');
      ms = Date.prototype.getTime.call(instant);
    } catch (cause) {
      throw notAnInstant(instant, path, cause);
    }
  } else if (typeof instant === 'number') ms = instant;
  // The date part is checked too: V8's Date.parse rolls `2026-02-30T…` over to 2 March.
  else if (typeof instant === 'string' && ISO_INSTANT.test(instant) && isPlainDate(instant.slice(0, 10))) ms = Date.parse(instant);
  else throw notAnInstant(instant, path);
  // ±8.64e15 ms is the range of a JS Date; keep to years 0001–9999 besides.
  if (!Number.isFinite(ms) || ms < -62135596800000 || ms > 253402271999999) throw notAnInstant(instant, path);
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
