// The edges of experience counted in years, on both paths (the figures of a date, and the
// first date a clause is met [I-14]): exactly N full years and one day short, continuous [I-4]
// and cumulative [I-5]; and which run is "the longest" when runs tie [I-3]. Expected dates are
// worked out by hand in the comments, not taken from the code.
import { describe, expect, it } from 'vitest';
import { experienceOf } from '../../src/eligibility/index.js';
import { check, clauseOf, known, TRACK, work } from './support.js';

const experience = (periods: ReturnType<typeof work>[], asOf: string) => experienceOf({ work: periods }, { track: TRACK, asOf });
const longest = (periods: ReturnType<typeof work>[], asOf = '2030-01-01') => experience(periods, asOf).longestContinuous;

describe('full years of a continuous run [I-4]: n with from + n years ≤ to + 1 day', () => {
  it.each([
    // from, to, full years: the last day of the n-th year, and the day before it.
    ['2020-03-01', '2023-02-28', 3], // 2020-03-01 + 3 years = 2023-03-01 = to + 1
    ['2020-03-01', '2023-02-27', 2],
    ['2021-01-01', '2021-12-31', 1],
    ['2021-01-01', '2021-12-30', 0],
    ['2024-02-29', '2028-02-28', 4], // 2028 is a leap year: the 4th anniversary is 2028-02-29
    ['2024-02-29', '2028-02-27', 3],
    ['2024-02-29', '2025-02-27', 1], // in a common year the anniversary of 29 February is 28 February
    ['2024-02-29', '2025-02-26', 0],
    ['2015-07-01', '2025-06-30', 10],
    ['2015-07-01', '2025-06-29', 9],
  ])('%s … %s: %i', (from, to, years) => {
    expect(longest([work(from, to)])).toEqual({ from, to, years });
  });

  it('counts an ongoing run up to the as-of date: N years on the eve of the anniversary, not the day before', () => {
    expect(experience([work('2020-03-01')], '2023-02-28').longestContinuous).toEqual({ from: '2020-03-01', to: '2023-02-28', years: 3 });
    expect(experience([work('2020-03-01')], '2023-02-27').longestContinuous).toEqual({ from: '2020-03-01', to: '2023-02-27', years: 2 });
  });

  // intermediate.3: a bachelor's degree and 1 full year of continuous related work;
  // senior.3: a bachelor's degree and 2. Work from 2024-03-01, still going on.
  const bachelor = known({ education: { level: 'bachelor' }, work: [work('2024-03-01')] });

  it.each([
    ['intermediate', 'intermediate.3', '2025-02-28', '2025-02-27'],
    ['senior', 'senior.3', '2026-02-28', '2026-02-27'],
  ] as const)('%s (%s): met from %s, not on %s, and found as that first date from earlier', (level, id, first, dayBefore) => {
    expect(clauseOf(check(bachelor, level, first), id).met).toBe(true);
    expect(clauseOf(check(bachelor, level, dayBefore), id).met).toBe(false);
    expect(clauseOf(check(bachelor, level, dayBefore), id).metOn).toBe(first);
    expect(clauseOf(check(bachelor, level, '2024-06-01'), id).metOn).toBe(first);
    // A run that ended: met from its last day if that is the day, never if it ended a day sooner.
    expect(clauseOf(check(known({ education: { level: 'bachelor' }, work: [work('2024-03-01', first)] }), level, '2024-06-01'), id).metOn).toBe(first);
    expect(clauseOf(check(known({ education: { level: 'bachelor' }, work: [work('2024-03-01', dayBefore)] }), level, '2024-06-01'), id).metOn).toBeNull();
  });
});

