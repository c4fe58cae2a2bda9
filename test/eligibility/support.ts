// Shared helpers of the eligibility tests.
import { checkEligibility, type ClauseId, type ClauseOutcome, type EligibilityPolicy, type EligibilityResult, type Level, type ProfileInput, type TrackId } from '../../src/eligibility/index.js';

export const TRACK: TrackId = 'digital-manager';

/** A profile known to have nothing: no education, enrolment, work or certificates. */
export const NOTHING = { education: null, enrolment: null, work: [], certificates: [] } as const satisfies ProfileInput;

export function check(profile: ProfileInput, level: Level, asOf: string, policy?: Partial<EligibilityPolicy>, track: TrackId = TRACK): EligibilityResult {
  return checkEligibility(profile, { track, level, asOf, ...(policy === undefined ? {} : { policy }) });
}

export function clauseOf(result: EligibilityResult, id: ClauseId): ClauseOutcome {
  const found = result.clauses.find((clause) => clause.id === id);
  if (found === undefined) throw new Error(`no clause ${id} in the result for ${result.level}`);
  return found;
}

/** Whether one clause is met by a profile on a date. */
export function meets(profile: ProfileInput, id: ClauseId, asOf: string, policy?: Partial<EligibilityPolicy>, track: TrackId = TRACK): boolean {
  const level = id.slice(0, id.indexOf('.')) as Level;
  return clauseOf(check(profile, level, asOf, policy, track), id).met;
}

/** A profile of NOTHING plus the given fields. */
export function known(fields: ProfileInput): ProfileInput {
  return { ...NOTHING, ...fields };
}

/** One related work period. */
export function work(from: string, to?: string | null, related: boolean | TrackId[] = true): { from: string; to?: string | null; related: boolean | TrackId[] } {
  return to === undefined ? { from, related } : { from, to, related };
}
