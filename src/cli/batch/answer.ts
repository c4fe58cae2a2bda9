/**
 * Answers one chunk of a batch: each record read (NDJSON line, CSV row or JSON array item),
 * checked, and written in the output format. Pure and self-contained so that it runs the same
 * in a worker thread and in the main thread; the result is text plus counts for the summary.
 * @module
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { isObjectLike } from '../../core/describe-value.js';
import { CLAUSES } from '../../eligibility/clauses.js';
import { LEVELS, TRACKS, type Level, type TrackId } from '../../eligibility/catalog.js';
import { checkAllLevels, checkEligibility, type EligibilityResult } from '../../eligibility/check.js';
import { CliProblem, labelText, problemLine, problemsOf, type Lang, type ShownProblem } from '../messages.js';
import type { OutputFormat } from '../args.js';
import { columnNameOf, profileFromRow, type ColumnKey } from './csv-layout.js';

/** Longest line or CSV row read, in characters: a longer one is a `too-large` error. */
export const MAX_RECORD_CHARS = 1024 * 1024;

/** What every chunk of one batch is checked and written with. */
export interface BatchSettings {
  readonly track: string;
  readonly level?: string;
  readonly asOf: string;
  readonly lang: Lang;
  readonly format: OutputFormat;
}

/** One record of the input. */
export interface InputRecord {
  /** Its line (NDJSON), row (CSV, by the line it starts on) or position (JSON array item). */
  readonly n: number;
  readonly text?: string;
  readonly value?: unknown;
  readonly tooLarge?: true;
}

/** Records of one source, in order. */
export interface Chunk {
  readonly seq: number;
  /** The file name, when the batch reads more than one. */
  readonly source: string | null;
  readonly kind: 'ndjson' | 'csv' | 'values';
  /** The CSV header of the source. */
  readonly header?: readonly (ColumnKey | null)[];
  readonly idField: string;
  readonly records: readonly InputRecord[];
}

/** Counts for the summary and the exit code. */
export interface BatchCounts {
  applicants: number;
  bad: number;
  /** Applicants eligible at none of the levels checked. */
  notEligible: number;
  /** `level status` → count. */
  byStatus: Record<string, number>;
  byClause: Record<string, number>;
  /** `YYYY-MM` of the earliest eligible date of applicants not yet eligible → count. */
  earliestByMonth: Record<string, number>;
}

/** The answer to a chunk. */
export interface ChunkAnswer {
  readonly seq: number;
  readonly text: string;
  readonly counts: BatchCounts;
}

/** Empty counts. */
export function emptyCounts(): BatchCounts {
  return { applicants: 0, bad: 0, notEligible: 0, byStatus: {}, byClause: {}, earliestByMonth: {} };
}

/** Adds one chunk's counts into a running total. */
export function addCounts(total: BatchCounts, more: BatchCounts): void {
  total.applicants += more.applicants;
  total.bad += more.bad;
  total.notEligible += more.notEligible;
  for (const key of ['byStatus', 'byClause', 'earliestByMonth'] as const) {
    for (const [name, count] of Object.entries(more[key])) total[key][name] = (total[key][name] ?? 0) + count;
  }
}

type Outcome = { readonly id: string | null; readonly results: readonly EligibilityResult[] } | { readonly id: string | null; readonly problems: readonly ShownProblem[] };

/**
 * Checks one applicant's profile against the batch's track and level(s).
 *
 * @example
 * ```ts
 * checkProfile({ education: { level: 'bachelor' } }, { track: 'digital-manager', level: 'junior', asOf: '2026-11-28', lang: 'en', format: 'ndjson' });
 * //=> [{ status: 'eligible', … }]
 * ```
 */
export function checkProfile(profile: unknown, settings: BatchSettings): EligibilityResult[] {
  // The words typed on the command line: checkEligibility checks them and names the bad one.
  // One query object per batch, not per applicant.
  let query = QUERIES.get(settings);
  if (query === undefined) {
    query = { track: settings.track as TrackId, asOf: settings.asOf, ...(settings.level === undefined ? {} : { level: settings.level as Level }) };
    QUERIES.set(settings, query);
  }
  if (settings.level !== undefined) return [checkEligibility(profile, query as { track: TrackId; asOf: string; level: Level })];
  return Object.values(checkAllLevels(profile, query));
}
const QUERIES = new WeakMap<BatchSettings, { track: TrackId; asOf: string; level?: Level }>();

function outcomeOf(record: InputRecord, chunk: Chunk, settings: BatchSettings, cells: readonly string[] | undefined): Outcome {
  let id: string | null = null;
  try {
    if (record.tooLarge) throw new CliProblem('too-large', '', { limit: '1 MB' });
    let profile: unknown;
    if (chunk.kind === 'csv') {
      if (cells?.[0] === BAD_ROW) throw new CliProblem('csv-bad-row', '', { reason: cells[1] ?? '' });
      const idColumn = chunk.header?.indexOf('id') ?? -1;
      id = idColumn < 0 ? null : cells?.[idColumn]?.trim() || null;
      profile = profileFromRow(cells ?? [], chunk.header ?? []).profile;
    } else {
      let value = record.value;
      if (chunk.kind === 'ndjson') {
        try {
          value = JSON.parse(record.text ?? '') as unknown;
        } catch (cause) {
          throw new CliProblem('not-json', '', { reason: cause instanceof Error ? cause.message : 'parse error' });
        }
      }
      if (!isObjectLike(value) || Array.isArray(value)) throw new CliProblem('not-a-profile', '');
      ({ id, profile } = splitId(value, chunk.idField));
    }
    return { id, results: checkProfile(profile, settings) };
  } catch (error) {
    return { id, problems: problemsOf(error, settings.lang) };
  }
}

