/**
 * The one table of validation-issue texts: every {@link IssueCode} with its English and
 * Chinese template, and the names of the things a message talks about. A code missing here is
 * a type error; a page that wants its own wording can switch on the code and use `params`.
 * The Chinese is written as a Chinese form would say it, not translated word for word.
 * @module
 */
import type { Bilingual } from './bilingual.js';

/**
 * What is wrong with one value, as a stable code (the closed set of the library):
 *
 * - `required`: a required value is missing (`for`: why, when it is required only in a case, such as a skillcert certificate's track).
 * - `wrong-type`: the value is not of the expected kind (`expected`: a {@link IssueNoun}, `value`).
 * - `not-a-date`: not a `"YYYY-MM-DD"` string at all (`2026/02/30`, `""`, `5`) (`value`).
 * - `impossible-date`: shaped like a date but no such day (`2026-02-30`) (`value`).
 * - `unknown-value`: not one of the accepted ids (`what`, `value`, `expected`, and `suggestion`
 *   when the value is the name of one, such as `本科` for `bachelor`).
 * - `ends-before-start`: a period whose end is before its start (`start`: its key, `from`, `to`).
 * - `out-of-range`: a number outside its range (`what`, `min`, `max`, `value`; `exclusiveMin: 1` when min itself is refused).
 * - `too-many`: a list or object longer than its limit (`what`, `max`, and `count` when known).
 * - `empty`: a list that must name at least one entry (`what`).
 * - `unknown-key`: a key the object does not have, such as a misspelt option (`what`, `key`, `expected`, `hint`).
 * - `unreadable`: reading the input threw (a hostile getter or proxy).
 * - `not-an-instant`: not a `Date`, epoch milliseconds or an ISO string with an offset (`value`).
 * - `uncovered-year`: a day is needed from a year the calendar data does not cover (`year`, `covered`).
 * - `outside-covered-years`: calendar data names a day outside the years it covers (`date`, `covered`).
 * - `holiday-and-workday`: calendar data lists a day both as a holiday and as a make-up working day (`date`).
 * - `not-published`: a holiday-cn file that is the placeholder of a year whose notice is not out (`year`).
 * - `beyond-calendar`: counting working days leaves the years 0001–9999 (`n`, `date`).
 * - `no-open-session`: no exam session of the supported years is open on a day (`date`, `from`, `to`).
 * - `duplicate-id`: a question id used twice in a paper (`id`, `at`).
 * - `wrong-total`: a paper's or blueprint's points do not total 100 (`what`, `total`, `expected`).
 * - `invalid-points`: points that are not a positive number with at most two decimals (`of`: `question` or `grader`, `value`).
 * - `unknown-question`: an answer-key entry or response for a question the paper does not have (`id`).
 * - `no-answer-key`: a choice question without its right option(s) in the key (`id`).
 * - `one-right-option`: a single-choice key naming other than one option (`count`).
 * - `conflicting-keys`: two keys that name the same thing given together, such as `now` and its deprecated name `from` (`keys`, `current`, `deprecated`).
 * - `no-holiday-data`: the installed chinese-days holiday data could not be loaded or read (`stage`: `load` or `read`; `reason` when known).
 * - `calendar-failed`: a calendar passed in threw or gave an answer that is not one, so no session can be worked out from it (`reason`).
 *
 * @example
 * ```ts
 * const code: IssueCode = 'impossible-date';
 * ```
 */
export type IssueCode =
  | 'required'
  | 'wrong-type'
  | 'not-a-date'
  | 'impossible-date'
  | 'unknown-value'
  | 'ends-before-start'
  | 'out-of-range'
  | 'too-many'
  | 'empty'
  | 'unknown-key'
  | 'unreadable'
  | 'not-an-instant'
  | 'uncovered-year'
  | 'outside-covered-years'
  | 'holiday-and-workday'
  | 'not-published'
  | 'beyond-calendar'
  | 'no-open-session'
  | 'duplicate-id'
  | 'wrong-total'
  | 'invalid-points'
  | 'unknown-question'
  | 'no-answer-key'
  | 'one-right-option'
  | 'conflicting-keys'
  | 'calendar-failed'
  | 'no-holiday-data';

/**
 * The values an issue's message names: the offending value as described for a person, limits,
 * and {@link IssueNoun} ids for what was expected.
 *
 * @example
 * ```ts
 * const params: IssueParams = { what: 'education-level', value: '本科', expected: 'bachelor, master', suggestion: 'bachelor' };
 * ```
 */
export type IssueParams = Readonly<Record<string, string | number>>;

/**
 * The id of a thing an issue's message names (what was expected, what an id is of, what is
 * counted), as carried in `params`: one of core's names or of the subpath's own.
 *
 * @example
 * ```ts
 * const expected: IssueNoun = 'work-period';
 * ```
 */
export type IssueNoun = string;

