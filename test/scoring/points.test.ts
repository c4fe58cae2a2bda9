import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHundredths, shareOf, toHundredths } from '../../src/scoring/points.js';

describe('toHundredths', () => {
  it('reads numbers with at most two decimals as integer hundredths', () => {
    expect([0.1, 0.29, 0.3, 1.1, 59.5, 100, 0, -0].map(toHundredths)).toEqual([10, 29, 30, 110, 5950, 10_000, 0, 0]);
    expect(Object.is(toHundredths(-0), 0)).toBe(true);
  });

  it('refuses more decimals, non-finite and huge numbers', () => {
    expect([0.125, 0.001, 1.005, 0.1 + 0.2, Number.NaN, Number.POSITIVE_INFINITY, 1e12].map(toHundredths)).toEqual(
      Array.from({ length: 7 }, () => undefined),
    );
  });

  it('round-trips every two-decimal figure up to 100 through fromHundredths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (hundredths) => {
        const points = fromHundredths(hundredths);
        expect(points).toBe(Number((hundredths / 100).toFixed(2)));
        expect(toHundredths(points)).toBe(hundredths);
      }),
      { numRuns: 500 },
    );
  });
});

describe('shareOf', () => {
  it('rounds half-up, reading the fraction as the decimal it prints as', () => {
    expect(shareOf(0.5, 3)).toBe(2); // 1.5 hundredths
    expect(shareOf(0.5, 1)).toBe(1); // 0.5
    expect(shareOf(0.15, 10)).toBe(2); // 1.5, though the double 0.15 is below it
    expect(shareOf(0.15, 3)).toBe(0); // 0.45
    expect(shareOf(1 / 3, 100)).toBe(33);
    expect(shareOf(1, 777)).toBe(777);
    expect(shareOf(1e-7, 10_000)).toBe(0);
    expect(shareOf(5e-5, 10_000)).toBe(1); // 0.5 hundredth
  });

  it('reads fractions printed in exponent form or with several integer digits (any finite positive number)', () => {
    expect(String(1e-7)).toBe('1e-7'); // the forms the cases below go through
    expect(shareOf(1e-7, 5_000_000)).toBe(1); // 0.5 hundredth, rounded up
    expect(shareOf(1.5e-7, 10_000_000)).toBe(2); // 1.5
    expect(shareOf(1e-10, 20_000_000_000)).toBe(2); // a two-digit exponent
    expect(shareOf(12.5, 2)).toBe(25);
    expect(shareOf(1e21, 3)).toBe(3e21); // printed as 1e+21
  });

  it('stays within 0 … possible and agrees with rounding a two-decimal fraction by hand', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 10_000 }), (percent, possible) => {
        const share = shareOf(percent / 100, possible);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(possible);
        expect(share).toBe(Math.floor((percent * possible * 2 + 100) / 200)); // exact in integers
      }),
      { numRuns: 500 },
    );
  });
});
