/**
 * The estimate of a year no notice has published yet [I-26]: the statutory days of the law in
 * force that year (《全国年节及纪念日放假办法》), lunar and solar-term dates from the generated
 * table, and the arrangement custom the notices have followed. General rules only: no table of
 * past arrangements. Every date it touches is provisional (the calendar says so).
 * @module
 */
import { civilOf, dayNumberOf, type DayNumber } from '../core/plain-date.js';
import { lunarDatesOf, type LunarDates } from './lunar.js';
import { LUNAR_YEARS } from './lunar-table.js';
import type { ScheduleSource } from './schedule-data.js';
import { noticeLabel, type NoticeHoliday } from './notice-names.js';
import { isWeekend } from './weekdays.js';

/** A version of the law, from the first year it governs. */
export interface HolidayLaw {
  /** The revision of 《全国年节及纪念日放假办法》 (2025: decided 2024-11-10, in force 2025-01-01). */
  readonly revision: number;
  /** The first whole year it governs. */
  readonly from: number;
  /** The State Council decree that made it. */
  readonly decree: string;
  /**
   * Statutory days off, per holiday (春节's from 除夕 under the 2007 and 2025 revisions, from
   * 初一 under the others: the estimate names its whole block, so only their number matters).
   */
  readonly days: Readonly<Record<'newYear' | 'springFestival' | 'labourDay' | 'nationalDay', number> & Partial<Record<'qingming' | 'dragonBoat' | 'midAutumn', number>>>;
}

/**
 * Each version of 《全国年节及纪念日放假办法》 since 1999 [I-26], oldest first.
 *
 * @example
 * ```ts
 * HOLIDAY_LAWS.at(-1)?.days.springFestival;
 * //=> 4
 * ```
 */
export const HOLIDAY_LAWS: readonly HolidayLaw[] = [
  {
    revision: 1999,
    from: 2000,
    decree: '国务院令第270号',
    days: { newYear: 1, springFestival: 3, labourDay: 3, nationalDay: 3 },
  },
  {
    revision: 2007,
    from: 2008,
    decree: '国务院令第513号',
    days: { newYear: 1, springFestival: 3, qingming: 1, labourDay: 1, dragonBoat: 1, midAutumn: 1, nationalDay: 3 },
  },
  {
    revision: 2013,
    from: 2014,
    decree: '国务院令第644号',
    days: { newYear: 1, springFestival: 3, qingming: 1, labourDay: 1, dragonBoat: 1, midAutumn: 1, nationalDay: 3 },
  },
  {
    revision: 2025,
    from: 2025,
    decree: '国务院令第795号',
    days: { newYear: 1, springFestival: 4, qingming: 1, labourDay: 2, dragonBoat: 1, midAutumn: 1, nationalDay: 3 },
  },
];

/**
 * The law in force in a year, or `undefined` before the 1999 revision's first whole year.
 *
 * @example
 * ```ts
 * lawOf(2027)?.revision;
 * //=> 2025
 * ```
 */
export function lawOf(year: number): HolidayLaw | undefined {
  let found: HolidayLaw | undefined;
  for (const law of HOLIDAY_LAWS) if (law.from <= year) found = law;
  return found;
}

/** One holiday's days off: a run of days, how many statutory days it holds, and how it is named. */
interface Block {
  readonly holiday: NoticeHoliday;
  readonly first: DayNumber;
  readonly last: DayNumber;
  /** How many statutory days the block holds (a weekend one is made good by a weekday off). */
  readonly statutory: number;
  /**
   * A one-day holiday's own day, named even on a weekend (the notices name only the block's
   * weekdays besides); absent for a block the notices name whole (a range 某日至某日放假).
   */
  readonly statutoryDay?: DayNumber;
}

/** An estimated year's days: holidays and make-up working days, each with its label. */
export interface EstimatedDays {
  readonly holidays: Map<DayNumber, string>;
  readonly workdays: Map<DayNumber, string>;
}

const weekday = (day: DayNumber) => (((day + 3) % 7) + 7) % 7; // 0 = Monday … 6 = Sunday

