// Dependency failure isolation: when chinese-days' data has an unexpected shape, the
// calendar fails at first use with `calendar-data` (not at import, not with a TypeError),
// and eligibility and scoring, which never import it, keep working.
import { describe, expect, it, vi } from 'vitest';

// The calendar loads chinese-days' data through the package's `#holiday-data` import.
vi.mock('#holiday-data', () => ({ loadHolidayData: () => ({ holidays: 'not a table', workdays: null }) }));

describe('broken holiday data', () => {
  it('imports fine and throws calendar-data at first use', async () => {
    const { chinaCalendar } = await import('../../src/calendar/index.js');
    const { SkillcertError } = await import('../../src/core/errors.js');
    for (const use of [() => chinaCalendar.isWorkingDay('2026-10-01'), () => chinaCalendar.coverage, () => chinaCalendar.addWorkingDays('2026-10-01', 3)]) {
      try {
        use();
        expect.unreachable('answered from broken data');
      } catch (error) {
        expect(error).toBeInstanceOf(SkillcertError);
        expect((error as InstanceType<typeof SkillcertError>).code).toBe('calendar-data');
        expect((error as Error).message).toMatch(/chinese-days/);
      }
    }
  });

  it('leaves the schedule failing the same way, and eligibility and scoring working', async () => {
    const { getSession } = await import('../../src/schedule/index.js');
    expect(() => getSession(2026, 9)).toThrow(expect.objectContaining({ code: 'calendar-data' }));
    const { checkEligibility } = await import('../../src/eligibility/index.js');
    expect(checkEligibility({ education: { level: 'master' } }, { track: 'digital-manager', level: 'intermediate', asOf: '2026-11-28' }).eligible).toBe(true);
    const { blueprint, scorePaper } = await import('../../src/scoring/index.js');
    const paper = blueprint({ single: [2, 50] });
    expect(scorePaper(paper, { s1: 'A', s2: 'B' }, { s1: 'A', s2: 'B' }).total).toBe(100);
  });
});
