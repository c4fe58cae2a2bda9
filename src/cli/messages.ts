/**
 * Every text the command line itself writes, in Chinese and English, each under a stable code:
 * one table for problems (usage and input errors) and one for labels. Library issues are
 * printed through {@link issueText} alone, so that their wording comes from the library.
 * @module
 */
import { formatIssuePath, SkillcertError, type ValidationIssue } from '../core/errors.js';

/** Output language of human-readable text. */
export type Lang = 'zh' | 'en';

/** A text in both languages with `{name}` placeholders. */
type Template = { readonly zh: string; readonly en: string };

/**
 * The command line's own problems: what the person typed or gave as input.
 *
 * @example
 * ```ts
 * CLI_PROBLEMS['given-twice'].zh;
 * //=> '重复给出（每个选项只能给一次）'
 * ```
 */
export const CLI_PROBLEMS = {
  'needs-value': { zh: '缺少取值', en: 'needs a value' },
  'unknown-option': { zh: '没有这个选项：{flag}', en: 'unknown option {flag}' },
  'given-twice': { zh: '重复给出（每个选项只能给一次）', en: 'given twice (each option at most once)' },
  'not-an-option-of': { zh: '{command} 命令不用这个选项', en: 'not an option of {command}' },
  usage: { zh: '用法：skillcert {command} {usage}', en: 'usage: skillcert {command} {usage}' },
  'unknown-command': { zh: '没有这个命令（可用：{commands}）', en: 'unknown command (one of: {commands})' },
  required: { zh: '必须提供', en: 'required' },
  'expected-one-of': { zh: '应为 {choices} 之一，实际为 {value}', en: 'expected one of {choices}, got {value}' },
  'expected-whole': { zh: '应为整数，实际为 {value}', en: 'expected a whole number, got {value}' },
  'expected-jobs': { zh: '应为 1 到 {max} 之间的整数，实际为 {value}', en: 'expected a whole number from 1 to {max}, got {value}' },
  'expected-fraction': { zh: '应为 0 到 1 之间的小数，实际为 {value}', en: 'expected a fraction from 0 to 1, got {value}' },
  'expected-month': { zh: '应为 YYYY-MM 格式，实际为 {value}', en: 'expected YYYY-MM, got {value}' },
  'too-many-words': { zh: '参数过多（最多 {max} 个）', en: 'too many arguments (at most {max})' },
  'cannot-read': { zh: '无法读取文件', en: 'cannot read the file' },
  'file-too-large': { zh: '文件超过 {limit}，未读取', en: 'the file is over {limit}; not read' },
  'stdin-unreadable': { zh: '无法读取标准输入：{reason}', en: 'cannot read standard input: {reason}' },
  'stdin-terminal': {
    zh: '请给出文件，或通过管道输入报名人信息（skillcert check 名单.csv 或 … | skillcert check）',
    en: 'give a file, or pipe the applicants in (skillcert check applicants.csv, or … | skillcert check)',
  },
  'no-input': { zh: '输入中没有任何报名人', en: 'the input holds no applicant' },
  'too-large': { zh: '这一行超过 {limit}，已跳过', en: 'this line is over {limit}; skipped' },
  'not-json': { zh: '不是合法的 JSON：{reason}', en: 'not JSON: {reason}' },
  'not-a-profile': { zh: '应为一个报名人信息对象', en: 'expected one applicant as a JSON object' },
  'json-not-profiles': { zh: '应为一个报名人对象或报名人对象数组', en: 'expected one applicant object or an array of them' },
  'csv-unknown-column': { zh: '未知的列名：{column}（可用列见 skillcert template csv）', en: 'unknown column {column} (see skillcert template csv)' },
  'csv-duplicate-column': { zh: '列 {column} 出现了两次', en: 'column {column} appears twice' },
  'csv-bad-row': { zh: 'CSV 行无法解析：{reason}', en: 'CSV row cannot be read: {reason}' },
  'csv-bad-value': { zh: '无法识别的取值：{value}（{expected}）', en: 'cannot read {value} ({expected})' },
  'csv-too-many-cells': { zh: '单元格多于表头的列数', en: 'more cells than header columns' },
  'calendar-data-year': { zh: '应给出年份（数字）', en: 'expected the year as a number' },
  'calendar-coverage': {
    zh: '{year} 年的节假日安排不在数据中；请用 --calendar-data <文件> 提供该年的官方安排',
    en: "{year}'s holiday schedule is not in the data; give that year's published schedule with --calendar-data <file>",
  },
  'invalid-date': { zh: '不是有效日期：{value}', en: 'not a date: {value}' },
  internal: { zh: '内部错误：{reason}', en: 'internal error: {reason}' },
} as const satisfies Record<string, Template>;

