// The fuzz of every public function that cannot see the host zone, outside the calendar, the
// schedule and scoring (test/fuzz/judge.ts says what is checked). Run under UTC only. The fuzz is
// shared out over several files so that both workers of `npm test` have fuzz to run.
import { describe } from 'vitest';
import { describeFuzz, readsZone } from './judge.js';
import { isScheduleTarget, isScoringTarget, TARGETS } from './targets.js';

describe('fuzz: eligibility and the rest', () => {
  describeFuzz(TARGETS.filter((target) => !readsZone(target) && !target.name.startsWith('chinaCalendar.') && !isScheduleTarget(target) && !isScoringTarget(target)));
});
