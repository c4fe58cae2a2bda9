import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { chinaCalendar, createChinaCalendarFromData, getSession } from '../../src/index.js';
import { HOLIDAY_ERRATA } from '../../src/calendar/errata.js';
import { JOINED_WEEKENDS } from './notices.js';

const nameOn = (date: string) => chinaCalendar.explainWorkingDays(date, -1).skipped.find((day) => day.date === date)?.name;
// The name of a holiday: explain a count that passes over it.
const holidayName = (date: string) => {
  const before = chinaCalendar.addWorkingDays(date, -1);
  return chinaCalendar.explainWorkingDays(before, 1).skipped.find((day) => day.date === date)?.name ?? nameOn(date);
};

describe('errata [I-24]: the notices win over the package copy', () => {
  it('2005-12-31 (Saturday) was a make-up working day (国办发明电〔2005〕35号: 12月31日（星期六）上班)', () => {
    expect(chinaCalendar.dayKind('2005-12-31')).toBe('makeup-workday');
    // The 2005-12 session's exam falls on it; its later dates count it as a working day.
    expect(getSession(2005, 12).flags.examOnMakeupWorkday).toBe(true);
    // 2005-11-26 + 40 working days passes over 2005-12-31 (and the 2006-01-01…03 holiday):
    // counting it makes the 40th working day one day earlier than the copy's 2006-01-24.
    expect(chinaCalendar.addWorkingDays('2005-11-26', 40)).toBe('2006-01-23');
  });

  it('2011-06-05, 2012-06-23 and 2015-09-05 are days off the notices name, not weekends', () => {
    for (const date of ['2011-06-05', '2012-06-23', '2015-09-05']) expect(chinaCalendar.dayKind(date)).toBe('holiday');
    expect(holidayName('2011-06-05')).toEqual({ zh: '端午节', en: 'Dragon Boat Festival' });
    expect(holidayName('2015-09-05')?.zh).toBe('中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日');
  });

  it('a weekend a notice only joins to a holiday (与周末连休) is a weekend, 2019 as every other year', () => {
    for (const date of JOINED_WEEKENDS) expect(chinaCalendar.dayKind(date)).toBe('weekend');
    // The same convention in 2018 (端午节 6月18日放假，与周末连休), where the data already agreed.
    expect(chinaCalendar.dayKind('2018-06-16')).toBe('weekend');
    expect(chinaCalendar.dayKind('2019-04-05')).toBe('holiday');
  });

  it('names holidays as the notices do, zh and en, every year', () => {
    expect(holidayName('2010-04-05')).toEqual({ zh: '清明节', en: 'Tomb-sweeping Day' });
    expect(holidayName('2026-06-19')).toEqual({ zh: '端午节', en: 'Dragon Boat Festival' });
    expect(holidayName('2026-09-25')).toEqual({ zh: '中秋节', en: 'Mid-autumn Festival' });
    // Merged blocks: 2020 (中秋 on 10-01, every day labelled 国庆节 in the copy), 2023 (中秋 9-29).
    const merged = { zh: '国庆节、中秋节', en: 'National Day and Mid-autumn Festival' };
    for (const date of ['2020-10-01', '2020-10-08', '2023-09-29', '2023-10-06', '2025-10-06', '2012-09-30']) expect(holidayName(date)).toEqual(merged);
    // 2026's 中秋节 (9-25) is its own block; its 国庆节 stays 国庆节.
    expect(holidayName('2026-10-01')).toEqual({ zh: '国庆节', en: 'National Day' });
  });

  it('every erratum cites its notice by title and document number', () => {
    for (const erratum of HOLIDAY_ERRATA) {
      expect(erratum.notice.title).toMatch(/^国务院.*通知$/);
      expect(erratum.notice.document).toMatch(/^国(办)?发明电〔20\d\d〕\d+号$/);
    }
  });

  it('applies cleanly to a copy in which the package has already made the corrections: a no-op', () => {
    const holidays: Record<string, string> = { ...chineseDays.holidays, '2011-06-05': 'Dragon Boat Festival,端午,1', '2012-06-23': 'Dragon Boat Festival,端午,1', '2015-09-05': chineseDays.holidays['2015-09-03'] };
    for (const date of JOINED_WEEKENDS) delete holidays[date];
    const fixed = { holidays, workdays: { ...chineseDays.workdays, '2005-12-31': "New Year's Day,元旦,1" }, inLieuDays: chineseDays.inLieuDays };
    const calendar = createChinaCalendarFromData(fixed);
    for (let year = 2004; year <= 2026; year++) {
      for (const date of [`${year}-01-01`, `${year}-06-15`]) {
        expect(calendar.explainWorkingDays(date, 100)).toEqual(chinaCalendar.explainWorkingDays(date, 100));
      }
    }
    expect(calendar.dayKind('2005-12-31')).toBe('makeup-workday');
  });

  it('touches no year the data does not cover', () => {
    const calendar = createChinaCalendarFromData({ holidays: { '2026-10-01': 'National Day,国庆节,3' }, workdays: {} });
    expect(calendar.coverage.years).toEqual([2026]);
  });
});
