/**
 * The first exam session an applicant can sit, judged as of each session's registration
 * closing day [I-13].
 * @module
 */
import { readRenamed } from '../core/renamed.js';
import { own } from '../core/own.js';
import { chinaDateFrom, type Instant } from '../core/china-time.js';
import { invalidInput, issue, wrongType } from '../core/errors.js';
import { SCHEDULE_TEXTS } from './issue-texts.js';
import { toDayNumber, type PlainDate } from '../core/plain-date.js';
import { describeValue } from '../core/describe-value.js';
import { checkEligibility, type EligibilityPolicy, type EligibilityResult, type Level, type ProfileArgument, type TrackId } from '../eligibility/index.js';
import { parseQuery } from '../eligibility/query.js';
import { readProfile } from '../eligibility/reader.js';
import { parseSessionOptions } from './options.js';
import { requireSessionClosingOnOrAfter, sessionClosingOnOrAfter } from './sessions.js';
import type { ExamSession, SessionOptions } from './types.js';

/** The question of {@link earliestSession}. */
export interface EarliestSessionQuery {
  /** The track applied for. */
  readonly track: TrackId;
  /** The level applied for. */
  readonly level: Level;
  /**
   * "Now": look from the session open on this day — a plain date, or an instant (its China
   * date), as `nextOpenSession(now)` takes it. Required (under this name or `from`).
   */
  readonly now?: PlainDate | Instant;
  /** @deprecated Since 0.2: the same as `now` (its 0.1 name); still read. Give one of the two. */
  readonly from?: PlainDate | Instant;
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

interface ReadQuery {
  readonly track: TrackId;
  readonly level: Level;
  readonly policy: Partial<EligibilityPolicy> | undefined;
  /** The "now" given, and the name it was given under (for issue paths). */
  readonly now: { readonly value: PlainDate | Instant | undefined; readonly name: 'now' | 'from' };
}

// The fields are checked where they are used (`now` here, the rest by checkEligibility).
function readQuery(query: unknown): ReadQuery {
  const unreadable = () => invalidInput([wrongType([], 'earliest-query', query, SCHEDULE_TEXTS)]);
  if (typeof query !== 'object' || query === null) throw unreadable();
  let read: EarliestSessionQuery;
  try {
    // Own properties only, each read once (issue 14, findings 5 and 7).
    const [track, level, now, from, policy] = (['track', 'level', 'now', 'from', 'policy'] as const).map((key) => own(query, key)) as [
      TrackId,
      Level,
      PlainDate | Instant | undefined,
      PlainDate | Instant | undefined,
      Partial<EligibilityPolicy> | undefined,
    ];
    read = { track, level, now, from, policy };
  } catch {
    throw unreadable(); // a hostile getter or proxy
  }
  // One API: `now` is the name for "now" everywhere; `from` is its deprecated 0.1 name.
  const now = readRenamed(read, 'now', 'from', SCHEDULE_TEXTS) as ReadQuery['now'];
  // `policy` always an own field, even when absent: read from a polluted Object.prototype otherwise.
  return { track: read.track, level: read.level, now, policy: read.policy };
}

/**
 * The first session, from the one open on `now` onward, for which the applicant is eligible
 * as of its registration closing day [I-13], with that eligibility result. `null` when time
 * alone never makes them eligible ([I-14]: `earliestEligibleOn` is null), or not before the
 * last supported session (December 2100).
 *
 * The search jumps: when a check fails, the next session tried is the first whose
 * `registrationCloses` is on or after the check's `earliestEligibleOn`, and that session is
 * checked again, since eligibility can be lost as well as gained (a student's enrolment ends).
 *
 * Throws `invalid-input` (or `invalid-date`) for a bad `now` (path `['now']`, or `['from']` when
 * given under its deprecated name), for both names at once, and whatever
 * `checkEligibility` throws for a bad profile, track, level or policy.
 *
 * @param profile - The applicant's facts (see `profileSchema`), validated at run time; pass input of unknown shape cast (`json as ProfileInput`).
 * @param query - `track`, `level`, `now` (`from` is its deprecated name), and eligibility's `policy`.
 * @param options - The sessions' options, as for `getSession`.
 *
 * @example
 * ```ts
 * // High school and related work since 2024-03-01: junior.2's 2 years (730 days) are reached on 2026-02-28.
 * const profile = { education: { level: 'high-school' }, work: [{ from: '2024-03-01', related: true }] };
 * earliestSession(profile, { track: 'digital-manager', level: 'junior', now: '2025-11-28' })?.session.id;
 * //=> '2026-03'   (registration closes 2026-03-21)
 * earliestSession({ education: { level: 'master' }, work: [], enrolment: null, certificates: [] },
 *   { track: 'digital-manager', level: 'junior', now: '2026-11-28' });
 * //=> null   (no junior clause is ever met by time alone)
 * ```
 */
export function earliestSession<const P>(profile: P & ProfileArgument<P>, query: EarliestSessionQuery, options?: SessionOptions): SessionWithEligibility | null {
  const { track, level, now, policy } = readQuery(query);
  // Absent under both names: chinaDateFrom reports it missing at ['now'].
  const fromDay = toDayNumber(chinaDateFrom(now.value as PlainDate, [now.name]));
  const resolved = parseSessionOptions(options);
  let session: ExamSession | null = requireSessionClosingOnOrAfter(fromDay, resolved, [now.name]);
  // The query's policy and the profile are read once, in checkEligibility's order, into the
  // library's own plain copies (issue 14, finding 5): a getter that answers differently on a
  // later read cannot change the search.
  const parsed = parseQuery({ track, level, asOf: session.registrationCloses, ...(policy !== undefined && { policy }) }, true);
  const read = readProfile(profile);
  for (let checks = 0; checks < MAX_ELIGIBILITY_CHECKS && session !== null; checks++) {
    const eligibility = checkEligibility(read as unknown, { track: parsed.track, level: parsed.level, asOf: session.registrationCloses, policy: parsed.policy });
    if (eligibility.eligible) return { session, eligibility };
    if (eligibility.earliestEligibleOn === null) return null;
    // Always move past this session, even if a result said otherwise.
    const next = Math.max(toDayNumber(eligibility.earliestEligibleOn), toDayNumber(session.registrationCloses) + 1);
    session = sessionClosingOnOrAfter(next, resolved);
  }
  return null;
}