/** The code of one of the command line's own problems. */
export type CliProblemCode = keyof typeof CLI_PROBLEMS;

/**
 * A problem with what the person typed or gave: a code, the flag/argument/field it is about,
 * and the values its message names. Its `message` is the English text.
 *
 * @example
 * ```ts
 * new CliProblem('given-twice', '--track').text('en');
 * //=> 'given twice (each option at most once)'
 * ```
 */
export class CliProblem extends Error {
  constructor(
    readonly code: CliProblemCode,
    readonly path: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(fill(CLI_PROBLEMS[code].en, params));
    this.name = 'CliProblem';
  }

  /** The message in a language. */
  text(lang: Lang): string {
    return fill(CLI_PROBLEMS[this.code][lang], this.params);
  }
}

/** Several problems found at once (a command line with two bad flags). */
export class CliProblems extends Error {
  constructor(readonly problems: readonly CliProblem[]) {
    super(problems.map((problem) => problem.message).join('; '));
    this.name = 'CliProblems';
  }
}

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * One problem ready to print: its code, where it is (`work[1].to`, `--track`), its message.
 *
 * @example
 * ```ts
 * const shown: ShownProblem = { code: 'required', path: '--track', message: '必须提供' };
 * ```
 */
export interface ShownProblem {
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

/**
 * The one place where a library validation issue becomes text: its code and its message in
 * the language asked for. Issues that carry `{ zh, en }` messages and a `code` are printed as
 * they are; plain English issues (older library versions) keep their English text.
 *
 * @example
 * ```ts
 * issueText({ path: ['work', 1, 'to'], message: 'not a date: 2026-02-30' }, 'en');
 * //=> { code: 'invalid-input', path: 'work[1].to', message: 'not a date: 2026-02-30' }
 * ```
 */
export function issueText(issue: ValidationIssue, lang: Lang): ShownProblem {
  const loose = issue as unknown as { code?: unknown; message?: unknown; path?: unknown };
  const message = loose.message;
  const text =
    typeof message === 'string'
      ? message
      : typeof message === 'object' && message !== null && typeof (message as Record<string, unknown>)[lang] === 'string'
        ? ((message as Record<string, string>)[lang] as string)
        : String(message);
  return { code: typeof loose.code === 'string' ? loose.code : 'invalid-input', path: Array.isArray(loose.path) ? formatIssuePath(issue.path) : '', message: text };
}

/**
 * Every problem an error stands for, each ready to print, whatever the thrown value.
 *
 * @example
 * ```ts
 * problemsOf(new CliProblem('required', '--track'), 'en');
 * //=> [{ code: 'required', path: '--track', message: 'required' }]
 * ```
 */
export function problemsOf(error: unknown, lang: Lang): ShownProblem[] {
  if (error instanceof CliProblems) return error.problems.flatMap((problem) => problemsOf(problem, lang));
  if (error instanceof CliProblem) return [{ code: error.code, path: error.path, message: error.text(lang) }];
  if (error instanceof SkillcertError) {
    // On the command line the remedy for a missing year is a flag, not the library's option.
    if (error.code === 'calendar-coverage' && error.year !== undefined) {
      return [{ code: error.code, path: '', message: fill(CLI_PROBLEMS['calendar-coverage'][lang], { year: error.year }) }];
    }
    if (error.issues.length > 0) return error.issues.map((issue) => issueText(issue, lang));
    const text = (error as unknown as { text?: Record<string, unknown> }).text?.[lang];
    return [{ code: error.code, path: '', message: typeof text === 'string' ? text : error.message }];
  }
  const reason = error instanceof Error ? error.message : String(error);
  return [{ code: 'internal', path: '', message: fill(CLI_PROBLEMS.internal[lang], { reason }) }];
}

/**
 * A problem as one line of text: `work[1].to: not a date: 2026-02-30`. Control characters and
 * line separators in it are written as escapes, so a value typed with a line break cannot
 * split the line.
 *
 * @example
 * ```ts
 * problemLine({ code: 'required', path: '--track', message: 'required' });
 * //=> '--track: required'
 * ```
 */
export function problemLine(problem: ShownProblem): string {
  return escapeLineBreaks(problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`);
}

function escapeLineBreaks(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (character) =>
    character === '\n' ? '\\n' : character === '\r' ? '\\r' : character === '\t' ? '\\t' : `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Labels the command line prints, zh and en.
 *
 * @example
 * ```ts
 * CLI_LABELS.eligible.zh;
 * //=> '可以报考'
 * ```
 */
export const CLI_LABELS = {
  eligible: { zh: '可以报考', en: 'may register' },
  ineligible: { zh: '暂不可报考', en: 'may not register yet' },
  incomplete: { zh: '信息不全，尚无法判断', en: 'not enough information to decide' },
  error: { zh: '输入有误', en: 'bad input' },
  by: { zh: '依据', en: 'by' },
  earliest: { zh: '最早可报考日期', en: 'earliest eligible date' },
  never: { zh: '仅凭时间推移无法满足条件', en: 'time alone will not make the applicant eligible' },
  missing: { zh: '请补充', en: 'please provide' },
  asOf: { zh: '截至', en: 'as of' },
  provisional: { zh: '（估算：当年节假日安排尚未公布）', en: ' (estimate: holiday schedule not yet published)' },
  onHoliday: { zh: '考试日为法定节假日', en: 'exam day is a public holiday' },
  onMakeup: { zh: '考试日为调休上班日', en: 'exam day is a make-up working day' },
  weekend: { zh: '周末', en: 'weekend' },
  holiday: { zh: '节假日', en: 'holiday' },
  workday: { zh: '工作日', en: 'working day' },
  makeup: { zh: '调休上班', en: 'make-up working day' },
  total: { zh: '总分', en: 'total' },
  passed: { zh: '及格', en: 'passed' },
  failed: { zh: '不及格', en: 'failed' },
  toPass: { zh: '距及格还差', en: 'points to pass' },
  single: { zh: '单选题', en: 'single choice' },
  multiple: { zh: '多选题', en: 'multiple choice' },
  short: { zh: '简答题', en: 'short answer' },
  nextAnswer: { zh: '补充 {field}', en: 'provide {field}' },
  nextWait: { zh: '{date} 起可报考', en: 'eligible from {date}' },
  nextObtain: { zh: '需取得更高学历或证书', en: 'needs further education or a certificate' },
  applicants: { zh: '报名人', en: 'applicants' },
  badLines: { zh: '输入有误的行', en: 'lines with bad input' },
  byStatus: { zh: '按结论', en: 'by status' },
  byClause: { zh: '按满足的条款', en: 'by clause met' },
  earliestDates: { zh: '最早可报考日期（按月）', en: 'earliest eligible dates (by month)' },
  line: { zh: '第 {n} 行', en: 'line {n}' },
  weekdays: { zh: '{a} 之后至 {b}（含）的工作日天数', en: 'working days after {a} up to {b} (inclusive)' },
  notFinalDay: { zh: '（暂定：下一年的放假通知仍可能调整这一天）', en: ' (not final: next year’s holiday notice may still change this day)' },
  provisionalDay: { zh: '（估算：该年节假日安排尚未公布）', en: ' (estimate: that year’s holiday schedule is not yet published)' },
} as const satisfies Record<string, Template>;

/** A label's key. */
export type CliLabel = keyof typeof CLI_LABELS;

/**
 * A label in a language, its `{name}` placeholders filled.
 *
 * @example
 * ```ts
 * labelText('nextWait', 'en', { date: '2027-05-31' });
 * //=> 'eligible from 2027-05-31'
 * ```
 */
export function labelText(key: CliLabel, lang: Lang, params?: Readonly<Record<string, string | number>>): string {
  return params === undefined ? CLI_LABELS[key][lang] : fill(CLI_LABELS[key][lang], params);
}
