/**
 * Holiday names as the notices write them ([I-24]): 清明节, 端午节, 中秋节, and 国庆节、中秋节 for
 * the days of a merged block, each with its English name. One table, read by the errata, by
 * holiday-cn files and by the estimate.
 * @module
 */
import { deepFreeze } from '../core/freeze.js';
import { holidayNameOf, type HolidayName } from './holiday-name.js';

/**
 * Every holiday a notice or the law names, zh and en.
 *
 * @example
 * ```ts
 * NOTICE_HOLIDAYS.midAutumn.zh;
 * //=> '中秋节'
 * ```
 */
// Deep-frozen, as every exported constant (issue 14, finding 3).
export const NOTICE_HOLIDAYS = /* @__PURE__ */ deepFreeze({
  newYear: { zh: '元旦', en: "New Year's Day" },
  springFestival: { zh: '春节', en: 'Spring Festival' },
  qingming: { zh: '清明节', en: 'Tomb-sweeping Day' },
  labourDay: { zh: '劳动节', en: 'Labour Day' },
  dragonBoat: { zh: '端午节', en: 'Dragon Boat Festival' },
  midAutumn: { zh: '中秋节', en: 'Mid-autumn Festival' },
  nationalDay: { zh: '国庆节', en: 'National Day' },
  nationalDayMidAutumn: { zh: '国庆节、中秋节', en: 'National Day and Mid-autumn Festival' },
  victoryDay70: {
    zh: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
    en: "70th anniversary of the victory of the Chinese People's War of Resistance Against Japanese Aggression and the World Anti-Fascist War",
  },
} as const satisfies Record<string, HolidayName>);

/** The key of a holiday in {@link NOTICE_HOLIDAYS}. */
export type NoticeHoliday = keyof typeof NOTICE_HOLIDAYS;

// The Chinese names the data sources use (chinese-days' short ones, holiday-cn's merged block
// in either order), to our key.
const ALIASES: Readonly<Record<string, NoticeHoliday>> = {
  元旦: 'newYear',
  春节: 'springFestival',
  清明: 'qingming',
  清明节: 'qingming',
  劳动节: 'labourDay',
  五一: 'labourDay',
  端午: 'dragonBoat',
  端午节: 'dragonBoat',
  中秋: 'midAutumn',
  中秋节: 'midAutumn',
  国庆: 'nationalDay',
  国庆节: 'nationalDay',
  '国庆节、中秋节': 'nationalDayMidAutumn',
  '中秋节、国庆节': 'nationalDayMidAutumn',
};

/**
 * The holiday a Chinese name (or a chinese-days label `"English,中文,N"`) stands for, or
 * `undefined` when it is none the notices use.
 *
 * @example
 * ```ts
 * noticeHolidayOf('Mid-autumn Festival,中秋,1');
 * //=> 'midAutumn'
 * noticeHolidayOf('中秋节、国庆节');
 * //=> 'nationalDayMidAutumn'
 * ```
 */
export function noticeHolidayOf(label: string): NoticeHoliday | undefined {
  const zh = holidayNameOf(label).zh;
  if (Object.hasOwn(ALIASES, zh)) return ALIASES[zh];
  return zh.includes('反法西斯战争胜利70周年') ? 'victoryDay70' : undefined;
}

/**
 * The label the calendar stores for a holiday: `"English,中文"`, which `holidayNameOf` reads back.
 *
 * @example
 * ```ts
 * holidayNameOf(noticeLabel('qingming'));
 * //=> { zh: '清明节', en: 'Tomb-sweeping Day' }
 * ```
 */
export function noticeLabel(holiday: NoticeHoliday): string {
  const { zh, en } = NOTICE_HOLIDAYS[holiday];
  return `${en},${zh}`;
}

/**
 * A data label rewritten to the notices' name (a label of no known holiday is kept as given).
 *
 * @example
 * ```ts
 * toNoticeLabel('Tomb-sweeping Day,清明,1');
 * //=> 'Tomb-sweeping Day,清明节'
 * ```
 */
export function toNoticeLabel(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const holiday = noticeHolidayOf(label);
  return holiday === undefined ? label : noticeLabel(holiday);
}
