// The plain reference for the schedule tests, written from the chinese-days JSON as the
// notices correct it [I-24] and UTC
// instants alone (never the host zone, never the library's own day arithmetic), and a helper
// to catch the library's error.
import { NOTICE_DAYS as data } from '../calendar/notices.js';

export const DAY_MS = 86_400_000;
export const holidays = new Set(Object.keys(data.holidays));
export const makeupWorkdays = new Set(Object.keys(data.workdays));
export const coveredYears = new Set([...holidays, ...makeupWorkdays].map((date) => Number(date.slice(0, 4))));

export const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const msOf = (date: string): number => Date.parse(`${date}T00:00:00Z`);
export const weekdayOfIso = (date: string): number => new Date(msOf(date)).getUTCDay();

export function referenceIsWorkingDay(date: string): boolean {
  if (makeupWorkdays.has(date)) return true;
  if (holidays.has(date)) return false;
  const weekday = weekdayOfIso(date);
  return weekday !== 0 && weekday !== 6;
}

/** The n-th working day strictly after `date`, counted one day at a time; null if it leaves the data. */
export function referenceAddWorkingDays(date: string, n: number): string | null {
  let ms = msOf(date);
  for (let counted = 0; counted < n; ) {
    ms += DAY_MS;
    if (!coveredYears.has(new Date(ms).getUTCFullYear())) return null;
    if (referenceIsWorkingDay(isoOf(ms))) counted++;
  }
  return isoOf(ms);
}

/** Walks back from the month's last day to a Saturday (month 0 is the previous December). */
export function referenceLastSaturday(year: number, month: number): number {
  let ms = Date.UTC(year, month, 0); // day 0 of the next month = the month's last day
  while (new Date(ms).getUTCDay() !== 6) ms -= DAY_MS;
  return ms;
}

/** Every date of a session, by the reference. */
export function referenceSession(year: number, month: number) {
  const ms = referenceLastSaturday(year, month);
  const exam = isoOf(ms);
  return {
    examDate: exam,
    registrationCloses: isoOf(ms - 7 * DAY_MS),
    sprintCourse: { from: isoOf(ms - 7 * DAY_MS), to: isoOf(ms - DAY_MS) },
    mockTest: { from: isoOf(ms - 3 * DAY_MS), to: isoOf(ms - 2 * DAY_MS) },
    scoresFrom: referenceAddWorkingDays(exam, 15),
    certificatesBy: referenceAddWorkingDays(exam, 40),
    certificateQueryFrom: referenceAddWorkingDays(exam, 45),
    examOnHoliday: holidays.has(exam),
    examOnMakeupWorkday: makeupWorkdays.has(exam),
  };
}

