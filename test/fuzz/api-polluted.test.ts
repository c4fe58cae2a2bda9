// The fuzz of every public function on pre-polluted prototypes (test/fuzz/judge.ts,
// describePollutionFuzz): a file of its own, since polluting Object.prototype slows every later
// test of the process. Run under UTC only: the answers compared are the same in every zone.
import { describe } from 'vitest';
import { describePollutionFuzz } from './judge.js';
import { TARGETS } from './targets.js';

describe('fuzz: pre-polluted prototypes', () => {
  describePollutionFuzz(TARGETS);
});
