/**
 * The input side of a batch: files or standard input, read as streams, cut into records
 * (NDJSON lines, CSV rows, JSON array items) without ever holding more than one record and a
 * read buffer. A line or row over {@link MAX_RECORD_CHARS} becomes a `too-large` record and
 * the batch goes on; a file over {@link MAX_BATCH_FILE_BYTES} is refused before it is read.
 * @module
 */
import { createReadStream, fstatSync, statSync, type Stats } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { parse as parseCsv } from 'csv-parse/sync';
import { CliProblem } from '../messages.js';
import type { InputFormat } from '../args.js';
import { MAX_RECORD_CHARS, type InputRecord } from './answer.js';
import { readHeader, type ColumnKey } from './csv-layout.js';

/** Largest batch file read (NDJSON or CSV): 2 GiB. */
export const MAX_BATCH_FILE_BYTES = 2 * 1024 ** 3;
/** Largest JSON document (one profile or an array) read whole: 256 MiB. */
export const MAX_JSON_DOCUMENT_CHARS = 256 * 1024 ** 2;
/** Auto-detection reads up to this much to tell one JSON object from NDJSON. */
const SNIFF_CHARS = MAX_RECORD_CHARS;

/** Opens a file (`null`: standard input) as text. */
export type TextOpener = (file: string | null) => AsyncIterable<string>;

/** One input source, read. */
export interface SourceReading {
  readonly kind: 'ndjson' | 'csv' | 'values';
  /** True when the source is one JSON object: a single-profile check. */
  readonly single: boolean;
  readonly header?: readonly (ColumnKey | null)[];
  readonly records: AsyncIterable<InputRecord>;
}

/**
 * Opens a file (or standard input, `null`) as a stream of text, refusing a regular file over
 * the limit before reading it, and standard input that cannot be read (a directory, closed).
 */
export function openText(file: string | null, stdin: () => NodeJS.ReadableStream, limit = MAX_BATCH_FILE_BYTES, path = file ?? '-'): AsyncIterable<string> {
  let stats: Stats;
  try {
    stats = file === null ? fstatSync(0) : statSync(file);
  } catch (error) {
    if (file === null) throw new CliProblem('stdin-unreadable', '', { reason: (error as NodeJS.ErrnoException).code ?? 'unknown' });
    throw new CliProblem('cannot-read', path);
  }
  if (stats.isDirectory()) {
    if (file === null) throw new CliProblem('stdin-unreadable', '', { reason: 'EISDIR' });
    throw new CliProblem('cannot-read', path);
  }
  if (stats.isFile() && stats.size > limit) throw new CliProblem('file-too-large', path, { limit: bytesText(limit) });
  if (file === null && process.stdin.isTTY === true) throw new CliProblem('stdin-terminal', '');
  const stream = file === null ? stdin() : createReadStream(file, { highWaterMark: 256 * 1024 });
  return decode(stream, path, stats.isFile() ? Infinity : limit);
}

