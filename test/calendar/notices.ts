// chinese-days' JSON corrected by what the notices themselves say [I-24], for the plain
// references of the tests. Written from the notices (国办发明电〔2005〕35号: 2005-12-31 上班;
// 〔2010〕40号 and 〔2011〕45号: 端午节 6月4日至6日 / 6月22日至24日放假公休; 国发明电〔2015〕1号:
// 9月3日至5日调休放假; 〔2018〕15号: 清明节、端午节、中秋节 "与周末连休"), not from src/calendar.
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

const MAKEUP_WORKDAYS = { '2005-12-31': "New Year's Day,元旦" };
const HOLIDAYS = {
  '2011-06-05': 'Dragon Boat Festival,端午节',
  '2012-06-23': 'Dragon Boat Festival,端午节',
  '2015-09-05': 'Anti-Fascist 70th Day,中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
};
/** Weekends the 2019 notice only joins to a holiday: plain weekends. */
export const JOINED_WEEKENDS = ['2019-04-06', '2019-04-07', '2019-06-08', '2019-06-09', '2019-09-14', '2019-09-15'];

/** The corrected days (holidays and make-up working days, each a map from date to label). */
export const NOTICE_DAYS: { holidays: Record<string, string>; workdays: Record<string, string> } = {
  holidays: Object.fromEntries(
    [...Object.entries(chineseDays.holidays), ...Object.entries(HOLIDAYS)].filter(([date]) => !JOINED_WEEKENDS.includes(date)),
  ),
  workdays: { ...chineseDays.workdays, ...MAKEUP_WORKDAYS },
};
