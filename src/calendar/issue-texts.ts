/**
 * The calendar subpath's part of the issue-message table: the texts of the codes only the
 * calendar produces, and the names of what calendar data holds, `[English, Chinese]`.
 * @module
 */
import type { IssueTexts } from '../core/errors.js';

/**
 * The calendar's issue texts.
 *
 * @example
 * ```ts
 * CALENDAR_TEXTS.nouns.dates;
 * //=> ['dates', '个日期']
 * ```
 */
export const CALENDAR_TEXTS = {
  templates: {
    'uncovered-year': (p) => [
      `no official holiday schedule for ${p.year} in the calendar data (covered: ${p.covered}); pass { uncovered: 'estimate' } to estimate it [I-26], or { uncovered: 'weekends-only' }`,
      `日历数据中没有 ${p.year} 年的官方节假日安排（已有：${p.covered}）；如需按法定假日估算，请传入 { uncovered: 'estimate' }，或按周末估算：{ uncovered: 'weekends-only' }`,
    ],
    'outside-covered-years': (p) => [`${p.date} is not in a covered year (${p.covered})`, `${p.date} 不在数据覆盖的年份（${p.covered}）内`],
    'holiday-and-workday': (p) => [`${p.date} is listed both as a holiday and as a make-up working day`, `${p.date} 同时被列为节假日和调休上班日`],
    'not-published': (p) => [
      `${p.year} is not published yet (holiday-cn's placeholder: no notice, no days); it is not a year without holidays`,
      `${p.year} 年的放假安排尚未发布（holiday-cn 的占位文件：没有通知，也没有日期），不能当作全年无假日`,
    ],
    'duplicate-id': (p) => [`${p.id} is given twice (files ${p.at} and the later one)`, `${p.id} 年重复出现（第 ${p.at} 个文件已有）`],
    'no-holiday-data': (p) => {
      const reason = p.reason === undefined ? ['', ''] : [`: ${p.reason}`, `：${p.reason}`];
      return p.stage === 'load'
        ? [`the chinese-days holiday data could not be loaded${reason[0]}`, `无法加载 chinese-days 节假日数据${reason[1]}`]
        : [`the chinese-days holiday data could not be read${reason[0]}`, `chinese-days 节假日数据读取出错${reason[1]}`];
    },
    'beyond-calendar': (p) => [`${p.n} working days from ${p.date} falls outside the years 0001–9999`, `从 ${p.date} 起数 ${p.n} 个工作日，超出 0001–9999 年`],
  },
  nouns: {
    'calendar-data': ['calendar data as an object', '对象形式的日历数据'],
    'year-schedule': ['a year schedule as an object', '对象形式的年度安排'],
    'chinese-days-data': ['chinese-days data as an object', '对象形式的 chinese-days 数据'],
    'year-list': ['a list of covered years', '覆盖年份列表'],
    'date-map': ['a map from date to name', '日期到名称的映射'],
    'date-list-or-map': ['a list of dates or a map from date to name', '日期列表或日期到名称的映射'],
    'holiday-name': ['a name', '名称'],
    label: ['a text label', '文本标签'],
    'covered-years': ['covered years', '个覆盖年份'],
    'covered-year': ['covered year', '个覆盖年份'],
    dates: ['dates', '个日期'],
    date: ['date', '个日期'],
    'holiday-cn-files': ['holiday-cn files', '个 holiday-cn 文件'],
    'holiday-cn-file': ['holiday-cn file', '个 holiday-cn 文件'],
    'holiday-cn-file-object': ['a holiday-cn file { year, papers, days }', 'holiday-cn 文件对象 { year, papers, days }'],
    'notice-list': ["a list of the notices' addresses", '通知地址列表'],
    'holiday-cn-days': ['a list of days', '日期列表'],
    'holiday-cn-day': ['a day { name, date, isOffDay }', '日期对象 { name, date, isOffDay }'],
  },
} as const satisfies IssueTexts;
