/**
 * `skillcert check` over a batch: sources read in turn, cut into chunks, answered in worker
 * threads (or here, for one job or a small batch), written in input order. The next chunk is
 * read only when fewer than a few are in flight and the output has been taken by its reader,
 * so memory stays flat whatever the reader's speed.
 * @module
 */
import { availableParallelism } from 'node:os';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import type { CheckCommand, OutputFormat } from '../args.js';
import { labelText, problemLine, problemsOf, type Lang } from '../messages.js';
import { addCounts, answerChunk, checkProfile, clauseOrder, csvOutputHeader, describeResult, emptyCounts, splitId, type BatchCounts, type BatchSettings, type Chunk, type ChunkAnswer, type InputRecord } from './answer.js';
import { MAX_BATCH_FILE_BYTES, openText, readSource, type TextOpener } from './input.js';
import { ChunkPool } from './pool.js';
import { CliProblem } from '../messages.js';
import { LEVELS } from '../../eligibility/catalog.js';

/** What a batch reads and writes. */
export interface BatchIo {
  /** Writes text to standard output; resolves once the reader has room for more. */
  readonly write: (text: string) => Promise<void>;
  readonly err: (line: string) => void;
  readonly stdin: () => NodeJS.ReadableStream;
  /** Opens a file (`null`: standard input) as text within a size limit; default: the file system. */
  readonly readText?: (file: string | null, limit: number) => AsyncIterable<string>;
  /** The worker script; absent: every chunk is answered in this thread. */
  readonly workerScript?: URL;
}

const CHUNK_RECORDS = 1000;
const CHUNK_CHARS = 512 * 1024;

/** Runs `check` and returns the exit code. */
export async function runCheck(command: CheckCommand, asOf: string, io: BatchIo): Promise<number> {
  const { lang } = command;
  const query: BatchSettings = { track: command.track, ...(command.level === undefined ? {} : { level: command.level }), asOf, lang, format: 'ndjson' };
  // A bad --track, --level or --as-of is the command's error, said once, not every line's:
  // an applicant with nothing known is a valid profile, so whatever fails here is the query.
  checkProfile({}, query);
  const sources = command.files.length === 0 ? [null] : command.files;
  const open: TextOpener = (file) => (io.readText === undefined ? openText(file, io.stdin) : io.readText(file, MAX_BATCH_FILE_BYTES));
  const first = await readSource(sources[0] ?? null, command.input, command.idField, open);
  const single = sources.length === 1 && first.single;
  const format: OutputFormat = command.format ?? (single ? 'text' : 'ndjson');
  const settings: BatchSettings = { track: command.track, ...(command.level === undefined ? {} : { level: command.level }), asOf, lang, format };
  if (single && (format === 'text' || format === 'json')) return checkSingle(first.records, command, settings, io);

  const jobs = command.jobs ?? availableParallelism();
  let pool: ChunkPool | undefined;
  const inFlight: Promise<ChunkAnswer>[] = [];
  const counts = emptyCounts();
  let written = 0;
  let seq = 0;
  const flushOne = async (): Promise<void> => {
    const answer = await (inFlight.shift() as Promise<ChunkAnswer>);
    addCounts(counts, answer.counts);
    let text = answer.text;
    if (format === 'json' && text !== '') text = `${written > 0 ? ',\n' : ''}${text.slice(0, -1).replaceAll('\n', ',\n')}`;
    if (text !== '') {
      written += 1;
      await io.write(text);
    }
  };
  if (format === 'csv') await io.write(`\ufeff${stringifyCsv([csvOutputHeader(lang)])}`);
  if (format === 'json') await io.write('[\n');
  let pendingChunk: Chunk | undefined;
  const submit = async (chunk: Chunk): Promise<void> => {
    // The first chunk waits: a batch that fits in one chunk is answered here, with no threads.
    if (pool === undefined && jobs > 1 && io.workerScript !== undefined) {
      if (pendingChunk === undefined && seq === 1) {
        pendingChunk = chunk;
        return;
      }
      pool = new ChunkPool(jobs, settings, io.workerScript);
    }
    for (const next of pendingChunk === undefined ? [chunk] : [pendingChunk, chunk]) {
      inFlight.push(pool === undefined ? Promise.resolve(answerChunk(next, settings)) : pool.answer(next));
      while (inFlight.length >= jobs * 3 || (pool === undefined && inFlight.length > 0)) await flushOne();
    }
    pendingChunk = undefined;
  };
  try {
    for (let index = 0; index < sources.length; index++) {
      const source = sources[index] ?? null;
      const reading = index === 0 ? first : await readSource(source, command.input, command.idField, open);
      const base = { source: sources.length > 1 ? (source ?? '-') : null, kind: reading.kind, ...(reading.header === undefined ? {} : { header: reading.header }), idField: command.idField };
      let records: InputRecord[] = [];
      let chars = 0;
      for await (const record of reading.records) {
        records.push(record);
        chars += record.text?.length ?? 0;
        if (records.length >= CHUNK_RECORDS || chars >= CHUNK_CHARS) {
          await submit({ ...base, seq: seq++, records });
          records = [];
          chars = 0;
        }
      }
      if (records.length > 0) await submit({ ...base, seq: seq++, records });
    }
    if (pendingChunk !== undefined) {
      inFlight.push(Promise.resolve(answerChunk(pendingChunk, settings)));
      pendingChunk = undefined;
    }
    while (inFlight.length > 0) await flushOne();
  } finally {
    await pool?.close();
  }
  if (format === 'json') await io.write(`${written > 0 ? '\n' : ''}]\n`);
  if (format === 'summary') await io.write(summaryText(counts, lang));
  if (counts.applicants + counts.bad === 0) throw new CliProblem('no-input', '');
  if (counts.bad > 0) return 2;
  return command.strict && counts.notEligible > 0 ? 1 : 0;
}

