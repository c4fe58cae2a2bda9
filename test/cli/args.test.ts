import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.js';
import { SkillcertError } from '../../src/core/errors.js';

function issuePathOf(argv: unknown[]): unknown {
  try {
    parseCommandLine(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(SkillcertError);
    return (error as SkillcertError).issues[0]?.path;
  }
  throw new Error('expected an error');
}

describe('parseCommandLine', () => {
  it('reads each command', () => {
    expect(parseCommandLine(['session', '2026-09', '--json'])).toEqual({ kind: 'session', year: 2026, month: 9, json: true, strict: false, lang: 'zh' });
    expect(parseCommandLine(['sessions', '2026', '--lang=en'])).toMatchObject({ kind: 'sessions', year: 2026, lang: 'en' });
    expect(parseCommandLine(['workdays', 'add', '2026-09-26', '-15', '--explain'])).toMatchObject({ kind: 'workdays-add', date: '2026-09-26', n: -15, explain: true });
    expect(parseCommandLine(['check', 'p.json', '--track', 'digital-manager', '--level', 'senior', '--as-of', '2026-11-28', '--strict'])).toMatchObject({
      kind: 'check',
      profileFile: 'p.json',
      track: 'digital-manager',
      level: 'senior',
      asOf: '2026-11-28',
      strict: true,
    });
    expect(parseCommandLine(['check', '-', '--track', 'digital-manager'])).toMatchObject({ kind: 'check', profileFile: null });
    expect(parseCommandLine(['score', 'p.json', 'k.json', 'r.json', '--calendar-data', 'y.json'])).toMatchObject({ kind: 'score', calendarData: 'y.json' });
    expect(parseCommandLine([])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['--version'])).toEqual({ kind: 'version' });
    expect(parseCommandLine(['-v'])).toEqual({ kind: 'version' });
  });

  it('names the flag or argument that is wrong', () => {
    expect(issuePathOf(['check', 'p.json'])).toEqual(['--track']);
    expect(issuePathOf(['sessions', 'twenty'])).toEqual(['year']);
    expect(issuePathOf(['session', '2026-9'])).toEqual(['session']);
    expect(issuePathOf(['workdays', 'add', '2026-01-01', '1.5'])).toEqual(['n']);
    expect(issuePathOf(['sessions', '2026', '--lang', 'fr'])).toEqual(['--lang']);
    expect(issuePathOf(['sessions', '2026', '--bogus'])).toEqual(['--bogus']);
    // A flag given no value does not take the next flag as its value.
    expect(issuePathOf(['check', 'p.json', '--track', '--as-of', '2026-11-28'])).toEqual(['--track']);
    expect(issuePathOf(['check', 'p.json', '--level', '--track', 'digital-manager'])).toEqual(['--level']);
    expect(issuePathOf(['sessions', '2026', '--track', 'x'])).toEqual(['--track']);
    expect(issuePathOf(['frobnicate'])).toEqual(['frobnicate']);
    expect(issuePathOf(['check', 'p.json', '--track'])).toEqual(['--track']);
  });

  it('answers anything with a command or a SkillcertError, nothing else', () => {
    const word = fc.oneof(
      fc.constantFrom('check', 'sessions', 'session', 'workdays', 'add', 'score', '--track', '--level', '--as-of', '--lang', '--json', '--strict', '--explain', '-', '--', '2026', '2026-09', '-3', 'zh', 'en', '__proto__', 'constructor'),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(word, { maxLength: 8 }), fc.anything() as fc.Arbitrary<never>), (argv) => {
        try {
          const command = parseCommandLine(argv);
          expect(typeof command.kind).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(SkillcertError);
          expect((error as SkillcertError).code).toBe('invalid-input');
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });
});
