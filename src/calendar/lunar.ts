/**
 * Reading the generated table of lunar and solar-term dates (src/calendar/lunar-table.ts).
 * @module
 */
import { dayNumberOf, type DayNumber } from '../core/plain-date.js';
import { LUNAR_TABLE, LUNAR_YEARS } from './lunar-table.js';

/** The dates of a year that the holiday law names by the lunar calendar or a solar term. */
export interface LunarDates {
  /** 除夕, the last day of the lunar year (the day before 春节). */
  readonly eve: DayNumber;
  /** 春节, lunar 1/1. */
  readonly springFestival: DayNumber;
  /** 清明, the solar term. */
  readonly qingming: DayNumber;
  /** 端午, lunar 5/5. */
  readonly dragonBoat: DayNumber;
  /** 中秋, lunar 8/15. */
  readonly midAutumn: DayNumber;
}

// The earliest date of each field, as the generator packed them.
const BASES = [
  [1, 19],
  [4, 3],
  [5, 25],
  [9, 5],
] as const;

/**
 * The lunar and solar-term dates of a year, or `undefined` outside the table's years.
 *
 * @example
 * ```ts
 * fromDayNumber(lunarDatesOf(2026)!.midAutumn);
 * //=> '2026-09-25'
 * ```
 */
export function lunarDatesOf(year: number): LunarDates | undefined {
  if (!Number.isInteger(year) || year < LUNAR_YEARS.from || year > LUNAR_YEARS.to) return undefined;
  const at = (field: 0 | 1 | 2 | 3): DayNumber => {
    const [month, day] = BASES[field];
    return dayNumberOf(year, month, day) + parseInt(LUNAR_TABLE.charAt((year - LUNAR_YEARS.from) * 4 + field), 36);
  };
  const springFestival = at(0);
  return { eve: springFestival - 1, springFestival, qingming: at(1), dragonBoat: at(2), midAutumn: at(3) };
}
