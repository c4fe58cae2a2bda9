/**
 * The schedule subpath's part of the issue-message table: the texts of the codes only the
 * schedule produces, and the names of what its arguments hold, `[English, Chinese]`.
 * @module
 */
import type { IssueTexts } from '../core/errors.js';

/**
 * The schedule's issue texts.
 *
 * @example
 * ```ts
 * SCHEDULE_TEXTS.nouns.material;
 * //=> ['material', '材料']
 * ```
 */
export const SCHEDULE_TEXTS = {
  templates: {
    'no-open-session': (p) => [`no exam session of ${p.from}–${p.to} is open on ${p.date}`, `${p.date} 没有可报名的考试场次（${p.from}–${p.to} 年）`],
  },
  nouns: {
    calendar: ['a working-day calendar (chinaCalendar or one from createCalendar)', '工作日日历（chinaCalendar 或 createCalendar 创建的日历）'],
    session: ['an exam session (from getSession)', '考试场次（来自 getSession）'],
    'earliest-query': ['{ track, level, from }', '{ track, level, from }'],
    'materials-query': ['{ provided, claim }', '{ provided, claim }'],
    'material-list': ['a list of material ids', '材料 id 列表'],
    material: ['material', '材料'],
    clause: ['clause', '条款'],
    'exam-day-rule': ['exam-day rule', '考试日规则'],
    'policy-field': ['policy field', '政策字段'],
    materials: ['materials', '项材料'],
    clauses: ['clauses', '个条款'],
    'clause-count': ['clause', '个条款'],
  },
} as const satisfies IssueTexts;
