/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The page's own words in Chinese and English. Names of tracks, levels and education levels,
 * clause texts and requirement messages come from the library; only the page's labels live
 * here.
 * @module
 */
import type { Bilingual } from 'skillcert/eligibility';

/** The two languages of the page. */
export type Lang = keyof Bilingual;

/**
 * The page's labels, by key. An element with `data-i18n="key"` shows the entry's text in the
 * current language.
 *
 * @example
 * ```ts
 * UI_TEXT.check.zh;
 * //=> '检查'
 * ```
 */
export const UI_TEXT = {
  title: { zh: '报名条件预检', en: 'Eligibility pre-check' },
  intro: {
    zh: '填写申请人的情况，查看能否报名所选职业与等级、依据哪一条件，以及最早可参加的考试。结果仅供参考，以主办方审核为准。',
    en: 'Fill in the applicant’s situation to see whether they may register for the chosen track and level, under which clause, and the first exam they can sit. For guidance only: the organiser’s review decides.',
  },
  languageToggle: { zh: 'English', en: '中文' },
  applyingFor: { zh: '报考', en: 'Applying for' },
  track: { zh: '职业', en: 'Track' },
  level: { zh: '等级', en: 'Level' },
  asOf: { zh: '判断日期', en: 'As of' },
  education: { zh: '最高学历', en: 'Highest education' },
  educationLevel: { zh: '学历', en: 'Level' },
  relatedMajor: { zh: '是否相关专业', en: 'Related major?' },
  enrolment: { zh: '当前在读', en: 'Current studies' },
  enrolmentInstitution: { zh: '在读情况', en: 'Enrolled at' },
  from: { zh: '开始日期', en: 'From' },
  until: { zh: '结束日期（可空）', en: 'Until (optional)' },
  work: { zh: '工作经历', en: 'Work periods' },
  workHint: { zh: '结束日期留空表示至今仍在职。', en: 'Leave “to” empty for a job still held.' },
  workFrom: { zh: '开始日期', en: 'From' },
  workTo: { zh: '结束日期', en: 'To' },
  workRelated: { zh: '与所报职业相关', en: 'Related to the track' },
  addWork: { zh: '添加工作经历', en: 'Add a work period' },
  certificates: { zh: '已有证书', en: 'Certificates held' },
  certificateKind: { zh: '证书类别', en: 'Kind' },
  certificateLevel: { zh: '证书等级', en: 'Level' },
  certificateTrack: { zh: '本项目职业', en: 'Track (this scheme)' },
  issuedOn: { zh: '发证日期', en: 'Issued on' },
  addCertificate: { zh: '添加证书', en: 'Add a certificate' },
  remove: { zh: '删除', en: 'Remove' },
  check: { zh: '检查', en: 'Check' },
  notAnswered: { zh: '— 未填写 —', en: '— not answered —' },
  none: { zh: '无', en: 'none' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  unknown: { zh: '不确定', en: 'not sure' },
  higherEducation: { zh: '高等院校', en: 'higher-education institution' },
  vocational: { zh: '职业院校', en: 'vocational school' },
  kindSkillcert: { zh: '本项目证书', en: 'this scheme’s certificate' },
  kindVocational: { zh: '其他职业或技能证书', en: 'other vocational or skill certificate' },
  kindTitle: { zh: '职称证书', en: 'professional title' },
  statusEligible: { zh: '可以报名', en: 'May register' },
  statusIneligible: { zh: '暂不符合报名条件', en: 'Not eligible' },
  statusIncomplete: { zh: '信息不完整，暂无法确定', en: 'Incomplete: cannot tell yet' },
  asOfNote: { zh: '判断日期', en: 'as of' },
  satisfiedBy: { zh: '依据条款', en: 'Clause met' },
  unmet: { zh: '尚未满足的条件', en: 'Requirements not met' },
  missing: { zh: '请补充以下信息', en: 'Please answer' },
  earliestEligibleOn: { zh: '最早符合条件日期', en: 'Earliest eligible date' },
  never: { zh: '仅凭时间推移无法满足', en: 'never, by time alone' },
  firstSession: { zh: '最早可参加的考试', en: 'First exam they can sit' },
  examDate: { zh: '考试日', en: 'Exam date' },
  registrationCloses: { zh: '报名截止（含当日）', en: 'Registration closes (inclusive)' },
  scoresFrom: { zh: '成绩查询', en: 'Scores from' },
  certificatesBy: { zh: '证书发放（不晚于）', en: 'Certificates issued by' },
  noSession: { zh: '暂无可参加的考试场次', en: 'No session they can sit' },
  provisional: { zh: '暂定', en: 'provisional' },
  provisionalNote: {
    zh: '“暂定”：该年节假日安排尚未公布，日期按周末估算，可能调整。',
    en: '“Provisional”: that year’s public holidays are not yet published; the date is estimated from weekends and may change.',
  },
  sessionJudgedOn: { zh: '按报名截止日判断', en: 'judged as of the registration deadline' },
  errorsTitle: { zh: '请修改以下内容', en: 'Please correct the following' },
  unexpectedError: { zh: '出现意外错误', en: 'Something went wrong' },
} as const satisfies Record<string, Bilingual>;

/** A key of {@link UI_TEXT}. */
export type TextKey = keyof typeof UI_TEXT;

// Names of the input's fields, for issue paths and `missing`; the path segments the profile
// schema and the queries use.
const FIELD_NAMES: Record<string, Bilingual> = {
  track: UI_TEXT.track,
  level: UI_TEXT.level,
  asOf: UI_TEXT.asOf,
  from: UI_TEXT.from,
  education: UI_TEXT.education,
  enrolment: UI_TEXT.enrolment,
  work: UI_TEXT.work,
  certificates: UI_TEXT.certificates,
  relatedMajor: UI_TEXT.relatedMajor,
  institution: UI_TEXT.enrolmentInstitution,
  until: UI_TEXT.until,
  to: UI_TEXT.workTo,
  related: UI_TEXT.workRelated,
  kind: UI_TEXT.certificateKind,
  issuedOn: UI_TEXT.issuedOn,
};

// Inside a work period or certificate, `from` and `level` mean the row's own fields.
const ROW_FIELD_NAMES: Record<string, Bilingual> = {
  from: UI_TEXT.workFrom,
  level: UI_TEXT.certificateLevel,
  track: UI_TEXT.certificateTrack,
};

/**
 * How a person reads a path into the form's input, in the page's language: `['work', 0, 'to']`
 * is "工作经历 第 1 条 · 结束日期". Unknown segments are shown as they are.
 *
 * @example
 * ```ts
 * fieldLabel(['work', 0, 'to'], 'en');
 * //=> 'Work periods #1 · To'
 * fieldLabel('education.relatedMajor'.split('.'), 'zh');
 * //=> '最高学历 · 是否相关专业'
 * ```
 */
export function fieldLabel(path: readonly (string | number)[], lang: Lang): string {
  const parts: string[] = [];
  let inRow = false;
  for (const segment of path) {
    const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : null;
    if (index !== null) {
      const last = parts.pop() ?? '';
      parts.push(lang === 'zh' ? `${last} 第 ${index + 1} 条` : `${last} #${index + 1}`);
      inRow = true;
      continue;
    }
    const key = String(segment);
    const name = (inRow ? ROW_FIELD_NAMES[key] : undefined) ?? FIELD_NAMES[key];
    parts.push(name === undefined ? key : name[lang]);
  }
  return parts.join(' · ');
}
