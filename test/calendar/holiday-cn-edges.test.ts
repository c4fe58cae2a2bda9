// fromHolidayCn at the edges of the holiday-cn format (issue #16): each refusal with its path,
// code and params, the bounds of each field, the order of files and days, and which file speaks
// for a previous December [I-25]. Real days from the 2019/2020/2023 files of holiday-cn.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCalendar, fromHolidayCn } from '../../src/index.js';
import { thrown } from '../thrown.js';

const fixture = (year: number): unknown => JSON.parse(readFileSync(new URL(`../fixtures/holiday-cn/${year}.json`, import.meta.url), 'utf8'));
const day = (name: string, date: string, isOffDay: boolean) => ({ name, date, isOffDay });
const file = (year: number, days: unknown[]) => ({ year, papers: ['https://www.gov.cn/example'], days });
const refusal = (value: unknown) => {
  const error = thrown(() => fromHolidayCn(value));
  expect(error.code).toBe('calendar-data');
  return { message: error.message, issues: (error.issues ?? []).map((found) => ({ path: found.path, code: found.code, params: found.params })) };
};

describe('fromHolidayCn: what a file must hold', () => {
  it('takes a year from 2 to 9999, and names a missing one as required', () => {
    expect(fromHolidayCn(file(2, [])).years).toEqual([2]);
    expect(fromHolidayCn(file(9999, [])).years).toEqual([9999]);
    expect(refusal(file(1, [])).issues).toEqual([{ path: [0, 'year'], code: 'out-of-range', params: { what: 'year', min: 2, max: 9999, value: '1' } }]);
    expect(refusal(file(10000, [])).issues).toEqual([{ path: [0, 'year'], code: 'out-of-range', params: { what: 'year', min: 2, max: 9999, value: '10000' } }]);
    expect(refusal(file(2027.5, [])).issues.map((found) => found.code)).toEqual(['out-of-range']);
    expect(refusal({ papers: ['x'], days: [] }).issues).toEqual([{ path: [0, 'year'], code: 'required', params: undefined }]);
  });

  it('names every bad field of a file at once, and only the first three in the message', () => {
    const { message, issues } = refusal({ year: 10000, papers: 'x', days: 'y' });
    expect(issues.map((found) => [found.path, found.code])).toEqual([
      [[0, 'year'], 'out-of-range'],
      [[0, 'papers'], 'wrong-type'],
      [[0, 'days'], 'wrong-type'],
    ]);
    expect(message).toBe("the holiday-cn data cannot be used: 0.year: expected a year 2–9999, got 10000; 0.papers: expected a list of the notices' addresses, got x; 0.days: expected a list of days, got y");
    const four = refusal({ year: 2027, papers: ['x'], days: [null, 5, 'day', true] });
    expect(four.issues.map((found) => found.path)).toEqual([[0, 'days', 0], [0, 'days', 1], [0, 'days', 2], [0, 'days', 3]]);
    expect(four.message.endsWith('; …')).toBe(true);
    expect(four.message.split('; ')).toHaveLength(4);
  });

  it('names a problem of the whole input as (file)', () => {
    const { message, issues } = refusal(Array.from({ length: 201 }, () => ({})));
    expect(issues).toEqual([{ path: [], code: 'too-many', params: { max: 200, what: 'holiday-cn-files' } }]);
    expect(message).toBe('the holiday-cn data cannot be used: (file): at most 200 holiday-cn files are accepted');
    // 200 files are read (and each bad one named).
    expect(refusal(Array.from({ length: 200 }, () => null)).issues).toHaveLength(200);
    expect(refusal([]).issues.map((found) => [found.path, found.code])).toEqual([[[], 'empty']]);
  });

  it('takes up to 1000 days in a file', () => {
    const days = (n: number) => Array.from({ length: n }, () => day('元旦', '2027-01-01', true));
    expect(fromHolidayCn(file(2027, days(1000))).holidays['2027-01-01']).toBeDefined();
    expect(refusal(file(2027, days(1001))).issues).toEqual([{ path: [0, 'days'], code: 'too-many', params: { max: 1000, what: 'dates' } }]);
  });

  it('reads a file with papers but no days, or days but no papers, as published', () => {
    expect(fromHolidayCn(file(2027, [])).years).toEqual([2027]);
    expect(fromHolidayCn({ year: 2027, papers: [], days: [day('元旦', '2027-01-01', true)] }).holidays).toEqual({ '2027-01-01': "New Year's Day,元旦" });
    expect(refusal({ year: 2027, papers: [], days: [] }).issues).toEqual([{ path: [0], code: 'not-published', params: { year: 2027 } }]);
  });

  it('refuses the same year twice, naming the earlier file', () => {
    expect(refusal([file(2027, []), file(2026, []), file(2027, [])]).issues).toEqual([{ path: [2, 'year'], code: 'duplicate-id', params: { id: 2027, at: 0 } }]);
  });
});

