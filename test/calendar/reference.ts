// A deliberately naive calendar, built in the tests straight from chinese-days' JSON (as
// corrected by the notices, test/calendar/notices.ts), to
// check the indexed one against: day kinds from the maps and a UTC weekday, counting one
// day at a time. It shares nothing with src/calendar.
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { NOTICE_DAYS } from './notices.js';
import { fromDayNumber, toDayNumber, type DayNumber, type PlainDate } from '../../src/core/plain-date.js';
import type { DayKind } from '../../src/calendar/index.js';

export interface ReferenceData {
  readonly years: ReadonlySet<number>;
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
}

export const CHINA_REFERENCE: ReferenceData = {
  years: new Set([...Object.keys(chineseDays.holidays), ...Object.keys(chineseDays.workdays)].map((date) => Number(date.slice(0, 4)))),
  // The notices' days [I-24]: chinese-days' copy with the corrections the notices make.
  holidays: NOTICE_DAYS.holidays,
  workdays: NOTICE_DAYS.workdays,
};

function utcWeekday(date: string): number {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))).getUTCDay();
}

/** Whether a date is a Saturday or Sunday, by the UTC calendar (independent of src). */
export function isWeekendDate(date: string): boolean {
  const weekday = utcWeekday(date);
  return weekday === 0 || weekday === 6;
}

/** The day number of a date written in a test. */
export const dayOf = (date: string): DayNumber => toDayNumber(date as PlainDate);

/** The kind of a day, and whether its year is covered (else estimated from the weekday). */
export function referenceDay(data: ReferenceData, date: string): { kind: DayKind; covered: boolean } {
  const covered = data.years.has(Number(date.slice(0, 4)));
  const weekend = isWeekendDate(date);
  if (!covered) return { kind: weekend ? 'weekend' : 'workday', covered };
  if (Object.hasOwn(data.holidays, date)) return { kind: 'holiday', covered };
  if (Object.hasOwn(data.workdays, date)) return { kind: 'makeup-workday', covered };
  return { kind: weekend ? 'weekend' : 'workday', covered };
}

/** [I-25]: 29–31 December of a covered year is final only when the next year is covered too. */
export function referenceFinal(data: ReferenceData, date: string): boolean {
  const year = Number(date.slice(0, 4));
  return !(date.slice(5) >= '12-29' && data.years.has(year) && !data.years.has(year + 1));
}

function isWorking(kind: DayKind): boolean {
  return kind === 'workday' || kind === 'makeup-workday';
}

/** The n-th working day from `date`, stepping one day at a time, and whether an uncovered day was looked at. */
export function referenceAdd(data: ReferenceData, date: string, n: number): { value: PlainDate; provisional: boolean } {
  let day = toDayNumber(date as PlainDate);
  let left = Math.abs(n);
  let provisional = false;
  while (left > 0) {
    day += Math.sign(n);
    const text = fromDayNumber(day);
    const { kind, covered } = referenceDay(data, text);
    if (!covered || !referenceFinal(data, text)) provisional = true;
    if (isWorking(kind)) left--;
  }
  return { value: fromDayNumber(day), provisional };
}

/** Working days in (a, b], negated when b < a, one day at a time. */
export function referenceBetween(data: ReferenceData, a: string, b: string): { value: number; provisional: boolean } {
  const from = toDayNumber(a as PlainDate);
  const to = toDayNumber(b as PlainDate);
  let count = 0;
  let provisional = false;
  for (let day = Math.min(from, to) + 1; day <= Math.max(from, to); day++) {
    const text = fromDayNumber(day);
    const { kind, covered } = referenceDay(data, text);
    if (!covered || !referenceFinal(data, text)) provisional = true;
    if (isWorking(kind)) count++;
  }
  return { value: to < from ? 0 - count : count, provisional };
}
