// Backtest of the estimate for unpublished years [I-26]: for each year Y of 2010–2026, the
// calendar is built from chinese-days' data without Y and later (and without 29–31 December of
// Y − 1, which Y's notice may move [I-25]), and every +15/+40/+45 working-day session date
// [I-21] whose true value falls in Y is estimated with each mode and compared with the date
// the full data gives. Printed per mode: the share of exact dates, the largest miss in working
// days, the misses per holiday (the first holiday whose days the estimate got wrong before the
// date), and the share of Y's days whose working/non-working status the estimate got right.
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { chinaCalendar, createChinaCalendarFromData, type PlainDate, type WorkingDayCalendar } from 'skillcert/calendar';

const YEARS = { from: 2010, to: 2026 };
const OFFSETS = [15, 40, 45];
const MODES = ['weekends-only', 'estimate'] as const;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10) as PlainDate;
function lastSaturday(year: number, month: number): PlainDate {
  let ms = Date.UTC(year, month, 0);
  while (new Date(ms).getUTCDay() !== 6) ms -= 86_400_000;
  return iso(ms);
}
function before(cut: string) {
  const keep = (days: Record<string, string>) => Object.fromEntries(Object.entries(days).filter(([date]) => date < cut));
  return createChinaCalendarFromData({ holidays: keep(chineseDays.holidays), workdays: keep(chineseDays.workdays), inLieuDays: {} });
}

// The holiday a wrongly estimated day belongs to, named from the truth (or the estimate).
function holidayOf(calendar: WorkingDayCalendar, date: PlainDate, options?: { uncovered: 'estimate' }): string | undefined {
  const start = calendar.addWorkingDays(date, -1, options);
  const explained = calendar.explainWorkingDays(start, 1, options);
  return explained.skipped.find((day) => day.date === date)?.name?.zh;
}

export default function benchBacktest(): void {
  const stats = Object.fromEntries(MODES.map((mode) => [mode, { dates: 0, exact: 0, largest: 0, byHoliday: new Map<string, number>(), days: 0, daysRight: 0 }]));
  for (let year = YEARS.from; year <= YEARS.to; year++) {
    const partial = before(`${year - 1}-12-29`);
    for (const mode of MODES) {
      const s = stats[mode]!;
      const options = { uncovered: mode } as const;
      // The days of the year.
      for (let ms = Date.UTC(year, 0, 1); ms <= Date.UTC(year, 11, 31); ms += 86_400_000) {
        s.days++;
        if (partial.isWorkingDay(iso(ms), options) === chinaCalendar.isWorkingDay(iso(ms))) s.daysRight++;
      }
      // The session dates whose true value falls in the year.
      for (let examYear = year - 1; examYear <= year; examYear++) {
        for (let month = 1; month <= 12; month++) {
          const exam = lastSaturday(examYear, month);
          for (const n of OFFSETS) {
            let truth: PlainDate;
            try {
              truth = chinaCalendar.addWorkingDays(exam, n);
            } catch {
              continue; // beyond the published data: nothing to compare with
            }
            if (!truth.startsWith(String(year))) continue;
            const estimate = partial.addWorkingDays(exam, n, options);
            s.dates++;
            if (estimate === truth) {
              s.exact++;
              continue;
            }
            s.largest = Math.max(s.largest, Math.abs(chinaCalendar.workingDaysBetween(truth, estimate)));
            // Blame the first day between the exam and the date whose status the estimate got wrong.
            let blamed = 'other';
            for (let ms = Date.parse(`${exam}T00:00:00Z`) + 86_400_000; ms <= Date.parse(`${truth > estimate ? truth : estimate}T00:00:00Z`); ms += 86_400_000) {
              const day = iso(ms);
              if (partial.isWorkingDay(day, options) !== chinaCalendar.isWorkingDay(day)) {
                blamed = holidayOf(chinaCalendar, day) ?? (mode === 'estimate' ? holidayOf(partial, day, { uncovered: 'estimate' }) : undefined) ?? `${day} (make-up day)`;
                if (blamed.includes('make-up')) {
                  // A make-up day: name the nearest holiday of the truth within a fortnight.
                  for (let k = 1; k <= 14 && blamed.includes('make-up'); k++) {
                    for (const sign of [1, -1]) {
                      const near = iso(ms + sign * k * 86_400_000);
                      const name = chinaCalendar.dayKind(near) === 'holiday' ? holidayOf(chinaCalendar, near) : undefined;
                      if (name !== undefined && blamed.includes('make-up')) blamed = `${name} (make-up day)`;
                    }
                  }
                }
                break;
              }
            }
            s.byHoliday.set(`${year} ${blamed}`, (s.byHoliday.get(`${year} ${blamed}`) ?? 0) + 1);
          }
        }
      }
    }
  }
  console.log(`Backtest ${YEARS.from}–${YEARS.to}: each year removed (with later ones and its previous 29–31 December), +${OFFSETS.join('/+')} working-day session dates falling in it`);
  for (const mode of MODES) {
    const s = stats[mode]!;
    console.log(
      `  ${mode.padEnd(14)} exact ${s.exact}/${s.dates} = ${((100 * s.exact) / s.dates).toFixed(1)}%   largest miss ${s.largest} working day(s)   days classified right ${((100 * s.daysRight) / s.days).toFixed(1)}%${mode === 'estimate' ? `   (target ≥ 93% exact, miss ≤ 2: ${s.exact / s.dates >= 0.93 && s.largest <= 2 ? 'met' : 'NOT met'})` : ''}`,
    );
  }
  const s = stats['estimate']!;
  console.log('  estimate misses by year and holiday:');
  for (const [key, count] of [...s.byHoliday].sort()) console.log(`    ${key}: ${count}`);
}
