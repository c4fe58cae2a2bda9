// Every issue code the library can produce, each driven by a real call of a public function
// (or the CLI), must come with an English and a Chinese text: a code missing from the walk, a
// text missing, or a "Chinese" text without a Chinese character fails here.
import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { ISSUE_CODES, SkillcertError, type IssueCode, type ValidationIssue } from '../../src/core/errors.js';
import { checkEligibility } from '../../src/eligibility/index.js';
import { chinaCalendar, chinaToday, createCalendar, createChinaCalendarFromData, fromHolidayCn } from '../../src/calendar/index.js';
import { checkMaterials, earliestSession, getSession, nextOpenSession } from '../../src/schedule/index.js';
import { blueprint, scorePaper } from '../../src/scoring/index.js';
import { arbProfile } from '../../src/testing/index.js';
import { runCli, type CliIo } from '../../src/cli/main.js';

const HAN = /[\u4e00-\u9fff]/;
const QUERY = { track: 'digital-manager', level: 'junior', asOf: '2026-05-01' } as const;
const PAPER = {
  sections: [
    { kind: 'single', questions: [{ id: 's1', points: 50 }] },
    { kind: 'short', questions: [{ id: 'a1', points: 50 }] },
  ],
} as const;

function fail(): never {
  throw new Error('broken');
}

function issuesOf(run: () => unknown): readonly ValidationIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof SkillcertError) return error.issues;
    throw error;
  }
  throw new Error('nothing was thrown');
}

// One real call per code; the calls are the library's own inputs a user could make.
const CALLS: readonly (readonly [IssueCode, () => unknown])[] = [
  ['required', () => checkEligibility({}, { level: 'junior', asOf: '2026-05-01' } as never)],
  ['wrong-type', () => checkEligibility('a profile', QUERY)],
  ['not-a-date', () => checkEligibility({}, { ...QUERY, asOf: '2026/02/30' })],
  ['impossible-date', () => checkEligibility({}, { ...QUERY, asOf: '2026-02-30' })],
  ['unknown-value', () => checkEligibility({ education: { level: '本科' } } as unknown, QUERY)],
  ['ends-before-start', () => checkEligibility({ work: [{ from: '2025-01-01', to: '2024-12-31', related: true }] }, QUERY)],
  ['out-of-range', () => getSession(2101, 1)],
  ['too-many', () => checkEligibility({ work: Array.from({ length: 201 }, () => ({ from: '2024-01-01', related: true })) }, QUERY)],
  ['empty', () => checkMaterials({ provided: [], claim: [] })],
  ['unknown-key', () => checkEligibility({}, { ...QUERY, policy: { gapDays: 3 } } as never)],
  [
    'unreadable',
    () =>
      checkEligibility(
        {
          get work(): never {
            throw new TypeError('boom');
          },
        },
        QUERY,
      ),
  ],
  ['not-an-instant', () => chinaToday('yesterday' as never)],
  ['uncovered-year', () => chinaCalendar.isWorkingDay('2040-10-01')],
  ['outside-covered-years', () => createCalendar({ years: [2030], holidays: ['2031-01-01'], workdays: [] })],
  ['holiday-and-workday', () => createCalendar({ years: [2030], holidays: ['2030-10-01'], workdays: ['2030-10-01'] })],
  ['not-published', () => fromHolidayCn({ year: 2027, papers: [], days: [] })],
  ['beyond-calendar', () => createCalendar({ years: [9999], holidays: [], workdays: [] }).addWorkingDays('9999-12-30', 5, { uncovered: 'weekends-only' })],
  ['no-open-session', () => nextOpenSession('2100-12-25')],
  // chinese-days data that cannot be read (a proxy whose every trap throws).
  ['no-holiday-data', () => createChinaCalendarFromData(new Proxy({}, { get: fail, getOwnPropertyDescriptor: fail, has: fail, ownKeys: fail })).coverage],
  // A calendar of the library that breaks while building its tables (the host's typed arrays
  // failing, simulated): the session cannot be worked out, said at the calendar's path.
  [
    'calendar-failed',
    () => {
      const calendar = createCalendar({ years: [2030], holidays: [], workdays: [] });
      const broken = vi.spyOn(Int32Array.prototype, 'slice').mockImplementation(fail);
      try {
        return getSession(2030, 9, { calendar });
      } finally {
        broken.mockRestore();
      }
    },
  ],
  ['conflicting-keys', () => earliestSession({}, { track: 'digital-manager', level: 'junior', now: '2026-01-01', from: '2026-01-01' })],
  [
    'duplicate-id',
    () => scorePaper({ sections: [{ kind: 'short', questions: [{ id: 'x', points: 50 }, { id: 'x', points: 50 }] }] }, {}, {}),
  ],
  ['wrong-total', () => blueprint({ single: [40, 1] })],
  ['invalid-points', () => scorePaper({ sections: [{ kind: 'short', questions: [{ id: 'a1', points: 0 }] }] } as never, {}, {})],
  ['unknown-question', () => scorePaper(PAPER, { s1: 'A' }, { q7: 'A' })],
  ['no-answer-key', () => scorePaper(PAPER, {}, {})],
  ['one-right-option', () => scorePaper(PAPER, { s1: ['A', 'B'] }, {})],
  ['wrong-type', () => arbProfile({ work: 'many' } as never)],
];

