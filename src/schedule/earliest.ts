/**
 * The first exam session an applicant can sit, judged as of each session's registration
 * closing day [I-13].
 * @module
 */
import { chinaDateFrom, type Instant } from '../core/china-time.js';
import { invalidInput } from '../core/errors.js';
import { toDayNumber, type PlainDate } from '../core/plain-date.js';
import { describeValue } from '../core/describe-value.js';
import { checkEligibility, type EligibilityPolicy, type EligibilityResult, type Level, type ProfileArgument, type TrackId } from '../eligibility/index.js';
import { parseSessionOptions } from './options.js';
import { requireSessionClosingOnOrAfter, sessionClosingOnOrAfter } from './sessions.js';
import type { ExamSession, SessionOptions } from './types.js';

/** The question of {@link earliestSession}. */
export interface EarliestSessionQuery {
  /** The track applied for. */
  readonly track: TrackId;
  /** The level applied for. */
  readonly level: Level;
  /** Look from the session open on this day: a plain date, or an instant (its China date). */
  readonly from: PlainDate | Instant;
  /** Eligibility's switchable readings, passed on to `checkEligibility`. */
  readonly policy?: Partial<EligibilityPolicy>;
}

/** A session together with the eligibility check that admits the applicant to it. */
export interface SessionWithEligibility {
  readonly session: ExamSession;
  /** The check as of the session's `registrationCloses` [I-13]. */
  readonly eligibility: EligibilityResult;
}

/**
 * At most this many eligibility checks per search. Each check either answers or jumps ahead
 * to the first session on or after the applicant's `earliestEligibleOn`, so a search needs one
 * check per time eligibility is gained and lost again (enrolment ending, say): a handful.
 *
 * @example
 * ```ts
 * MAX_ELIGIBILITY_CHECKS;
 * //=> 240
 * ```
 */
export const MAX_ELIGIBILITY_CHECKS = 240;

// The fields are checked where they are used (`from` here, the rest by checkEligibility).
function readQuery(query: unknown): EarliestSessionQuery {
  const unreadable = () => invalidInput([{ path: [], message: `expected { track, level, from }, got ${describeValue(query)}` }]);
  if (typeof query !== 'object' || query === null) throw unreadable();
  try {
    const { track, level, from, policy } = query as EarliestSessionQuery;
    return policy === undefined ? { track, level, from } : { track, level, from, policy };
  } catch {
    throw unreadable(); // a hostile getter or proxy
  }
}

/**
 * The first session, from the one open on `from` onward, for which the applicant is eligible
 * as of its registration closing day [I-13], with that eligibility result. `null` when time
 * alone never makes them eligible ([I-14]: `earliestEligibleOn` is null), or not before the
 * last supported session (December 2100).
 *
 * The search jumps: when a check fails, the next session tried is the first whose
 * `registrationCloses` is on or after the check's `earliestEligibleOn`, and that session is
 * checked again, since eligibility can be lost as well as gained (a student's enrolment ends).
 *
 * Throws `invalid-input` (or `invalid-date`) for a bad `from` (path `['from']`), and whatever
 * `checkEligibility` throws for a bad profile, track, level or policy.
 *
 * @param profile - The applicant's facts (see `profileSchema`), validated at run time; pass input of unknown shape cast (`json as ProfileInput`).
 * @param query - `track`, `level`, `from`, and eligibility's `policy`.
 * @param options - The sessions' options, as for `getSession`.
 *
 * @example
 * ```ts
 * // High school and related work since 2024-03-01: junior.2's 2 years (730 days) are reached on 2026-02-28.
 * const profile = { education: { level: 'high-school' }, work: [{ from: '2024-03-01', related: true }] };
 * earliestSession(profile, { track: 'digital-manager', level: 'junior', from: '2025-11-28' })?.session.id;
 * //=> '2026-03'   (registration closes 2026-03-21)
 * earliestSession({ education: { level: 'master' }, work: [], enrolment: null, certificates: [] },
 *   { track: 'digital-manager', level: 'junior', from: '2026-11-28' });
 * //=> null   (no junior clause is ever met by time alone)
 * ```
 */
export function earliestSession<const P>(profile: P & ProfileArgument<P>, query: EarliestSessionQuery, options?: SessionOptions): SessionWithEligibility | null {
  const { track, level, from, policy } = readQuery(query);
  const fromDay = toDayNumber(chinaDateFrom(from, ['from']));
  const resolved = parseSessionOptions(options);
  let session: ExamSession | null = requireSessionClosingOnOrAfter(fromDay, resolved, ['from']);
  for (let checks = 0; checks < MAX_ELIGIBILITY_CHECKS && session !== null; checks++) {
    // `profile` is typed by the caller already: passed on as it is, validated by the check.
    const eligibility = checkEligibility(profile as unknown, { track, level, asOf: session.registrationCloses, ...(policy !== undefined && { policy }) });
    if (eligibility.eligible) return { session, eligibility };
    if (eligibility.earliestEligibleOn === null) return null;
    // Always move past this session, even if a result said otherwise.
    const next = Math.max(toDayNumber(eligibility.earliestEligibleOn), toDayNumber(session.registrationCloses) + 1);
    session = sessionClosingOnOrAfter(next, resolved);
  }
  return null;
}
