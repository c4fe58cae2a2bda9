import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.js';
import { CliProblems } from '../../src/cli/messages.js';

function problemsOf(argv: unknown[]): { code: string; path: string }[] {
  try {
    parseCommandLine(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(CliProblems);
    return (error as CliProblems).problems.map(({ code, path }) => ({ code, path }));
  }
  throw new Error('expected an error');
}
const pathOf = (argv: unknown[]): string | undefined => problemsOf(argv)[0]?.path;

describe('parseCommandLine', () => {
  it('reads each command', () => {
    expect(parseCommandLine(['session', '2026-09', '--json'])).toEqual({ kind: 'session', year: 2026, month: 9, json: true, strict: false, lang: 'zh' });
    expect(parseCommandLine(['sessions', '2026', '--lang=en', '--ics'])).toMatchObject({ kind: 'sessions', year: 2026, lang: 'en', ics: true });
    expect(parseCommandLine(['workdays', 'add', '2026-09-26', '-15', '--explain'])).toMatchObject({ kind: 'workdays-add', date: '2026-09-26', n: -15, explain: true });
    expect(parseCommandLine(['workdays', 'between', '2026-09-26', '2026-10-10'])).toMatchObject({ kind: 'workdays-between', from: '2026-09-26', to: '2026-10-10' });
    expect(parseCommandLine(['day', '2026-10-01', '--calendar-data', 'y.json'])).toMatchObject({ kind: 'day', date: '2026-10-01', calendarData: 'y.json' });
    expect(parseCommandLine(['check', 'a.csv', 'b.ndjson', '--track', 'digital-manager', '--level', 'senior', '--format', 'csv', '--id', 'no', '--jobs', '2', '--strict'])).toMatchObject({
      kind: 'check',
      files: ['a.csv', 'b.ndjson'],
      track: 'digital-manager',
      level: 'senior',
      format: 'csv',
      idField: 'no',
      jobs: 2,
      strict: true,
    });
    expect(parseCommandLine(['check', '-', '--track', 'digital-manager', '--json'])).toMatchObject({ kind: 'check', files: [], idField: 'id', format: 'json' });
    expect(parseCommandLine(['score', 'p.json', 'k.json', 'r.json', '--partial', '0.5'])).toMatchObject({ kind: 'score', partial: 0.5 });
    expect(parseCommandLine(['template', 'csv', '--lang', 'en'])).toMatchObject({ kind: 'template', lang: 'en' });
    expect(parseCommandLine([])).toEqual({ kind: 'help', lang: 'zh', asked: false });
    expect(parseCommandLine(['--help', '--lang', 'en'])).toEqual({ kind: 'help', lang: 'en', asked: true });
    expect(parseCommandLine(['-v'])).toEqual({ kind: 'version' });
  });

  it('names the flag or argument that is wrong', () => {
    expect(pathOf(['check', 'p.json'])).toBe('--track');
    expect(pathOf(['sessions', 'twenty'])).toBe('year');
    expect(pathOf(['session', '2026-9'])).toBe('session');
    expect(pathOf(['workdays', 'add', '2026-01-01', '1.5'])).toBe('n');
    expect(pathOf(['sessions', '2026', '--lang', 'fr'])).toBe('--lang');
    expect(pathOf(['sessions', '2026', '--bogus'])).toBe('--bogus');
    // A flag given no value does not take the next flag as its value.
    expect(pathOf(['check', 'p.json', '--track', '--as-of', '2026-11-28'])).toBe('--track');
    expect(pathOf(['check', 'p.json', '--level', '--track', 'digital-manager'])).toBe('--level');
    expect(pathOf(['frobnicate'])).toBe('frobnicate');
    expect(pathOf(['check', '--track', 'x', '--jobs', '0'])).toBe('--jobs');
    expect(pathOf(['check', '--track', 'x', '--format', 'xml'])).toBe('--format');
    expect(pathOf(['score', 'p', 'k', 'r', '--partial', '1.5'])).toBe('--partial');
  });

  it('refuses a flag given twice and a flag the command does not use', () => {
    expect(problemsOf(['check', '--track', 'a', '--track', 'b'])).toEqual([{ code: 'given-twice', path: '--track' }]);
    expect(problemsOf(['sessions', '2026', '--json', '--json'])).toEqual([{ code: 'given-twice', path: '--json' }]);
    // A missing year is the usage line alone, not also "expected a whole number, got undefined".
    expect(problemsOf(['sessions'])).toEqual([{ code: 'usage', path: 'sessions' }]);
    expect(problemsOf(['workdays', 'add', '2026-01-01'])).toEqual([{ code: 'usage', path: 'workdays' }]);
    expect(problemsOf(['sessions', '2026', '--track', 'x'])).toEqual([{ code: 'not-an-option-of', path: '--track' }]);
    // check reads no calendar: --calendar-data there would be silently unused.
    expect(problemsOf(['check', '--track', 'x', '--calendar-data', 'y.json'])).toEqual([{ code: 'not-an-option-of', path: '--calendar-data' }]);
    expect(problemsOf(['score', 'p', 'k', 'r', '--calendar-data', 'y.json'])).toEqual([{ code: 'not-an-option-of', path: '--calendar-data' }]);
  });

  it('answers anything with a command or CliProblems, nothing else', () => {
    const word = fc.oneof(
      fc.constantFrom('check', 'sessions', 'session', 'workdays', 'add', 'between', 'day', 'template', 'csv', 'score', '--track', '--level', '--as-of', '--lang', '--json', '--strict', '--explain', '--jobs', '--format', '--partial', '-', '--', '2026', '2026-09', '-3', 'zh', 'en', '__proto__', 'constructor', 'toString'),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(word, { maxLength: 8 }), fc.anything() as fc.Arbitrary<never>), (argv) => {
        try {
          const command = parseCommandLine(argv);
          expect(typeof command.kind).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(CliProblems);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });
});
