// The fuzz of the schedule's functions that cannot see the host zone (test/fuzz/judge.ts says
// what is checked); a file of its own so that two workers share the fuzz. Run under UTC only.
import { describe } from 'vitest';
import { describeFuzz, readsZone } from './judge.js';
import { isScheduleTarget, TARGETS } from './targets.js';

describe('fuzz: schedule', () => {
  describeFuzz(TARGETS.filter((target) => !readsZone(target) && isScheduleTarget(target)));
});
