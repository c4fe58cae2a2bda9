/**
 * The calendar's fast reader of `"YYYY-MM-DD"`, which lives in the core so that
 * `isPlainDate` shares it (one date reader in every bundle).
 * @module
 */
export { dayNumberOfText } from '../core/plain-date.js';