describe('full years of cumulative work [I-5]: floor(days / 365)', () => {
  // From 2020-01-01: 366 days in 2020, 731 by 2021-12-31, so day 1095 is 2022-12-30.
  it('reaches 3 years on the 1,095th day, not on the 1,094th', () => {
    expect(experience([work('2020-01-01')], '2022-12-30')).toMatchObject({ cumulativeDays: 1095, cumulativeYears: 3 });
    expect(experience([work('2020-01-01')], '2022-12-29')).toMatchObject({ cumulativeDays: 1094, cumulativeYears: 2 });
  });

  // 2020-01-01 … 06-30 is 182 days (2020 is a leap year); from 2021-01-01 on, 2021-07-02 is
  // the 183rd day: 365 days in all.
  const split = [work('2020-01-01', '2020-06-30'), work('2021-01-01')];

  it('adds up separate periods to exactly 365 days, and one short', () => {
    expect(experience(split, '2021-07-02')).toMatchObject({ cumulativeDays: 365, cumulativeYears: 1 });
    expect(experience(split, '2021-07-01')).toMatchObject({ cumulativeDays: 364, cumulativeYears: 0 });
  });

  it('junior.1 (3 years cumulative) is met on the 1,095th day, in one period or two', () => {
    // One period: 2022-12-30 (above).
    const one = known({ work: [work('2020-01-01')] });
    expect(clauseOf(check(one, 'junior', '2022-12-30'), 'junior.1').met).toBe(true);
    expect(clauseOf(check(one, 'junior', '2022-12-29'), 'junior.1').met).toBe(false);
    expect(clauseOf(check(one, 'junior', '2022-12-29'), 'junior.1').metOn).toBe('2022-12-30');
    expect(clauseOf(check(one, 'junior', '2021-01-01'), 'junior.1').metOn).toBe('2022-12-30');
    // A period that ended on its 1,095th day, or on its 1,094th.
    expect(clauseOf(check(known({ work: [work('2020-01-01', '2022-12-30')] }), 'junior', '2021-01-01'), 'junior.1').metOn).toBe('2022-12-30');
    expect(clauseOf(check(known({ work: [work('2020-01-01', '2022-12-29')] }), 'junior', '2021-01-01'), 'junior.1').metOn).toBeNull();
    // Two: 182 days in 2020, then 913 more from 2021-01-01: 365 in 2021, 365 in 2022, and the
    // 183rd day of 2023, 2023-07-02.
    const two = known({ work: split });
    expect(clauseOf(check(two, 'junior', '2023-07-02'), 'junior.1').met).toBe(true);
    expect(clauseOf(check(two, 'junior', '2023-07-01'), 'junior.1').met).toBe(false);
    expect(clauseOf(check(two, 'junior', '2023-07-01'), 'junior.1').metOn).toBe('2023-07-02');
    expect(clauseOf(check(two, 'junior', '2020-03-01'), 'junior.1').metOn).toBe('2023-07-02');
  });
});

describe('the longest continuous run [I-3]: the most full years, then the most days, then the latest', () => {
  // 2021-01-01 … 03-31 and 2022-01-01 … 03-31: 90 days each, no full year.
  const first = work('2021-01-01', '2021-03-31');
  const second = work('2022-01-01', '2022-03-31');

  it('of two equal runs is the later one, in whatever order they are given', () => {
    expect(longest([first, second], '2023-01-01')).toEqual({ from: '2022-01-01', to: '2022-03-31', years: 0 });
    expect(longest([second, first], '2023-01-01')).toEqual({ from: '2022-01-01', to: '2022-03-31', years: 0 });
    // 1 full year each (365 days each), two years apart.
    expect(longest([work('2015-01-01', '2015-12-31'), work('2017-01-01', '2017-12-31')])).toEqual({ from: '2017-01-01', to: '2017-12-31', years: 1 });
  });

  it('is the longer of two runs with the same full years, earlier or later', () => {
    // 91 days (2021-01-01 … 04-01) against 90.
    expect(longest([work('2021-01-01', '2021-04-01'), second], '2023-01-01')).toEqual({ from: '2021-01-01', to: '2021-04-01', years: 0 });
    expect(longest([first, work('2022-01-01', '2022-04-01')], '2023-01-01')).toEqual({ from: '2022-01-01', to: '2022-04-01', years: 0 });
  });

  it('is the one with more full years, earlier or later', () => {
    expect(longest([first, work('2023-01-01', '2024-06-30')])).toEqual({ from: '2023-01-01', to: '2024-06-30', years: 1 });
    expect(longest([work('2019-01-01', '2020-06-30'), second])).toEqual({ from: '2019-01-01', to: '2020-06-30', years: 1 });
  });

  it('is the one with more full years, even when the other has as many days and is later', () => {
    // 2022-03-01 … 2023-02-28: 365 days, 1 year. 2024-01-01 … 12-30: 365 days, no full year.
    expect(longest([work('2022-03-01', '2023-02-28'), work('2024-01-01', '2024-12-30')])).toEqual({ from: '2022-03-01', to: '2023-02-28', years: 1 });
  });

  it('sees only the part of a run up to the as-of date', () => {
    // On 2022-03-30 the second run has 89 days: the first (90) is the longest.
    expect(longest([first, second], '2022-03-30')).toEqual({ from: '2021-01-01', to: '2021-03-31', years: 0 });
    expect(longest([first, second], '2022-03-31')).toEqual({ from: '2022-01-01', to: '2022-03-31', years: 0 });
  });
});
