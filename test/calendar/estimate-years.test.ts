// Years no notice has published, estimated afresh (estimateYear, not chinaCalendar's cached
// days) and compared with the arrangement worked out by hand from the 2025 revision of the law
// and the notices' custom as RULES.md [I-26] reads them (issue #16):
//  - statutory days (2025 revision): 元旦 1 January; 春节 4 days from 除夕; 清明节; 劳动节 1–2 May;
//    端午节; 中秋节; 国庆节 1–3 October. Every one is a holiday, a weekend one too;
//  - a one-day holiday on Monday or Friday joins its weekend; on Tuesday or Thursday it bridges
//    the Monday or Friday; on Saturday or Sunday the Monday is off in lieu; Wednesday stands alone;
//  - 春节 8 days from 除夕; 劳动节 5 days from 1 May (from the Saturday before when 1 May is a
//    Sunday or Monday); 国庆节 7 days from 1 October, 8 when 中秋节 falls 29 September – 7 October;
//    every day of these blocks is named;
//  - each weekday off beyond the statutory days is made up on the nearest weekend day, one per
//    weekend unless the weekend touches the block, with no more than 6 working days in a row.
// The lunar dates are the table's, checked against the notices in estimate.test.ts; weekdays
// below are from a printed calendar.
import { describe, expect, it } from 'vitest';
import { estimatedSource, estimateYear } from '../../src/calendar/estimate.js';
import { civilOf, dayNumberOf, fromDayNumber, type DayNumber } from '../../src/core/plain-date.js';
import { lunarDatesOf } from '../../src/calendar/lunar.js';
import { CHINA_REFERENCE, dayOf, isWeekendDate, referenceDay } from './reference.js';

const dates = (days: Iterable<DayNumber>) => [...days].map(fromDayNumber).sort();
const range = (first: string, last: string) => Array.from({ length: dayOf(last) - dayOf(first) + 1 }, (_, i) => fromDayNumber(dayOf(first) + i));

interface HandWorked {
  readonly year: number;
  readonly holidays: readonly string[];
  readonly makeup: readonly string[];
  /** Labels of some days, zh name. */
  readonly named: Readonly<Record<string, string>>;
}

