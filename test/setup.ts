// Every property test runs with one fixed seed, locally and in CI, so that a red run can be
// replayed exactly and a green one means the same thing every time. FUZZ_SEED=<n> replays
// another seed; FUZZ_SEED=random explores with a fresh one. A failing test prints the seed
// and how to replay it (fast-check also prints it, with the path, for a failing property).
import fc from 'fast-check';
import { beforeEach } from 'vitest';

/** The seed of the suite: 20261128 unless FUZZ_SEED says otherwise. */
export const FUZZ_SEED: number = readSeed(process.env.FUZZ_SEED);

function readSeed(text: string | undefined): number {
  if (text === undefined || text === '') return 20_261_128;
  if (text === 'random') return (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  const seed = Number(text);
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer or "random", not ${JSON.stringify(text)}`);
  return seed;
}

fc.configureGlobal({ seed: FUZZ_SEED });

beforeEach((context) => {
  context.onTestFailed(() => {
    console.error(`[${context.task.name}] failed with fast-check seed ${FUZZ_SEED}: replay with FUZZ_SEED=${FUZZ_SEED}`);
  });
});