// The notices' custom for a one-day holiday (and its substitute for a weekend one): Monday or
// Friday join the weekend (与周末连休); Saturday or Sunday are made good on the Monday; Tuesday
// or Thursday bridge the Monday or Friday; Wednesday stands alone.
function oneDayBlock(holiday: NoticeHoliday, day: DayNumber): Block {
  const [before, after] = [
    [2, 0], // Monday: Saturday … Monday
    [2, 0], // Tuesday: Sunday … Tuesday (Monday bridged)
    [0, 0], // Wednesday
    [0, 2], // Thursday: Thursday … Saturday (Friday bridged)
    [0, 2], // Friday: Friday … Sunday
    [0, 2], // Saturday: Saturday … Monday (Monday in lieu)
    [1, 1], // Sunday: Saturday … Monday (Monday in lieu)
  ][weekday(day)] as [number, number];
  return { holiday, first: day - before, last: day + after, statutory: 1, statutoryDay: day };
}

// A block of `length` days from `first` holding `statutory` statutory days, every day named.
function namedBlock(holiday: NoticeHoliday, first: DayNumber, length: number, statutory: number): Block {
  return { holiday, first, last: first + length - 1, statutory };
}

// The blocks of a year, by the law in force and the notices' custom [I-26].
function blocksOf(year: number, law: HolidayLaw, lunar: LunarDates): Block[] {
  const blocks: Block[] = [];
  const days = law.days;
  blocks.push(oneDayBlock('newYear', dayNumberOf(year, 1, 1)));

  // 春节: the notices' custom is a block of 7 days (8 under the 2025 revision, whose 4
  // statutory days begin on 除夕) from 除夕 — from 初一 under the 1999 law, whose days began there.
  const springStart = law.revision === 1999 ? lunar.springFestival : lunar.eve;
  blocks.push(namedBlock('springFestival', springStart, law.revision >= 2025 ? 8 : 7, days.springFestival));

  if (days.qingming !== undefined) blocks.push(oneDayBlock('qingming', lunar.qingming));

  // 劳动节: under the 1999 law a week from 1 May; from the 2020 notice on, 5 days (beginning on
  // the Saturday before when 1 May is a Sunday or Monday); before that, a one-day holiday.
  const may = dayNumberOf(year, 5, 1);
  if (law.revision === 1999) blocks.push(namedBlock('labourDay', may, 7, days.labourDay));
  else if (year >= 2020) blocks.push(namedBlock('labourDay', weekday(may) === 6 ? may - 1 : weekday(may) === 0 ? may - 2 : may, 5, days.labourDay));
  else blocks.push(oneDayBlock('labourDay', may));

  if (days.dragonBoat !== undefined) blocks.push(oneDayBlock('dragonBoat', lunar.dragonBoat));

  // 国庆节: 7 days from 1 October; 8 when 中秋节 falls from 29 September to 7 October and joins it.
  const october = dayNumberOf(year, 10, 1);
  const midAutumn = days.midAutumn === undefined ? undefined : lunar.midAutumn;
  if (midAutumn !== undefined && midAutumn >= october - 2 && midAutumn <= october + 6) {
    // 中秋节 on 1–3 October counts apart, as the 2020 notice did (8 days for 中秋 on 1 October).
    blocks.push(namedBlock('nationalDayMidAutumn', Math.min(midAutumn, october), 8, days.nationalDay + 1));
  } else {
    if (midAutumn !== undefined) blocks.push(oneDayBlock('midAutumn', midAutumn));
    blocks.push(namedBlock('nationalDay', october, 7, days.nationalDay));
  }
  return blocks; // in the order of their first days, as pushed
}

/**
 * The estimated holidays and make-up working days of a year [I-26], or `undefined` when no
 * law or lunar table covers it (the calendar then falls back on weekends alone). `fixed` says
 * which days belong to a covered year: the estimate never changes them.
 *
 * @example
 * ```ts
 * estimateYear(2027, () => false)?.holidays.has(dayNumberOf(2027, 10, 1));
 * //=> true
 * ```
 */
