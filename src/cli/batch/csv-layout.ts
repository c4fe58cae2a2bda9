/**
 * The CSV sheet staff fill in: one row per applicant, one column per fact, with Chinese or
 * English headers. Lists that an applicant may have several of (work periods, certificates)
 * share one cell, items separated by `;`:
 *
 * - work: `2019-07-01~2022-06-30:related;2022-09-01~:digital-manager|internet-marketer`
 *   (`from~to:relatedness`; an empty `to` is ongoing; relatedness `related`/`unrelated`, 相关/不相关,
 *   or track ids separated by `|`);
 * - certificates: `skillcert:junior:digital-manager:2021-05-20;title:intermediate::2020-01-01`
 *   (`kind:level:track:issuedOn`; the track may be empty).
 *
 * An empty cell is unknown (absent in the profile); `none`/`无` is known to be none. Values the
 * sheet does not recognise are passed on as they are, so that the library names the field.
 * @module
 */
import { EDUCATION_LEVELS, LEVELS } from '../../eligibility/catalog.js';
import { CliProblem, type Lang } from '../messages.js';

/** A column of the sheet. */
export type ColumnKey =
  | 'id'
  | 'education'
  | 'educationRelated'
  | 'enrolment'
  | 'enrolmentRelated'
  | 'enrolmentFrom'
  | 'enrolmentUntil'
  | 'work'
  | 'certificates';

/**
 * The columns, in sheet order, with their English and Chinese headers.
 *
 * @example
 * ```ts
 * CSV_COLUMNS.map((column) => column.zh)[1];
 * //=> '最高学历'
 * ```
 */
export const CSV_COLUMNS: readonly { readonly key: ColumnKey; readonly en: string; readonly zh: string }[] = [
  { key: 'id', en: 'id', zh: '编号' },
  { key: 'education', en: 'education', zh: '最高学历' },
  { key: 'educationRelated', en: 'education_related', zh: '所学专业相关' },
  { key: 'enrolment', en: 'enrolment', zh: '在读院校类型' },
  { key: 'enrolmentRelated', en: 'enrolment_related', zh: '在读专业相关' },
  { key: 'enrolmentFrom', en: 'enrolment_from', zh: '入学日期' },
  { key: 'enrolmentUntil', en: 'enrolment_until', zh: '预计毕业日期' },
  { key: 'work', en: 'work', zh: '工作经历' },
  { key: 'certificates', en: 'certificates', zh: '证书' },
];

const FIELD_COLUMNS: Readonly<Record<string, ColumnKey>> = {
  education: 'education',
  'education.level': 'education',
  'education.relatedMajor': 'educationRelated',
  enrolment: 'enrolment',
  'enrolment.institution': 'enrolment',
  'enrolment.relatedMajor': 'enrolmentRelated',
  'enrolment.from': 'enrolmentFrom',
  'enrolment.until': 'enrolmentUntil',
  work: 'work',
  certificates: 'certificates',
};

/**
 * The sheet's header cell for a profile field (`work` → 工作经历), for naming missing facts.
 *
 * @example
 * ```ts
 * columnNameOf('education.relatedMajor', 'zh');
 * //=> '所学专业相关'
 * ```
 */
export function columnNameOf(field: string, lang: Lang): string {
  const key = Object.hasOwn(FIELD_COLUMNS, field) ? FIELD_COLUMNS[field] : undefined;
  const column = CSV_COLUMNS.find((entry) => entry.key === key);
  return column === undefined ? field : column[lang];
}

/**
 * Reads a header row: each cell's column, `null` for none. The id column is the one named by
 * `--id` (default `id`, also 编号). Throws {@link CliProblem} for an unknown or repeated column.
 */
export function readHeader(cells: readonly string[], idField: string): (ColumnKey | null)[] {
  const seen = new Set<ColumnKey>();
  return cells.map((raw) => {
    const cell = raw.trim();
    const column = cell === idField || (idField === 'id' && cell === '编号') ? 'id' : CSV_COLUMNS.find((entry) => entry.key !== 'id' && (entry.en === cell || entry.zh === cell))?.key;
    if (column === undefined) throw new CliProblem('csv-unknown-column', cell, { column: JSON.stringify(cell) });
    if (seen.has(column)) throw new CliProblem('csv-duplicate-column', cell, { column: JSON.stringify(cell) });
    seen.add(column);
    return column;
  });
}

const NONE = new Set(['none', '无', '没有']);
const YES = new Set(['yes', 'true', 'related', '是', '相关']);
const NO = new Set(['no', 'false', 'unrelated', '否', '不相关']);
const ENROLMENT: Readonly<Record<string, string>> = { 高等院校: 'higher-education', 职业院校: 'vocational' };
const CERTIFICATE_KINDS: Readonly<Record<string, string>> = { 数字技能证书: 'skillcert', 职业资格证书: 'vocational', 职称: 'title' };

