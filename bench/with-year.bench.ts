// `withYear` on large calendars (issue 14, finding 8): the time of one call and its first
// answer (the new calendar's index is built on first use), on a calendar covering 2004–9999
// with a year replaced near its start, in its middle and at its end, and on calendars one
// year short at either end, extended by that year. Ours is the built package.
import { performance } from 'node:perf_hooks';
import { chinaCalendar, createCalendar, type WorkingDayCalendar } from 'skillcert/calendar';

const ROUNDS = 15;

function yearsFrom(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

// One week of holidays around 1 October and a make-up working day, as a notice would give.
function notice(year: number): { holidays: string[]; workdays: string[] } {
  return {
    holidays: yearsFrom(1, 7).map((day) => `${year}-10-0${day}`),
    workdays: [`${year}-09-28`],
  };
}

function medianMs(base: WorkingDayCalendar, year: number): number {
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    const next = base.withYear(year, notice(year));
    next.addWorkingDays(`${year}-09-30`, 1);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

export default function benchWithYear(): void {
  const whole = createCalendar({ years: yearsFrom(2004, 9999), holidays: [], workdays: [] });
  const shortAtEnd = createCalendar({ years: yearsFrom(2004, 9998), holidays: [], workdays: [] });
  const shortAtStart = createCalendar({ years: yearsFrom(2005, 9999), holidays: [], workdays: [] });
  for (const calendar of [whole, shortAtEnd, shortAtStart]) calendar.isWorkingDay('2026-01-01'); // built once, outside the timing
  const cases: [string, WorkingDayCalendar, number][] = [
    ['2004–9999, replace 2005', whole, 2005],
    ['2004–9999, replace 6000', whole, 6000],
    ['2004–9999, replace 9999', whole, 9999],
    ['2004–9998, add 9999', shortAtEnd, 9999],
    ['2005–9999, add 2004', shortAtStart, 2004],
    [`chinaCalendar, add ${chinaCalendar.coverage.to + 1}`, chinaCalendar, chinaCalendar.coverage.to + 1],
  ];
  // The answers must not depend on how the calendar was made: same as built at once.
  const check = whole.withYear(6000, notice(6000));
  const atOnce = createCalendar({ years: yearsFrom(2004, 9999), ...notice(6000) });
  const same = ['6000-09-27', '6000-10-05', '9000-01-01'].every((date) => check.addWorkingDays(date, 30) === atOnce.addWorkingDays(date, 30) && check.workingDaysBetween('2004-01-01', date) === atOnce.workingDaysBetween('2004-01-01', date));
  console.log(`withYear then the first answer (median of ${ROUNDS}); same answers as a calendar built at once: ${same ? 'yes' : 'NO'}`);
  for (const [label, calendar, year] of cases) console.log(`${label.padEnd(34)} ${medianMs(calendar, year).toFixed(2).padStart(8)} ms`);
}