/** `2 GB`, `10 MB`. */
export function bytesText(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${bytes / 1024 ** 3} GB` : `${bytes / 1024 ** 2} MB`;
}

async function* decode(stream: NodeJS.ReadableStream, path: string, limit: number): AsyncIterable<string> {
  const decoder = new StringDecoder('utf8');
  let first = true;
  let read = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      read += chunk.length;
      // A stream with no size (a pipe, /dev/zero) is held to the same limit as it is read.
      if (read > limit) throw new CliProblem('file-too-large', path, { limit: bytesText(limit) });
      let text = decoder.write(chunk);
      if (first && text.length > 0) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      if (text !== '') yield text;
    }
  } catch (error) {
    if (error instanceof CliProblem) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    throw path === '-' ? new CliProblem('stdin-unreadable', '', { reason: code }) : new CliProblem('cannot-read', path);
  }
  const rest = decoder.end();
  if (rest !== '') yield rest;
}

/**
 * Cuts text into records: lines, or (CSV) rows whose quoted cells may hold line breaks. Only
 * the record boundaries are found here; the cells are read by csv-parse. Blank lines are
 * skipped; a trailing `\r` is dropped.
 */
export async function* cutRecords(texts: AsyncIterable<string>, quoted: boolean, firstLine = 1): AsyncIterable<InputRecord> {
  let buffer = '';
  let scan = 0; // where the search for the record's end goes on
  let line = firstLine; // the line the current record starts on
  let linesInRecord = 0;
  let inQuotes = false;
  let oversize = false; // the current record is past the limit: discard it up to its end
  const emit = (text: string): InputRecord | undefined => {
    const record: InputRecord | undefined = oversize || text.length > MAX_RECORD_CHARS ? { n: line, tooLarge: true } : text.trim() === '' ? undefined : { n: line, text: text.endsWith('\r') ? text.slice(0, -1) : text };
    line += linesInRecord + 1;
    linesInRecord = 0;
    oversize = false;
    return record;
  };
  for await (const text of texts) {
    buffer += text;
    let start = 0;
    // The next quote at or after `scan` (-1: none in the buffer), found once per quote rather
    // than once per line, so that a sheet with few quotes is cut in linear time.
    let quote = quoted ? buffer.indexOf('"', scan) : -1;
    for (;;) {
      const newline = buffer.indexOf('\n', scan);
      const end = newline === -1 ? buffer.length : newline;
      while (quote !== -1 && quote < end) {
        inQuotes = !inQuotes;
        quote = buffer.indexOf('"', quote + 1);
      }
      if (newline === -1) {
        scan = buffer.length;
        break;
      }
      scan = newline + 1;
      if (quoted && inQuotes) {
        linesInRecord += 1;
        continue;
      }
      const record = emit(buffer.slice(start, newline));
      start = newline + 1;
      if (record !== undefined) yield record;
    }
    if (oversize || scan - start > MAX_RECORD_CHARS) {
      // Past the limit: say so once, keep only the scanning state.
      oversize = true;
      start = scan;
    }
    buffer = buffer.slice(start);
    scan -= start;
  }
  if (buffer !== '' || oversize) {
    const record = emit(buffer);
    if (record !== undefined) yield record;
  }
}

/**
 * Reads one source in the format asked for, or found: `.csv` is CSV, `.ndjson`/`.jsonl` NDJSON;
 * otherwise text starting with `[` is a JSON array, text starting with `{` is one JSON object if
 * it parses as one (up to 1 MB), else NDJSON; anything else is CSV.
 */
export async function readSource(file: string | null, format: InputFormat | undefined, idField: string, open: TextOpener): Promise<SourceReading> {
  const path = file ?? '-';
  const texts = open(file)[Symbol.asyncIterator]();
  let chosen = format ?? (/\.csv$/i.test(path) ? 'csv' : /\.(ndjson|jsonl)$/i.test(path) ? 'ndjson' : undefined);
  // Sniff: read until the first visible character (and, for `{`, up to 1 MB or the end).
  let head = '';
  let done = false;
  const more = async (): Promise<boolean> => {
    const next = await texts.next();
    if (next.done === true) done = true;
    else head += next.value;
    return !done;
  };
  while (!done && head.trimStart() === '') await more();
  if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
  const firstChar = head.trimStart()[0];
  if (chosen === undefined) chosen = firstChar === '[' ? 'json' : firstChar === '{' ? undefined : 'csv';
  if (chosen === undefined || chosen === 'json') {
    const limit = chosen === 'json' ? MAX_JSON_DOCUMENT_CHARS : SNIFF_CHARS;
    while (!done && head.length <= limit) await more();
    if (done) {
      let value: unknown;
      let parsed = true;
      try {
        value = JSON.parse(head) as unknown;
      } catch (cause) {
        if (chosen === 'json') throw new CliProblem('not-json', path, { reason: cause instanceof Error ? cause.message : 'parse error' });
        parsed = false;
      }
      if (parsed) {
        if (Array.isArray(value)) return { kind: 'values', single: false, records: valuesOf(value) };
        if (typeof value === 'object' && value !== null) return { kind: 'values', single: true, records: valuesOf([value]) };
        throw new CliProblem('json-not-profiles', path);
      }
    } else if (chosen === 'json') throw new CliProblem('file-too-large', path, { limit: bytesText(MAX_JSON_DOCUMENT_CHARS) });
    chosen = 'ndjson';
  }
  const rest = prepend(head, texts, done);
  const records = cutRecords(rest, chosen === 'csv')[Symbol.asyncIterator]();
  if (chosen === 'ndjson') return { kind: 'ndjson', single: false, records: { [Symbol.asyncIterator]: () => records } };
  // CSV: the first row is the header.
  const first = await records.next();
  if (first.done === true) return { kind: 'csv', single: false, header: [], records: { [Symbol.asyncIterator]: () => records } };
  if (first.value.tooLarge) throw new CliProblem('too-large', `${path}:${first.value.n}`, { limit: '1 MB' });
  let cells: string[];
  try {
    cells = (parseCsv(first.value.text ?? '', { relax_column_count: true }) as string[][])[0] ?? [];
  } catch (cause) {
    throw new CliProblem('csv-bad-row', `${path}:${first.value.n}`, { reason: cause instanceof Error ? cause.message : 'parse error' });
  }
  return { kind: 'csv', single: false, header: readHeader(cells, idField), records: { [Symbol.asyncIterator]: () => records } };
}

async function* valuesOf(values: readonly unknown[]): AsyncIterable<InputRecord> {
  for (let index = 0; index < values.length; index++) yield { n: index + 1, value: values[index] };
}

async function* prepend(head: string, rest: AsyncIterator<string>, done: boolean): AsyncIterable<string> {
  if (head !== '') yield head;
  if (done) return;
  for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield next.value;
}
