/**
 * What the scheme certifies: its six tracks (职业), three levels and the ladder of
 * education levels the clauses compare against (RULES.md section 1–2; brochure 第二部分 一,
 * 第二部分 四 4(2)). Constant literal tables only.
 * @module
 */
import { deepFreeze } from '../core/freeze.js';

import type { Bilingual } from '../core/bilingual.js';

// Moved to core (every subpath's messages use it); still exported from here.
export type { Bilingual } from '../core/bilingual.js';

/**
 * The id of a track (职业) of the scheme.
 *
 * @example
 * ```ts
 * const track: TrackId = 'digital-hr-manager';
 * ```
 */
export type TrackId =
  | 'all-media-operator'
  | 'digital-manager'
  | 'internet-marketer'
  | 'digital-technology-engineer'
  | 'digital-carbon-neutrality-engineer'
  | 'digital-hr-manager';

/**
 * A level of examination: 初级 / 中级 / 高级.
 *
 * @example
 * ```ts
 * const level: Level = 'intermediate';
 * ```
 */
export type Level = 'junior' | 'intermediate' | 'senior';

/**
 * A level of completed education, lowest first (RULES.md section 2, [I-1]).
 *
 * @example
 * ```ts
 * const education: EducationLevel = 'secondary-vocational'; // 中专, 职高, 技校
 * ```
 */
export type EducationLevel =
  | 'below-high-school'
  | 'high-school'
  | 'secondary-vocational'
  | 'associate'
  | 'bachelor'
  | 'master'
  | 'doctorate';

/** One track of the scheme, with its names and the project's own one-paragraph description. */
export interface Track {
  readonly id: TrackId;
  readonly name: Bilingual;
  readonly description: Bilingual;
}

/** One examination level with its names. */
export interface LevelInfo {
  readonly id: Level;
  readonly name: Bilingual;
}

/** One education level with its names. */
export interface EducationLevelInfo {
  readonly id: EducationLevel;
  readonly name: Bilingual;
}

/**
 * The six tracks, in the brochure's order (第二部分 一). Descriptions are our own wording.
 *
 * @example
 * ```ts
 * TRACKS.map((track) => track.id)[1];
 * //=> 'digital-manager'
 * TRACKS[1].name.zh;
 * //=> '数字化管理师'
 * ```
 */
export const TRACKS: readonly Track[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'all-media-operator',
    name: { zh: '全媒体运营师', en: 'All-Media Operator' },
    description: {
      zh: '策划并制作适合多种媒介的内容，按渠道分发和推广。借助数据分析判断内容的覆盖与反馈，据此调整选题和运营策略。',
      en: 'Plans and produces content for many kinds of media and distributes it channel by channel. Reads the data on reach and response, and adjusts topics and operations accordingly.',
    },
  },
  {
    id: 'digital-manager',
    name: { zh: '数字化管理师', en: 'Digital Manager' },
    description: {
      zh: '在数字化办公与协同平台上搭建和维护组织架构、审批流程与协作方式。让沟通、业务和上下游联系在线完成，并用数据支持管理决策。',
      en: 'Builds and maintains an organisation\'s structure, approval flows and ways of working on digital collaboration platforms. Moves communication, business and links with partners online, and backs management decisions with data.',
    },
  },
  {
    id: 'internet-marketer',
    name: { zh: '互联网营销师', en: 'Internet Marketer' },
    description: {
      zh: '利用网络渠道和各类媒介推广产品与品牌。通过数据分析和创意策划找到目标客户，评估营销效果并持续优化。',
      en: 'Promotes products and brands through online channels and other media. Finds customers through data analysis and creative planning, measures the results and keeps improving them.',
    },
  },
  {
    id: 'digital-technology-engineer',
    name: { zh: '数字化技术工程师', en: 'Digital Technology Engineer' },
    description: {
      zh: '负责业务数据库从设计、测试到部署上线的全过程，属于运维方向的工程岗位。保障数据系统稳定可靠，并参与数据治理。',
      en: 'Looks after business databases through design, testing and deployment, an engineering role on the operations side. Keeps data systems stable and reliable and takes part in data governance.',
    },
  },
  {
    id: 'digital-carbon-neutrality-engineer',
    name: { zh: '数字碳中和工程师', en: 'Digital Carbon-Neutrality Engineer' },
    description: {
      zh: '运用数字技术推动能源结构调整和产业节能减排。参与能源管理、碳排放核算与城市基础设施的智能化改造。',
      en: 'Applies digital technology to shifting the energy mix and to saving energy and cutting emissions in industry. Works on energy management, carbon accounting and the smart upgrade of urban infrastructure.',
    },
  },
  {
    id: 'digital-hr-manager',
    name: { zh: '数字化人力资源管理师', en: 'Digital HR Manager' },
    description: {
      zh: '以人力资源信息系统为依托，用新一代数字技术改进招聘、培训、绩效等人事流程。提升人力资源工作的效率和质量。',
      en: 'Improves recruitment, training, performance and other HR processes with current digital technology, built on HR information systems. Raises the efficiency and quality of HR work.',
    },
  },
]);

/**
 * The three levels, lowest first.
 *
 * @example
 * ```ts
 * LEVELS.map((level) => level.name.zh);
 * //=> ['初级', '中级', '高级']
 * ```
 */
