// The checks on a calendar's data and the errata [I-24], each on data read afresh in the test
// (issue #16): every refusal compared whole (path, code, params), the bounds of each check,
// and the notices' corrections and names on a new calendar from chinese-days' copy.
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { chinaCalendar, createCalendar, createChinaCalendarFromData, type WorkingDayCalendar } from '../../src/calendar/index.js';
import { refusalOf } from '../thrown.js';

const outside = (path: (string | number)[], date: string, covered: string) => ({ path, code: 'outside-covered-years', params: { date, covered } });

describe('a calendar’s own data (createCalendar, withYear)', () => {
  it('names what is not an object or not a list', () => {
    expect(refusalOf(() => createCalendar(null as never))).toEqual({ code: 'invalid-input', issues: [{ path: [], code: 'wrong-type', params: { expected: 'calendar-data', value: 'null' } }] });
    expect(refusalOf(() => chinaCalendar.withYear(2027, null as never))).toEqual({ code: 'invalid-input', issues: [{ path: [], code: 'wrong-type', params: { expected: 'year-schedule', value: 'null' } }] });
    expect(refusalOf(() => createCalendar({ years: 'x', holidays: [], workdays: [] } as never))).toEqual({ code: 'invalid-input', issues: [{ path: ['years'], code: 'wrong-type', params: { expected: 'year-list', value: 'x' } }] });
    expect(refusalOf(() => createCalendar({ years: [2030], holidays: [], workdays: { '2030-01-05': 5 } } as never))).toEqual({
      code: 'invalid-input',
      issues: [{ path: ['workdays', '2030-01-05'], code: 'wrong-type', params: { expected: 'holiday-name', value: '5' } }],
    });
  });

  it('refuses a function as a map of days, whatever it calls itself', () => {
    const impostor = Object.assign(() => 1, { [Symbol.toStringTag]: 'Object' });
    expect(refusalOf(() => createCalendar({ years: [2030], holidays: impostor, workdays: [] } as never))).toEqual({
      code: 'invalid-input',
      issues: [{ path: ['holidays'], code: 'wrong-type', params: { expected: 'date-list-or-map', value: 'a function' } }],
    });
  });

  it('takes covered years 1 to 9999, and at least one', () => {
    expect(createCalendar({ years: [1], holidays: ['0001-01-01'], workdays: [] }).dayKind('0001-01-01')).toBe('holiday');
    expect(createCalendar({ years: [9999], holidays: [], workdays: [] }).dayKind('9999-12-31')).toBe('workday');
    const yearIssue = (index: number, value: string) => ({ path: ['years', index], code: 'out-of-range', params: { what: 'year', min: 1, max: 9999, value } });
    expect(refusalOf(() => createCalendar({ years: [2030, 0, 10000], holidays: [], workdays: [] }))).toEqual({ code: 'invalid-input', issues: [yearIssue(1, '0'), yearIssue(2, '10000')] });
    // No covered year: that alone is said, not every day as outside it.
    expect(refusalOf(() => createCalendar({ years: [], holidays: ['2030-01-01'], workdays: ['2030-01-05'] }))).toEqual({
      code: 'invalid-input',
      issues: [{ path: ['years'], code: 'empty', params: { what: 'covered-year' } }],
    });
  });

  it('takes 29–31 December before a covered year, and no other day outside [I-25]', () => {
    const calendar = createCalendar({ years: [2030], holidays: ['2029-12-29', '2029-12-31'], workdays: [] });
    expect(calendar.coverage.years).toEqual([2030]);
    expect(refusalOf(() => createCalendar({ years: [2030], holidays: ['2029-12-28', '2029-11-29', '2028-12-30', '2031-01-01'], workdays: [] }))).toEqual({
      code: 'invalid-input',
      issues: [outside(['holidays', 0], '2029-12-28', '2030'), outside(['holidays', 1], '2029-11-29', '2030'), outside(['holidays', 2], '2028-12-30', '2030'), outside(['holidays', 3], '2031-01-01', '2030')],
    });
    expect(refusalOf(() => createCalendar({ years: [2030, 2031, 2032], holidays: { '2033-01-01': 'New Year' }, workdays: ['2029-12-28'] }))).toEqual({
      code: 'invalid-input',
      issues: [outside(['holidays', '2033-01-01'], '2033-01-01', '2030–2032'), outside(['workdays', 0], '2029-12-28', '2030–2032')],
    });
  });

  it('refuses a day both a holiday and a make-up day, naming the make-up entry', () => {
    expect(refusalOf(() => createCalendar({ years: [2030], holidays: ['2030-10-05', '2030-10-06'], workdays: ['2030-10-12', '2030-10-06'] }))).toEqual({
      code: 'invalid-input',
      issues: [{ path: ['workdays', 1], code: 'holiday-and-workday', params: { date: '2030-10-06' } }],
    });
  });

  it('checks a year schedule’s days only against a valid year', () => {
    expect(refusalOf(() => chinaCalendar.withYear(0, { holidays: ['2027-01-01'], workdays: ['2027-01-01'] }))).toEqual({
      code: 'invalid-input',
      issues: [{ path: ['year'], code: 'out-of-range', params: { what: 'year', min: 1, max: 9999, value: '0' } }],
    });
  });
});

