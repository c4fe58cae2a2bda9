// The estimate [I-26] computed afresh for each case (estimateYear / estimatedSource), not through
// chinaCalendar's cached days, so that every branch of src/calendar/estimate.ts runs in each test
// (issue #16). The oracle is the published arrangement of covered years (chinese-days' data as
// corrected by the notices, test/calendar/reference.ts): a year whose notice followed the
// custom the estimate encodes must come out day for day as the notice gave it.
import { describe, expect, it } from 'vitest';
import { estimatedSource, estimateYear, lawOf, type EstimatedDays } from '../../src/calendar/estimate.js';
import { civilOf, dayNumberOf, fromDayNumber, type DayNumber } from '../../src/core/plain-date.js';
import { CHINA_REFERENCE, dayOf, isWeekendDate, referenceDay } from './reference.js';

const never = () => false;

function estimatedWorking(estimate: EstimatedDays, day: DayNumber): boolean {
  return estimate.workdays.has(day) || (!isWeekendDate(fromDayNumber(day)) && !estimate.holidays.has(day));
}

function officialWorking(date: string): boolean {
  const { kind } = referenceDay(CHINA_REFERENCE, date);
  return kind === 'workday' || kind === 'makeup-workday';
}

// The zh name of a data label ("Spring Festival,春节,4" → "春节"), shortened to its stem (中秋节 → 中秋).
function zhStem(label: string | undefined): string {
  return (label?.split(',')[1] ?? '').replace(/节$/, '');
}

// Years whose notices followed the custom the estimate encodes, one per law the estimate
// reaches with a published notice: 2009 (2007 revision), 2016, 2017, 2021, 2022, 2023 (2013
// revision) and 2025 (2025 revision).
const CUSTOMARY_YEARS = [2009, 2016, 2017, 2021, 2022, 2023, 2025];