const YEARS: readonly HandWorked[] = [
  {
    // 元旦 Friday; 除夕 Friday 5 Feb; 清明 Monday 5 Apr; 1 May Saturday; 端午 Wednesday 9 Jun;
    // 中秋 Wednesday 15 Sep (before 29 Sep: apart); 1 Oct Friday.
    year: 2027,
    holidays: [
      '2027-01-01',
      ...range('2027-02-05', '2027-02-12'), // 6 weekdays, 4 statutory: 2 made up, the weekend touching the block
      '2027-04-05',
      ...range('2027-05-01', '2027-05-05'), // Wednesday–Friday off, 2 statutory on the weekend: 1 made up
      '2027-06-09',
      '2027-09-15',
      ...range('2027-10-01', '2027-10-07'), // 5 weekdays, 3 statutory: 2 made up, one each side
    ],
    makeup: ['2027-02-13', '2027-02-14', '2027-05-08', '2027-09-26', '2027-10-09'],
    named: { '2027-02-12': '春节', '2027-05-01': '劳动节', '2027-10-07': '国庆节', '2027-09-15': '中秋节', '2027-05-08': '劳动节', '2027-09-26': '国庆节' },
  },
  {
    // 元旦 Saturday (Monday in lieu); 除夕 Tuesday 25 Jan; 清明 Tuesday 4 Apr (Monday bridged);
    // 1 May Monday (from Saturday 29 Apr); 端午 Sunday 28 May (Monday in lieu); 中秋 Tuesday 3 Oct,
    // within 国庆节: 8 days from 1 October.
    year: 2028,
    holidays: [
      '2028-01-01',
      '2028-01-03',
      ...range('2028-01-25', '2028-02-01'),
      '2028-04-03',
      '2028-04-04',
      ...range('2028-04-29', '2028-05-03'),
      '2028-05-28',
      '2028-05-29',
      ...range('2028-10-01', '2028-10-08'),
    ],
    // 春节: the nearest weekend does not touch the block, so one day each side; 清明: the
    // Saturday before (6 days in a row then); 国庆节、中秋节: 5 weekdays, 4 statutory.
    makeup: ['2028-01-23', '2028-02-05', '2028-04-01', '2028-05-06', '2028-09-30'],
    named: { '2028-01-01': '元旦', '2028-01-03': '元旦', '2028-04-03': '清明节', '2028-05-28': '端午节', '2028-10-01': '国庆节、中秋节', '2028-10-08': '国庆节、中秋节', '2028-09-30': '国庆节、中秋节' },
  },
  {
    // 元旦 Monday; 除夕 Monday 12 Feb; 清明 Wednesday; 1 May Tuesday; 端午 Saturday 16 Jun;
    // 中秋 Saturday 22 Sep; 1 Oct Monday.
    year: 2029,
    holidays: [
      '2029-01-01',
      ...range('2029-02-12', '2029-02-19'), // the weekend before touches the block: both days made up
      '2029-04-04',
      ...range('2029-05-01', '2029-05-05'),
      '2029-06-16',
      '2029-06-18',
      '2029-09-22',
      '2029-09-24',
      ...range('2029-10-01', '2029-10-07'), // likewise the weekend before
    ],
    makeup: ['2029-02-10', '2029-02-11', '2029-04-29', '2029-05-06', '2029-09-29', '2029-09-30'],
    named: { '2029-06-16': '端午节', '2029-09-22': '中秋节', '2029-09-24': '中秋节', '2029-02-10': '春节', '2029-09-29': '国庆节' },
  },
  {
    // 元旦 Wednesday; 除夕 Wednesday 22 Jan; 清明 Saturday 5 Apr; 1 May Thursday; 端午 Tuesday
    // 24 Jun (Monday bridged); 中秋 on 1 October itself (a Wednesday): 8 days from 1 October.
    year: 2031,
    holidays: [
      '2031-01-01',
      ...range('2031-01-22', '2031-01-29'), // the nearest weekend days, one each side
      '2031-04-05',
      '2031-04-07',
      ...range('2031-05-01', '2031-05-05'), // the Sunday before (4 days nearer than the Saturday after)
      '2031-06-23',
      '2031-06-24', // the Saturday before: 6 working days in a row
      ...range('2031-10-01', '2031-10-08'), // 6 weekdays, 4 statutory (中秋 on 1 October counts apart)
    ],
    makeup: ['2031-01-19', '2031-02-01', '2031-04-27', '2031-06-21', '2031-09-28', '2031-10-11'],
    named: { '2031-04-05': '清明节', '2031-04-07': '清明节', '2031-06-21': '端午节', '2031-10-01': '国庆节、中秋节', '2031-10-11': '国庆节、中秋节' },
  },
  {
    // 中秋 Sunday 28 September, a day before the merge: its own block (27–29 September), which
    // 国庆节 (Wednesday 1 – Tuesday 7 October) must make up around: not 27–28 September (off),
    // not both days of 11–12 October (a weekend apart from the block), so 21 September and
    // 11 October. Also 除夕 Tuesday 21 Jan, 清明 Friday, 1 May Thursday, 端午 Sunday 22 Jun.
    year: 2042,
    holidays: [
      '2042-01-01',
      ...range('2042-01-21', '2042-01-28'),
      '2042-04-04',
      ...range('2042-05-01', '2042-05-05'),
      '2042-06-22',
      '2042-06-23',
      '2042-09-28',
      '2042-09-29',
      ...range('2042-10-01', '2042-10-07'),
    ],
    makeup: ['2042-01-19', '2042-02-01', '2042-04-27', '2042-09-21', '2042-10-11'],
    named: { '2042-09-28': '中秋节', '2042-09-29': '中秋节', '2042-10-01': '国庆节', '2042-09-21': '国庆节' },
  },
];

