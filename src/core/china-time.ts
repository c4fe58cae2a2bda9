/**
 * Instants (moments in time) and the China civil date they fall on.
 *
 * Kept apart from the plain-date core so that only the calendar and schedule bundles
 * carry date-fns-tz; eligibility and scoring never need an instant.
 * @module
 */
import { formatInTimeZone } from 'date-fns-tz';
import { SkillcertError } from './errors.js';
import { isPlainDate, type PlainDate } from './plain-date.js';
import { describeValue } from './validation.js';

/** China's civil time zone (UTC+8, no daylight saving since 1991). */
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
  let text: string;
  try {
    text = formatInTimeZone(ms, CHINA_TIME_ZONE, 'yyyy-MM-dd');
  } catch (cause) {
    throw notAnInstant(instant, path, cause);
  }
  if (!isPlainDate(text)) throw notAnInstant(instant, path);
  return text;
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
    throw new SkillcertError('invalid-date', `not a date: ${describeValue(value)}`, {
      issues: [{ path, message: `not a date: ${describeValue(value)}` }],
    });
  }
  return chinaDateOf(value, path);
}

function toEpochMs(instant: unknown, path: (string | number)[]): number {
  let ms: number;
  if (instant instanceof Date) {
    try {
      ms = Date.prototype.getTime.call(instant);
    } catch (cause) {
      // An object that only pretends to be a Date (its prototype, not its slot).
      throw notAnInstant(instant, path, cause);
    }
  } else if (typeof instant === 'number') ms = instant;
  else if (typeof instant === 'string' && ISO_INSTANT.test(instant)) ms = Date.parse(instant);
  else throw notAnInstant(instant, path);
  // ±8.64e15 ms is the range of a JS Date; keep to years 0001–9999 besides.
  if (!Number.isFinite(ms) || ms < -62135596800000 || ms > 253402271999999) throw notAnInstant(instant, path);
  return ms;
}

function notAnInstant(instant: unknown, path: (string | number)[], cause?: unknown): SkillcertError {
  const message = `not an instant: ${describeValue(instant)} (expected a Date, epoch milliseconds or an ISO string with an offset)`;
  return new SkillcertError('invalid-input', message, { issues: [{ path, message }], cause });
}
