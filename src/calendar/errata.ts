/**
 * The errata [I-24]: where chinese-days' copy of the State Council's notices
 * (国务院办公厅关于…部分节假日安排的通知) disagrees with a notice, the notice wins. Each entry
 * cites its notice; applying an entry the data already agrees with changes nothing, so the
 * table stays right when the package fixes its copy. Then every label is rewritten to the
 * notices' names, and the days of a block that joins 国庆节 and 中秋节 are named for both.
 * @module
 */
import { deepFreeze } from '../core/freeze.js';
import { civilOf, dayNumberOf, dayNumberOfText, type DayNumber } from '../core/plain-date.js';
import { lunarDatesOf } from './lunar.js';
import { noticeLabel, toNoticeLabel, type NoticeHoliday } from './notice-names.js';
import type { ScheduleSource } from './schedule-data.js';

/** A notice of the State Council (or its General Office) on the holiday arrangements. */
export interface HolidayNotice {
  readonly title: string;
  /** The document number, e.g. 国办发明电〔2005〕35号. */
  readonly document: string;
}

/** One correction: the kind a notice gives a day, and the notice. */
export interface Erratum {
  readonly date: string;
  /** `'weekend'`: a weekend the notice only joins to a holiday (与周末连休), not a day it names. */
  readonly kind: 'holiday' | 'makeup-workday' | 'weekend';
  readonly holiday?: NoticeHoliday;
  readonly notice: HolidayNotice;
}

// The yearly notices share one title pattern.
const yearly = (year: number, document: string): HolidayNotice => ({ title: `国务院办公厅关于${year}年部分节假日安排的通知`, document });
const NOTICE_2006 = yearly(2006, '国办发明电〔2005〕35号');
const NOTICE_2011 = yearly(2011, '国办发明电〔2010〕40号');
const NOTICE_2012 = yearly(2012, '国办发明电〔2011〕45号');
const NOTICE_2015_VICTORY: HolidayNotice = {
  title: '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知',
  document: '国发明电〔2015〕1号',
};
const NOTICE_2019 = yearly(2019, '国办发明电〔2018〕15号');

/**
 * Every correction to chinese-days' data, each citing its notice [I-24].
 *
 * @example
 * ```ts
 * HOLIDAY_ERRATA.find((erratum) => erratum.date === '2005-12-31')?.notice.document;
 * //=> '国办发明电〔2005〕35号'
 * ```
 */
// Deep-frozen, as every exported constant (issue 14, finding 3).
export const HOLIDAY_ERRATA: readonly Erratum[] = /* @__PURE__ */ deepFreeze([
  // 12月31日（星期六）上班
  { date: '2005-12-31', kind: 'makeup-workday', holiday: 'newYear', notice: NOTICE_2006 },
  // 端午节：6月4日至6日放假公休，共3天
  { date: '2011-06-05', kind: 'holiday', holiday: 'dragonBoat', notice: NOTICE_2011 },
  // 端午节：6月22日至24日放假公休，共3天
  { date: '2012-06-23', kind: 'holiday', holiday: 'dragonBoat', notice: NOTICE_2012 },
  // 9月3日至5日调休放假，共3天
  { date: '2015-09-05', kind: 'holiday', holiday: 'victoryDay70', notice: NOTICE_2015_VICTORY },
  // 清明节：4月5日放假，与周末连休; 端午节：6月7日…; 中秋节：9月13日…: the joined weekends
  // are weekends, as every other year's are in the data.
  ...['2019-04-06', '2019-04-07', '2019-06-08', '2019-06-09', '2019-09-14', '2019-09-15'].map((date) => ({ date, kind: 'weekend' as const, notice: NOTICE_2019 })),
]);

/**
 * chinese-days' source corrected by {@link HOLIDAY_ERRATA} (only in the years it covers), with
 * the notices' holiday names and the merged 国庆节、中秋节 block. Returns a new source.
 *
 * @example
 * ```ts
 * applyHolidayErrata(source).workdays.has(dayNumberOf(2005, 12, 31));
 * //=> true
 * ```
 */
export function applyHolidayErrata(source: ScheduleSource): ScheduleSource {
  const covered = new Set(source.years);
  const holidays = new Map(source.holidays);
  const workdays = new Map(source.workdays);
  for (const erratum of HOLIDAY_ERRATA) {
    const day = dayNumberOfText(erratum.date);
    if (day === undefined || !covered.has(civilOf(day).year)) continue;
    holidays.delete(day);
    workdays.delete(day);
    const label = erratum.holiday === undefined ? undefined : noticeLabel(erratum.holiday);
    if (erratum.kind === 'holiday') holidays.set(day, label);
    else if (erratum.kind === 'makeup-workday') workdays.set(day, label);
  }
  for (const days of [holidays, workdays]) for (const [day, label] of days) days.set(day, toNoticeLabel(label));
  for (const year of source.years) nameMergedBlock(holidays, year);
  return { years: source.years, holidays, workdays };
}

/**
 * Names every day of the run of holidays through 1 October `国庆节、中秋节` when 中秋节 falls in
 * it (a block the notices name for both, e.g. 2020's 10月1日至8日).
 *
 * @example
 * ```ts
 * nameMergedBlock(holidays, 2020);
 * ```
 */
export function nameMergedBlock(holidays: Map<DayNumber, string | undefined>, year: number): void {
  const midAutumn = lunarDatesOf(year)?.midAutumn;
  const october = dayNumberOf(year, 10, 1);
  // 中秋节 is a public holiday from 2008 (the 2007 revision of the law).
  if (year < 2008 || midAutumn === undefined || !holidays.has(october)) return;
  let first = october;
  let last = october;
  while (holidays.has(first - 1)) first--;
  while (holidays.has(last + 1)) last++;
  if (midAutumn < first || midAutumn > last) return;
  const label = noticeLabel('nationalDayMidAutumn');
  for (let day = first; day <= last; day++) holidays.set(day, label);
}
