// The fuzz of every public function that cannot see the host zone, outside the calendar
// (test/fuzz/judge.ts says what is checked). Run under UTC only.
import { describe } from 'vitest';
import { describeFuzz, readsZone } from './judge.js';
import { TARGETS } from './targets.js';

describe('fuzz: eligibility, schedule and scoring', () => {
  describeFuzz(TARGETS.filter((target) => !readsZone(target) && !target.name.startsWith('chinaCalendar.')));
});
