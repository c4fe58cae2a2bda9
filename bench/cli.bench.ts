// `npm run bench -- cli`: 1,000,000 generated applicants through the built CLI
// (`check --format csv`) piped into `gzip -1`, at --jobs 1 and 2, and into a deliberately slow
// reader; prints wall time, applicants/s, the speed-up and each run's peak RSS, and checks that
// every row came out, in input order. Not a test: timings depend on the machine.
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { createGunzip } from 'node:zlib';

const COUNT = Number(process.env.CLI_BENCH_APPLICANTS ?? 1_000_000);
const RSS_BUDGET_MB = 200;
const cli = resolve('dist/cli.js');
const ARGS = ['check', '--track', 'digital-manager', '--level', 'intermediate', '--as-of', '2026-11-28', '--format', 'csv', '--lang', 'en'];

const EDUCATION = ['bachelor', 'associate', 'high-school', 'secondary-vocational', 'master', ''];

// One CSV row per applicant, varied enough to reach every kind of answer.
function row(i: number): string {
  const education = EDUCATION[i % EDUCATION.length] as string;
  const related = i % 3 === 0 ? 'yes' : 'no';
  const start = 2010 + (i % 15);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const work = i % 7 === 0 ? '' : i % 5 === 0 ? 'none' : `${start}-${month}-01~${i % 2 === 0 ? '' : `${start + 1}-${month}-15`}:${i % 4 === 0 ? 'unrelated' : 'related'}`;
  const certificates = i % 11 === 0 ? `skillcert:junior:digital-manager:${start}-06-01` : 'none';
  return `A${i},${education},${education === '' ? '' : related},none,,,,${work},${certificates}\n`;
}

async function generate(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write('id,education,education_related,enrolment,enrolment_related,enrolment_from,enrolment_until,work,certificates\n');
  let batch = '';
  for (let i = 1; i <= COUNT; i++) {
    batch += row(i);
    if (batch.length > 1 << 16) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'finish');
}

// Counts the data rows and checks their ids run A1, A2, … in order.
async function verify(lines: AsyncIterable<string>): Promise<{ rows: number; inOrder: boolean }> {
  let rows = -1; // the header
  let inOrder = true;
  for await (const line of lines) {
    if (rows >= 0 && !line.startsWith(`${rows + 2},A${rows + 1},`)) inOrder = false;
    rows += 1;
  }
  return { rows, inOrder };
}

// /usr/bin/time -f '%M %U %S': peak RSS in KB, user and system CPU seconds.
function usage(file: string): { rssMb: number; cpuSeconds: number } {
  const [rss = 0, user = 0, system = 0] = (readFileSync(file, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { rssMb: rss / 1024, cpuSeconds: user + system };
}

async function run(label: string, shell: string, dir: string): Promise<{ seconds: number; rssMb: number }> {
  const start = performance.now();
  const child = spawn('sh', ['-c', shell], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
  const [code] = (await once(child, 'exit')) as [number];
  const seconds = (performance.now() - start) / 1000;
  const { rssMb, cpuSeconds } = usage(join(dir, 'rss'));
  // CPU seconds say what the run costs whatever else the machine is doing; wall time does not.
  console.log(
    `${label.padEnd(28)} ${seconds.toFixed(1).padStart(6)} s  ${Math.round(COUNT / seconds).toLocaleString('en').padStart(9)} applicants/s  CPU ${cpuSeconds.toFixed(1)} s  peak RSS ${rssMb.toFixed(0)} MB${rssMb <= RSS_BUDGET_MB ? '' : ` (over ${RSS_BUDGET_MB} MB!)`}${code === 0 ? '' : `  exit ${code}`}`,
  );
  console.log(`  load average before the run ended: ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`);
  return { seconds, rssMb };
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'skillcert-cli-bench-'));
  try {
    execFileSync('/usr/bin/time', ['-f', '%M', '-o', '/dev/null', 'true']);
  } catch {
    console.log('skipped: needs /usr/bin/time for the peak RSS');
    return;
  }
  try {
    const input = join(dir, 'applicants.csv');
    await generate(input);
    console.log(`${COUNT.toLocaleString('en')} applicants, check --level intermediate --format csv`);
    const node = `/usr/bin/time -f '%M %U %S' -o rss "${process.execPath}" "${cli}" ${ARGS.join(' ')} "${input}"`;
    const times: number[] = [];
    for (const jobs of [1, 2]) {
      const { seconds } = await run(`--jobs ${jobs} | gzip -1`, `${node} --jobs ${jobs} | gzip -1 > out.csv.gz`, dir);
      times.push(seconds);
      const lines = createInterface({ input: createReadStream(join(dir, 'out.csv.gz')).pipe(createGunzip()), crlfDelay: Infinity });
      const { rows, inOrder } = await verify(lines);
      console.log(`  rows ${rows.toLocaleString('en')} of ${COUNT.toLocaleString('en')}, ${inOrder ? 'in input order' : 'OUT OF ORDER'}`);
    }
    console.log(`speed-up at 2 jobs: ${((times[0] ?? 0) / (times[1] ?? 1)).toFixed(2)}×  (target: 1,000,000 at --jobs 2 in ≤ 15 s)`);
    // A slow reader: takes 64 KB, then waits 4 ms (≈ 16 MB/s), and checks the rows as it goes.
    const reader = `let rows=-1,ok=true,rest='';process.stdin.on('data',b=>{process.stdin.pause();const t=(rest+b).split('\\n');rest=t.pop();for(const l of t){if(rows>=0&&!l.startsWith((rows+2)+',A'+(rows+1)+','))ok=false;rows++}setTimeout(()=>process.stdin.resume(),4)});process.stdin.on('end',()=>{require('fs').writeFileSync('slow.txt',rows+' '+ok)})`;
    await run('--jobs 2 | slow reader', `${node} --jobs 2 | "${process.execPath}" -e "${reader.replaceAll('"', '\\"')}"`, dir);
    const [rows, ok] = readFileSync(join(dir, 'slow.txt'), 'utf8').split(' ');
    console.log(`  rows ${Number(rows).toLocaleString('en')} of ${COUNT.toLocaleString('en')}, ${ok === 'true' ? 'in input order' : 'OUT OF ORDER'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
