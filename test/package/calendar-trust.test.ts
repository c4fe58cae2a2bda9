// Issue 14, finding 4: a calendar is trusted only if this library made it — in either build.
// The ESM and the CJS builds are two copies of the library in one process: each must accept
// the other's calendars, and neither a forged one.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('finding 4: calendars across the ESM and CJS builds', () => {
  it('each build takes the other\'s calendars and refuses a forged brand', async () => {
    const esm = (await import(pathToFileURL(resolve('dist/index.js')).href)) as typeof import('../../src/index.js');
    const cjs = require(resolve('dist/index.cjs')) as typeof import('../../src/index.js');
    expect(esm.getSession).not.toBe(cjs.getSession);
    const fromCjs = cjs.createCalendar({ years: [2026], holidays: ['2026-10-01'], workdays: [] });
    const fromEsm = esm.createCalendar({ years: [2026], holidays: ['2026-10-01'], workdays: [] });
    expect(esm.reviewDueBy('2026-09-30', { calendar: fromCjs })).toBe('2026-10-02');
    expect(cjs.reviewDueBy('2026-09-30', { calendar: fromEsm })).toBe('2026-10-02');
    expect(esm.getSession(2026, 9, { calendar: cjs.chinaCalendar }).scoresFrom).toBe('2026-10-22');
    const forged = { dayKind: () => 'workday', get coverage() { return { years: [2026] }; } } as Record<PropertyKey, unknown>;
    forged[Symbol.for('skillcert.calendar')] = forged;
    for (const build of [esm, cjs]) {
      try {
        build.getSession(2026, 9, { calendar: forged as never });
        expect.unreachable('a forged calendar was accepted');
      } catch (error) {
        expect((error as { code?: unknown }).code).toBe('invalid-input');
        expect((error as { issues: { path: unknown }[] }).issues[0]?.path).toEqual(['options', 'calendar']);
      }
    }
  });
});