async function cliError(argv: string[], files: Record<string, string>): Promise<string> {
  const lines: string[] = [];
  const io: CliIo = {
    out: () => undefined,
    write: async () => undefined,
    err: (line) => lines.push(line),
    stdin: () => Readable.from([]),
    readText: async function* (path) {
      const text = path === null ? undefined : files[path];
      if (text === undefined) throw new Error('no such file');
      yield text;
    },
    now: () => Date.UTC(2026, 4, 1),
  };
  await runCli(argv, io);
  return lines.join('\n');
}

describe('issue codes', () => {
  it('each code a real call produces has an English text and a Chinese text with Chinese in it', () => {
    const seen = new Set<IssueCode>();
    for (const [code, run] of CALLS) {
      const issues = issuesOf(run);
      const found = issues.find((issue) => issue.code === code);
      expect(found, `${code} from its call (got ${issues.map((issue) => issue.code).join(', ')})`).toBeDefined();
      for (const issue of issues) {
        seen.add(issue.code);
        expect(ISSUE_CODES).toContain(issue.code);
        expect(issue.message.en, issue.code).toMatch(/\S/);
        expect(issue.message.zh, issue.code).toMatch(HAN);
        // No template left a placeholder unfilled.
        expect(`${issue.message.en} ${issue.message.zh}`, issue.code).not.toMatch(/undefined|NaN|\[object/);
      }
    }
    expect([...ISSUE_CODES].filter((code) => !seen.has(code))).toEqual([]);
  });

  it('the CLI prints the library issues in Chinese under --lang zh, in English under --lang en', async () => {
    const files = { 'p.json': JSON.stringify({ work: [{ from: '2025-01-01', to: '2026-02-30', related: true }] }) };
    expect(await cliError(['check', 'p.json', '--track', 'digital-manager', '--lang', 'zh'], files)).toBe('skillcert: work[0].to: 日期无效：2026-02-30 不存在');
    expect(await cliError(['check', 'p.json', '--track', 'digital-manager', '--lang', 'en'], files)).toBe('skillcert: work[0].to: not a date: 2026-02-30 does not exist');
    expect((await cliError(['sessions', '--lang', 'zh'], {})).split('\n')[0]).toMatch(/^skillcert: sessions: 用法：skillcert sessions <year>/);
  });

  it('lists each code once, as a frozen list', () => {
    expect(new Set(ISSUE_CODES).size).toBe(ISSUE_CODES.length);
    expect(Object.isFrozen(ISSUE_CODES)).toBe(true);
  });

  it('says every error in one line per language, naming the first issue and its path', () => {
    const error = (() => {
      try {
        checkEligibility({ work: [{ from: '2025-01-01', to: '2026-02-30', related: true }] }, QUERY);
      } catch (caught) {
        return caught as SkillcertError;
      }
      throw new Error('nothing was thrown');
    })();
    expect(error.message).toBe('work[0].to: not a date: 2026-02-30 does not exist');
    expect(error.text).toEqual({ en: error.message, zh: 'work[0].to：日期无效：2026-02-30 不存在' });
    // Counted things keep their measure word.
    expect(issuesOf(() => checkMaterials({ provided: [], claim: [] }))[0]?.message.zh).toBe('至少需要 1 个条款');
    // An error that is not about input has its Chinese line too.
    const coverage = issuesOf(() => chinaCalendar.isWorkingDay('2040-10-01'))[0];
    expect(coverage?.message.zh).toMatch(/^日历数据中没有 2040 年的官方节假日安排/);
  });
});
