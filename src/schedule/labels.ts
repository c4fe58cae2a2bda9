/**
 * The names of a session's dates in Chinese and English, for anything that shows a session
 * to a person (the CLI, the demo, an agency's page).
 * @module
 */
import { deepFreeze } from '../core/freeze.js';

/** A session date's field name. */
export type SessionDateField =
  | 'examDate'
  | 'registrationCloses'
  | 'sprintCourse'
  | 'mockTest'
  | 'scoresFrom'
  | 'certificatesBy'
  | 'certificateQueryFrom';

/**
 * The label of each date of an exam session, zh and en, in the brochure's order of the
 * process (第二部分 四 1).
 *
 * @example
 * ```ts
 * SESSION_DATE_LABELS.scoresFrom.zh;
 * //=> '成绩查询'
 * ```
 */
export const SESSION_DATE_LABELS: Readonly<Record<SessionDateField, { readonly zh: string; readonly en: string }>> = /* @__PURE__ */ deepFreeze({
  examDate: { zh: '考试日', en: 'Exam day' },
  registrationCloses: { zh: '报名截止（含当日）', en: 'Registration closes (inclusive)' },
  sprintCourse: { zh: '冲刺班', en: 'Sprint course' },
  mockTest: { zh: '考前测试', en: 'Pre-exam test' },
  scoresFrom: { zh: '成绩查询', en: 'Scores from' },
  certificatesBy: { zh: '证书发放（不晚于）', en: 'Certificates issued by' },
  certificateQueryFrom: { zh: '证书查询', en: 'Certificate query from' },
});