describe('estimateYear on years no notice has published, worked out by hand [I-26]', () => {
  for (const { year, holidays, makeup, named } of YEARS) {
    it(`gives ${year} its holidays and make-up working days`, () => {
      const estimate = estimateYear(year, (day) => civilOf(day).year < year)!;
      expect(dates(estimate.holidays.keys())).toEqual([...holidays].sort());
      expect(dates(estimate.workdays.keys())).toEqual([...makeup].sort());
      for (const [date, zh] of Object.entries(named)) {
        expect((estimate.holidays.get(dayOf(date)) ?? estimate.workdays.get(dayOf(date)))?.split(',')[1], date).toBe(zh);
      }
    });
  }

  it('names a one-day holiday on a weekend and its Monday in lieu, never the weekend day beside them', () => {
    // 2029: 端午 Saturday 16 June, Monday 18 June in lieu; Sunday 17 June is a weekend.
    const estimate = estimateYear(2029, () => false)!;
    expect(['2029-06-16', '2029-06-17', '2029-06-18'].map((date) => estimate.holidays.has(dayOf(date)))).toEqual([true, false, true]);
  });
});

describe('estimatedSource: each year estimated with its neighbours [I-26]', () => {
  it('gives 2018 the working days of the notices, its last days off by the 2019 notice', () => {
    // The 2018 notice followed the custom throughout (春节 from 除夕 with 11 and 24 February
    // made up, 清明节 5–7 April with 8 April, 劳动节 29 April – 1 May with 28 April, 国庆节 with
    // 29–30 September); 29 December (made up) and 30–31 December are the 2019 notice's 元旦.
    const source = estimatedSource({ years: [], holidays: new Map(), workdays: new Map() });
    const wrong: string[] = [];
    for (let day = dayNumberOf(2018, 1, 1); day <= dayNumberOf(2018, 12, 31); day++) {
      const date = fromDayNumber(day);
      const working = source.workdays.has(day) || (!isWeekendDate(date) && !source.holidays.has(day));
      const { kind } = referenceDay(CHINA_REFERENCE, date);
      if (working !== (kind === 'workday' || kind === 'makeup-workday')) wrong.push(date);
    }
    expect(wrong).toEqual([]);
  });

  it('leaves a covered year to its data, even where the next year’s 元旦 would reach into it', () => {
    // 2019 estimated beside a covered 2018: its 元旦 (a Tuesday) would take 30–31 December 2018
    // and make up 29 December; a covered year's days are its data's alone.
    const withCovered2018 = estimatedSource({ years: [2018], holidays: new Map(), workdays: new Map() });
    const december2018 = ['2018-12-29', '2018-12-30', '2018-12-31'].map(dayOf);
    expect(december2018.filter((day) => withCovered2018.holidays.has(day) || withCovered2018.workdays.has(day))).toEqual([]);
    expect(withCovered2018.holidays.has(dayOf('2019-01-01'))).toBe(true);
    // 2019 covered and 2018 estimated: 2018's estimate holds none of 2019's arrangement.
    const withCovered2019 = estimatedSource({ years: [2019], holidays: new Map(), workdays: new Map() });
    expect(december2018.filter((day) => withCovered2019.holidays.has(day) || withCovered2019.workdays.has(day))).toEqual([]);
    expect(withCovered2019.holidays.has(dayOf('2019-01-01'))).toBe(false);
  });
});

describe('the 1999 revision of the law [I-26]', () => {
  it('has no 清明节, 端午节 or 中秋节: the 2004–2007 notices gave none, nor does the estimate', () => {
    for (const year of [2004, 2005, 2006, 2007]) {
      const lunar = lunarDatesOf(year)!;
      const estimate = estimateYear(year, () => false)!;
      for (const day of [lunar.qingming, lunar.dragonBoat, lunar.midAutumn]) {
        const date = fromDayNumber(day);
        // 中秋 2006 (6 October) fell in the week of 国庆节, off as part of it.
        if (date.slice(5) >= '10-01' && date.slice(5) <= '10-07') continue;
        expect(referenceDay(CHINA_REFERENCE, date).kind, `notice ${date}`).not.toBe('holiday');
        expect(estimate.holidays.has(day), date).toBe(false);
      }
    }
  });
});
