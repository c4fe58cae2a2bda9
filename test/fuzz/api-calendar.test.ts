// The fuzz of the calendar's methods (test/fuzz/judge.ts says what is checked); a file of its
// own so that two workers share the fuzz. Run under UTC only: no method reads the host zone.
import { describe } from 'vitest';
import { describeFuzz, readsZone } from './judge.js';
import { TARGETS } from './targets.js';

describe('fuzz: chinaCalendar', () => {
  describeFuzz(TARGETS.filter((target) => !readsZone(target) && target.name.startsWith('chinaCalendar.')));
});