/**
 * Takes the applicant's own id out of a JSON profile (the profile itself has no such field).
 *
 * @example
 * ```ts
 * splitId({ id: 7, work: [] }, 'id');
 * //=> { id: '7', profile: { work: [] } }
 * ```
 */
export function splitId(value: Record<string, unknown>, idField: string): { id: string | null; profile: unknown } {
  if (!Object.hasOwn(value, idField)) return { id: null, profile: value };
  const { [idField]: raw, ...profile } = value;
  return { id: typeof raw === 'string' || typeof raw === 'number' ? String(raw) : raw === null || raw === undefined ? null : JSON.stringify(raw), profile };
}

/**
 * The first thing to do, in a language: the library's own next step when it gives one, else
 * "provide …", "eligible from …" or "needs further education or a certificate".
 */
export function nextStepText(result: EligibilityResult, lang: Lang): string {
  if (result.eligible) return '';
  const steps = (result as unknown as { nextSteps?: readonly { message?: Record<Lang, string> }[] }).nextSteps;
  const given = steps?.[0]?.message?.[lang];
  if (typeof given === 'string') return given;
  if (result.missing.length > 0) return labelText('nextAnswer', lang, { field: result.missing.map((field) => columnNameOf(field, lang)).join(lang === 'zh' ? '、' : ', ') });
  if (result.earliestEligibleOn !== null) return labelText('nextWait', lang, { date: result.earliestEligibleOn });
  return labelText('nextObtain', lang);
}

function compactResult(result: EligibilityResult, lang: Lang): Record<string, unknown> {
  return {
    level: result.level,
    status: result.status,
    eligible: result.eligible,
    satisfiedBy: result.satisfiedBy,
    earliestEligibleOn: result.earliestEligibleOn,
    missing: result.missing,
    message: `${labelText(result.status, lang)}${result.eligible ? '' : `；${nextStepText(result, lang)}`}`.replace('；', lang === 'zh' ? '；' : '; '),
  };
}

/**
 * The CSV header of `check --format csv`, in a language.
 *
 * @example
 * ```ts
 * csvOutputHeader('en')[4];
 * //=> 'status'
 * ```
 */
export function csvOutputHeader(lang: Lang): string[] {
  return lang === 'zh'
    ? ['行号', '编号', '职业', '等级', '结论代码', '结论', '满足条款', '最早可报考日期', '下一步', '待补充信息', '错误']
    : ['line', 'id', 'track', 'level', 'status', 'result', 'clauses met', 'earliest eligible date', 'next step', 'missing', 'error'];
}

/**
 * Answers a chunk.
 *
 * @example
 * ```ts
 * answerChunk({ seq: 0, source: null, kind: 'ndjson', idField: 'id', records: [{ n: 1, text: '{}' }] }, settings).text;
 * //=> '{"id":null,"line":1,"results":[…]}\n'
 * ```
 */
export function answerChunk(chunk: Chunk, settings: BatchSettings): ChunkAnswer {
  const counts = emptyCounts();
  const { lang, format } = settings;
  let rowsOfCells: (readonly string[] | undefined)[] = [];
  if (chunk.kind === 'csv') rowsOfCells = csvCells(chunk.records);
  let text = '';
  chunk.records.forEach((record, index) => {
    const outcome = outcomeOf(record, chunk, settings, rowsOfCells[index]);
    const where = { id: outcome.id, line: record.n, ...(chunk.source === null ? {} : { file: chunk.source }) };
    if ('problems' in outcome) {
      counts.bad += 1;
      if (format === 'ndjson' || format === 'json') text += `${JSON.stringify({ ...where, errors: outcome.problems })}\n`;
      else if (format === 'csv') {
        text += csvLine([String(record.n), outcome.id ?? '', settings.track, settings.level ?? '', 'error', labelText('error', lang), '', '', '', '', outcome.problems.map((problem) => `${problemLine(problem)} [${problem.code}]`).join('\n')]);
      } else if (format === 'text') {
        text += `${heading(where, lang)}: ${labelText('error', lang)}\n`;
        for (const problem of outcome.problems) text += `  ✗ ${problemLine(problem)} [${problem.code}]\n`;
      }
      return;
    }
    counts.applicants += 1;
    if (!outcome.results.some((result) => result.eligible)) counts.notEligible += 1;
    for (const result of outcome.results) {
      const key = `${result.level} ${result.status}`;
      counts.byStatus[key] = (counts.byStatus[key] ?? 0) + 1;
      for (const clause of result.satisfiedBy) counts.byClause[clause] = (counts.byClause[clause] ?? 0) + 1;
      if (!result.eligible && result.earliestEligibleOn !== null) {
        const month = result.earliestEligibleOn.slice(0, 7);
        counts.earliestByMonth[month] = (counts.earliestByMonth[month] ?? 0) + 1;
      }
    }
    if (format === 'ndjson' || format === 'json') {
      text += `${JSON.stringify({ ...where, results: outcome.results.map((result) => compactResult(result, lang)) })}\n`;
    } else if (format === 'csv') {
      for (const result of outcome.results) {
        text += csvLine([
          String(record.n),
          outcome.id ?? '',
          result.track,
          result.level,
          result.status,
          labelText(result.status, lang),
          result.satisfiedBy.join(';'),
          result.earliestEligibleOn ?? '',
          nextStepText(result, lang),
          result.missing.map((field) => columnNameOf(field, lang)).join(';'),
          '',
        ]);
      }
    } else if (format === 'text') {
      text += `${heading(where, lang)}\n`;
      for (const result of outcome.results) for (const line of describeResult(result, lang)) text += `  ${line}\n`;
    }
  });
  return { seq: chunk.seq, text, counts };
}

