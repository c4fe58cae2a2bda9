// The built CLI, run as a child process the way a user runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = resolve('dist/cli.js');
let dir: string;

function skillcert(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: dir });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const bachelor = { education: { level: 'bachelor', relatedMajor: false }, enrolment: null, work: [{ from: '2025-06-01', to: null, related: true }], certificates: [] };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'skillcert-cli-'));
  writeFileSync(join(dir, 'bachelor.json'), JSON.stringify(bachelor));
  writeFileSync(join(dir, 'bad.json'), JSON.stringify({ work: [{ from: '2024-01-01', to: '2024-06-01', related: true }, { from: '2024-01-01', to: '2026-02-30', related: true }] }));
  writeFileSync(join(dir, 'paper.json'), JSON.stringify({ sections: [{ kind: 'single', questions: [{ id: 'q1', points: 60 }, { id: 'q2', points: 40 }] }] }));
  writeFileSync(join(dir, 'key.json'), JSON.stringify({ q1: 'A', q2: 'B' }));
  writeFileSync(join(dir, 'responses.json'), JSON.stringify({ q1: 'A', q2: 'C' }));
  writeFileSync(join(dir, 'responses-fail.json'), JSON.stringify({ q1: 'B', q2: 'B' }));
  writeFileSync(join(dir, '2027.json'), JSON.stringify({ year: 2027, holidays: ['2027-01-01'], workdays: [] }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('skillcert CLI', () => {
  it('check: eligible on one level, human output in zh and en, exit 0', () => {
    const zh = skillcert(['check', 'bachelor.json', '--track', 'digital-manager', '--level', 'intermediate', '--as-of', '2026-11-28']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('可以报考');
    expect(zh.stdout).toContain('intermediate.3');
    const en = skillcert(['check', 'bachelor.json', '--track', 'digital-manager', '--level', 'intermediate', '--as-of', '2026-11-28', '--lang', 'en']);
    expect(en.stdout).toContain('may register');
  });

  it('check --json: every level, machine-readable', () => {
    const run = skillcert(['check', 'bachelor.json', '--track', 'digital-manager', '--as-of', '2026-11-28', '--json']);
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as { level: string; eligible: boolean; earliestEligibleOn: string | null }[];
    expect(results.map((result) => result.level)).toEqual(['junior', 'intermediate', 'senior']);
    expect(results.map((result) => result.eligible)).toEqual([true, true, false]);
    // senior.3: a bachelor with 2 full years of continuous work; from 2025-06-01 that is 2027-05-31 [I-4].
    expect(results[2]?.earliestEligibleOn).toBe('2027-05-31');
  });

  it('exits 1 for "not eligible" only with --strict', () => {
    const args = ['check', 'bachelor.json', '--track', 'digital-manager', '--level', 'senior', '--as-of', '2026-11-28'];
    expect(skillcert(args).code).toBe(0);
    expect(skillcert([...args, '--strict']).code).toBe(1);
  });

  it('exits 2 with one line naming the field on bad input', () => {
    const run = skillcert(['check', 'bad.json', '--track', 'digital-manager', '--as-of', '2026-11-28', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('work[1].to: not a date: 2026-02-30');
    expect(skillcert(['session', '2026-13']).code).toBe(2);
    expect(skillcert(['check', 'missing.json', '--track', 'digital-manager']).stderr).toContain('missing.json');
  });

  it('keeps an error to one line even when a value holds a line break, and names the flag a bare flag lacks', () => {
    writeFileSync(join(dir, 'newline.json'), JSON.stringify({ work: [{ from: '2026-01-01\nINJECTED', related: true }] }));
    const run = skillcert(['check', 'newline.json', '--track', 'digital-manager', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('skillcert: work[0].from: not a date: 2026-01-01\\nINJECTED (expected YYYY-MM-DD)\n');
    expect(skillcert(['check', 'bachelor.json', '--track', '--as-of', '2026-11-28', '--lang', 'en']).stderr).toBe('skillcert: --track: needs a value\n');
    expect(skillcert(['check', 'bachelor.json', '--track', '--as-of', '2026-11-28']).stderr).toBe('skillcert: --track: 缺少取值\n');
    // A year without official data: on the command line the remedy is the --calendar-data flag.
    expect(skillcert(['workdays', 'add', '2026-12-31', '1']).stderr).toContain('--calendar-data');
  });

  it('prints its version, and stops quietly when the reader of its output goes away', () => {
    const version = skillcert(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^skillcert \d+\.\d+\.\d+/);
    // `… | head -c 1`: the pipe closes while the CLI still has megabytes to write.
    writeFileSync(join(dir, 'many.ndjson'), `${JSON.stringify(bachelor)}\n`.repeat(2000));
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" check --track digital-manager --as-of 2026-11-28 < many.ndjson | head -c 1`], { encoding: 'utf8', cwd: dir });
    expect(piped.stdout).toBe('{');
    expect(piped.stderr).toBe('');
  });

  it('check reads NDJSON from standard input, one result line per profile; a bad line does not stop the batch', () => {
    const input = [JSON.stringify(bachelor), '{not json', JSON.stringify({ education: { level: 'phd' } }), JSON.stringify({ education: { level: 'master' }, work: [], certificates: [], enrolment: null })].join('\n');
    const run = skillcert(['check', '--track', 'digital-manager', '--level', 'intermediate', '--as-of', '2026-11-28'], input);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { line: number; results?: { eligible: boolean }[]; errors?: { code: string; path: string }[] });
    expect(lines.map((line) => line.line)).toEqual([1, 2, 3, 4]);
    expect(lines[0]?.results?.[0]?.eligible).toBe(true);
    expect(lines[1]?.errors?.[0]?.code).toBe('not-json');
    expect(lines[2]?.errors?.[0]).toMatchObject({ code: 'unknown-value', path: 'education.level' });
    expect(lines[3]?.results?.[0]?.eligible).toBe(true);
    expect(run.code).toBe(2);
  });

  it('sessions and session: dates with provisional ones marked', () => {
    const year = skillcert(['sessions', '2026', '--json']);
    expect(year.code).toBe(0);
    const sessions = JSON.parse(year.stdout) as { id: string; examDate: string; provisional: string[] }[];
    expect(sessions).toHaveLength(12);
    expect(sessions[8]?.examDate).toBe('2026-09-26');
    expect(sessions[11]?.provisional.length).toBeGreaterThan(0);
    const one = skillcert(['session', '2026-09', '--lang', 'en']);
    expect(one.stdout).toContain('Scores from: 2026-10-22');
    expect(one.stdout).toContain('public holiday');
  });

  it('workdays add, with --explain and with --calendar-data for a year not yet covered', () => {
    expect(skillcert(['workdays', 'add', '2026-09-30', '3']).stdout.trim()).toBe('2026-10-10');
    const explained = skillcert(['workdays', 'add', '2026-09-30', '3', '--explain', '--lang', 'en']);
    expect(explained.stdout).toContain('2026-10-01 holiday National Day');
    const uncovered = skillcert(['workdays', 'add', '2026-12-31', '1']);
    expect(uncovered.code).toBe(2);
    expect(uncovered.stderr).toContain('2027');
    expect(skillcert(['workdays', 'add', '2026-12-31', '1', '--calendar-data', '2027.json']).stdout.trim()).toBe('2027-01-04');
  });

  it('score: total and verdict; --strict exits 1 on a fail', () => {
    const run = skillcert(['score', 'paper.json', 'key.json', 'responses.json', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ total: 60, passed: true });
    expect(skillcert(['score', 'paper.json', 'key.json', 'responses-fail.json', '--strict']).code).toBe(1);
    expect(skillcert(['score', 'paper.json', 'key.json', 'responses-fail.json', '--lang', 'en']).stdout).toContain('failed');
  });
});
