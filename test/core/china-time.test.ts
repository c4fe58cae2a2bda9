import fc from 'fast-check';
import { formatInTimeZone } from 'date-fns-tz';
import { describe, expect, it } from 'vitest';
import { chinaDateFrom, chinaDateOf, chinaToday } from '../../src/core/china-time.js';
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

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Infinity],
    ['after 9999', 253402272000000],
    ['before 0001', -62135596800001],
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