// The things messages name, [English, Chinese], shared by several subpaths; each subpath
// adds its own in its table (an {@link IssueTexts}), so that a bundle carries only the names
// its inputs use. English keeps its article where a sentence says "expected …"; a counted
// Chinese noun carries its measure word (「段工作经历」).
const CORE_NOUNS = {
  options: ['an options object', '选项对象'],
  boolean: ['true or false', 'true 或 false'],
  year: ['a year', '年份'],
  month: ['a month', '月份'],
  'whole-number': ['a whole number', '整数'],
  'working-days': ['a whole number of working days', '工作日数'],
  'uncovered-policy': ['uncovered-year policy', '未覆盖年份的处理方式'],
  'option-key': ['option', '选项'],
  entries: ['entries', '项'],
} as const satisfies Nouns;

/**
 * Names of things, by id: `[English, Chinese]`.
 *
 * @example
 * ```ts
 * const nouns: Nouns = { profile: ['a profile object', '档案对象'] };
 * ```
 */
export type Nouns = Readonly<Record<string, readonly [en: string, zh: string]>>;

/**
 * The id of a name every subpath may use in `params` (`expected`, `what`).
 *
 * @example
 * ```ts
 * const expected: CoreNoun = 'options';
 * ```
 */
export type CoreNoun = keyof typeof CORE_NOUNS;

/**
 * The codes whose texts live in core, used by every subpath.
 *
 * @example
 * ```ts
 * const code: CoreIssueCode = 'required';
 * ```
 */
export type CoreIssueCode =
  | 'required'
  | 'wrong-type'
  | 'not-a-date'
  | 'impossible-date'
  | 'unknown-value'
  | 'ends-before-start'
  | 'out-of-range'
  | 'too-many'
  | 'empty'
  | 'unknown-key'
  | 'unreadable'
  | 'not-an-instant';

/**
 * Turns an issue's params into its `[English, Chinese]` text; `noun` looks a name up.
 *
 * @example
 * ```ts
 * const template: IssueTemplate = (p) => [`no question ${p.id} in the paper`, `试卷中没有题目 ${p.id}`];
 * ```
 */
export type IssueTemplate = (p: Params, noun: (id: unknown) => readonly [string, string]) => readonly [en: string, zh: string];

/**
 * A subpath's part of the message table: the templates of the codes only it produces, and
 * the names its inputs use.
 *
 * @example
 * ```ts
 * const texts: IssueTexts = { nouns: { paper: ['a paper', '试卷'] }, templates: { 'unknown-question': (p) => [`no question ${p.id}`, `没有题目 ${p.id}`] } };
 * ```
 */
export interface IssueTexts {
  readonly nouns?: Nouns;
  readonly templates?: { readonly [C in Exclude<IssueCode, CoreIssueCode>]?: IssueTemplate };
}

// describeValue's words for what is not shown as it is.
const ZH_VALUES: Record<string, string> = { 'an array': '数组', 'an object': '对象', 'a symbol': 'Symbol 值', 'a function': '函数' };

type Params = Readonly<Record<string, string | number | undefined>>;

function zhValue(value: string | number | undefined): string | number {
  return ZH_VALUES[String(value)] ?? (value as string | number);
}

// An English list (`a, b or c`) with the Chinese enumeration comma: `a、b、c`.
function zhList(list: string | number | undefined): string {
  return String(list).replace(/,? or |, /g, '、');
}

const range = (p: Params): readonly [string, string] =>
  p.exclusiveMin === 1 ? [`above ${p.min} and at most ${p.max}`, `大于 ${p.min} 且不超过 ${p.max}`] : [`${p.min}–${p.max}`, ` ${p.min}–${p.max}`];

