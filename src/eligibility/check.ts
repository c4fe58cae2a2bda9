/**
 * Eligibility of a profile for a track and level as of a date (第三部分 五): every clause of
 * the level judged from its data, the earliest date on which time alone makes the applicant
 * eligible [I-14], and which unknown facts could change the answer.
 * @module
 */
import { copyData } from '../core/freeze.js';
import { fromDayNumber, LAST_PLAIN_DAY, type PlainDate } from '../core/plain-date.js';
import type { Bilingual, Level, TrackId } from './catalog.js';
import { CLAUSES, RULES_VERSION, type BrochureLocation, type ClauseId } from './clauses.js';
import type { ProfileArgument } from './profile.js';
import { nextStepsOf, type NextStep } from './next-steps.js';
import { readProfile } from './reader.js';
import { parseQuery, type EligibilityQuery, type TrackQuery } from './query.js';
import { assessRequirement, prepareRequirement, type PreparedRequirement, type RequirementOutcome } from './requirements.js';
import { Situation } from './situation.js';

/**
 * How one clause fared.
 *
 * @example
 * ```ts
 * checkEligibility(profile, query).clauses[2];
 * //=> { id: 'intermediate.3', met: false, metOn: '2026-05-31', source: { section: '第三部分 五 2', item: '(3)' }, text: { … }, requirements: [ … ], missing: [] }
 * ```
 */
export interface ClauseOutcome {
  /** `'junior.1'` … `'senior.7'`. */
  readonly id: ClauseId;
  /** Whether every requirement holds on the as-of date. */
  readonly met: boolean;
  /** The earliest date ≥ as-of on which it holds if time alone passes; null if never. */
  readonly metOn: PlainDate | null;
  /** Where the brochure states it. */
  readonly source: BrochureLocation;
  /** Our own wording of the clause. */
  readonly text: Bilingual;
  /** Each requirement, required against actual. */
  readonly requirements: readonly RequirementOutcome[];
  /** Profile paths whose absence leaves this clause open (empty unless answering them could meet it). */
  readonly missing: readonly string[];
}

/**
 * What every {@link EligibilityResult} carries, whatever its status.
 *
 * @example
 * ```ts
 * const { satisfiedBy, clauses, missing, nextSteps }: EligibilityResultBase = checkEligibility(profile, query);
 * ```
 */
export interface EligibilityResultBase {
  readonly track: TrackId;
  readonly level: Level;
  readonly asOf: PlainDate;
  /** The clauses met on the as-of date, e.g. `['junior.3']`. */
  readonly satisfiedBy: readonly ClauseId[];
  /** Every clause of the level, in brochure order. */
  readonly clauses: readonly ClauseOutcome[];
  /** Profile paths (`'education'`, `'work'`, …) whose absence leaves the answer open. */
  readonly missing: readonly string[];
  /**
   * The ways from this result to eligible, best first (see {@link NextStep}): answer steps
   * (one unknown field, eligible now), wait steps (earliest first), obtain steps (fewest
   * needs first). Empty when eligible; may be empty too when only several answers together,
   * or answers and time together, could make the applicant eligible (then `missing` says what to ask).
   */
  readonly nextSteps: readonly NextStep[];
  /** The rule set and readings the answer follows. */
  readonly rulesVersion: string;
}

/**
 * An eligible answer: some clause is met on the as-of date.
 *
 * @example
 * ```ts
 * const result = checkEligibility(profile, query);
 * if (result.status === 'eligible') result.earliestEligibleOn; // a PlainDate: the as-of date
 * ```
 */
export interface EligibleResult extends EligibilityResultBase {
  readonly status: 'eligible';
  readonly eligible: true;
  /** Equals `asOf` ([I-14]). */
  readonly earliestEligibleOn: PlainDate;
}

/**
 * A not-eligible answer. `incomplete`: not eligible on the known facts, but an unknown (absent)
 * fact could make it so (`missing` names them); `ineligible`: nothing unknown could.
 *
 * @example
 * ```ts
 * const result = checkEligibility(profile, query);
 * if (result.status !== 'eligible') result.nextSteps[0]?.message.zh;
 * //=> '2027-03-15 起可报名：连续从事相关工作 8 个月，需满 1 年（第三部分 五 2(3)）'
 * ```
 */
export interface NotEligibleResult extends EligibilityResultBase {
  readonly status: 'ineligible' | 'incomplete';
  readonly eligible: false;
  /** The first date after as-of on which some clause holds by time alone; null if never ([I-14]). */
  readonly earliestEligibleOn: PlainDate | null;
}

