// chinaCalendar when chinese-days' data cannot be loaded: the error's issue says so, with the
// first line of the cause (test/fuzz/holiday-data-missing.test.ts checks the rest of the library
// keeps working). Mocks a module: listed among the fresh-module files in vitest.config.ts.
import { describe, expect, it, vi } from 'vitest';

vi.mock('#holiday-data', () => ({
  loadHolidayData: () => {
    throw new Error("Cannot find module 'chinese-days/dist/chinese-days.json'\nRequire stack: …");
  },
}));

describe('chinaCalendar without its data file', () => {
  it('throws calendar-data with a no-holiday-data issue naming the load and its cause', async () => {
    const { chinaCalendar } = await import('../../src/calendar/index.js');
    const { thrown } = await import('../thrown.js');
    const error = thrown(() => chinaCalendar.coverage);
    expect(error.code).toBe('calendar-data');
    const reason = "Cannot find module 'chinese-days/dist/chinese-days.json'";
    expect(error.issues.map(({ path, code, params }) => ({ path, code, params }))).toEqual([{ path: [], code: 'no-holiday-data', params: { stage: 'load', reason } }]);
    expect(error.message).toBe(`the chinese-days holiday data could not be loaded: ${reason}`);
    expect(error.text).toEqual({ en: `the chinese-days holiday data could not be loaded: ${reason}`, zh: `无法加载 chinese-days 节假日数据：${reason}` });
    expect((error.cause as Error).message).toContain('Require stack');
  });
});