// The texts of the codes every subpath uses. Kept terse: this table is in every browser bundle.
const CORE_TEMPLATES: { readonly [C in CoreIssueCode]: IssueTemplate } = {
  required: (p, noun) => {
    if (p.for === undefined) return ['required', '必填'];
    const [en, zh] = noun(p.for);
    return [`required: ${en}`, `必填：${zh}`];
  },
  'wrong-type': (p, noun) => {
    const [en, zh] = noun(p.expected);
    return [`expected ${en}, got ${p.value}`, `应为${zh}，实际为 ${zhValue(p.value)}`];
  },
  'not-a-date': (p) => [`not a date: ${p.value} (expected YYYY-MM-DD)`, `日期格式不对：${zhValue(p.value)}，应为 YYYY-MM-DD（如 2026-03-01）`],
  'impossible-date': (p) => [`not a date: ${p.value} does not exist`, `日期无效：${p.value} 不存在`],
  'unknown-value': (p, noun) => {
    const [en, zh] = noun(p.what);
    const hint = p.suggestion === undefined ? ['', ''] : [`; did you mean ${p.suggestion}?`, `；应填 ${p.suggestion}`];
    return [`unknown ${en}: ${p.value} (expected one of ${p.expected}${hint[0]})`, `无法识别的${zh}：${zhValue(p.value)}（可填：${zhList(p.expected)}${hint[1]}）`];
  },
  'ends-before-start': (p) => [`ends before it starts: ${p.to} is before ${p.start} ${p.from}`, `结束日期早于开始日期：${p.to} 早于 ${p.from}`],
  'out-of-range': (p, noun) => {
    const [en, zh] = noun(p.what);
    const [enRange, zhRange] = range(p);
    return [`expected ${en} ${enRange}, got ${p.value}`, `${zh}应为${zhRange}，实际为 ${zhValue(p.value)}`];
  },
  'too-many': (p, noun) => {
    const [en, zh] = noun(p.what);
    const count = p.count === undefined ? ['', ''] : [`; got ${p.count}`, `，实际 ${p.count}`];
    return [`at most ${p.max} ${en} are accepted${count[0]}`, `最多 ${p.max} ${zh}${count[1]}`];
  },
  empty: (p, noun) => {
    const [en, zh] = noun(p.what);
    return [`at least one ${en} is needed`, `至少需要 1 ${zh}`];
  },
  'unknown-key': (p, noun) => {
    const [en, zh] = noun(p.what);
    if (p.expected === undefined) return [`unknown ${en}: ${p.key}`, `无法识别的${zh}：${p.key}`];
    const hint = p.hint === undefined ? ['', ''] : [`; ${p.key} goes in ${p.hint}`, `；${p.key} 应放在 ${p.hint} 里`];
    return [`unknown ${en}: ${p.key} (expected ${p.expected}${hint[0]})`, `无法识别的${zh}：${p.key}（可用：${zhList(p.expected)}${hint[1]}）`];
  },
  unreadable: (p) => (p.what === 'file' ? ['the file could not be read', '无法读取该文件'] : ['input could not be read', '输入无法读取（读取时出错）']),
  'not-an-instant': (p) => [
    `not an instant: ${p.value} (expected a Date, epoch milliseconds or an ISO string with an offset)`,
    `不是有效的时刻：${zhValue(p.value)}，应为 Date、毫秒时间戳或带时区偏移的 ISO 时间`,
  ],
};

/**
 * The text of `conflicting-keys` (a key and its deprecated name given together, One API),
 * for the tables of the subpaths that keep a deprecated name; not a core template, so that a
 * bundle without one (eligibility) does not carry it. Params: `keys`, `current`, `deprecated`.
 *
 * @example
 * ```ts
 * conflictingKeys({ keys: 'now, from', current: 'now', deprecated: 'from' }, String)[0];
 * //=> 'give one of now, from, not both (from is the deprecated name of now)'
 * ```
 */
export const conflictingKeys: IssueTemplate = (p) => [
  `give one of ${p.keys}, not both (${p.deprecated} is the deprecated name of ${p.current})`,
  `${p.keys} 只能给一个（${p.deprecated} 是 ${p.current} 的旧名）`,
];

/**
 * The zh and en text of an issue from its code and params: the core template of the code, or
 * the one in `texts` (a subpath's part of the table), with names looked up there first.
 *
 * @example
 * ```ts
 * issueText('impossible-date', { value: '2026-02-30' });
 * //=> { en: 'not a date: 2026-02-30 does not exist', zh: '日期无效：2026-02-30 不存在' }
 * ```
 */
export function issueText(code: IssueCode, params: IssueParams = {}, texts?: IssueTexts): Bilingual {
  const template = (CORE_TEMPLATES as Partial<Record<IssueCode, IssueTemplate>>)[code] ?? texts?.templates?.[code as Exclude<IssueCode, CoreIssueCode>];
  const noun = (id: unknown): readonly [string, string] => texts?.nouns?.[id as string] ?? (CORE_NOUNS as Nouns)[id as string] ?? [String(id), String(id)];
  // A code without a template here is a bug of the library: say so in both languages rather than throw.
  const [en, zh] = template === undefined ? [code, `（${code}）输入有误`] : template(params, noun);
  return { en, zh };
}

// One entry per code: a code added to the type but not here fails to compile.
const CODES: { readonly [C in IssueCode]: 0 } = {
  required: 0,
  'wrong-type': 0,
  'not-a-date': 0,
  'impossible-date': 0,
  'unknown-value': 0,
  'ends-before-start': 0,
  'out-of-range': 0,
  'too-many': 0,
  empty: 0,
  'unknown-key': 0,
  unreadable: 0,
  'not-an-instant': 0,
  'uncovered-year': 0,
  'outside-covered-years': 0,
  'holiday-and-workday': 0,
  'not-published': 0,
  'beyond-calendar': 0,
  'no-open-session': 0,
  'duplicate-id': 0,
  'wrong-total': 0,
  'invalid-points': 0,
  'unknown-question': 0,
  'no-answer-key': 0,
  'one-right-option': 0,
  'conflicting-keys': 0,
  'calendar-failed': 0,
  'no-holiday-data': 0,
};

/**
 * Every issue code the library produces (see {@link IssueCode}): a page writing its own texts
 * can check it has one for each.
 *
 * @example
 * ```ts
 * ISSUE_CODES.includes('required');
 * //=> true
 * ```
 */
export const ISSUE_CODES: readonly IssueCode[] = /* @__PURE__ */ Object.freeze(Object.keys(CODES) as IssueCode[]);