/**
 * The answer of {@link checkEligibility}: a union discriminated by `status` (and `eligible`).
 *
 * @example
 * ```ts
 * const { status, satisfiedBy, earliestEligibleOn } = checkEligibility(profile, query);
 * //=> 'eligible', ['junior.3'], '2026-05-01'
 * ```
 */
export type EligibilityResult = EligibleResult | NotEligibleResult;

/**
 * Related work experience for a track as of a date ([I-3]–[I-5]).
 *
 * @example
 * ```ts
 * experienceOf({ work: [] }, { track: 'digital-manager', asOf: '2026-05-01' });
 * //=> { cumulativeDays: 0, cumulativeYears: 0, longestContinuous: null, missing: [] }
 * ```
 */
export interface Experience {
  /** Distinct related days up to and including as-of. */
  readonly cumulativeDays: number;
  /** `floor(cumulativeDays / 365)`. */
  readonly cumulativeYears: number;
  /** The longest continuous run up to as-of, with its full years; null without related work. */
  readonly longestContinuous: { readonly from: PlainDate; readonly to: PlainDate; readonly years: number } | null;
  /** `['work']` when the work history was left out (then the figures are zero). */
  readonly missing: readonly string[];
}

// Fixed order of the paths a result can name as missing.
const MISSING_ORDER = ['education', 'education.relatedMajor', 'enrolment', 'enrolment.relatedMajor', 'work', 'certificates'];

interface PreparedClause {
  readonly id: ClauseId;
  readonly source: BrochureLocation;
  readonly text: Bilingual;
  readonly requirements: readonly PreparedRequirement[];
}

let prepared: Record<Level, PreparedClause[]> | undefined;

// The clauses of each level with their requirements and wording prepared, built on first use.
function clausesOf(level: Level): readonly PreparedClause[] {
  if (prepared === undefined) {
    prepared = { junior: [], intermediate: [], senior: [] };
    for (const { id, level: of, source, text, requirements } of CLAUSES) prepared[of].push({ id, source, text, requirements: requirements.map(prepareRequirement) });
  }
  return prepared[level];
}

const NONE: readonly string[] = Object.freeze([]);

// The hot path of every check: plain loops, no closures, shared empty lists.
function judgeLevel(situation: Situation, level: Level): EligibilityResult {
  const { asOf } = situation;
  const levelClauses = clausesOf(level);
  // Lists made at their final length: a pushed-to `[]` first grows a 17-slot backing store.
  const clauses: ClauseOutcome[] = new Array(levelClauses.length);
  const satisfiedBy: ClauseId[] = [];
  let open: string[] | undefined;
  let earliest = Infinity;
  for (let c = 0; c < levelClauses.length; c++) {
    const clause = levelClauses[c] as PreparedClause;
    const prepared = clause.requirements;
    let from = asOf;
    let to = Infinity;
    let couldBeMet = true;
    let missing: string[] | undefined;
    const requirements: RequirementOutcome[] = new Array(prepared.length);
    for (let r = 0; r < prepared.length; r++) {
      const { outcome, holds } = assessRequirement(prepared[r] as PreparedRequirement, situation, level);
      // The outcome may be shared (cached across checks): the result gets its own copy.
      requirements[r] = copyData(outcome);
      // A clause holds on the days all its requirements hold: the intersection of intervals.
      if (holds === null) {
        from = Infinity;
        to = -Infinity;
      } else {
        if (holds.from > from) from = holds.from;
        if (holds.to < to) to = holds.to;
      }
      if (outcome.missing.length > 0) (missing ??= []).push(...outcome.missing);
      else if (!outcome.met) couldBeMet = false;
    }
    const met = from === asOf && to >= asOf;
    // A day after 9999-12-31 cannot be written as a plain date: past the calendar, never.
    const metOn = from <= to && from <= LAST_PLAIN_DAY ? from : null;
    if (metOn !== null && metOn < earliest) earliest = metOn;
    if (met) satisfiedBy.push(clause.id);
    const stillOpen = met || !couldBeMet || missing === undefined ? NONE : inOrder(missing);
    if (stillOpen.length > 0) (open ??= []).push(...stillOpen);
    clauses[c] = {
      id: clause.id,
      met,
      metOn: metOn === null ? null : situation.dateOf(metOn),
      // Fresh objects: a result is the caller's own (issue 14, finding 2).
      source: { section: clause.source.section, item: clause.source.item },
      text: { zh: clause.text.zh, en: clause.text.en },
      requirements,
      missing: stillOpen === NONE ? [] : stillOpen,
    };
  }
  const eligible = satisfiedBy.length > 0;
  const missing = eligible || open === undefined ? [] : inOrder(open);
  // Written out in one key order for every status (the order of JSON output).
  if (eligible) {
    const asOfDate = situation.asOfDate;
    return { status: 'eligible', eligible, track: situation.track, level, asOf: asOfDate, satisfiedBy, clauses, earliestEligibleOn: asOfDate, missing, nextSteps: [], rulesVersion: RULES_VERSION };
  }
  return {
    status: missing.length > 0 ? 'incomplete' : 'ineligible',
    eligible,
    track: situation.track,
    level,
    asOf: situation.asOfDate,
    satisfiedBy,
    clauses,
    earliestEligibleOn: earliest === Infinity ? null : situation.dateOf(earliest),
    missing,
    nextSteps: nextStepsOf(situation, level, levelClauses),
    rulesVersion: RULES_VERSION,
  };
}