describe('estimateYear on years the notices published [I-26]', () => {
  for (const year of CUSTOMARY_YEARS) {
    it(`gives ${year} the working days its notice gave`, () => {
      const estimate = estimateYear(year, never)!;
      const wrong: string[] = [];
      for (let day = dayNumberOf(year, 1, 1); day <= dayNumberOf(year, 12, 31); day++) {
        const date = fromDayNumber(day);
        if (estimatedWorking(estimate, day) !== officialWorking(date)) wrong.push(date);
      }
      expect(wrong).toEqual([]);
    });

    it(`names ${year}'s holidays and make-up days as its notice did`, () => {
      const estimate = estimateYear(year, never)!;
      // Make-up days: exactly the notice's, each named after its holiday.
      const madeUp = [...estimate.workdays.keys()].filter((day) => civilOf(day).year === year).map(fromDayNumber).sort();
      const official = Object.keys(CHINA_REFERENCE.workdays).filter((date) => date.startsWith(`${year}-`)).sort();
      expect(madeUp).toEqual(official);
      for (const date of official) expect(estimate.workdays.get(dayOf(date)), date).toContain(zhStem(CHINA_REFERENCE.workdays[date]));
      // Weekday holidays: each named after the notice's holiday.
      for (const [date, label] of Object.entries(CHINA_REFERENCE.holidays)) {
        if (!date.startsWith(`${year}-`) || isWeekendDate(date)) continue;
        expect(estimate.holidays.get(dayOf(date)), date).toContain(zhStem(label));
      }
    });
  }

  it('gives 2020 from March on the working days of its notice (5 days of 劳动节 from 2020 on)', () => {
    // 2020's 春节 was extended by a later State Council notice (to 2 February), which no custom
    // foretells; the rest of the year followed the annual notice: 劳动节 5月1日至5日, 4-26 and 5-9 上班.
    const estimate = estimateYear(2020, never)!;
    for (let day = dayNumberOf(2020, 3, 1); day <= dayNumberOf(2020, 12, 31); day++) {
      expect(estimatedWorking(estimate, day), fromDayNumber(day)).toBe(officialWorking(fromDayNumber(day)));
    }
    for (const date of ['2020-04-26', '2020-05-09']) expect(estimate.workdays.get(dayOf(date)), date).toContain('劳动节');
  });

  it('lays 元旦 2019 (a Tuesday) over the year end as the 2019 notice did, unless 2018 is fixed', () => {
    // The 2019 notice: 2018-12-30 至 2019-01-01 放假, 2018-12-29 (Saturday) 上班.
    const estimate = estimateYear(2019, never)!;
    for (const date of ['2018-12-30', '2018-12-31', '2019-01-01']) expect(estimatedWorking(estimate, dayOf(date)), date).toBe(officialWorking(date));
    expect(estimate.workdays.has(dayOf('2018-12-29'))).toBe(officialWorking('2018-12-29'));
    expect(estimate.holidays.get(dayOf('2018-12-31'))).toContain('元旦');
    // With 2018 covered, its days are left alone: no day of 2018 is named, nothing made up for it.
    const kept = estimateYear(2019, (day) => civilOf(day).year === 2018)!;
    expect([...kept.holidays.keys(), ...kept.workdays.keys()].filter((day) => civilOf(day).year === 2018)).toEqual([]);
    expect(kept.holidays.has(dayOf('2019-01-01'))).toBe(true);
    expect(kept.workdays.has(dayOf('2019-02-02')) && kept.workdays.has(dayOf('2019-02-03'))).toBe(true);
  });

  it('leaves fixed days alone and still estimates the rest of the year', () => {
    expect(estimateYear(2025, () => true)).toEqual({ holidays: new Map(), workdays: new Map() });
    // 2025 with January–August fixed: 国庆节、中秋节 and its make-up days are the notice's still.
    const lastFixed = dayNumberOf(2025, 8, 31);
    const estimate = estimateYear(2025, (day) => day <= lastFixed)!;
    expect([...estimate.holidays.keys(), ...estimate.workdays.keys()].filter((day) => day <= lastFixed)).toEqual([]);
    for (let day = lastFixed + 1; day <= dayNumberOf(2025, 12, 31); day++) {
      expect(estimatedWorking(estimate, day), fromDayNumber(day)).toBe(officialWorking(fromDayNumber(day)));
    }
  });

  it('keeps the 1999 law’s weeks: 春节 from 初一, 劳动节 and 国庆节 from the 1st, 7 days each', () => {
    // The 2004–2007 notices (1999 revision): 五一 and 十一 1–7, 春节 7 days from 初一.
    const springFrom = { 2004: '2004-01-22', 2005: '2005-02-09', 2006: '2006-01-29', 2007: '2007-02-18' };
    for (const [year, first] of Object.entries(springFrom)) {
      const estimate = estimateYear(Number(year), never)!;
      const offDays = [
        ...Array.from({ length: 7 }, (_, i) => dayOf(first) + i),
        ...Array.from({ length: 7 }, (_, i) => dayNumberOf(Number(year), 5, 1 + i)),
        ...Array.from({ length: 7 }, (_, i) => dayNumberOf(Number(year), 10, 1 + i)),
      ];
      for (const day of offDays) {
        const date = fromDayNumber(day);
        expect(officialWorking(date), `notice ${date}`).toBe(false);
        expect(estimatedWorking(estimate, day), date).toBe(false);
        expect(estimate.holidays.has(day), date).toBe(true);
      }
      // 除夕 was a working day under the 1999 law (unless a weekend).
      const eve = dayOf(first) - 1;
      expect(estimate.holidays.has(eve), fromDayNumber(eve)).toBe(false);
    }
  });

  it('has no estimate before the 1999 revision’s first whole year or past the lunar table', () => {
    expect(lawOf(1999)).toBeUndefined();
    expect([2000, 2007, 2008, 2013, 2014, 2024, 2025, 2100].map((year) => lawOf(year)?.revision)).toEqual([1999, 1999, 2007, 2007, 2013, 2013, 2025, 2025]);
    expect(estimateYear(1999, never)).toBeUndefined();
    expect(estimateYear(2101, never)).toBeUndefined();
    expect(estimateYear(2100, never)?.holidays.has(dayNumberOf(2100, 10, 1))).toBe(true);
  });
});

describe('estimatedSource [I-26]', () => {
  it('estimates every uncovered year 2000–2100, ascending, and keeps a covered year as given', () => {
    const holidays = new Map<DayNumber, string>([[dayNumberOf(2025, 1, 1), "New Year's Day,元旦"]]);
    const source = estimatedSource({ years: [2025], holidays, workdays: new Map() });
    expect(source.years).toEqual(Array.from({ length: 101 }, (_, i) => 2000 + i));
    const in2025 = (map: ReadonlyMap<DayNumber, unknown>) => [...map.keys()].filter((day) => civilOf(day).year === 2025);
    expect(in2025(source.holidays)).toEqual([dayNumberOf(2025, 1, 1)]);
    expect(in2025(source.workdays)).toEqual([]);
    // 2026 is estimated: 国庆节 1 October off, named.
    expect(source.holidays.get(dayNumberOf(2026, 10, 1))).toContain('国庆节');
    // A day is never both a holiday and a make-up working day.
    for (const day of source.workdays.keys()) expect(source.holidays.has(day), fromDayNumber(day)).toBe(false);
  });

  it('matches the notices of covered years it was not given', () => {
    const source = estimatedSource({ years: [], holidays: new Map(), workdays: new Map() });
    for (const year of [2021, 2023, 2025]) {
      for (let day = dayNumberOf(year, 1, 1); day <= dayNumberOf(year, 12, 31); day++) {
        const date = fromDayNumber(day);
        const working = source.workdays.has(day) || (!isWeekendDate(date) && !source.holidays.has(day));
        expect(working, date).toBe(officialWorking(date));
      }
    }
  });
});