/**
 * One data row as an applicant's profile and id.
 *
 * @example
 * ```ts
 * profileFromRow(['A1', 'bachelor', 'no', 'none', '', '', '', '2019-07-01~:related', 'none'], header);
 * //=> { id: 'A1', profile: { education: { level: 'bachelor', relatedMajor: false }, enrolment: null, work: [...], certificates: [] } }
 * ```
 */
export function profileFromRow(cells: readonly string[], header: readonly (ColumnKey | null)[]): { id: string | null; profile: Record<string, unknown> } {
  if (cells.length > header.length) throw new CliProblem('csv-too-many-cells', '');
  const cell = (key: ColumnKey): string => {
    const index = header.indexOf(key);
    return index < 0 ? '' : (cells[index] ?? '').trim();
  };
  const profile: Record<string, unknown> = {};
  const id = cell('id');
  const education = cell('education');
  if (NONE.has(education)) profile.education = null;
  else if (education !== '') {
    const related = cell('educationRelated');
    profile.education = { level: educationLevelOf(education), ...(related === '' ? {} : { relatedMajor: relatednessOf(related, 'education_related') }) };
  }
  const institution = cell('enrolment');
  if (NONE.has(institution)) profile.enrolment = null;
  else if (institution !== '') {
    const related = cell('enrolmentRelated');
    const from = cell('enrolmentFrom');
    const until = cell('enrolmentUntil');
    profile.enrolment = {
      institution: ENROLMENT[institution] ?? institution,
      ...(related === '' ? {} : { relatedMajor: relatednessOf(related, 'enrolment_related') }),
      ...(from === '' ? {} : { from }),
      ...(until === '' ? {} : { until }),
    };
  }
  const work = cell('work');
  if (NONE.has(work)) profile.work = [];
  else if (work !== '') profile.work = items(work).map((item, index) => workPeriodOf(item, index));
  const certificates = cell('certificates');
  if (NONE.has(certificates)) profile.certificates = [];
  else if (certificates !== '') profile.certificates = items(certificates).map((item, index) => certificateOf(item, index));
  return { id: id === '' ? null : id, profile };
}

function items(text: string): string[] {
  return text.split(/[;；]/).map((item) => item.trim()).filter((item) => item !== '');
}

function educationLevelOf(text: string): string {
  const found = EDUCATION_LEVELS.find((level) => level.id === text || level.name.zh === text || level.name.zh.startsWith(`${text}（`) || `${text}研究生` === level.name.zh);
  return found?.id ?? text;
}

function relatednessOf(text: string, path: string): boolean | string[] {
  const word = text.toLowerCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  const tracks = text.split('|').map((track) => track.trim()).filter((track) => track !== '');
  if (tracks.length === 0) throw new CliProblem('csv-bad-value', path, { value: JSON.stringify(text), expected: 'related | unrelated | track|track' });
  return tracks;
}

function workPeriodOf(item: string, index: number): Record<string, unknown> {
  const match = /^([^~:]*)~([^~:]*):(.+)$/.exec(item);
  if (match === null) throw new CliProblem('csv-bad-value', `work[${index}]`, { value: JSON.stringify(item), expected: 'from~to:related' });
  const [, from = '', to = '', related = ''] = match;
  return { from: from.trim(), to: to.trim() === '' ? null : to.trim(), related: relatednessOf(related.trim(), `work[${index}].related`) };
}

function certificateOf(item: string, index: number): Record<string, unknown> {
  const parts = item.split(/[:：]/).map((part) => part.trim());
  if (parts.length !== 4) throw new CliProblem('csv-bad-value', `certificates[${index}]`, { value: JSON.stringify(item), expected: 'kind:level:track:issuedOn' });
  const [kind = '', level = '', track = '', issuedOn = ''] = parts;
  return {
    kind: CERTIFICATE_KINDS[kind] ?? kind,
    level: LEVELS.find((entry) => entry.name.zh === level)?.id ?? level,
    ...(track === '' ? {} : { track }),
    issuedOn,
  };
}

/**
 * The empty sheet: its header row and one worked example row, in Chinese or English.
 *
 * @example
 * ```ts
 * csvTemplateRows('en')[0]?.[7];
 * //=> 'work'
 * ```
 */
export function csvTemplateRows(lang: Lang): string[][] {
  const header = CSV_COLUMNS.map((column) => column[lang]);
  const example =
    lang === 'zh'
      ? ['A0001', '本科', '否', '无', '', '', '', '2019-07-01~2022-06-30:相关;2022-09-01~:digital-manager|internet-marketer', '数字技能证书:初级:digital-manager:2021-05-20']
      : ['A0001', 'bachelor', 'no', 'none', '', '', '', '2019-07-01~2022-06-30:related;2022-09-01~:digital-manager|internet-marketer', 'skillcert:junior:digital-manager:2021-05-20'];
  return [header, example];
}
