// `withYear` builds its index from the base calendar's (issue 14, finding 8: a calendar of
// 2004–9999 rebuilt all 3.65 million days per call), and answers exactly as a calendar made
// with every year at once. Its speed is measured in `npm run bench` (bench/with-year.bench.ts).
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createCalendar, type CalendarOptions, type WorkingDayCalendar } from '../../src/calendar/index.js';
import * as dayIndex from '../../src/calendar/day-index.js';
import { SkillcertError } from '../../src/core/errors.js';

// Counts the full builds, without changing them.
vi.mock('../../src/calendar/day-index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/calendar/day-index.js')>();
  return { ...original, buildDayIndex: vi.fn(original.buildDayIndex) };
});

const pad = (value: number) => String(value).padStart(2, '0');
const dateIn = (year: number) => fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([month, day]) => `${year}-${pad(month)}-${pad(day)}`);
const lateDecember = (year: number) => fc.integer({ min: 29, max: 31 }).map((day) => `${year}-12-${day}`);

/** Days split into holidays and make-up working days (a day is never both). */
function splitDays(days: fc.Arbitrary<string>, maxLength: number): fc.Arbitrary<{ holidays: string[]; workdays: string[] }> {
  return fc.uniqueArray(fc.tuple(days, fc.boolean()), { maxLength, selector: ([day]) => day }).map((entries) => ({
    holidays: entries.filter(([, holiday]) => holiday).map(([day]) => day),
    workdays: entries.filter(([, holiday]) => !holiday).map(([day]) => day),
  }));
}

// A base calendar of a few years with gaps, and a year to add or replace: before, inside,
// among the gaps or after the covered years, its notice naming days of it and of the late
// December before it [I-25].
const change = fc
  .uniqueArray(fc.integer({ min: 2000, max: 2012 }), { minLength: 1, maxLength: 6 })
  .chain((years) =>
    fc.record({
      years: fc.constant(years),
      base: splitDays(fc.constantFrom(...years).chain((year) => fc.oneof(dateIn(year), ...(years.includes(year + 1) ? [lateDecember(year)] : []))), 40),
      year: fc.integer({ min: 1997, max: 2015 }),
    }),
  )
  .chain((drawn) => fc.record({ ...Object.fromEntries(Object.entries(drawn).map(([key, value]) => [key, fc.constant(value)])), added: splitDays(fc.oneof(dateIn(drawn.year), lateDecember(drawn.year - 1)), 12) }) as fc.Arbitrary<typeof drawn & { added: { holidays: string[]; workdays: string[] } }>);

const yearOf = (date: string) => Number(date.slice(0, 4));

// The same calendar made at once: the base's days less the year's and any day the notice
// names, plus the notice's days (what README and the TSDoc say `withYear` does).
function madeAtOnce({ years, base, year, added }: { years: number[]; base: { holidays: string[]; workdays: string[] }; year: number; added: { holidays: string[]; workdays: string[] } }): WorkingDayCalendar {
  const named = new Set([...added.holidays, ...added.workdays]);
  const kept = (dates: string[]) => dates.filter((date) => yearOf(date) !== year && !named.has(date));
  return createCalendar({ years: [...new Set([...years, year])], holidays: [...kept(base.holidays), ...added.holidays], workdays: [...kept(base.workdays), ...added.workdays] });
}

/** A call's answer, or its error's code and year. */
function outcome(call: () => unknown): unknown {
  try {
    return { answer: call() };
  } catch (error) {
    if (!(error instanceof SkillcertError)) throw error;
    return { code: error.code, year: error.year };
  }
}

const someDate = fc.integer({ min: 1995, max: 2017 }).chain(dateIn);
// ('estimate' builds its own index of every year from the official one, on first use.)
const policies: (CalendarOptions | undefined)[] = [undefined, { uncovered: 'weekends-only' }];

describe('withYear', () => {
  it('answers as a calendar made with every year at once (property)', () => {
    fc.assert(
      fc.property(change, fc.array(fc.tuple(someDate, someDate, fc.integer({ min: -400, max: 400 })), { minLength: 1, maxLength: 6 }), (drawn, questions) => {
        const base = createCalendar({ years: drawn.years, ...drawn.base });
        const stepwise = base.withYear(drawn.year, drawn.added);
        const atOnce = madeAtOnce(drawn);
        expect(stepwise.coverage).toEqual(atOnce.coverage);
        for (const [a, b, n] of questions) {
          for (const options of policies) {
            for (const ask of [
              (calendar: WorkingDayCalendar) => calendar.dayKind(a, options),
              (calendar: WorkingDayCalendar) => calendar.addWorkingDaysDetailed(a, n, options),
              (calendar: WorkingDayCalendar) => calendar.workingDaysBetweenDetailed(a, b, options),
              (calendar: WorkingDayCalendar) => calendar.explainWorkingDays(a, n % 40, options),
            ]) {
              expect(outcome(() => ask(stepwise))).toEqual(outcome(() => ask(atOnce)));
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('has the same tables as an index built from every day (property)', () => {
    fc.assert(
      fc.property(change, (drawn) => {
        const base = createCalendar({ years: drawn.years, ...drawn.base });
        const stepwise = base.withYear(drawn.year, drawn.added);
        const atOnce = madeAtOnce(drawn);
        // The whole span, day by day: kinds and running counts (both directions).
        const first = Math.min(drawn.year, ...drawn.years);
        const last = Math.max(drawn.year, ...drawn.years);
        for (let day = Date.UTC(first, 0, 1); day <= Date.UTC(last, 11, 31); day += 86_400_000) {
          const date = new Date(day).toISOString().slice(0, 10);
          const asked = (calendar: WorkingDayCalendar) => [calendar.dayKind(date, { uncovered: 'weekends-only' }), calendar.workingDaysBetween(`${first - 1}-12-31`, date, { uncovered: 'weekends-only' })];
          expect(asked(stepwise), date).toEqual(asked(atOnce));
        }
      }),
      { numRuns: 25 },
    );
  });

  it('reuses the base calendar’s index instead of building one from every day', () => {
    const years = Array.from({ length: 200 }, (_, i) => 2004 + i);
    const base = createCalendar({ years, holidays: ['2100-10-01'], workdays: [] });
    base.isWorkingDay('2026-01-01');
    const build = vi.mocked(dayIndex.buildDayIndex);
    build.mockClear();
    for (const year of [2003, 2100, 2203, 2210]) {
      const next = base.withYear(year, { holidays: [`${year}-10-02`], workdays: [] });
      expect(next.dayKind(`${year}-10-02`)).toBe('holiday');
    }
    expect(build).not.toHaveBeenCalled();
  });
});
