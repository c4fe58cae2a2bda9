/**
 * The question asked of a profile (track, level, as-of date, policy) and its validation,
 * written by hand (no zod): a query is read on every check.
 * @module
 */
import { own } from '../core/own.js';
import { deepFreeze } from '../core/freeze.js';
import { invalidInput, issue, readGuarded, SkillcertError, wrongType, type ValidationIssue } from '../core/errors.js';
import { describeValue } from '../core/describe-value.js';
import type { PlainDate } from '../core/plain-date.js';
import { ELIGIBILITY_TEXTS as TEXTS } from './issue-texts.js';
import type { Level, TrackId } from './catalog.js';
import { isObjectLike, levelReader, pushIssue, type Issues, readDate, readObject, settleOptional, settleRequired, trackReader } from './reader.js';

/**
 * The switches of the readings marked *(policy)* in RULES.md. Every default is the
 * documented reading.
 *
 * @example
 * ```ts
 * checkEligibility(profile, { track: 'digital-manager', level: 'senior', asOf: '2026-05-01', policy: { continuityGapDays: 31 } });
 * ```
 */
export interface EligibilityPolicy {
  /**
   * Days of gap between two related work periods that still leave one continuous run
   * ([I-3]). Default 0: only periods that overlap or touch (the next starts the day after
   * the previous ends) form one run. At most 366. The bridged days count towards the run's
   * length, not towards cumulative experience.
   */
  continuityGapDays: number;
  /**
   * Whether intermediate.6 / senior.6 accept only this scheme's certificate of the same
   * track ([I-10]). Default false: any track.
   */
  progressionSameTrackOnly: boolean;
}

/**
 * The documented readings: no gap tolerance, any track for progression.
 *
 * @example
 * ```ts
 * DEFAULT_ELIGIBILITY_POLICY.continuityGapDays;
 * //=> 0
 * ```
 */
export const DEFAULT_ELIGIBILITY_POLICY: Readonly<EligibilityPolicy> = /* @__PURE__ */ deepFreeze({ continuityGapDays: 0, progressionSameTrackOnly: false });

/**
 * The question of `experienceOf` and `checkAllLevels`.
 *
 * @example
 * ```ts
 * const query: TrackQuery = { track: 'internet-marketer', asOf: '2026-11-21' };
 * ```
 */
export interface TrackQuery {
  /** The track applied for. */
  track: TrackId;
  /** The date the facts are judged on ([I-13]): a `"YYYY-MM-DD"` China date. */
  asOf: PlainDate | string;
  /** Switches of the *(policy)* readings; missing ones take their defaults, an unknown one is `invalid-input`. */
  policy?: Partial<EligibilityPolicy>;
}

/**
 * The question of `checkEligibility`.
 *
 * @example
 * ```ts
 * const query: EligibilityQuery = { track: 'digital-manager', level: 'junior', asOf: '2026-11-21' };
 * ```
 */
export interface EligibilityQuery extends TrackQuery {
  /** The level applied for. */
  level: Level;
}

/** A validated query. */
export interface ParsedQuery {
  readonly track: TrackId;
  readonly level: Level;
  readonly asOf: PlainDate;
  readonly policy: Readonly<EligibilityPolicy>;
}

// The query's policy switches: absent ones are left out, each checked at its own path.
const POLICY_KEYS = [
  ['continuityGapDays', readGapDays],
  ['progressionSameTrackOnly', readSwitch],
] as const;

function readGapDays(value: unknown, issues: Issues): unknown {
  if (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 366) return value;
  return pushIssue(issues, issue([], 'out-of-range', { what: 'gap-days', min: 0, max: 366, value: describeValue(value) }, TEXTS));
}

function readSwitch(value: unknown, issues: Issues): unknown {
  return typeof value === 'boolean' ? value : pushIssue(issues, wrongType([], 'boolean', value, TEXTS));
}

function readPolicy(value: unknown, issues: Issues): unknown {
  const policy = readObject(value, issues, 'policy', POLICY_KEYS);
  // A misspelt switch would leave its reading at the default without a word: an issue instead.
  if (policy !== undefined) {
    for (const key of Object.keys(value as object)) {
      if (!POLICY_KEYS.some(([name]) => name === key)) pushIssue(issues, unknownSwitch(key));
    }
  }
  return policy;
}