// Paths in a fixed order, each once.
function inOrder(paths: readonly string[]): string[] {
  const ordered: string[] = [];
  for (const path of MISSING_ORDER) if (paths.includes(path)) ordered.push(path);
  return ordered;
}

/**
 * Whether a profile may apply for a track and level as of a date: any one clause of the
 * level suffices (第三部分 五). The profile is typed {@link ProfileInput} and still validated
 * here at run time; a bad profile or query throws `SkillcertError` `invalid-input` listing
 * every problem with its path (a bad `asOf` alone: `invalid-date`). Input of unknown shape
 * (parsed JSON, a form) is passed as it is, cast: `checkEligibility(json as ProfileInput, query)`.
 *
 * When not eligible, `nextSteps` says how to get there, best first.
 *
 * @example
 * ```ts
 * const result = checkEligibility(
 *   { education: { level: 'bachelor' }, work: [{ from: '2025-01-01', related: true }] },
 *   { track: 'digital-manager', level: 'intermediate', asOf: '2025-10-01' },
 * );
 * result.status;
 * //=> 'incomplete'   (education.relatedMajor and certificates are not given)
 * result.missing;
 * //=> ['education.relatedMajor', 'certificates']
 * result.earliestEligibleOn;
 * //=> '2025-12-31'   (intermediate.3: one full year of continuous work)
 * result.nextSteps.map((step) => [step.kind, step.field ?? step.on]);
 * //=> [['answer', 'education.relatedMajor'], ['answer', 'certificates'], ['wait', '2025-12-31'], …]
 * ```
 */
export function checkEligibility<const P>(profile: P & ProfileArgument<P>, query: EligibilityQuery): EligibilityResult {
  const { track, level, asOf, policy } = parseQuery(query, true);
  return judgeLevel(new Situation(readProfile(profile), track, asOf, policy), level);
}

/**
 * {@link checkEligibility} for all three levels at once (the profile is validated once).
 *
 * @example
 * ```ts
 * const results = checkAllLevels({ education: { level: 'master' }, work: [], enrolment: null, certificates: [] }, { track: 'digital-manager', asOf: '2026-05-01' });
 * [results.junior.eligible, results.intermediate.eligible, results.senior.eligible];
 * //=> [false, true, false]   ([I-12]: intermediate.4 needs no experience; no junior clause does)
 * ```
 */
export function checkAllLevels<const P>(profile: P & ProfileArgument<P>, query: TrackQuery): Record<Level, EligibilityResult> {
  const { track, asOf, policy } = parseQuery(query, false);
  const situation = new Situation(readProfile(profile), track, asOf, policy);
  // A literal in LEVEL_IDS order: filling `{}` by a varying key builds the object key by key.
  return { junior: judgeLevel(situation, 'junior'), intermediate: judgeLevel(situation, 'intermediate'), senior: judgeLevel(situation, 'senior') };
}

/**
 * Related work experience for a track as of a date: distinct days covered [I-5] and the
 * longest continuous run with its full years [I-3], [I-4].
 *
 * @example
 * ```ts
 * experienceOf({ work: [{ from: '2024-02-29', to: '2025-02-27', related: true }] }, { track: 'digital-manager', asOf: '2026-01-01' });
 * //=> { cumulativeDays: 365, cumulativeYears: 1, longestContinuous: { from: '2024-02-29', to: '2025-02-27', years: 1 }, missing: [] }
 * ```
 */
export function experienceOf(profile: unknown, query: TrackQuery): Experience {
  const { track, asOf, policy } = parseQuery(query, false);
  const situation = new Situation(readProfile(profile), track, asOf, policy);
  const cumulativeDays = situation.cumulativeDays();
  const run = situation.longestRun();
  return {
    cumulativeDays,
    cumulativeYears: Math.floor(cumulativeDays / 365),
    longestContinuous: run === null ? null : { from: fromDayNumber(run.from), to: fromDayNumber(run.to), years: run.years },
    missing: situation.work === undefined ? ['work'] : [],
  };
}
