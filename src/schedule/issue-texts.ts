/**
 * The schedule subpath's part of the issue-message table: the texts of the codes only the
 * schedule produces, and the names of what its arguments hold, `[English, Chinese]`.
 * @module
 */
import type { IssueTexts } from '../core/errors.js';
import { conflictingKeys } from '../core/issue-messages.js';

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
    'calendar-failed': (p) => [`the calendar could not answer: ${p.reason}`, `所用日历出错，没能给出结果：${p.reason}`],
    'conflicting-keys': conflictingKeys,
    'duplicate-id': (p) => [`session ${p.id} is listed twice`, `考试场次 ${p.id} 重复`],
    'no-open-session': (p) => [`no exam session of ${p.from}–${p.to} is open on ${p.date}`, `${p.date} 没有可报名的考试场次（${p.from}–${p.to} 年）`],
  },
  nouns: {
    calendar: ['a working-day calendar (chinaCalendar or one from createCalendar)', '工作日日历（chinaCalendar 或 createCalendar 创建的日历）'],
    session: ['an exam session (from getSession)', '考试场次（来自 getSession）'],
    'earliest-query': ['{ track, level, now }', '{ track, level, now }'],
    'materials-query': ['{ provided, claim }', '{ provided, claim }'],
    'material-list': ['a list of material ids', '材料 id 列表'],
    material: ['material', '材料'],
    clause: ['clause', '条款'],
    'exam-day-rule': ['exam-day rule', '考试日规则'],
    'policy-field': ['policy field', '政策字段'],
    materials: ['materials', '项材料'],
    clauses: ['clauses', '个条款'],
    'session-list': ['a list of exam sessions', '考试场次列表'],
    sessions: ['exam sessions', '个考试场次'],
    'session-id': ['a session id as YYYY-MM', 'YYYY-MM 格式的场次编号'],
    'date-span': ['{ from, to }', '{ from, to } 日期区间'],
    'provisional-list': ['a list of scoresFrom, certificatesBy, certificateQueryFrom', '由 scoresFrom、certificatesBy、certificateQueryFrom 组成的列表'],
    language: ['language', '语言'],
    'stamp-instant': ['a Date or epoch milliseconds', 'Date 或毫秒时间戳'],
    'exam-day': ['a day', '日期'],
    'clause-count': ['clause', '个条款'],
  },
} as const satisfies IssueTexts;
