// The working-day calendar against chinese-days' own functions, on the same 2,000 random
// covered dates (2010–2025) in one run: +45 working days (the certificate query date,
// [I-21]) and "is this a working day". Ours is the built package, as users get it.
// chinese-days ships CommonJS: its functions are on the default export under Node's ESM.
import chineseDays from 'chinese-days';
import { chinaCalendar } from 'skillcert/calendar';
import { medianNsPerOp, report } from './measure.js';

const DATES = 2_000;

// A fixed linear congruential sequence, so every run measures the same dates.
function sampleDates(count: number): string[] {
  const first = Date.UTC(2010, 0, 1);
  const span = (Date.UTC(2025, 11, 31) - first) / 86_400_000 + 1;
  let seed = 20_260_926;
  const dates: string[] = [];
  for (let i = 0; i < count; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    // A UTC instant at midnight, written as its UTC date: no host zone involved.
    dates.push(new Date(first + (seed % span) * 86_400_000).toISOString().slice(0, 10));
  }
  return dates;
}

export default function benchCalendar(): void {
  const { findWorkday, isWorkday } = chineseDays;
  const dates = sampleDates(DATES);
  const date = (i: number) => dates[i % DATES] ?? '2020-01-01';

  // Same answers first: a speed-up on different answers would mean nothing.
  const disagreements = dates.filter(
    (d) => chinaCalendar.addWorkingDays(d, 45) !== findWorkday(45, d) || chinaCalendar.isWorkingDay(d) !== isWorkday(d),
  ).length;
  console.log(`${DATES} dates 2010–2025; answers differing from chinese-days: ${disagreements}`);

  const oursAdd = medianNsPerOp((i) => chinaCalendar.addWorkingDays(date(i), 45), 500_000, 15);
  const theirsAdd = medianNsPerOp((i) => findWorkday(45, date(i)), 2_000, 15);
  report('addWorkingDays(d, 45)', oursAdd, 'chinese-days findWorkday', theirsAdd, 1000);

  const oursIs = medianNsPerOp((i) => chinaCalendar.isWorkingDay(date(i)), 1_000_000, 15);
  const theirsIs = medianNsPerOp((i) => isWorkday(date(i)), 50_000, 15);
  report('isWorkingDay(d)', oursIs, 'chinese-days isWorkday', theirsIs, 30);
}
