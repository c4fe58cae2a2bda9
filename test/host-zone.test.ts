// Keeps the zone list of `npm test` honest (test/zoned-files.ts). Only src/core/china-time.ts
// may read a clock or a time zone; so the other zones need to run only the tests of that
// module and of the functions that reach it, and those tests must be on the list.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZONE_READERS, ZONED_TEST_FILES } from './zoned-files.js';

const ROOT = new URL('..', import.meta.url).pathname;
const CHINA_TIME = 'src/core/china-time.ts';

function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .map((file) => join(folder, file).split('\\').join('/'))
    .filter((file) => /\.(ts|mts|cts|js|mjs)$/.test(file));
}

// The code of a file without comments and string contents, which may name `Date` freely.
function codeOf(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

// What reads the host's clock or zone: the Date and Intl globals, and the local-time getters
// and setters (getHours, getDate, getTimezoneOffset, toLocaleString, …).
const HOST_TIME = /\b(?:Date|Intl)\b|\.(?:get|set)(?:FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds|TimezoneOffset|Year)\b|\.toLocale\w*|\.to(?:Date|Time)String\b/g;

// Reading the clock is not reading the zone: the CLI's process entry passes Date.now() (epoch
// milliseconds, the same in every zone) to runCli as `now`. Nothing else is allowed.
const ALLOWED: Record<string, readonly string[]> = { 'src/cli/bin.ts': ['Date'] };

function globToRegExp(glob: string): RegExp {
  const pattern = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '(?:.*/)?').replace(/\*/g, '[^/]*');
  return new RegExp(`^${pattern}$`);
}
const isZoned = (file: string): boolean => ZONED_TEST_FILES.some((glob) => globToRegExp(glob).test(file));

describe('the host zone reaches answers only through src/core/china-time.ts', () => {
  it('no other src file uses Date, Intl or a local-time getter', () => {
    const found: string[] = [];
    for (const file of filesUnder('src')) {
      if (file === CHINA_TIME) continue;
      const uses = [...new Set(codeOf(file).match(HOST_TIME) ?? [])].filter((use) => !(ALLOWED[file] ?? []).includes(use));
      if (uses.length > 0) found.push(`${file}: ${uses.join(', ')}`);
    }
    expect(found).toEqual([]);
  });

  it('the check itself sees Date, Intl and local getters in code, not in comments or strings', () => {
    const uses = (code: string) => code.replace(/'(?:[^'\\\n]|\\.)*'/g, "''").match(HOST_TIME) ?? [];
    expect(uses('const d = new Date(ms); d.getHours(); d.getTimezoneOffset(); x.toLocaleDateString(); Intl.DateTimeFormat')).toEqual([
      'Date',
      '.getHours',
      '.getTimezoneOffset',
      '.toLocaleDateString',
      'Intl',
    ]);
    expect(uses("const label = 'a Date'; day.getUTCDate(); PlainDate; DateRange")).toEqual([]);
  });

  it('ZONE_READERS names every src module that imports china-time.ts', () => {
    // Importers, not re-exporters (src/calendar/index.ts passes chinaToday … on unchanged).
    const importers = filesUnder('src').filter((file) => /^import [^;]*from '[^']*china-time(?:\.js)?'/m.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(importers.sort()).toEqual(Object.keys(ZONE_READERS).filter((file) => file !== CHINA_TIME).sort());
    for (const [file, names] of Object.entries(ZONE_READERS)) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      for (const name of names) expect(source, `${file} exports ${name}`).toMatch(new RegExp(`export (?:async )?function ${name}\\b`));
    }
  });
});

describe('the zoned test files (test/zoned-files.ts)', () => {
  const unitFiles = filesUnder('test')
    .filter((file) => file.endsWith('.test.ts') && !file.startsWith('test/package/') && !file.startsWith('test/browser/'))
    .map((file) => relative(ROOT, join(ROOT, file)));

  it('every entry of the list names at least one test file', () => {
    for (const glob of ZONED_TEST_FILES) expect(unitFiles.some((file) => globToRegExp(glob).test(file)), glob).toBe(true);
  });

  it('every test file that calls a function reaching china-time.ts is on the list', () => {
    const names = Object.values(ZONE_READERS).flat();
    const missing = unitFiles.filter((file) => !isZoned(file) && names.some((name) => new RegExp(`\\b${name}\\(`).test(codeOf(file))));
    expect(missing, 'add these to ZONED_TEST_FILES').toEqual([]);
  });

  it('matches globs as vitest does, folder by folder', () => {
    expect(isZoned('test/calendar/create-calendar.test.ts')).toBe(true);
    expect(isZoned('test/calendar/deeper/new.test.ts')).toBe(true);
    expect(isZoned('test/eligibility/check.test.ts')).toBe(false);
  });
});
