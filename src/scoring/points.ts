/**
 * Exact points [I-23]: every figure is held as an integer count of hundredths of a point,
 * so sums never drift (0.1 + 0.2 is 30 hundredths, not 0.30000000000000004), and goes back
 * out as `hundredths / 100`, the one double nearest the two-decimal figure.
 * @module
 */

/** Points counted in hundredths: `0.1` point is `10`. Always a safe integer. */
export type Hundredths = number;

// Beyond this, `value * 100` could no longer be trusted to land on the right integer;
// no figure on a 100-point paper comes close.
const LARGEST_POINTS = 1e9;

/**
 * The points `value` as integer hundredths, or `undefined` when `value` is not a finite
 * number with at most two decimals (`0.125`, `NaN`, `Infinity`, `1e12`).
 *
 * A double has at most two decimals when it is the double nearest some `n / 100`; dividing
 * the rounded `value * 100` back by 100 gives exactly that double, so the round trip is
 * the test.
 *
 * @example
 * ```ts
 * toHundredths(0.29);
 * //=> 29
 * toHundredths(0.125);
 * //=> undefined
 * ```
 */
export function toHundredths(value: number): Hundredths | undefined {
  if (!Number.isFinite(value) || Math.abs(value) > LARGEST_POINTS) return undefined;
  const hundredths = Math.round(value * 100) + 0; // `+ 0` turns -0 into 0
  return hundredths / 100 === value ? hundredths : undefined;
}

/**
 * Hundredths back to points, with no drift: `fromHundredths(6000)` is exactly `60`.
 *
 * @example
 * ```ts
 * fromHundredths(1);
 * //=> 0.01
 * ```
 */
export function fromHundredths(hundredths: Hundredths): number {
  return hundredths / 100;
}

/**
 * The share `fraction × possible` of a question's points, rounded half-up to the
 * hundredth, computed exactly. `fraction` is read as the decimal it prints as
 * (`String(0.15)` is `"0.15"`), so `0.15 × 0.1` point is 0.015, which rounds up to 0.02,
 * although the double `0.15` is a hair below 0.15. Integers in BigInt, so no digit is lost.
 *
 * @param fraction A finite positive number (checked by the caller).
 * @param possible The question's points, in hundredths.
 * @returns The share, in hundredths.
 * @example
 * ```ts
 * shareOf(0.5, 3); // half of 0.03 point is 0.015
 * //=> 2
 * ```
 */
export function shareOf(fraction: number, possible: Hundredths): Hundredths {
  // String(fraction) is "0.15", "1", "1e-7" or "1.5e-7" for a finite positive number.
  const parts = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(fraction));
  if (parts === null) return 0; // unreachable for a finite positive number
  const decimals = parts[2] ?? '';
  const scale = decimals.length - Number(parts[3] ?? '0');
  const digits = BigInt((parts[1] ?? '0') + decimals);
  const numerator = digits * BigInt(possible) * (scale < 0 ? 10n ** BigInt(-scale) : 1n);
  const denominator = scale > 0 ? 10n ** BigInt(scale) : 1n;
  // floor((2n + d) / 2d) is n / d rounded half-up, for non-negative n.
  return Number((2n * numerator + denominator) / (2n * denominator));
}