export function estimateYear(year: number, fixed: (day: DayNumber) => boolean): EstimatedDays | undefined {
  const law = lawOf(year);
  const lunar = lunarDatesOf(year);
  if (law === undefined || lunar === undefined) return undefined;
  const blocks = blocksOf(year, law, lunar);
  const holidays = new Map<DayNumber, string>();
  const workdays = new Map<DayNumber, string>();
  // Every day of every block, fixed or not: never a make-up day (nor is a fixed day).
  const off = new Set<DayNumber>();
  for (const block of blocks) for (let day = block.first; day <= block.last; day++) off.add(day);
  for (const block of blocks) {
    const label = noticeLabel(block.holiday);
    for (let day = block.first; day <= block.last; day++) {
      if (fixed(day)) continue;
      if (block.statutoryDay === undefined || !isWeekend(day) || day === block.statutoryDay) holidays.set(day, label);
    }
    let weekdaysOff = 0;
    for (let day = block.first; day <= block.last; day++) if (!fixed(day) && !isWeekend(day)) weekdaysOff++;
    for (const day of chooseMakeupDays(block, weekdaysOff - block.statutory, off, workdays, fixed)) workdays.set(day, label);
  }
  return { holidays, workdays };
}

// The make-up working days for the weekdays a block takes beyond its statutory days: the
// weekend days nearest the block, one per weekend unless that weekend touches the block (as the
// notices make up a whole weekend next to a block that starts or ends on one) [I-26]. In
// 2000–2100 the nearest days never leave more than 6 working days in a row, which
// estimate.test.ts checks for every estimated year.
function chooseMakeupDays(block: Block, count: number, off: ReadonlySet<DayNumber>, chosen: ReadonlyMap<DayNumber, string>, fixed: (day: DayNumber) => boolean): DayNumber[] {
  if (count <= 0) return [];
  const candidates: DayNumber[] = [];
  for (let day = block.first - 14; day <= block.last + 14; day++) {
    if (isWeekend(day) && !off.has(day) && !chosen.has(day) && !fixed(day)) candidates.push(day);
  }
  const distance = (day: DayNumber) => (day < block.first ? block.first - day : day - block.last);
  // Fewest whole weekends apart from the block first, then nearest; there is always one choice.
  const choices = [...combinations(candidates, Math.min(count, candidates.length))].map((days) => ({
    days,
    apart: weekendsApart(block, days),
    distance: days.reduce((sum, day) => sum + distance(day), 0),
  }));
  return choices.reduce((best, choice) => (choice.apart < best.apart || (choice.apart === best.apart && choice.distance < best.distance) ? choice : best)).days;
}

function* combinations(items: readonly DayNumber[], size: number): Generator<DayNumber[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (const [i, item] of items.entries()) for (const rest of combinations(items.slice(i + 1), size - 1)) yield [item, ...rest];
}

// Whether a weekend (Saturday `day`) touches the block.
function touches(block: Block, saturday: DayNumber): boolean {
  return saturday + 2 === block.first || saturday - 1 === block.last;
}

// How many whole weekends the days make up that do not touch the block (the days are weekend
// days, so one followed by another is a Saturday).
function weekendsApart(block: Block, days: readonly DayNumber[]): number {
  const picked = new Set(days);
  return days.filter((day) => picked.has(day + 1) && !touches(block, day)).length;
}

/**
 * A source with every uncovered year the law and the lunar table reach (2000–2100) estimated
 * [I-26]; the covered years' days are kept as they are.
 *
 * @example
 * ```ts
 * estimatedSource(source).years.includes(2027);
 * //=> true
 * ```
 */
export function estimatedSource(source: ScheduleSource): ScheduleSource {
  const covered = new Set(source.years);
  const fixed = (day: DayNumber) => covered.has(civilOf(day).year);
  const holidays = new Map(source.holidays);
  const workdays = new Map(source.workdays);
  const years = new Set(source.years);
  for (let year = LUNAR_YEARS.from; year <= LUNAR_YEARS.to; year++) {
    if (covered.has(year)) continue;
    const estimate = estimateYear(year, fixed);
    if (estimate === undefined) continue;
    years.add(year);
    for (const [day, label] of estimate.holidays) holidays.set(day, label);
    for (const [day, label] of estimate.workdays) workdays.set(day, label);
  }
  return { years: [...years].sort((a, b) => a - b), holidays, workdays };
}
