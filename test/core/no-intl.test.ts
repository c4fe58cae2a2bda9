// Finding 6 of issue 14: every function that takes an instant works in a runtime without
// `Intl` (locked down, or built without time-zone data). This file removes `globalThis.Intl`
// for its own tests; the expected dates are computed through Intl before it is removed.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDateFrom, chinaDateOf, chinaToday } from '../../src/core/china-time.js';
import { earliestSession, nextOpenSession, registrationStatus } from '../../src/schedule/index.js';
import { runCli, type CliIo } from '../../src/cli/main.js';

const format = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
// The China date through the tz database, for instants after 1582 (Intl's calendar is Julian before).
const intlChinaDate = (ms: number): string => format.format(ms);

const instants = fc.sample(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), { numRuns: 2000, seed: 14 });
const expected = new Map(instants.map((ms) => [ms, intlChinaDate(ms)]));
// Around China midnight in the summer time of 1990 and in 2026.
const edges = [Date.parse('1990-07-01T15:00:00Z'), Date.parse('1990-07-01T14:59:59.999Z'), Date.parse('2026-11-21T16:00:00Z'), Date.parse('2026-11-21T15:59:59.999Z')];
for (const ms of edges) expected.set(ms, intlChinaDate(ms));

const saved = Object.getOwnPropertyDescriptor(globalThis, 'Intl');
beforeAll(() => {
  Reflect.deleteProperty(globalThis, 'Intl');
});
afterAll(() => {
  if (saved !== undefined) Object.defineProperty(globalThis, 'Intl', saved);
});

describe('without Intl', () => {
  it('Intl is really gone', () => {
    expect(typeof (globalThis as { Intl?: unknown }).Intl).toBe('undefined');
  });

  it('chinaDateOf / chinaToday / chinaDateFrom agree with the tz database (computed before Intl was removed)', () => {
    for (const [ms, date] of expected) {
      expect(chinaDateOf(ms)).toBe(date);
      expect(chinaDateOf(new Date(ms))).toBe(date);
      expect(chinaToday(ms)).toBe(date);
      expect(chinaDateFrom(new Date(ms).toISOString())).toBe(date);
    }
    expect(chinaDateOf('2014-01-09T16:00:00.001Z')).toBe('2014-01-10');
  });

  it('nextOpenSession, registrationStatus and earliestSession take instants', () => {
    expect(nextOpenSession('2026-11-21T16:00:00Z').id).toBe('2026-12');
    expect(registrationStatus(nextOpenSession(Date.parse('2026-11-21T15:59:59Z')), Date.parse('2026-11-21T15:59:59Z')).open).toBe(true);
    const found = earliestSession({ education: { level: 'high-school' }, work: [{ from: '2024-03-01', related: true }] }, { track: 'digital-manager', level: 'junior', from: new Date('2025-11-28T00:00:00Z') });
    expect(found?.session.id).toBe('2026-03');
  });

  it('the CLI check without --as-of answers (exit 0, not 2)', async () => {
    const lines: string[] = [];
    const io: CliIo = {
      out: (line) => lines.push(line),
      write: async (text) => void lines.push(text),
      err: (line) => lines.push(line),
      stdin: () => Readable.from([]),
      readText: async function* () {
        yield JSON.stringify({ education: { level: 'master' }, work: [], enrolment: null, certificates: [] });
      },
      now: () => Date.UTC(2026, 10, 28),
    };
    const code = await runCli(['check', 'profile.json', '--track', 'digital-manager', '--level', 'intermediate'], io);
    expect(lines.join('\n')).not.toContain('not an instant');
    expect(code).toBe(0);
  });
});
