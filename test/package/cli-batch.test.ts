// The built CLI over batches, with real pipes: formats, ids, languages, limits, slow readers.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = resolve('dist/cli.js');
let dir: string;

function skillcert(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: dir });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
function shell(command: string): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync('sh', ['-c', command], { encoding: 'utf8', cwd: dir });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const node = `"${process.execPath}" "${cli}"`;
const CHECK = ['check', '--track', 'digital-manager', '--as-of', '2026-11-28'];

// Eligible for junior and intermediate (bachelor with a year of related work), not senior.
const bachelor = { education: { level: 'bachelor', relatedMajor: false }, enrolment: null, work: [{ from: '2025-06-01', to: null, related: true }], certificates: [] };
const header = 'id,education,education_related,enrolment,enrolment_related,enrolment_from,enrolment_until,work,certificates';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'skillcert-batch-'));
  writeFileSync(join(dir, 'applicants.csv'), `\ufeff${header}\r\nA1,bachelor,no,none,,,,2025-06-01~:related,none\r\nA2,phd,,,,,,,\r\n,,,,,,,,\r\n`);
  writeFileSync(join(dir, 'zh.csv'), '编号,最高学历,工作经历\nB1,本科,2025-06-01~:相关\n');
  writeFileSync(join(dir, 'array.json'), `\ufeff${JSON.stringify([{ id: 'J1', ...bachelor }, { no: 'x', ...bachelor }], null, 2).replaceAll('\n', '\r\n')}`);
  writeFileSync(join(dir, 'one.json'), JSON.stringify({ work: [{ from: '2026-02-30', related: true }], education: { level: 'phd' } }, null, 2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('skillcert check: batches', () => {
  it('reads CSV (BOM, CRLF) and writes CSV in --lang, one row per applicant and level, ids carried, errors as rows', () => {
    const run = skillcert([...CHECK, 'applicants.csv', '--format', 'csv', '--lang', 'en']);
    expect(run.code).toBe(2);
    const rows = run.stdout.replace(/^\ufeff/, '').trim().split('\n');
    expect(rows[0]).toBe('line,id,track,level,status,result,clauses met,earliest eligible date,next step,missing,error');
    expect(rows.slice(1, 4).map((row) => row.split(',').slice(0, 5).join(','))).toEqual([
      '2,A1,digital-manager,junior,eligible',
      '2,A1,digital-manager,intermediate,eligible',
      '2,A1,digital-manager,senior,ineligible',
    ]);
    // senior.3: two full years of continuous work from 2025-06-01 end 2027-05-31 [I-4].
    // …and the next step is the library's own, in --lang (nextSteps[0].message.en).
    expect(rows[3]).toMatch(/,2027-05-31,"?Eligible from 2027-05-31[^,]*senior\.3/);
    expect(rows[4]).toMatch(/^3,A2,digital-manager,,error,bad input,.*education\.level.*\[unknown-value\]/);
    // A row with every cell empty is an applicant with nothing known: incomplete, by its row number.
    expect(rows[5]).toMatch(/^4,,digital-manager,junior,incomplete,/);
    const zh = skillcert([...CHECK, 'zh.csv', '--format', 'csv', '--level', 'junior']);
    expect(zh.stdout.split('\n')[1]).toMatch(/^2,B1,digital-manager,junior,eligible,可以报考,[^,]*junior\.3[^,]*,2026-11-28,,,$/);
  });

  it('template csv prints a sheet the reader accepts, in Chinese or English headers', () => {
    for (const lang of ['zh', 'en']) {
      const template = skillcert(['template', 'csv', '--lang', lang]);
      expect(template.stdout.split('\n')).toHaveLength(3);
      const run = skillcert([...CHECK, '--level', 'junior', '--input', 'csv', '--format', 'ndjson'], template.stdout);
      expect(JSON.parse(run.stdout)).toMatchObject({ id: 'A0001', line: 2, results: [{ level: 'junior', eligible: true }] });
    }
    expect(skillcert(['template', 'csv']).stdout).toContain('编号,最高学历');
  });

  it('reads a JSON array (BOM, CRLF) as a batch; --id names the id field; json, ndjson, text and summary honour --lang', () => {
    const json = skillcert([...CHECK, 'array.json', '--level', 'senior', '--format', 'json', '--id', 'no', '--lang', 'en']);
    const answers = JSON.parse(json.stdout) as { id: string | null; line: number; results?: { message: string }[]; errors?: { code: string; path: string }[] }[];
    // With --id no, the first item has no id: it is named by its position.
    expect(answers.map((answer) => [answer.id, answer.line])).toEqual([[null, 1], ['x', 2]]);
    expect(answers[1]?.results?.[0]?.message).toMatch(/^may not register yet; Eligible from 2027-05-31/);
    const zh = skillcert([...CHECK, 'array.json', '--level', 'senior', '--format', 'ndjson']);
    const first = JSON.parse(zh.stdout.split('\n')[0] as string) as { id: string; line: number; results: { message: string }[] };
    expect([first.id, first.line]).toEqual(['J1', 1]);
    expect(first.results[0]?.message).toMatch(/^暂不可报考；.*2027-05-31/);
    const text = skillcert([...CHECK, 'array.json', '--level', 'senior', '--format', 'text', '--lang', 'en']);
    expect(text.stdout).toContain('line 1 · J1\n  Digital Manager · senior (as of 2026-11-28): may not register yet');
    const summary = skillcert([...CHECK, 'array.json', '--format', 'summary']);
    expect(summary.stdout).toContain('报名人: 2');
    expect(summary.stdout).toContain('高级 暂不可报考: 2');
    expect(summary.stdout).toContain('2027-05: 2');
  });

  it('a single profile prints every issue: one line each in text, JSON objects under --format json', () => {
    const text = skillcert([...CHECK, 'one.json', '--lang', 'en']);
    expect(text.code).toBe(2);
    expect(text.stderr.trim().split('\n').map((line) => line.split(':')[1])).toEqual([' education.level', ' work[0].from']);
    const json = skillcert([...CHECK, 'one.json', '--format', 'json']);
    expect(json.code).toBe(2);
    expect((JSON.parse(json.stdout) as { errors: { code: string; path: string; message: string }[] }).errors.map((error) => error.path)).toEqual(['education.level', 'work[0].from']);
  });

  it('a bad --track or --as-of stops the batch before it starts, said once', () => {
    const run = skillcert(['check', '--track', 'nope', '--as-of', '2026-02-30', '--lang', 'en'], `${JSON.stringify(bachelor)}\n`.repeat(3));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n').map((line) => line.split(':').slice(0, 2).join(':'))).toEqual(['skillcert: track', 'skillcert: asOf']);
  });

  it('a line over 1 MB is a too-large error and the batch goes on', () => {
    const input = `${JSON.stringify(bachelor)}\n{"pad":"${'x'.repeat(1_100_000)}"}\n${JSON.stringify(bachelor)}\n`;
    const run = skillcert([...CHECK, '--level', 'junior'], input);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { line: number; errors?: { code: string }[] });
    expect(lines.map((line) => [line.line, line.errors?.[0]?.code])).toEqual([[1, undefined], [2, 'too-large'], [3, undefined]]);
    expect(run.code).toBe(2);
  });

  it('refuses a file over the limit before reading it, and caps --calendar-data even from /dev/zero', () => {
    // Sparse files: their size is over the limit, and reading them would take minutes.
    const big = join(dir, 'big.ndjson');
    closeSync(openSync(big, 'w'));
    spawnSync('truncate', ['-s', '2049M', big]);
    const run = skillcert([...CHECK, 'big.ndjson', '--lang', 'en']);
    expect([run.code, run.stderr]).toEqual([2, 'skillcert: big.ndjson: the file is over 2 GB; not read\n']);
    const zero = skillcert(['workdays', 'add', '2026-12-31', '1', '--calendar-data', '/dev/zero', '--lang', 'en']);
    expect([zero.code, zero.stderr]).toEqual([2, 'skillcert: /dev/zero: the file is over 10 MB; not read\n']);
  });

  it('standard input that cannot be read exits 2 with one line; a FIFO is read as a stream', () => {
    mkdirSync(join(dir, 'folder'));
    const folder = shell(`${node} check --track digital-manager --lang en < folder`);
    expect([folder.code, folder.stderr]).toEqual([2, 'skillcert: cannot read standard input: EISDIR\n']);
    const closed = shell(`${node} check --track digital-manager --lang en <&-`);
    expect(closed.code).toBe(2);
    expect(closed.stderr.trim().split('\n')).toHaveLength(1);
    const fifo = shell(`mkfifo pipe && (printf '%s\n' '${JSON.stringify(bachelor)}' '${JSON.stringify(bachelor)}' > pipe &) && ${node} check pipe --track digital-manager --level junior --as-of 2026-11-28 --input ndjson`);
    expect(fifo.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { line: number }).line)).toEqual([1, 2]);
  });

  it('keeps input order over worker threads, and waits for a slow reader', async () => {
    const count = 3500;
    const input = Array.from({ length: count }, (_, i) => JSON.stringify({ id: `P${i + 1}`, ...bachelor })).join('\n');
    const child = spawn(process.execPath, [cli, ...CHECK, '--format', 'csv', '--jobs', '2'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.end(input);
    // The reader takes one chunk, then waits: the CLI must pause rather than buffer everything.
    let text = '';
    let reads = 0;
    for await (const chunk of child.stdout) {
      text += String(chunk);
      reads += 1;
      if (reads < 20) {
        child.stdout.pause();
        await new Promise((done) => setTimeout(done, 10));
        child.stdout.resume();
      }
    }
    const ids = text.trim().split('\n').slice(1).map((row) => row.split(',')[1]);
    const expected = Array.from({ length: count }, (_, i) => [`P${i + 1}`, `P${i + 1}`, `P${i + 1}`]).flat();
    expect(ids).toEqual(expected);
  });
});

describe('skillcert: the rest of the command line', () => {
  it('help in zh and en lists the track and level ids with Chinese names; no arguments is help with exit 2', () => {
    const none = skillcert([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('digital-hr-manager');
    expect(none.stdout).toContain('数字化人力资源管理师');
    const en = skillcert(['--help', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/senior +高级 \(senior\)/);
    expect(en.stdout).toContain('usage:');
  });

  it('a flag given twice, or one the command does not use, is an error', () => {
    expect(skillcert([...CHECK, '--track', 'x', '--lang', 'en']).stderr).toBe('skillcert: --track: given twice (each option at most once)\n');
    expect(skillcert([...CHECK, '--calendar-data', 'y.json', '--lang', 'en']).stderr).toBe('skillcert: --calendar-data: not an option of check\n');
  });

  it('workdays between and day', () => {
    // 2026-10-01..07 National Day holiday, 2026-10-10 (Saturday) a make-up working day: in
    // (2026-09-30, 2026-10-10] that leaves 10-08, 10-09 and 10-10.
    expect(skillcert(['workdays', 'between', '2026-09-30', '2026-10-10', '--json'])).toMatchObject({ code: 0, stdout: '{"from":"2026-09-30","to":"2026-10-10","workingDays":3}\n' });
    expect(JSON.parse(skillcert(['day', '2026-10-01', '--json']).stdout)).toMatchObject({ kind: 'holiday', name: { en: 'National Day', zh: '国庆节' }, provisional: false });
    expect(skillcert(['day', '2026-10-10']).stdout).toBe('2026-10-10 调休上班\n');
    // 2027's schedule is not published: a plain Friday, said to be an estimate.
    expect(JSON.parse(skillcert(['day', '2027-10-01', '--json']).stdout)).toEqual({ date: '2027-10-01', kind: 'workday', provisional: true, published: false });
    // 2026 is published, but from 29 December on the 2027 notice may still move a day [I-25].
    expect(skillcert(['day', '2026-12-30', '--lang', 'en']).stdout).toBe('2026-12-30 working day (not final: next year’s holiday notice may still change this day)\n');
  });

  it('--calendar-data takes a holiday-cn file as published; sessions --ics writes iCalendar', () => {
    writeFileSync(join(dir, 'holiday-cn-2027.json'), JSON.stringify({ year: 2027, papers: ['https://www.gov.cn/example'], days: [{ name: '国庆节', date: '2027-10-01', isOffDay: true }, { name: '国庆节', date: '2027-10-09', isOffDay: false }] }));
    expect(JSON.parse(skillcert(['day', '2027-10-01', '--json', '--calendar-data', 'holiday-cn-2027.json']).stdout)).toMatchObject({ kind: 'holiday', name: { zh: '国庆节' }, provisional: false });
    expect(skillcert(['day', '2027-10-09', '--calendar-data', 'holiday-cn-2027.json']).stdout).toBe('2027-10-09 调休上班\n');
    // holiday-cn's placeholder for a year not yet announced is refused, not read as "no holidays".
    writeFileSync(join(dir, 'placeholder.json'), JSON.stringify({ year: 2027, papers: [], days: [] }));
    expect(skillcert(['day', '2027-10-01', '--calendar-data', 'placeholder.json']).code).toBe(2);
    const ics = skillcert(['sessions', '2026', '--ics']);
    expect(ics.code).toBe(0);
    expect(ics.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    // Twelve sessions, each with its exam day as an all-day event.
    expect(ics.stdout.match(/UID:2026-\d\d-examDate@skillcert/g)).toHaveLength(12);
    expect(ics.stdout).toContain('DTSTART;VALUE=DATE:20260926');
    expect(skillcert(['sessions', '2026', '--ics', '--json']).code).toBe(2);
  });

  it('score: section names in --lang and --partial credit', () => {
    writeFileSync(join(dir, 'paper.json'), JSON.stringify({ sections: [{ kind: 'single', questions: [{ id: 'q1', points: 60 }] }, { kind: 'multiple', questions: [{ id: 'q2', points: 40 }] }] }));
    writeFileSync(join(dir, 'key.json'), JSON.stringify({ q1: 'A', q2: ['A', 'B'] }));
    writeFileSync(join(dir, 'responses.json'), JSON.stringify({ q1: 'A', q2: ['A'] }));
    const plain = skillcert(['score', 'paper.json', 'key.json', 'responses.json']);
    expect(plain.stdout).toContain('  单选题: 60 / 60\n  多选题: 0 / 40');
    // Half credit for a right option and no wrong one: 60 + 0.5 × 40.
    expect(skillcert(['score', 'paper.json', 'key.json', 'responses.json', '--partial', '0.5', '--lang', 'en']).stdout).toContain('total 80 / 100');
  });
});
