// `npx tsx scripts/estimate-domain.ts [module]`: the estimate's answers [I-26] over every
// input the library can give it, as one hash. The estimate is reached only through
// `estimatedSource`, for the years 2000–2100, with whole covered years fixed; so it runs every
// year 1999–2101 with nothing fixed, with 2004–2026 fixed (chinese-days) and with the year
// before or after fixed, and `estimatedSource` with no year, 2004–2026 or any one year
// covered. A change to src/calendar/estimate.ts (or a copy of it with a mutant applied, given
// as `module`) that leaves the hash as it was changes no answer: how the mutants listed in
// docs/mutation-survivors.md were judged equivalent, and how its dead code was found.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Estimate from '../src/calendar/estimate.js';
import { civilOf, type DayNumber } from '../src/core/plain-date.js';

const path = resolve(process.argv[2] ?? 'src/calendar/estimate.ts');
const estimate = (await import(pathToFileURL(path).href)) as typeof Estimate;
const hash = createHash('sha256');
const sorted = (map: ReadonlyMap<DayNumber, string | undefined>) => [...map].sort((a, b) => a[0] - b[0]);
const add = (days: Estimate.EstimatedDays | undefined) => hash.update(days === undefined ? '-' : JSON.stringify([sorted(days.holidays), sorted(days.workdays)]));
const chineseDays = (year: number) => year >= 2004 && year <= 2026;

for (let year = 1999; year <= 2101; year++) {
  add(estimate.estimateYear(year, () => false));
  add(estimate.estimateYear(year, (day) => chineseDays(civilOf(day).year)));
  add(estimate.estimateYear(year, (day) => civilOf(day).year === year - 1));
  add(estimate.estimateYear(year, (day) => civilOf(day).year === year + 1));
}
for (const years of [[], Array.from({ length: 23 }, (_, i) => 2004 + i), ...Array.from({ length: 101 }, (_, i) => [2000 + i])]) {
  const source = estimate.estimatedSource({ years, holidays: new Map(), workdays: new Map() });
  hash.update(JSON.stringify([source.years, sorted(source.holidays), sorted(source.workdays)]));
}
console.log(hash.digest('hex').slice(0, 16));
