// Shared timing for the benches: the median of several timed rounds, in ns per operation.
import { performance } from 'node:perf_hooks';

/** Median nanoseconds per call of `body(i)` over `rounds` rounds of `iterations` calls. */
export function medianNsPerOp(body: (i: number) => unknown, iterations: number, rounds = 7): number {
  let sink = 0;
  for (let i = 0; i < Math.min(iterations, 1000); i++) sink += body(i) ? 1 : 0; // warm-up
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) sink += body(i) ? 1 : 0;
    samples.push(((performance.now() - start) * 1e6) / iterations);
  }
  if (sink === -1) console.log(sink); // keep the results alive
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

/** Prints one comparison line: ours vs the anchor, with the ratio. */
export function report(label: string, oursNs: number, anchorLabel: string, anchorNs: number, target?: number): void {
  const ratio = anchorNs / oursNs;
  const verdict = target === undefined ? '' : ratio >= target ? `  (target ≥ ${target}×: met)` : `  (target ≥ ${target}×: NOT met)`;
  console.log(
    `${label.padEnd(34)} skillcert ${formatNs(oursNs).padStart(10)}   ${anchorLabel} ${formatNs(anchorNs).padStart(10)}   ratio ${ratio.toFixed(1)}×${verdict}`,
  );
}

function formatNs(ns: number): string {
  return ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(1)} ns`;
}
