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
  relatedMajor: { zh: '所学专业与所报职业相关吗？', en: 'Is the major related to the track?' },
  enrolment: { zh: '当前在读', en: 'Current studies' },
  enrolmentInstitution: { zh: '在读情况', en: 'Enrolled at' },
  from: { zh: '开始日期', en: 'From' },
  until: { zh: '结束日期（可空）', en: 'Until (optional)' },
  work: { zh: '工作经历', en: 'Work periods' },
  workHint: { zh: '结束日期留空表示至今仍在职。', en: 'Leave “to” empty for a job still held.' },
  dateFormat: { zh: '日期格式：年-月-日，如 2026-03-01', en: 'Dates as year-month-day, e.g. 2026-03-01' },
  relatedGuidance: { zh: '“相关”指工作内容或所学专业属于所报职业的范围：', en: '“Related” means the work or the major falls within the track: ' },
  choose: { zh: '请选择', en: 'Choose' },
  relatedMajorShort: { zh: '是否相关专业', en: 'related major' },
  workRelatedShort: { zh: '是否相关工作', en: 'related work' },
  workFrom: { zh: '开始日期', en: 'From' },
  workTo: { zh: '结束日期', en: 'To' },
  workRelated: { zh: '这份工作与所报职业相关吗？', en: 'Is this work related to the track?' },
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
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  unsure: { zh: '不确定', en: 'Not sure' },
  higherEducation: { zh: '高等院校', en: 'higher-education institution' },
  vocational: { zh: '职业院校', en: 'vocational school' },
  kindSkillcert: { zh: '本项目证书', en: 'this scheme’s certificate' },
  kindVocational: { zh: '其他职业或技能证书', en: 'other vocational or skill certificate' },
  kindTitle: { zh: '职称证书', en: 'professional title' },
  resultTitle: { zh: '检查结果', en: 'Result' },
  asOfNote: { zh: '判断日期', en: 'as of' },
  headlineEligible: { zh: '可以报名：', en: 'You may register: ' },
  headlineWait: { zh: '{on}起可报名', en: 'You may register from {on}' },
  headlineWaitExam: { zh: '{on}起可报名，最早参加 {exam}考试', en: 'You may register from {on}; first exam {exam}' },
  headlineAnswer: { zh: '信息不完整：请先回答“{field}”', en: 'Not enough to tell: first answer “{field}”' },
  headlineOtherLevel: { zh: '暂不能报名{level}；{other}今天即可报名', en: 'Not eligible for {level}; {other} is open to you today' },
  headlineNever: { zh: '暂不能报名{level}：{reason}', en: 'Not eligible for {level}: {reason}' },
  registerBy: { zh: '请在 {closes}前报名，参加 {exam}的考试。', en: 'Register by {closes} for the exam on {exam}.' },
  registerBetween: { zh: '请在 {on}至 {closes}之间报名。', en: 'Register between {on} and {closes}.' },
  noSessionYet: { zh: '暂无可参加的考试场次。', en: 'No exam session to sit yet.' },
  questions: { zh: '回答后即可判断：', en: 'Answer to get the result:' },
  otherLevels: { zh: '今天即可报名的等级', en: 'Levels open to you today' },
  checkLevel: { zh: '改查{level}', en: 'Check {level} instead' },
  session: { zh: '{month}考试安排', en: 'The {month} exam' },
  daysLeft: { zh: '还有 {n} 天截止', en: '{n} days left' },
  dayLeft: { zh: '还有 1 天截止', en: '1 day left' },
  closesToday: { zh: '今天截止', en: 'closes today' },
  closed: { zh: '已截止', en: 'closed' },
  through: { zh: ' 至 ', en: ' to ' },
  addToCalendar: { zh: '加入我的日历（.ics）', en: 'Add to my calendar (.ics)' },
  provisional: { zh: '暂定', en: 'provisional' },
  provisionalNote: {
    zh: '标“暂定”的日期按周末推算：该年的法定节假日安排尚未公布，公布后可能调整。',
    en: 'Dates marked “provisional” are counted on weekends only: that year’s public holidays are not yet published and may move them.',
  },
  materials: { zh: '报名材料（{clause}）', en: 'What to bring ({clause})' },
  details: { zh: '条款详情', en: 'Clause by clause' },
  clauseMet: { zh: '已满足', en: 'met' },
  clauseMetOn: { zh: '{on}起满足', en: 'met from {on}' },
  clauseNotMet: { zh: '未满足', en: 'not met' },
  allSteps: { zh: '所有可行的途径', en: 'Every way to become eligible' },
  errorsTitle: { zh: '请修改以下内容', en: 'Please correct the following' },
  unexpectedError: { zh: '出现意外错误', en: 'Something went wrong' },
} as const satisfies Record<string, Bilingual>;

/** A key of {@link UI_TEXT}. */
export type TextKey = keyof typeof UI_TEXT;

/**
 * An entry of {@link UI_TEXT} in a language, its `{name}` slots filled.
 *
 * @example
 * ```ts
 * say('daysLeft', 'zh', { n: 3 });
 * //=> '还有 3 天截止'
 * ```
 */
export function say(key: TextKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return UI_TEXT[key][lang].replace(/\{(\w+)\}/g, (slot, name: string) => (name in params ? String(params[name]) : slot));
}

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
  relatedMajor: UI_TEXT.relatedMajorShort,
  institution: UI_TEXT.enrolmentInstitution,
  until: UI_TEXT.until,
  to: UI_TEXT.workTo,
  related: UI_TEXT.workRelatedShort,
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
