// The fuzz of the scoring functions (test/fuzz/judge.ts says what is checked); a file of its
// own so that two workers share the fuzz (papers are the costliest inputs to generate).
// Run under UTC only: scoring never reads the host zone.
import { describe } from 'vitest';
import { describeFuzz } from './judge.js';
import { isScoringTarget, TARGETS } from './targets.js';

describe('fuzz: scoring', () => {
  describeFuzz(TARGETS.filter(isScoringTarget));
});