describe('chinese-days’ data (createChinaCalendarFromData)', () => {
  const refusal = (raw: unknown) => refusalOf(() => createChinaCalendarFromData(raw).coverage);

  it('wants maps from date to name, inLieuDays too', () => {
    expect(refusal('x')).toEqual({ code: 'calendar-data', issues: [{ path: [], code: 'wrong-type', params: { expected: 'chinese-days-data', value: 'x' } }] });
    expect(refusal({ holidays: [], workdays: {} })).toEqual({ code: 'calendar-data', issues: [{ path: ['holidays'], code: 'wrong-type', params: { expected: 'date-map', value: 'an array' } }] });
    expect(refusal({ holidays: { '2026-01-01': 'x' }, workdays: {}, inLieuDays: [] })).toEqual({
      code: 'calendar-data',
      issues: [{ path: ['inLieuDays'], code: 'wrong-type', params: { expected: 'date-map', value: 'an array' } }],
    });
  });

  it('needs at least one date, and says so only when nothing else is wrong', () => {
    expect(refusal({ holidays: {}, workdays: {} })).toEqual({ code: 'calendar-data', issues: [{ path: ['holidays'], code: 'empty', params: { what: 'date' } }] });
    expect(refusal({ holidays: { bad: 'x' }, workdays: {} })).toEqual({ code: 'calendar-data', issues: [{ path: ['holidays', 'bad'], code: 'not-a-date', params: { value: 'bad' } }] });
  });
});

