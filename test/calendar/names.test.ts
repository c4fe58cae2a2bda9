// The small readers the calendar's data passes through: a label's zh and en names, the notices'
// holiday names, the lunar table's first year, and the errors of a data file that cannot be
// read. Each case is one answer written out by hand.
import { describe, expect, it } from 'vitest';
import { createChinaCalendarFromData, holidayNameOf } from '../../src/calendar/index.js';
import { lunarDatesOf } from '../../src/calendar/lunar.js';
import { noticeHolidayOf, noticeLabel, toNoticeLabel } from '../../src/calendar/notice-names.js';
import { fromDayNumber } from '../../src/core/plain-date.js';
import { englishIssues, thrown } from '../thrown.js';

describe('holidayNameOf: the parts of a label', () => {
  it.each([
    // Spaces around the commas are not part of the names.
    [' National Day , 国庆节 , 3 ', { zh: '国庆节', en: 'National Day' }],
    // A length of two digits is dropped like one of one digit.
    ['Spring Festival,春节,10', { zh: '春节', en: 'Spring Festival' }],
    // A last part that is not a whole number is the zh name; the parts before it, joined, the en one.
    ['Day of Rest,休息日,2x', { zh: '2x', en: 'Day of Rest, 休息日' }],
    ['Day of Rest,休息日,x2', { zh: 'x2', en: 'Day of Rest, 休息日' }],
    ['Labour Day, May Day,劳动节', { zh: '劳动节', en: 'Labour Day, May Day' }],
    // Two parts: the number is the zh name (only a third part is taken for a length).
    ['Day of Rest,3', { zh: '3', en: 'Day of Rest' }],
    // An empty name on either side: the label as both.
    ['Day of Rest,', { zh: 'Day of Rest,', en: 'Day of Rest,' }],
    [',休息日', { zh: ',休息日', en: ',休息日' }],
    [',休息日,1', { zh: ',休息日,1', en: ',休息日,1' }],
  ])('reads %j', (label, name) => {
    expect(holidayNameOf(label)).toEqual(name);
  });

  it('says which argument is not text, in both languages', () => {
    const error = thrown(() => holidayNameOf(3 as never));
    expect(englishIssues(error)).toEqual([{ path: ['label'], message: 'expected a text label, got 3' }]);
    expect(error.text).toEqual({ en: 'label: expected a text label, got 3', zh: 'label：应为文本标签，实际为 3' });
  });
});

describe('the notices’ holiday names [I-24]', () => {
  it('knows each name the data sources use, and no other', () => {
    expect(noticeHolidayOf('Tomb-sweeping Day,清明,1')).toBe('qingming');
    expect(noticeHolidayOf('国庆节、中秋节')).toBe('nationalDayMidAutumn');
    expect(noticeHolidayOf('Anti-Fascist 70th Day,中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日,1')).toBe('victoryDay70');
    expect(noticeHolidayOf('Company day')).toBeUndefined();
    expect(noticeHolidayOf('Day,公司日,1')).toBeUndefined();
    // A name the alias table inherits from Object.prototype is no holiday.
    expect(noticeHolidayOf('constructor')).toBeUndefined();
    expect(noticeHolidayOf('x,toString,1')).toBeUndefined();
  });

  it('rewrites a known label to the notice’s name and keeps any other as given', () => {
    expect(toNoticeLabel('Dragon Boat Festival,端午,1')).toBe('Dragon Boat Festival,端午节');
    expect(toNoticeLabel('Company day')).toBe('Company day');
    expect(toNoticeLabel(undefined)).toBeUndefined();
    expect(noticeLabel('nationalDayMidAutumn')).toBe('National Day and Mid-autumn Festival,国庆节、中秋节');
  });
});

describe('lunarDatesOf at the edges of its table', () => {
  it('has 2000, the first year: 春节 5 February, 清明 4 April, 端午 6 June, 中秋 12 September', () => {
    const dates = lunarDatesOf(2000)!;
    expect([dates.eve, dates.springFestival, dates.qingming, dates.dragonBoat, dates.midAutumn].map(fromDayNumber)).toEqual(['2000-02-04', '2000-02-05', '2000-04-04', '2000-06-06', '2000-09-12']);
  });

  it('has no dates for a year that is not a whole number', () => {
    expect(lunarDatesOf(2026.5)).toBeUndefined();
    expect(lunarDatesOf(Number.NaN)).toBeUndefined();
  });
});

describe('createChinaCalendarFromData: the errors of data it cannot use', () => {
  it('says the data could not be read when reading it throws', () => {
    const hostile = Object.defineProperty({}, 'holidays', {
      get() {
        throw new TypeError('boom');
      },
    });
    const error = thrown(() => createChinaCalendarFromData(hostile).coverage);
    expect(error.code).toBe('calendar-data');
    expect(error.issues.map(({ path, code, params }) => ({ path, code, params }))).toEqual([{ path: [], code: 'no-holiday-data', params: { stage: 'read' } }]);
    expect(error.message).toBe('the chinese-days holiday data could not be read');
    expect(error.text).toEqual({ en: 'the chinese-days holiday data could not be read', zh: 'chinese-days 节假日数据读取出错' });
  });

  it('names the data and the first problem of a file of the wrong shape, in both languages', () => {
    const error = thrown(() => createChinaCalendarFromData({ holidays: [], workdays: {} }).coverage);
    expect(englishIssues(error)).toEqual([{ path: ['holidays'], message: 'expected a map from date to name, got an array' }]);
    expect(error.text).toEqual({
      en: 'the chinese-days holiday data has an unexpected shape: holidays: expected a map from date to name, got an array',
      zh: 'chinese-days 节假日数据格式不符：holidays：应为日期到名称的映射，实际为 数组',
    });
  });
});
