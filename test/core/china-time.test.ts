import fc from 'fast-check';
import { formatInTimeZone } from 'date-fns-tz';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { chinaDateFrom, chinaDateOf, chinaOffsetMs, chinaToday } from '../../src/core/china-time.js';
import { fromDayNumber } from '../../src/core/plain-date.js';
import { thrown } from '../thrown.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// China has kept UTC+8 without daylight saving since 1991: its date is the UTC date of the
// instant moved 8 hours on. A reference that uses no time-zone library at all.
function referenceChinaDate(ms: number): string {
  return fromDayNumber(Math.floor((ms + 8 * HOUR) / DAY));
}

// The instant written as local time at a UTC offset (minutes), e.g. `2026-11-21T10:59:59-05:00`.
function isoAtOffset(ms: number, offsetMinutes: number): string {
  const local = ms + offsetMinutes * 60_000;
  const dayNumber = Math.floor(local / DAY);
  const seconds = Math.floor((local - dayNumber * DAY) / 1000);
  const two = (value: number) => String(value).padStart(2, '0');
  const time = `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${two(Math.floor(Math.abs(offsetMinutes) / 60))}:${two(Math.abs(offsetMinutes) % 60)}`;
  return `${fromDayNumber(dayNumber)}T${time}${sign}${offset}`;
}

describe('chinaDateOf: the China date of an instant, whatever the host zone', () => {
  it.each([
    ['2026-11-21T15:59:59Z', '2026-11-21'],
    ['2026-11-21T16:00:00Z', '2026-11-22'],
    ['2026-11-21T15:59:59.999Z', '2026-11-21'],
    ['2026-11-21T23:59:59+08:00', '2026-11-21'],
    ['2026-11-22T00:00:00+08:00', '2026-11-22'],
    ['2026-11-21T10:59:59-05:00', '2026-11-21'], // New York, one second before China midnight
    ['2026-11-21T11:00:00-05:00', '2026-11-22'],
    ['2026-11-22T05:59:59+14:00', '2026-11-21'], // Kiritimati
    ['2026-11-21T04:59:59-11:00', '2026-11-21'], // Pago Pago
    ['2026-11-21T05:00:00-11:00', '2026-11-22'],
    ['2026-11-21T21:30:00+0530', '2026-11-22'], // offset without a colon
    ['2026-12-31T16:00:00Z', '2027-01-01'],
    ['2024-02-28T16:00:00Z', '2024-02-29'],
  ])('%s → %s', (instant, date) => {
    expect(chinaDateOf(instant)).toBe(date);
    expect(chinaDateOf(Date.parse(instant))).toBe(date);
    expect(chinaDateOf(new Date(instant))).toBe(date);
  });

  it('follows Asia/Shanghai history: summer time in 1990, local mean time (+08:05:43) before 1901', () => {
    expect(chinaDateOf('1990-07-01T15:30:00Z')).toBe('1990-07-02');
    expect(chinaDateOf('1992-07-01T15:30:00Z')).toBe('1992-07-01');
    expect(chinaDateOf('1900-06-01T15:54:16Z')).toBe('1900-06-01');
    expect(chinaDateOf('1900-06-01T15:54:17Z')).toBe('1900-06-02');
  });

  it('agrees with date-fns-tz formatInTimeZone for any instant of the years 0001–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62135596800000, max: 253402271999999 }), (ms) => {
        expect(chinaDateOf(ms)).toBe(formatInTimeZone(ms, 'Asia/Shanghai', 'yyyy-MM-dd'));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with UTC+8 arithmetic for any instant 1992–2100, given as ms, Date or ISO at any offset', () => {
    const from = Date.UTC(1992, 0, 1);
    const to = Date.UTC(2100, 11, 31);
    const offset = fc.integer({ min: -12 * 60, max: 14 * 60 });
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), offset, (ms, minutes) => {
        const expected = referenceChinaDate(ms - (ms % 1000)); // the ISO form below drops milliseconds
        expect(chinaDateOf(ms)).toBe(referenceChinaDate(ms));
        expect(chinaDateOf(new Date(ms))).toBe(referenceChinaDate(ms));
        expect(chinaDateOf(isoAtOffset(ms - (ms % 1000), minutes))).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts the first and last instants of years 0001–9999', () => {
    expect(chinaDateOf(-62135596800000)).toBe('0001-01-01');
    expect(chinaDateOf(253402271999999)).toBe('9999-12-31');
  });

  it('reads a Date of another realm or with another prototype, by its time alone', () => {
    // 2026-11-21T16:00:00Z is midnight of 22 November in China.
    const otherRealm: unknown = runInNewContext('new Date(Date.UTC(2026, 10, 21, 16))');
    expect(otherRealm instanceof Date).toBe(false);
    expect(chinaDateOf(otherRealm as Date)).toBe('2026-11-22');
    const reshaped = Object.setPrototypeOf(new Date(Date.UTC(2026, 10, 21, 15, 59, 59, 999)), null) as Date;
    expect(chinaDateOf(reshaped)).toBe('2026-11-21');
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Infinity],
    ['after 9999', 253402272000000],
    ['before 0001 in China (local mean time +08:05:43)', -62135596800000 - (8 * 3600 + 5 * 60 + 43) * 1000 - 1],
    ['an invalid Date', new Date(Number.NaN)],
    ['a fake Date', Object.create(Date.prototype)],
    ['a proxied Date', new Proxy(new Date(0), {})],
    ['a bare date', '2026-11-21'],
    ['a date-time without offset', '2026-11-21T16:00:00'],
    ['an impossible day', '2026-02-30T00:00:00Z'],
    ['a leap second', '2026-12-31T23:59:60Z'],
    ['an hour 25', '2026-11-21T25:00:00Z'],
    ['an expanded year', '+275760-09-13T00:00:00Z'],
    ['words', 'tomorrow'],
    ['null', null],
    ['undefined', undefined],
    ['an object', {}],
    ['a bigint', 10n],
    ['a symbol', Symbol('now')],
    ['a proxy whose prototype cannot be read', new Proxy({}, { getPrototypeOf: () => { throw new TypeError('no prototype'); } })],
    ['a revoked proxy', (() => { const revocable = Proxy.revocable({}, {}); revocable.revoke(); return revocable.proxy; })()],
  ])('rejects %s with invalid-input, never a TypeError or RangeError', (_, instant) => {
    const error = thrown(() => chinaDateOf(instant as never, ['now']));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toEqual(['now']);
    expect(error.message).toContain('not an instant');
    // chinaToday(undefined) is chinaToday(): now.
    if (instant !== undefined) expect(thrown(() => chinaToday(instant as never)).code).toBe('invalid-input');
  });
});