describe('fromHolidayCn: what a day must hold', () => {
  it('wants each day an object', () => {
    expect(refusal(file(2027, [null, 5])).issues).toEqual([
      { path: [0, 'days', 0], code: 'wrong-type', params: { expected: 'holiday-cn-day', value: 'null' } },
      { path: [0, 'days', 1], code: 'wrong-type', params: { expected: 'holiday-cn-day', value: '5' } },
    ]);
  });

  it('takes a name of 1 to 200 characters', () => {
    expect(fromHolidayCn(file(2027, [day('节'.repeat(200), '2027-03-03', true)])).holidays['2027-03-03']).toBe(`${'节'.repeat(200)},${'节'.repeat(200)}`);
    expect(refusal(file(2027, [day('节'.repeat(201), '2027-03-03', true)])).issues.map((found) => [found.path, found.code])).toEqual([[[0, 'days', 0, 'name'], 'wrong-type']]);
    expect(refusal(file(2027, [day('', '2027-03-03', true)])).issues.map((found) => [found.path, found.code])).toEqual([[[0, 'days', 0, 'name'], 'wrong-type']]);
  });

  it('takes days from 29 December of the year before to 31 December [I-25]', () => {
    // 2018-12-29 (a Saturday) was a working day by the 2019 notice.
    const data = fromHolidayCn(file(2019, [day('元旦', '2018-12-29', false), day('元旦', '2019-12-31', true)]));
    expect(data.workdays).toEqual({ '2018-12-29': "New Year's Day,元旦" });
    expect(data.holidays).toEqual({ '2019-12-31': "New Year's Day,元旦" });
    expect(refusal(file(2027, [day('元旦', '2026-12-28', true)])).issues).toEqual([
      { path: [0, 'days', 0, 'date'], code: 'outside-covered-years', params: { date: '2026-12-28', covered: '2026-12-29–2027-12-31' } },
    ]);
    expect(refusal(file(2027, [day('元旦', '2028-01-01', true)])).issues).toEqual([
      { path: [0, 'days', 0, 'date'], code: 'outside-covered-years', params: { date: '2028-01-01', covered: '2026-12-29–2027-12-31' } },
    ]);
  });

  it('refuses a day both off and working, but takes it twice the same way', () => {
    expect(fromHolidayCn(file(2027, [day('元旦', '2027-01-01', true), day('元旦', '2027-01-01', true)])).holidays).toEqual({ '2027-01-01': "New Year's Day,元旦" });
    expect(refusal(file(2027, [day('元旦', '2027-01-01', true), day('元旦', '2027-01-01', false)])).issues).toEqual([
      { path: [0, 'days', 1, 'date'], code: 'holiday-and-workday', params: { date: '2027-01-01' } },
    ]);
  });

  it('names a day of no known holiday by its name in both languages', () => {
    expect(fromHolidayCn(file(2027, [day('抗战胜利纪念日', '2027-09-03', true)])).holidays).toEqual({ '2027-09-03': '抗战胜利纪念日,抗战胜利纪念日' });
  });
});

