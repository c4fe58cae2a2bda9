// The pre-check page's date text (examples/precheck/src/dates.ts), against an independent
// oracle: the JS Date of the same day at UTC noon, read back in UTC (never the host's zone).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, normaliseDateInput } from '../../examples/precheck/src/dates.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoOf = (utc: Date) => `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
// A day between 1900 and 2199, as a UTC instant at noon.
const arbDay = fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2199, 11, 31) / 86_400_000 }).map((day) => new Date(day * 86_400_000 + 43_200_000));

describe('the pre-check page’s dates', () => {
  it('writes a date with its weekday in either language', () => {
    expect(formatDate('2026-12-26', 'zh')).toBe('2026年12月26日（周六）');
    expect(formatDate('2026-12-26', 'en')).toBe('Sat 26 Dec 2026');
    expect(formatDate('2024-02-29', 'zh')).toBe('2024年2月29日（周四）');
    // Not a date: shown as given, never rolled over.
    expect(formatDate('2026-02-30', 'zh')).toBe('2026-02-30');
  });

  it('agrees with the calendar of an independent clock on every day', () => {
    const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    fc.assert(
      fc.property(arbDay, (utc) => {
        const date = isoOf(utc);
        expect(formatDate(date, 'en')).toBe(`${weekdays[utc.getUTCDay()]} ${utc.getUTCDate()} ${months[utc.getUTCMonth()]} ${utc.getUTCFullYear()}`);
        expect(formatDate(date, 'zh')).toBe(`${utc.getUTCFullYear()}年${utc.getUTCMonth() + 1}月${utc.getUTCDate()}日（周${'日一二三四五六'[utc.getUTCDay()]}）`);
      }),
    );
  });

  it('reads dates typed the ways people type them', () => {
    expect(normaliseDateInput('2026/2/3')).toBe('2026-02-03');
    expect(normaliseDateInput(' 2026.02.03 ')).toBe('2026-02-03');
    expect(normaliseDateInput('2026年2月3日')).toBe('2026-02-03');
    // Left for the library to report, as typed.
    expect(normaliseDateInput('2026/02/30')).toBe('2026-02-30');
    expect(normaliseDateInput('3 Feb 2026')).toBe('3 Feb 2026');
  });
});