/**
 * The issue of a key of the eligibility policy that names no switch (at `[key]`).
 *
 * @example
 * ```ts
 * unknownSwitch('continuityGapDay').message.en;
 * //=> 'unknown policy switch: continuityGapDay (expected continuityGapDays or progressionSameTrackOnly)'
 * ```
 */
export function unknownSwitch(key: string): ValidationIssue {
  return issue([key], 'unknown-key', { what: 'policy-switch', key, expected: POLICY_KEYS.map(([name]) => name).join(' or ') }, TEXTS);
}

// The query's keys spelled out, as readProfile does: a literal property read is several
// times faster than readObject's `value[key]`, and every check reads a query. Same order of
// reads and the same issues as readObject (read the key, check it, then ask `in`).
function readQueryObject(query: unknown, issues: Issues, withLevel: boolean): Record<string, unknown> | undefined {
  if (!isObjectLike(query)) return pushIssue(issues, wrongType([], 'query', query, TEXTS));
  const out: Record<string, unknown> = {};
  let at = issues.length;
  const track = trackReader()(own(query, 'track'), issues);
  if (settleRequired(issues, at, 'track', Object.hasOwn(query, 'track'))) out.track = track;
  if (withLevel) {
    at = issues.length;
    const level = levelReader()(own(query, 'level'), issues);
    if (settleRequired(issues, at, 'level', Object.hasOwn(query, 'level'))) out.level = level;
  }
  at = issues.length;
  const asOf = readDate(own(query, 'asOf'), issues);
  if (settleRequired(issues, at, 'asOf', Object.hasOwn(query, 'asOf'))) out.asOf = asOf;
  at = issues.length;
  const given = own(query, 'policy');
  const policy = given === undefined ? undefined : readPolicy(given, issues);
  if (settleOptional(issues, at, 'policy', Object.hasOwn(query, 'policy'))) out.policy = policy;
  return out;
}

/**
 * Validates a query. A bad `asOf` alone is `invalid-date`; anything else (or more than one
 * problem) is `invalid-input` listing every problem with its path (`['track']`).
 *
 * @example
 * ```ts
 * parseQuery({ track: 'digital-manager', level: 'junior', asOf: '2026-05-01' }, true).policy;
 * //=> { continuityGapDays: 0, progressionSameTrackOnly: false }
 * ```
 */
export function parseQuery(query: unknown, withLevel: true): ParsedQuery;
export function parseQuery(query: unknown, withLevel: false): Omit<ParsedQuery, 'level'>;
export function parseQuery(query: unknown, withLevel: boolean): ParsedQuery | Omit<ParsedQuery, 'level'> {
  const parsed = readGuarded(() => {
    const issues: Issues = [];
    const read = readQueryObject(query, issues, withLevel);
    if (issues.length > 0) throw asDateError(invalidInput(issues));
    return read as { track: TrackId; level?: Level; asOf: PlainDate; policy?: Partial<EligibilityPolicy> };
  });
  const given = own(parsed, 'policy') as Partial<EligibilityPolicy> | undefined;
  const policy: EligibilityPolicy = {
    continuityGapDays: (given && (own(given, 'continuityGapDays') as number | undefined)) ?? DEFAULT_ELIGIBILITY_POLICY.continuityGapDays,
    progressionSameTrackOnly: (given && (own(given, 'progressionSameTrackOnly') as boolean | undefined)) ?? DEFAULT_ELIGIBILITY_POLICY.progressionSameTrackOnly,
  };
  return { track: parsed.track, level: parsed.level as Level, asOf: parsed.asOf, policy };
}

// The one problem being the date is reported with the date code, as everywhere else.
function asDateError(error: SkillcertError): SkillcertError {
  if (error.issues.length !== 1 || error.issues[0]?.path.join() !== 'asOf') return error;
  return new SkillcertError('invalid-date', error.message, { issues: error.issues, text: error.text });
}