export const LEVELS: readonly LevelInfo[] = /* @__PURE__ */ deepFreeze([
  { id: 'junior', name: { zh: '初级', en: 'junior' } },
  { id: 'intermediate', name: { zh: '中级', en: 'intermediate' } },
  { id: 'senior', name: { zh: '高级', en: 'senior' } },
]);

/**
 * Education levels, lowest first, in the order the clauses compare them ([I-1]: 高中 is put
 * below 中专, which gives the same answers as treating the two as parallel).
 *
 * @example
 * ```ts
 * EDUCATION_LEVELS.map((level) => level.id).indexOf('bachelor');
 * //=> 4
 * ```
 */
export const EDUCATION_LEVELS: readonly EducationLevelInfo[] = /* @__PURE__ */ deepFreeze([
  { id: 'below-high-school', name: { zh: '高中以下', en: 'below high school' } },
  { id: 'high-school', name: { zh: '高中', en: 'high school' } },
  { id: 'secondary-vocational', name: { zh: '中专（含职高、技校）', en: 'secondary vocational school' } },
  { id: 'associate', name: { zh: '大专', en: 'associate degree' } },
  { id: 'bachelor', name: { zh: '本科', en: "bachelor's degree" } },
  { id: 'master', name: { zh: '硕士研究生', en: "master's degree" } },
  { id: 'doctorate', name: { zh: '博士研究生', en: 'doctorate' } },
]);

// Id lists for the schemas; kept as literals (not mapped from the tables) so that building
// them does no work at module load.

/**
 * Track ids in catalog order.
 *
 * @example
 * ```ts
 * TRACK_IDS.length;
 * //=> 6
 * ```
 */
export const TRACK_IDS = /* @__PURE__ */ deepFreeze([
  'all-media-operator',
  'digital-manager',
  'internet-marketer',
  'digital-technology-engineer',
  'digital-carbon-neutrality-engineer',
  'digital-hr-manager',
] as const satisfies readonly TrackId[]);

/**
 * Level ids, lowest first.
 *
 * @example
 * ```ts
 * LEVEL_IDS[0];
 * //=> 'junior'
 * ```
 */
export const LEVEL_IDS = /* @__PURE__ */ deepFreeze(['junior', 'intermediate', 'senior'] as const satisfies readonly Level[]);

/**
 * Education level ids, lowest first.
 *
 * @example
 * ```ts
 * EDUCATION_LEVEL_IDS[6];
 * //=> 'doctorate'
 * ```
 */
export const EDUCATION_LEVEL_IDS = /* @__PURE__ */ deepFreeze([
  'below-high-school',
  'high-school',
  'secondary-vocational',
  'associate',
  'bachelor',
  'master',
  'doctorate',
] as const satisfies readonly EducationLevel[]);

/**
 * The rank of an education level: 0 for `below-high-school` up to 6 for `doctorate`.
 *
 * @example
 * ```ts
 * educationRank('associate') > educationRank('secondary-vocational');
 * //=> true
 * ```
 */
export function educationRank(level: EducationLevel): number {
  return EDUCATION_LEVEL_IDS.indexOf(level);
}

/**
 * The rank of a level: 0 junior, 1 intermediate, 2 senior.
 *
 * @example
 * ```ts
 * levelRank('senior');
 * //=> 2
 * ```
 */
export function levelRank(level: Level): number {
  return LEVEL_IDS.indexOf(level);
}

/**
 * The names of a track, level or education level by id.
 *
 * @example
 * ```ts
 * nameOf(EDUCATION_LEVELS, 'bachelor').zh;
 * //=> '本科'
 * ```
 */
export function nameOf<Id extends string>(table: readonly { readonly id: Id; readonly name: Bilingual }[], id: Id): Bilingual {
  return table.find((entry) => entry.id === id)?.name ?? { zh: id, en: id };
}

/**
 * Whether a value (a string from a request, a form or a spreadsheet) is one of the six track
 * ids. Never throws, whatever it is given.
 *
 * @example
 * ```ts
 * isTrackId('digital-manager');
 * //=> true
 * isTrackId('Digital Manager');
 * //=> false
 * ```
 */
export function isTrackId(value: unknown): value is TrackId {
  // `includes` compares without converting: anything but one of the strings is simply absent.
  return (TRACK_IDS as readonly unknown[]).includes(value);
}

/**
 * Whether a value is one of the three level ids (`junior`, `intermediate`, `senior`). Never throws.
 *
 * @example
 * ```ts
 * isLevel('senior');
 * //=> true
 * isLevel('高级');
 * //=> false
 * ```
 */
export function isLevel(value: unknown): value is Level {
  return (LEVEL_IDS as readonly unknown[]).includes(value);
}

/**
 * Whether a value is one of the seven education level ids (`below-high-school` … `doctorate`). Never throws.
 *
 * @example
 * ```ts
 * isEducationLevel('associate');
 * //=> true
 * isEducationLevel('phd');
 * //=> false
 * ```
 */
export function isEducationLevel(value: unknown): value is EducationLevel {
  return (EDUCATION_LEVEL_IDS as readonly unknown[]).includes(value);
}
