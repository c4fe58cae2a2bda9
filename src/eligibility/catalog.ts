/**
 * What the scheme certifies: its six tracks (职业), three levels and the ladder of
 * education levels the clauses compare against (RULES.md section 1–2; brochure 第二部分 一,
 * 第二部分 四 4(2)). Constant literal tables only.
 * @module
 */

/**
 * A text in Chinese and English.
 *
 * @example
 * ```ts
 * const name: Bilingual = { zh: '初级', en: 'junior' };
 * ```
 */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

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

/** One track of the scheme, with its names and the project's own short description. */
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
export const TRACKS: readonly Track[] = [
  {
    id: 'all-media-operator',
    name: { zh: '全媒体运营师', en: 'All-Media Operator' },
    description: {
      zh: '跨媒体渠道策划发布内容，并用数据评估传播效果。',
      en: 'Plans and publishes content across media, judging its reach by data.',
    },
  },
  {
    id: 'digital-manager',
    name: { zh: '数字化管理师', en: 'Digital Manager' },
    description: {
      zh: '用数字化协同平台管理组织与流程。',
      en: 'Runs an organisation and its processes on digital platforms.',
    },
  },
  {
    id: 'internet-marketer',
    name: { zh: '互联网营销师', en: 'Internet Marketer' },
    description: {
      zh: '在互联网上推广产品，用数据获客。',
      en: 'Markets products online, winning customers with data.',
    },
  },
  {
    id: 'digital-technology-engineer',
    name: { zh: '数字化技术工程师', en: 'Digital Technology Engineer' },
    description: {
      zh: '设计、部署并运维业务数据库。',
      en: 'Designs, deploys and runs business databases.',
    },
  },
  {
    id: 'digital-carbon-neutrality-engineer',
    name: { zh: '数字碳中和工程师', en: 'Digital Carbon-Neutrality Engineer' },
    description: {
      zh: '用数字技术节能降碳。',
      en: 'Uses digital technology to save energy and cut carbon.',
    },
  },
  {
    id: 'digital-hr-manager',
    name: { zh: '数字化人力资源管理师', en: 'Digital HR Manager' },
    description: {
      zh: '依托人力资源信息系统重塑人事流程。',
      en: 'Rebuilds HR processes on HR information systems.',
    },
  },
];

/**
 * The three levels, lowest first.
 *
 * @example
 * ```ts
 * LEVELS.map((level) => level.name.zh);
 * //=> ['初级', '中级', '高级']
 * ```
 */
export const LEVELS: readonly LevelInfo[] = [
  { id: 'junior', name: { zh: '初级', en: 'junior' } },
  { id: 'intermediate', name: { zh: '中级', en: 'intermediate' } },
  { id: 'senior', name: { zh: '高级', en: 'senior' } },
];

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
export const EDUCATION_LEVELS: readonly EducationLevelInfo[] = [
  { id: 'below-high-school', name: { zh: '高中以下', en: 'below high school' } },
  { id: 'high-school', name: { zh: '高中', en: 'high school' } },
  { id: 'secondary-vocational', name: { zh: '中专（含职高、技校）', en: 'secondary vocational school' } },
  { id: 'associate', name: { zh: '大专', en: 'associate degree' } },
  { id: 'bachelor', name: { zh: '本科', en: "bachelor's degree" } },
  { id: 'master', name: { zh: '硕士研究生', en: "master's degree" } },
  { id: 'doctorate', name: { zh: '博士研究生', en: 'doctorate' } },
];

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
export const TRACK_IDS = [
  'all-media-operator',
  'digital-manager',
  'internet-marketer',
  'digital-technology-engineer',
  'digital-carbon-neutrality-engineer',
  'digital-hr-manager',
] as const satisfies readonly TrackId[];

/**
 * Level ids, lowest first.
 *
 * @example
 * ```ts
 * LEVEL_IDS[0];
 * //=> 'junior'
 * ```
 */
export const LEVEL_IDS = ['junior', 'intermediate', 'senior'] as const satisfies readonly Level[];

/**
 * Education level ids, lowest first.
 *
 * @example
 * ```ts
 * EDUCATION_LEVEL_IDS[6];
 * //=> 'doctorate'
 * ```
 */
export const EDUCATION_LEVEL_IDS = [
  'below-high-school',
  'high-school',
  'secondary-vocational',
  'associate',
  'bachelor',
  'master',
  'doctorate',
] as const satisfies readonly EducationLevel[];

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
