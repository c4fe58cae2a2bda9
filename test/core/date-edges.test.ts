// Fixed edges of plain dates and China time that the generated cases seldom reach: a
// non-digit in each place of a date, a date with one character too many, the issue a non-date
// gets and its path, the last summer time of 1919, and the RFC 5545 stamp's range.
import { describe, expect, it } from 'vitest';
import { chinaDateFrom, chinaDateOf, currentInstant, utcStampOf } from '../../src/core/china-time.js';
import { dateIssue, isPlainDate, parsePlainDate } from '../../src/core/plain-date.js';
import { thrown } from '../thrown.js';

describe('plain dates: exactly YYYY-MM-DD', () => {
  it('refuses a non-digit in any digit place, just below "0" or just above "9"', () => {
    // ':' is the character after '9': read as a digit it would be 10 (0:-08 as month 10).
    for (const valid of ['2024-12-28', '2020-02-08']) {
      expect(isPlainDate(valid)).toBe(true);
      for (const place of [0, 1, 2, 3, 5, 6, 8, 9]) {
        for (const character of ['/', ':']) {
          const text = valid.slice(0, place) + character + valid.slice(place + 1);
          expect(isPlainDate(text), text).toBe(false);
        }
      }
    }
  });

  it('refuses another separator, or one character more', () => {
    for (const text of ['2024/12-28', '2024-12/28', '2024.12.28', '2024-12-281', '2024-12-28 ', '02024-12-28']) expect(isPlainDate(text), text).toBe(false);
  });

  it('calls a date-shaped non-day impossible-date, anything else not-a-date, and a missing one required', () => {
    const codeOf = (value: unknown) => dateIssue([], value).code;
    expect(['2026-02-30', '2026-13-01', '0000-01-01'].map(codeOf)).toEqual(['impossible-date', 'impossible-date', 'impossible-date']);
    expect(['2026-02-301', 'x2026-02-30', '2026-2-3', 20260230, null].map(codeOf)).toEqual(['not-a-date', 'not-a-date', 'not-a-date', 'not-a-date', 'not-a-date']);
    expect(dateIssue(['asOf'], undefined)).toMatchObject({ path: ['asOf'], code: 'required' });
  });

  it('parsePlainDate throws invalid-date naming the path, at the root by default', () => {
    const error = thrown(() => parsePlainDate('2026-02-30', ['work', 0, 'to']));
    expect([error.code, error.message]).toEqual(['invalid-date', 'work[0].to: not a date: 2026-02-30 does not exist']);
    expect(thrown(() => parsePlainDate('x')).issues.map((found) => found.path)).toEqual([[]]);
  });
});

describe('China dates: edges', () => {
  it('ends the summer time of 1919 at 1919-09-30T15:00Z (00:00 on 1 October by the summer clock)', () => {
    expect(chinaDateOf('1919-09-30T14:59:59Z')).toBe('1919-09-30'); // 23:59:59 +09:00
    expect(chinaDateOf('1919-09-30T15:30:00Z')).toBe('1919-09-30'); // 23:30 +08:00
    expect(chinaDateOf('1919-04-12T15:30:00Z')).toBe('1919-04-12'); // 23:30 +08:00, before it starts
    expect(chinaDateOf('1919-04-13T15:30:00Z')).toBe('1919-04-14'); // 00:30 +09:00, the day after it starts
  });

  it('reports a refused instant at the root by default', () => {
    expect(thrown(() => chinaDateOf('not an instant')).issues.map((found) => [found.path, found.code])).toEqual([[[], 'not-an-instant']]);
    expect(thrown(() => chinaDateFrom('2026-02-30')).issues.map((found) => [found.path, found.code])).toEqual([[[], 'impossible-date']]);
  });

  it('currentInstant is the epoch milliseconds of now', () => {
    const before = Date.now();
    const now = currentInstant();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});

describe('utcStampOf (RFC 5545 DTSTAMP)', () => {
  it('writes a Date or epoch milliseconds as YYYYMMDDTHHMMSSZ, dropping milliseconds', () => {
    expect(utcStampOf(Date.UTC(2026, 10, 29, 8, 30))).toBe('20261129T083000Z');
    expect(utcStampOf(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)))).toBe('20260102T030405Z');
  });

  it('answers for the years 0000–9999 only, and nothing for what is not a moment', () => {
    const start = Date.parse('0000-01-01T00:00:00Z');
    const end = Date.parse('9999-12-31T23:59:59.999Z');
    expect([utcStampOf(start), utcStampOf(end)]).toEqual(['00000101T000000Z', '99991231T235959Z']);
    expect([utcStampOf(start - 1), utcStampOf(end + 1)]).toEqual([undefined, undefined]);
    for (const value of ['20261129T083000Z', Number.NaN, null, undefined, new Date(Number.NaN), {}]) expect(utcStampOf(value)).toBeUndefined();
  });
});
