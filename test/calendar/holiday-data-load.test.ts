// chinaCalendar when chinese-days' data cannot be loaded: the error's issue says so, with the
// first line of the cause when it is an Error (test/fuzz/holiday-data-missing.test.ts checks
// the rest of the library keeps working). Mocks a module: listed among the fresh-module files
// in vitest.config.ts.
import { describe, expect, it, vi } from 'vitest';
// Imported at the top, not in a test, so that their module-level tables are built outside any
// test (Stryker counts a mutant in them as covered by the test that first imports them).
import { chinaCalendar } from '../../src/calendar/index.js';
import { thrown } from '../thrown.js';

// What the mocked loader throws; the calendar tries to load again on each call until it has data.
const failure = vi.hoisted(() => ({ thrown: undefined as unknown }));
vi.mock('#holiday-data', () => ({
  loadHolidayData: () => {
    throw failure.thrown;
  },
}));

describe('chinaCalendar without its data file', () => {
  it('throws calendar-data with a no-holiday-data issue naming the load and its cause', () => {
    failure.thrown = new Error("Cannot find module 'chinese-days/dist/chinese-days.json'\nRequire stack: …");
    const error = thrown(() => chinaCalendar.coverage);
    expect(error.code).toBe('calendar-data');
    const reason = "Cannot find module 'chinese-days/dist/chinese-days.json'";
    expect(error.issues.map(({ path, code, params }) => ({ path, code, params }))).toEqual([{ path: [], code: 'no-holiday-data', params: { stage: 'load', reason } }]);
    expect(error.message).toBe(`the chinese-days holiday data could not be loaded: ${reason}`);
    expect(error.text).toEqual({ en: `the chinese-days holiday data could not be loaded: ${reason}`, zh: `无法加载 chinese-days 节假日数据：${reason}` });
    expect(error.cause).toBe(failure.thrown);
  });

  it('names no reason when the loader throws something other than an Error', () => {
    failure.thrown = 'no data';
    const error = thrown(() => chinaCalendar.isWorkingDay('2026-10-01'));
    expect(error.issues.map(({ path, code, params }) => ({ path, code, params }))).toEqual([{ path: [], code: 'no-holiday-data', params: { stage: 'load' } }]);
    expect(error.text).toEqual({ en: 'the chinese-days holiday data could not be loaded', zh: '无法加载 chinese-days 节假日数据' });
    expect(error.cause).toBe('no data');
  });
});
