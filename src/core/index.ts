export { SkillcertError, formatIssuePath, type SkillcertErrorCode, type ValidationIssue, type IssuePath } from './errors.js';
export { isPlainDate, parsePlainDate, type PlainDate, type PlainDateInput } from './plain-date.js';