describe('chinaToday', () => {
  it('is the China date of the given instant', () => {
    expect(chinaToday('2026-11-21T15:59:59Z')).toBe('2026-11-21');
    expect(chinaToday('2026-11-21T16:00:00Z')).toBe('2026-11-22');
    expect(chinaToday(Date.UTC(2026, 0, 1, 16))).toBe('2026-01-02');
  });

  it('defaults to now', () => {
    const before = Date.now();
    const today = chinaToday();
    const after = Date.now();
    expect([chinaDateOf(before), chinaDateOf(after)]).toContain(today);
  });
});

describe('chinaDateFrom', () => {
  it('takes a plain date as it is and an instant as its China date', () => {
    expect(chinaDateFrom('2026-11-22')).toBe('2026-11-22');
    expect(chinaDateFrom('2026-11-21T15:59:59Z')).toBe('2026-11-21');
    expect(chinaDateFrom(new Date('2026-11-21T16:00:00Z'))).toBe('2026-11-22');
  });

  it('rejects an impossible plain date with invalid-date at its path', () => {
    const error = thrown(() => chinaDateFrom('2026-02-30', ['from']));
    expect(error.code).toBe('invalid-date');
    expect(error.issues[0]?.path).toEqual(['from']);
  });
});

describe('China offset without Intl: the table agrees with the tz database', () => {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', timeZoneName: 'longOffset' });
  const tzOffsetMs = (ms: number): number => {
    const name = format.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? '';
    const match = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
    if (match === null) throw new Error(`unexpected offset ${name}`);
    const [, sign, h = '0', m = '0', s = '0'] = match;
    const size = (Number(h) * 3600 + Number(m) * 60 + Number(s)) * 1000;
    return sign === '-' ? -size : size;
  };

  it('at every change of offset 1899–1995 (found day by day through Intl, then to the ms), either side of it', () => {
    const DAY_MS = 86_400_000;
    let previous = tzOffsetMs(Date.UTC(1899, 0, 1));
    let changes = 0;
    for (let ms = Date.UTC(1899, 0, 1) + DAY_MS; ms < Date.UTC(1995, 0, 1); ms += DAY_MS) {
      const offset = tzOffsetMs(ms);
      if (offset === previous) continue;
      changes++;
      // Bisect to the first millisecond of the new offset.
      let [low, high] = [ms - DAY_MS, ms];
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (tzOffsetMs(middle) === previous) low = middle;
        else high = middle;
      }
      expect(chinaOffsetMs(high - 1), new Date(high - 1).toISOString()).toBe(previous);
      expect(chinaOffsetMs(high), new Date(high).toISOString()).toBe(offset);
      previous = offset;
    }
    // LMT → CST, and 14 summer times on and off (1919, 1940–1949 with 1942–1945 one, 1986–1991).
    expect(changes).toBe(29);
  });

  it('1986–1991 summer time: 02:00 local on the documented days', () => {
    const starts = ['1986-05-04', '1987-04-12', '1988-04-17', '1989-04-16', '1990-04-15', '1991-04-14'];
    const ends = ['1986-09-14', '1987-09-13', '1988-09-11', '1989-09-17', '1990-09-16', '1991-09-15'];
    for (const day of starts) {
      // 02:00 standard time (+08:00) becomes 03:00 summer time.
      expect(chinaOffsetMs(Date.parse(`${day}T02:00:00+08:00`) - 1)).toBe(8 * HOUR);
      expect(chinaOffsetMs(Date.parse(`${day}T02:00:00+08:00`))).toBe(9 * HOUR);
    }
    for (const day of ends) {
      // 02:00 summer time (+09:00) becomes 01:00 standard time.
      expect(chinaOffsetMs(Date.parse(`${day}T02:00:00+09:00`) - 1)).toBe(9 * HOUR);
      expect(chinaOffsetMs(Date.parse(`${day}T02:00:00+09:00`))).toBe(8 * HOUR);
    }
  });

  it('agrees with Intl for any instant of the years 0001–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62135596800000, max: 253402271999999 }), (ms) => {
        expect(chinaOffsetMs(ms)).toBe(tzOffsetMs(ms));
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts 0001-01-01T00:00:00+08:00: its China date exists (finding 8)', () => {
    expect(chinaDateOf('0001-01-01T00:00:00+08:00')).toBe('0001-01-01');
    expect(thrown(() => chinaDateOf('9999-12-31T23:59:59-12:00')).code).toBe('invalid-input');
  });
});