async function checkSingle(records: AsyncIterable<InputRecord>, command: CheckCommand, settings: BatchSettings, io: BatchIo): Promise<number> {
  let value: unknown;
  for await (const record of records) value = record.value;
  let results;
  try {
    results = checkProfile(splitId(value as Record<string, unknown>, command.idField).profile, settings);
  } catch (error) {
    const problems = problemsOf(error, settings.lang);
    if (settings.format === 'json') await io.write(`${JSON.stringify({ errors: problems })}\n`);
    else for (const problem of problems) io.err(`skillcert: ${problemLine(problem)}`);
    return 2;
  }
  if (settings.format === 'json') await io.write(`${JSON.stringify(command.level === undefined ? results : results[0])}\n`);
  else await io.write(results.flatMap((result) => describeResult(result, settings.lang)).map((line) => `${line}\n`).join(''));
  return command.strict && !results.some((result) => result.eligible) ? 1 : 0;
}

function summaryText(counts: BatchCounts, lang: Lang): string {
  const lines = [`${labelText('applicants', lang)}: ${counts.applicants}`, `${labelText('badLines', lang)}: ${counts.bad}`, `${labelText('byStatus', lang)}:`];
  for (const level of LEVELS) {
    for (const status of ['eligible', 'ineligible', 'incomplete'] as const) {
      const count = counts.byStatus[`${level.id} ${status}`];
      if (count !== undefined) lines.push(`  ${level.name[lang]} ${labelText(status, lang)}: ${count}`);
    }
  }
  lines.push(`${labelText('byClause', lang)}:`);
  for (const clause of clauseOrder()) {
    const count = counts.byClause[clause];
    if (count !== undefined) lines.push(`  ${clause}: ${count}`);
  }
  lines.push(`${labelText('earliestDates', lang)}:`);
  for (const month of Object.keys(counts.earliestByMonth).sort()) lines.push(`  ${month}: ${counts.earliestByMonth[month]}`);
  return `${lines.join('\n')}\n`;
}
