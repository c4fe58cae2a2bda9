/**
 * The shape of every text a person reads: the same words in Chinese and English.
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
