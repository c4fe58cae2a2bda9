/**
 * `skillcert`: everything of the subpaths `skillcert/eligibility`, `skillcert/calendar`,
 * `skillcert/schedule` and `skillcert/scoring`, re-exported. `skillcert/testing` is not
 * re-exported here, since it needs the optional peer fast-check.
 * @module
 */
export * from './eligibility/index.js';
export * from './calendar/index.js';
export * from './schedule/index.js';
export * from './scoring/index.js';
export { formatIssuePath, type IssuePath, type SkillcertErrorOptions } from './core/errors.js';