describe('fromHolidayCn: order and the previous December', () => {
  it('lists years and days ascending whatever the order given', () => {
    const data = fromHolidayCn([fixture(2023), fixture(2019), fixture(2020)]);
    expect(data.years).toEqual([2019, 2020, 2023]);
    const dates = Object.keys(data.holidays);
    expect(dates).toEqual([...dates].sort());
    const scrambled = fromHolidayCn(file(2027, [day('国庆节', '2027-10-01', true), day('元旦', '2027-01-01', true)]));
    expect(Object.keys(scrambled.holidays)).toEqual(['2027-01-01', '2027-10-01']);
  });

  it('lets the later year speak for its previous December, in whichever order the files come', () => {
    // 2019's notice: 2018-12-30 至 2019-01-01 放假, 2018-12-29 上班.
    const dec2018 = file(2018, [day('元旦', '2018-12-29', true), day('元旦', '2018-12-30', true)]);
    for (const files of [[dec2018, fixture(2019)], [fixture(2019), dec2018]]) {
      const data = fromHolidayCn(files);
      expect(data.workdays['2018-12-29']).toBe("New Year's Day,元旦");
      expect(data.holidays['2018-12-29']).toBeUndefined();
      expect(data.holidays['2018-12-30']).toBe("New Year's Day,元旦");
      expect(createCalendar(data).dayKind('2018-12-29')).toBe('makeup-workday');
    }
    // A day of the file's own year is not taken back by another day of it.
    const own = fromHolidayCn(file(2027, [day('元旦', '2027-01-01', true), day('春节', '2027-02-06', false)]));
    expect(own.holidays['2027-01-01']).toBe("New Year's Day,元旦");
    expect(own.workdays['2027-02-06']).toBe('Spring Festival,春节');
  });
});

describe('fromHolidayCn: one problem, one issue', () => {
  it('names a file that is not an object, a list included, and an empty list of files', () => {
    expect(refusal([[], null]).issues).toEqual([
      { path: [0], code: 'wrong-type', params: { expected: 'holiday-cn-file-object', value: 'an array' } },
      { path: [1], code: 'wrong-type', params: { expected: 'holiday-cn-file-object', value: 'null' } },
    ]);
    expect(refusal([]).issues).toEqual([{ path: [], code: 'empty', params: { what: 'holiday-cn-file' } }]);
    expect(refusal([5, 'file']).issues).toEqual([
      { path: [0], code: 'wrong-type', params: { expected: 'holiday-cn-file-object', value: '5' } },
      { path: [1], code: 'wrong-type', params: { expected: 'holiday-cn-file-object', value: 'file' } },
    ]);
  });

  it('reads no day of a file whose year, papers or days are wrong', () => {
    const outside = day('元旦', '2026-01-01', true);
    expect(refusal(file(1, [day('元旦', '2027-01-01', true)])).issues.map((found) => found.path)).toEqual([[0, 'year']]);
    expect(refusal({ year: 2027, papers: 'x', days: [outside] }).issues.map((found) => found.path)).toEqual([[0, 'papers']]);
    expect(refusal(file(2027, [...Array.from({ length: 1000 }, () => day('元旦', '2027-01-01', true)), outside])).issues.map((found) => found.path)).toEqual([[0, 'days']]);
  });

  it('keeps no day whose name, date or isOffDay is wrong, so a later entry of that date is not a clash', () => {
    const clash = (first: unknown) => refusal(file(2027, [first, day('元旦', '2027-01-01', false)])).issues;
    expect(clash(day('', '2027-01-01', true))).toEqual([{ path: [0, 'days', 0, 'name'], code: 'wrong-type', params: { expected: 'holiday-name', value: '""' } }]);
    expect(clash({ name: 5, date: '2027-01-01', isOffDay: true })).toEqual([{ path: [0, 'days', 0, 'name'], code: 'wrong-type', params: { expected: 'holiday-name', value: '5' } }]);
    expect(clash({ name: '元旦', date: '2027-01-01', isOffDay: 'yes' })).toEqual([{ path: [0, 'days', 0, 'isOffDay'], code: 'wrong-type', params: { expected: 'boolean', value: 'yes' } }]);
    // Two entries of one day outside the file's year: each outside, not a clash.
    expect(refusal(file(2027, [day('元旦', '2028-01-01', true), day('元旦', '2028-01-01', false)])).issues.map((found) => found.code)).toEqual(['outside-covered-years', 'outside-covered-years']);
  });

  it('reads a working day on a weekday as no make-up day', () => {
    // Monday 8 February 2027.
    expect(fromHolidayCn(file(2027, [day('春节', '2027-02-08', false)]))).toEqual({ years: [2027], holidays: {}, workdays: {} });
  });
});
