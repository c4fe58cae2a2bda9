/**
 * Holiday names from the labels of the data.
 * @module
 */
import { invalidInput, wrongType } from '../core/errors.js';
import { CALENDAR_TEXTS } from './issue-texts.js';

/** A holiday's name in Chinese and English. */
export interface HolidayName {
  readonly zh: string;
  readonly en: string;
}

/**
 * The zh and en names in a chinese-days label `"English name,中文名,N"` (N, the length of
 * the holiday, is dropped). A label of any other form, or longer than 1,000 characters, is
 * used as both names.
 *
 * @example
 * ```ts
 * holidayNameOf('Mid-autumn Festival,中秋,1');
 * //=> { zh: '中秋', en: 'Mid-autumn Festival' }
 * holidayNameOf('Company day');
 * //=> { zh: 'Company day', en: 'Company day' }
 * ```
 */
export function holidayNameOf(label: string): HolidayName {
  if (typeof label !== 'string') throw invalidInput([wrongType(['label'], 'label', label, CALENDAR_TEXTS)]);
  if (label.length > 1000) return { zh: label, en: label };
  const parts = label.split(',').map((part) => part.trim());
  if (parts.length >= 3 && /^\d+$/.test(parts.at(-1) ?? '')) parts.pop();
  const zh = parts.at(-1) ?? '';
  const en = parts.slice(0, -1).join(', ');
  // One part leaves `en` empty.
  if (zh !== '' && en !== '') return { zh, en };
  return { zh: label, en: label };
}
