// In CI every property test runs with one fixed seed, so that a red run can be replayed
// exactly and a green one means the same thing every time; locally the seed is random (or
// FUZZ_SEED), to keep exploring.
import fc from 'fast-check';

const seed = process.env.FUZZ_SEED;
if (seed !== undefined && seed !== 'random') fc.configureGlobal({ seed: Number(seed) });
else if (process.env.CI !== undefined && seed !== 'random') fc.configureGlobal({ seed: 20_261_128 });
