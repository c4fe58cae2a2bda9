/**
 * The question asked of a profile (track, level, as-of date, policy) and its validation.
 * @module
 */
import * as z from 'zod/mini';
import { SkillcertError } from '../core/errors.js';
import type { PlainDate } from '../core/plain-date.js';
import { describeValue, parseInput, plainDateSchema } from '../core/validation.js';
import type { Level, TrackId } from './catalog.js';
import { eligibilitySchemas } from './profile.js';

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
export const DEFAULT_ELIGIBILITY_POLICY: Readonly<EligibilityPolicy> = { continuityGapDays: 0, progressionSameTrackOnly: false };

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
  /** Switches of the *(policy)* readings; missing ones take their defaults. */
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

interface QuerySchemas {
  readonly withLevel: z.ZodMiniType<{ track: TrackId; level: Level; asOf: PlainDate; policy?: Partial<EligibilityPolicy> }>;
  readonly withoutLevel: z.ZodMiniType<{ track: TrackId; asOf: PlainDate; policy?: Partial<EligibilityPolicy> }>;
}

let built: QuerySchemas | undefined;

function querySchemas(): QuerySchemas {
  if (built !== undefined) return built;
  const { track, level } = eligibilitySchemas();
  const policy = z.optional(
    z.object(
      {
        continuityGapDays: z.optional(
          z.custom<number>((value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 366, {
            error: (issue) => `expected a whole number of days from 0 to 366, got ${describeValue(issue.input)}`,
          }),
        ),
        progressionSameTrackOnly: z.optional(z.custom<boolean>((value) => typeof value === 'boolean', { error: 'expected true or false' })),
      },
      { error: 'expected a policy object' },
    ),
  );
  const asOf = plainDateSchema;
  const error = 'expected a query object { track, level, asOf }';
  built = {
    withLevel: z.object({ track, level, asOf, policy }, { error }),
    withoutLevel: z.object({ track, asOf, policy }, { error }),
  };
  return built;
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
  const schemas = querySchemas();
  let parsed: { track: TrackId; level?: Level; asOf: PlainDate; policy?: Partial<EligibilityPolicy> };
  try {
    parsed = parseInput(withLevel ? schemas.withLevel : schemas.withoutLevel, query);
  } catch (error) {
    throw asDateError(error);
  }
  const given = parsed.policy;
  const policy: EligibilityPolicy = {
    continuityGapDays: given?.continuityGapDays ?? DEFAULT_ELIGIBILITY_POLICY.continuityGapDays,
    progressionSameTrackOnly: given?.progressionSameTrackOnly ?? DEFAULT_ELIGIBILITY_POLICY.progressionSameTrackOnly,
  };
  return { track: parsed.track, level: parsed.level as Level, asOf: parsed.asOf, policy };
}

// The one problem being the date is reported with the date code, as everywhere else.
function asDateError(error: unknown): unknown {
  if (!(error instanceof SkillcertError) || error.issues.length !== 1 || error.issues[0]?.path.join() !== 'asOf') return error;
  return new SkillcertError('invalid-date', error.message, { issues: error.issues });
}