describe('the errata on a calendar read afresh [I-24]', () => {
  const fresh = () => createChinaCalendarFromData(chineseDays);
  // The name of a holiday passed over by counting one working day on from `from`.
  const nameOn = (calendar: WorkingDayCalendar, from: string, date: string) => calendar.explainWorkingDays(from, 1).skipped.find((day) => day.date === date)?.name;
  const names = (calendar: WorkingDayCalendar, from: string, n: number) => calendar.explainWorkingDays(from, n).skipped.filter((day) => day.kind === 'holiday').map((day) => [day.date, day.name?.zh]);

  it('makes the corrections the notices call for', () => {
    const calendar = fresh();
    // 国办发明电〔2005〕35号: 12月31日（星期六）上班.
    expect(calendar.dayKind('2005-12-31')).toBe('makeup-workday');
    // 国办发明电〔2010〕40号: 端午节 6月4日至6日; 〔2011〕45号: 6月22日至24日 (Sundays 5 June, 23 June).
    expect(calendar.dayKind('2011-06-05')).toBe('holiday');
    expect(calendar.dayKind('2012-06-23')).toBe('holiday');
    expect(nameOn(calendar, '2011-06-03', '2011-06-05')).toEqual({ zh: '端午节', en: 'Dragon Boat Festival' });
    // 国发明电〔2015〕1号: 9月3日至5日调休放假 (Saturday 5 September).
    expect(nameOn(calendar, '2015-09-02', '2015-09-05')?.zh).toBe('中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日');
    // 国办发明电〔2018〕15号: 清明节 4月5日放假，与周末连休: Saturday 6 April stays a weekend.
    expect(calendar.dayKind('2019-04-06')).toBe('weekend');
  });

  it('touches no day of a year the data does not cover, even under the estimate', () => {
    const calendar = createChinaCalendarFromData({ holidays: { '2026-10-01': 'National Day,国庆节,3' }, workdays: {} });
    // Saturday 5 September 2015: no holiday is near it in an estimated 2015 [I-26] (中秋节 27 September).
    expect(calendar.dayKind('2015-09-05', { uncovered: 'estimate' })).toBe('weekend');
  });

  it('names a 国庆节 block for 中秋节 too only from 2008, and only when 中秋节 falls in it', () => {
    // 2006: 中秋 on Friday 6 October, inside 1–7 October, but not yet a public holiday
    // (国办发明电〔2005〕35号: 国庆节 10月1日至7日; 9月30日、10月8日上班).
    const calendar = fresh();
    expect(calendar.explainWorkingDays('2006-09-29', 2)).toMatchObject({ result: '2006-10-08', makeupWorkdays: ['2006-09-30', '2006-10-08'] });
    expect(new Set(names(calendar, '2006-09-29', 2).map(([, zh]) => zh))).toEqual(new Set(['国庆节']));
    const national = 'National Day,国庆节,3';
    const block = (days: string[]) => Object.fromEntries(days.map((date) => [date, national]));
    // 2008: 中秋 on Sunday 14 September; a block from 13 September through 1 October holds it.
    const september = Array.from({ length: 18 }, (_, i) => `2008-09-${String(13 + i).padStart(2, '0')}`);
    const in2008 = createChinaCalendarFromData({ holidays: block([...september, '2008-10-01']), workdays: {} });
    expect(new Set(names(in2008, '2008-09-12', 1).map(([, zh]) => zh))).toEqual(new Set(['国庆节、中秋节']));
    // 2025: 中秋 on Monday 6 October. A block of 1–3 October ends before it; one of 1–6 October ends on it.
    const short = createChinaCalendarFromData({ holidays: block(['2025-10-01', '2025-10-02', '2025-10-03']), workdays: {} });
    expect(names(short, '2025-09-30', 1)).toEqual([['2025-10-01', '国庆节'], ['2025-10-02', '国庆节'], ['2025-10-03', '国庆节']]);
    const six = ['01', '02', '03', '04', '05', '06'].map((day) => `2025-10-${day}`);
    const longer = createChinaCalendarFromData({ holidays: block(six), workdays: {} });
    expect(names(longer, '2025-09-30', 1)).toEqual(six.map((date) => [date, '国庆节、中秋节']));
  });

  it('leaves a year beyond the lunar table (2100) as the data names it', () => {
    // Saturday 1 October 2101 and Monday 3 October 2101.
    const calendar = createChinaCalendarFromData({ holidays: { '2101-10-01': 'National Day,国庆节,3', '2101-10-03': 'National Day,国庆节,3' }, workdays: {} });
    expect(calendar.explainWorkingDays('2101-09-30', 1).skipped).toEqual([
      { date: '2101-10-01', kind: 'holiday', name: { zh: '国庆节', en: 'National Day' } },
      { date: '2101-10-02', kind: 'weekend' },
      { date: '2101-10-03', kind: 'holiday', name: { zh: '国庆节', en: 'National Day' } },
    ]);
  });
});

describe('the holiday data for bundlers', () => {
  it('is chinese-days’ own file, imported statically', async () => {
    const { loadHolidayData } = await import('../../src/calendar/holiday-data/static.js');
    expect(loadHolidayData()).toEqual(chineseDays);
    expect(Object.keys(loadHolidayData() as object)).toEqual(['holidays', 'workdays', 'inLieuDays']);
  });
});
