// Dependency failure isolation when chinese-days' data cannot be loaded at all (the package
// missing, the file unreadable or not JSON): importing the calendar still works, its first
// use throws `calendar-data` with a clear message, and eligibility and scoring keep working.
import { describe, expect, it, vi } from 'vitest';

vi.mock('#holiday-data', () => ({
  loadHolidayData: () => {
    throw new Error("Cannot find module 'chinese-days/dist/chinese-days.json'\nRequire stack: …");
  },
}));

describe('holiday data that cannot be loaded', () => {
  it('imports fine; the first use throws calendar-data naming the cause', async () => {
    const { chinaCalendar, getSession } = await import('../../src/index.js');
    const { SkillcertError } = await import('../../src/core/errors.js');
    for (const use of [() => chinaCalendar.dayKind('2026-10-01'), () => getSession(2026, 9), () => chinaCalendar.coverage]) {
      try {
        use();
        expect.unreachable('answered without holiday data');
      } catch (error) {
        expect(error).toBeInstanceOf(SkillcertError);
        expect((error as InstanceType<typeof SkillcertError>).code).toBe('calendar-data');
        expect((error as Error).message).toBe("the chinese-days holiday data could not be loaded: Cannot find module 'chinese-days/dist/chinese-days.json'");
      }
    }
  });

  it('keeps eligibility and scoring working, even through the root entry', async () => {
    const { checkEligibility, blueprint, scorePaper } = await import('../../src/index.js');
    expect(checkEligibility({ education: { level: 'master' } }, { track: 'digital-manager', level: 'intermediate', asOf: '2026-11-28' }).eligible).toBe(true);
    const paper = blueprint({ single: [2, 50] });
    expect(scorePaper(paper, { s1: 'A', s2: 'B' }, { s1: 'A', s2: 'C' }).total).toBe(50);
  });
});