function heading(where: { id: string | null; line: number; file?: string }, lang: Lang): string {
  const line = labelText('line', lang, { n: where.line });
  return `${where.file === undefined ? '' : `${where.file} `}${line}${where.id === null ? '' : ` · ${where.id}`}`;
}

// Each row on its own, so that a row csv-parse cannot read is that row's error. A row with no
// quote character is cut at its commas, which is exactly what csv-parse makes of it (a property
// test checks the two agree) at a fraction of the cost: staff sheets are mostly such rows.
function csvCells(records: readonly InputRecord[]): (readonly string[] | undefined)[] {
  return records.map((record) => {
    if (record.tooLarge) return undefined;
    return csvRowCells(record.text ?? '');
  });
}

/**
 * The cells of one CSV row: csv-parse's reading, or `[BAD_ROW, reason]`.
 *
 * @example
 * ```ts
 * csvRowCells('A1,"x, y",3');
 * //=> ['A1', 'x, y', '3']
 * ```
 */
export function csvRowCells(text: string): readonly string[] {
  if (!text.includes('"')) return text.split(',');
  try {
    return (parseCsv(text, { relax_column_count: true }) as string[][])[0] ?? [];
  } catch (cause) {
    return [BAD_ROW, cause instanceof Error ? cause.message : 'parse error'];
  }
}

/**
 * One CSV output line: csv-stringify's, with a plain join for a row whose cells need no quotes
 * (no comma, quote or line break), which is what csv-stringify writes for it.
 *
 * @example
 * ```ts
 * csvLine(['2', 'A1', 'x, y']);
 * //=> '2,A1,"x, y"\n'
 * ```
 */
export function csvLine(cells: readonly string[]): string {
  for (const cell of cells) if (NEEDS_QUOTES.test(cell)) return stringifyCsv([cells as string[]]);
  return `${cells.join(',')}\n`;
}
const NEEDS_QUOTES = /[",\r\n]/;

/** Marks a row csv-parse could not read (its second cell says why). */
export const BAD_ROW = '\u0000bad-row';

/**
 * A result as lines a person reads.
 *
 * @example
 * ```ts
 * describeResult(result, 'en')[0];
 * //=> 'Digital manager · intermediate (as of 2026-11-28): may register'
 * ```
 */
export function describeResult(result: EligibilityResult, lang: Lang): string[] {
  const track = TRACKS.find((entry) => entry.id === result.track)?.name[lang] ?? result.track;
  const level = LEVELS.find((entry) => entry.id === (result.level as Level))?.name[lang] ?? result.level;
  const lines = [`${track} · ${level} (${labelText('asOf', lang)} ${result.asOf}): ${labelText(result.status, lang)}`];
  if (result.eligible) {
    for (const id of result.satisfiedBy) {
      const clause = result.clauses.find((outcome) => outcome.id === id);
      lines.push(`  ${labelText('by', lang)} ${id}: ${clause?.text[lang] ?? ''}`);
    }
    return lines;
  }
  lines.push(`  ${labelText('earliest', lang)}: ${result.earliestEligibleOn ?? labelText('never', lang)}`);
  if (result.missing.length > 0) lines.push(`  ${labelText('missing', lang)}: ${result.missing.map((field) => columnNameOf(field, lang)).join(lang === 'zh' ? '、' : ', ')}`);
  for (const clause of result.clauses) {
    const unmet = clause.requirements.filter((requirement) => !requirement.met).map((requirement) => requirement.message[lang]);
    lines.push(`  ✗ ${clause.id} ${clause.text[lang]}${unmet.length > 0 ? ` — ${unmet.join(lang === 'zh' ? '；' : '; ')}` : ''}`);
  }
  return lines;
}

/** Clause ids in brochure order, for the summary. */
export function clauseOrder(): readonly string[] {
  return CLAUSES.map((clause) => clause.id);
}
