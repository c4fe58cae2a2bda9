/**
 * The ways from a result that is not eligible to one that is, generated from the requirement
 * data and the judgements the check already made (each requirement is judged once per
 * situation, so reading them again here costs a lookup):
 * - `answer`: one unknown field whose answer makes a clause hold on the as-of date;
 * - `wait`: the days on which time alone turns the answer eligible [I-14];
 * - `obtain`: what a clause still lacks that time will not bring.
 * @module
 */
import { addYearsTo, dayNumberOf, LAST_PLAIN_DAY, type DayNumber, type PlainDate } from '../core/plain-date.js';
import { educationRank, levelRank, type Bilingual, type EducationLevel, type Level } from './catalog.js';
import type { BrochureLocation, ClauseId, Requirement } from './clauses.js';
import { dayContinuousReaches, dayCumulativeReaches, dayOfCheckedDate } from './experience.js';
import type { Certificate, Education, Enrolment, WorkPeriod } from './profile.js';
import { assessRequirement, needPhrase, type PreparedRequirement } from './requirements.js';
import type { Situation } from './situation.js';

/**
 * The profile paths an `answer` step can name, with the value that works for each:
 * - `education`: `{ level, relatedMajor? }`, the lowest level the clause accepts (`relatedMajor: true` when it asks for a related major);
 * - `education.relatedMajor`, `enrolment.relatedMajor`: `true` (related);
 * - `enrolment`: enrolled from the as-of date at the first kind of institution the clause accepts;
 * - `work`: one related period, still going on, from the latest start that suffices on the as-of date;
 * - `certificates`: the certificate(s) the clause asks for, issued on the latest date that suffices.
 *
 * @example
 * ```ts
 * const value: AnswerValues['education'] = { level: 'master' };
 * ```
 */
export interface AnswerValues {
  readonly education: Education;
  readonly 'education.relatedMajor': true;
  readonly enrolment: Enrolment;
  readonly 'enrolment.relatedMajor': true;
  readonly work: WorkPeriod[];
  readonly certificates: Certificate[];
}

/**
 * A profile path an `answer` step asks about (one of the paths of `missing`).
 *
 * @example
 * ```ts
 * const field: AnswerField = 'education.relatedMajor';
 * ```
 */
export type AnswerField = keyof AnswerValues;

/**
 * What every {@link NextStep} carries.
 *
 * @example
 * ```ts
 * const { clauses, message }: NextStepBase = result.nextSteps[0]!;
 * ```
 */
export interface NextStepBase {
  /** The clauses this step opens, in brochure order. */
  readonly clauses: readonly ClauseId[];
  /** The step in words, for the applicant. */
  readonly message: Bilingual;
}

/**
 * Answer one unknown field: with `value` at `field` (a profile path, `'education.relatedMajor'`
 * meaning `profile.education.relatedMajor`), the check as of the same date is eligible. `value`
 * is the least that suffices (see {@link AnswerValues}); any answer at least as good works too.
 *
 * @example
 * ```ts
 * checkEligibility({ education: { level: 'bachelor' }, work: [{ from: '2025-01-01', related: true }], enrolment: null, certificates: [] },
 *   { track: 'digital-manager', level: 'intermediate', asOf: '2025-10-01' }).nextSteps[0];
 * //=> { kind: 'answer', field: 'education.relatedMajor', value: true, clauses: ['intermediate.5'],
 * //     message: { zh: '请补充所学专业是否与本职业相关：所学为与本职业相关的专业即可报名（第三部分 五 2(5)）', en: 'Tell us whether your major is related to the track: …' } }
 * ```
 */
export type AnswerStep = {
  readonly [F in AnswerField]: NextStepBase & { readonly kind: 'answer'; readonly field: F; readonly value: AnswerValues[F]; readonly on?: undefined };
}[AnswerField];

/**
 * Wait: from `on`, time alone makes the applicant eligible (and the day before it does not).
 * The first wait step's `on` is the result's `earliestEligibleOn`.
 *
 * @example
 * ```ts
 * const step: WaitStep = { kind: 'wait', on: '2027-03-15' as PlainDate, clauses: ['intermediate.3'], message: { zh: '2027-03-15 起可报名：…', en: 'Eligible from 2027-03-15: …' } };
 * ```
 */
export interface WaitStep extends NextStepBase {
  readonly kind: 'wait';
  readonly on: PlainDate;
  readonly field?: undefined;
  readonly value?: undefined;
}

/**
 * Obtain: what a clause still lacks that time alone will not bring (an education level, a
 * certificate, a related major, an enrolment, or more related work than the history given).
 *
 * @example
 * ```ts
 * const step: ObtainStep = { kind: 'obtain', clauses: ['intermediate.4'], message: { zh: '还需硕士及以上学历，方可报名（第三部分 五 2(4)）', en: '…' } };
 * ```
 */
export interface ObtainStep extends NextStepBase {
  readonly kind: 'obtain';
  readonly on?: undefined;
  readonly field?: undefined;
  readonly value?: undefined;
}

/**
 * One way from a result to eligible. `EligibilityResult.nextSteps` lists them best first:
 * answer steps (eligible now), then wait steps (earliest first), then obtain steps (fewest
 * needs first).
 *
 * @example
 * ```ts
 * for (const step of result.nextSteps) if (step.kind === 'wait') console.log(step.on);
 * ```
 */
export type NextStep = AnswerStep | WaitStep | ObtainStep;

/** A clause as the checker prepared it. */
export interface StepClause {
  readonly id: ClauseId;
  readonly source: BrochureLocation;
  readonly requirements: readonly PreparedRequirement[];
}

// The wording of steps: one table, zh written for a Chinese page.
const FIELD_NAMES: Record<AnswerField, Bilingual> = {
  education: { zh: '最高学历', en: 'your highest education' },
  'education.relatedMajor': { zh: '所学专业是否与本职业相关', en: 'whether your major is related to the track' },
  enrolment: { zh: '在读情况', en: 'whether you are a student' },
  'enrolment.relatedMajor': { zh: '在读专业是否与本职业相关', en: 'whether your current major is related to the track' },
  work: { zh: '工作经历', en: 'your work history' },
  certificates: { zh: '已取得的证书', en: 'the certificates you hold' },
};

const STEP_WORDS = {
  answer: (field: Bilingual, needs: Bilingual, cites: Bilingual): Bilingual => ({
    zh: `请补充${field.zh}：${needs.zh}即可报名（${cites.zh}）`,
    en: `Tell us ${field.en}: with ${needs.en}, you can apply now (${cites.en})`,
  }),
  wait: (on: string, shows: Bilingual, cites: Bilingual): Bilingual => ({
    zh: `${on} 起可报名：${shows.zh}（${cites.zh}）`,
    en: `Eligible from ${on}: ${shows.en} (${cites.en})`,
  }),
  obtain: (needs: Bilingual, cites: Bilingual): Bilingual => ({
    zh: `还需${needs.zh}，方可报名（${cites.zh}）`,
    en: `To apply under ${cites.en}, you need ${needs.en}`,
  }),
};

// `第三部分 五 2(3)、第三部分 五 2(4)` / `clauses intermediate.3, intermediate.4`.
function cite(clauses: readonly StepClause[]): Bilingual {
  return {
    zh: clauses.map(({ source }) => source.section + source.item).join('、'),
    en: `clause${clauses.length > 1 ? 's' : ''} ${clauses.map(({ id }) => id).join(', ')}`,
  };
}

function join(texts: readonly Bilingual[], zh: string, en: string): Bilingual {
  return { zh: texts.map((text) => text.zh).join(zh), en: texts.map((text) => text.en).join(en) };
}

// A step being gathered: the clauses it opens and the words of what they need.
interface Gathered {
  readonly clauses: StepClause[];
  readonly key: string;
  readonly words: Bilingual[];
  readonly rank: number;
  readonly on?: DayNumber;
  readonly field?: AnswerField;
  readonly value?: unknown;
}

/**
 * The next steps of a level that is not met on the situation's as-of date, best first.
 *
 * @example
 * ```ts
 * nextStepsOf(situation, 'intermediate', clauses)[0];
 * //=> { kind: 'wait', on: '2027-03-15', clauses: ['intermediate.3'], message: { … } }
 * ```
 */
export function nextStepsOf(s: Situation, level: Level, clauses: readonly StepClause[]): NextStep[] {
  const { asOf, policy } = s;
  const answers: Gathered[] = [];
  const waits: (Gathered & { readonly from: DayNumber; readonly to: DayNumber })[] = [];
  const obtains: Gathered[] = [];
  const add = (list: Gathered[], step: Gathered): void => {
    const same = list.find(({ key }) => key === step.key);
    if (same === undefined) list.push(step);
    else {
      same.clauses.push(...step.clauses);
      for (const words of step.words) if (!same.words.some(({ zh }) => zh === words.zh)) same.words.push(words);
    }
  };
  for (const clause of clauses) {
    let from = asOf;
    let to = Infinity;
    const later: Bilingual[] = [];
    const lacking: Requirement[] = [];
    const open: Requirement[] = [];
    const paths: string[] = [];
    for (const prepared of clause.requirements) {
      const { outcome, holds } = assessRequirement(prepared, s, level);
      if (holds === null) from = Infinity;
      else {
        if (holds.from > from) from = holds.from;
        if (holds.to < to) to = holds.to;
      }
      if (outcome.met) continue;
      if (outcome.missing.length > 0) {
        open.push(prepared.requirement);
        for (const path of outcome.missing) if (!paths.includes(path)) paths.push(path);
      } else if (holds !== null && holds.from > asOf && holds.to >= holds.from) later.push(outcome.message);
      else lacking.push(prepared.requirement);
    }
    if (lacking.length > 0) {
      // A clause that also has an unknown field is asked about first, not advised on.
      if (open.length > 0) continue;
      const needs = lacking.map((requirement) => needPhrase(requirement, policy));
      add(obtains, { clauses: [clause], key: join(needs, '、', '').zh, words: needs, rank: lacking.length });
    } else if (open.length > 0) {
      // Answerable now: one field, and nothing else waiting on time.
      const field = paths[0] as AnswerField;
      if (later.length > 0 || paths.length > 1) continue;
      const value = answerValue(field, open, s);
      if (value === undefined) continue;
      const needs = open.map((requirement) => needPhrase(requirement, policy));
      add(answers, { clauses: [clause], key: field + JSON.stringify(value), words: needs, rank: demandOf(field, value, s), field, value });
    } else if (from <= to && from <= LAST_PLAIN_DAY) {
      waits.push({ clauses: [clause], key: '', words: later, rank: 0, from, to });
    }
  }

  // Time alone: the days the union of the clauses' intervals begins (those touching the one
  // before continue it), each with the clauses that begin on it.
  waits.sort((a, b) => a.from - b.from);
  const turns: Gathered[] = [];
  let end = -Infinity;
  for (const wait of waits) {
    if (wait.from > end + 1) add(turns, { ...wait, key: `${wait.from}`, on: wait.from });
    else if (turns[turns.length - 1]?.on === wait.from) add(turns, { ...wait, key: `${wait.from}` });
    if (wait.to > end) end = wait.to;
  }

  // Answers grouped by field (in the order first asked), the least demanding first; obtain
  // steps with the fewest needs first. (Sorting is stable: ties keep brochure order.)
  const fields = answers.map(({ field }) => field);
  const place = ({ field, rank }: Gathered) => fields.indexOf(field) * 1e7 + rank;
  answers.sort((a, b) => place(a) - place(b));
  obtains.sort((a, b) => a.rank - b.rank);
  const steps: NextStep[] = [];
  for (const { clauses: opened, words, field, value } of answers) {
    steps.push({ kind: 'answer', field, value, clauses: opened.map(({ id }) => id), message: STEP_WORDS.answer(FIELD_NAMES[field as AnswerField], join(words, '，', ' and '), cite(opened)) } as AnswerStep);
  }
  for (const { clauses: opened, words, on } of turns) {
    const date = s.dateOf(on as DayNumber);
    steps.push({ kind: 'wait', on: date, clauses: opened.map(({ id }) => id), message: STEP_WORDS.wait(date, join(words, '；', '; '), cite(opened)) });
  }
  for (const { clauses: opened, words } of obtains) {
    steps.push({ kind: 'obtain', clauses: opened.map(({ id }) => id), message: STEP_WORDS.obtain(join(words, '、', ' and '), cite(opened)) });
  }
  return steps;
}

// How much an answer asks, to compare answers to the same field (any answer at least as good
// as a less demanding one works too): the education rank, days of work or of holding before
// the as-of date, certificate levels. Always below 1e7.
function demandOf(field: AnswerField, value: unknown, s: Situation): number {
  if (field === 'education') {
    const { level, relatedMajor } = value as Education;
    return educationRank(level) * 2 + (relatedMajor === undefined ? 0 : 1);
  }
  if (field === 'work') return s.asOf - dayOfCheckedDate((value as readonly [WorkPeriod])[0].from);
  if (field !== 'certificates') return 0;
  let demand = 0;
  for (const { level, issuedOn } of value as Certificate[]) demand += levelRank(level) * 1e6 + s.asOf - dayOfCheckedDate(issuedOn);
  return demand;
}

// The latest day in (asOf − span, asOf] for which `suffices` holds, given that it holds on the
// first of them; undefined before 0001-01-01, which a plain date cannot name.
function latest(asOf: DayNumber, span: number, suffices: (day: DayNumber) => boolean): DayNumber | undefined {
  let day = asOf - span;
  while (day < asOf && suffices(day + 1)) day++;
  return day < dayNumberOf(1, 1, 1) ? undefined : day;
}

// The least answer at `field` that meets the clause's open requirements on the as-of date, or
// undefined when no plain date can say it.
function answerValue(field: AnswerField, open: readonly Requirement[], s: Situation): unknown {
  const { asOf } = s;
  switch (field) {
    case 'education.relatedMajor':
    case 'enrolment.relatedMajor':
      return true;
    case 'education': {
      let level: EducationLevel = 'below-high-school';
      let related = false;
      for (const requirement of open) {
        if (requirement.kind === 'education-at-least' && educationRank(requirement.level) > educationRank(level)) level = requirement.level;
        if (requirement.kind === 'related-major') related = true;
      }
      return related ? { level, relatedMajor: true } : { level };
    }
    case 'enrolment': {
      for (const requirement of open) {
        if (requirement.kind !== 'enrolled') continue;
        const route = requirement.accepts[0];
        if (route === undefined) return undefined;
        return route.major === 'related' ? { institution: route.institution, relatedMajor: true, from: s.asOfDate } : { institution: route.institution, from: s.asOfDate };
      }
      return undefined;
    }
    case 'work': {
      let start = asOf;
      for (const requirement of open) {
        if (requirement.kind !== 'cumulative-experience' && requirement.kind !== 'continuous-experience') continue;
        const { years } = requirement;
        const reaches = (day: DayNumber) => {
          const ranges = [{ from: day, to: Infinity }];
          const reached = requirement.kind === 'cumulative-experience' ? dayCumulativeReaches(ranges, years * 365) : dayContinuousReaches(ranges, s.policy.continuityGapDays, years);
          return reached !== null && reached <= asOf;
        };
        const first = latest(asOf, years * 366, reaches);
        if (first === undefined) return undefined;
        start = Math.min(start, first);
      }
      return [{ from: s.dateOf(start), related: true }];
    }
    case 'certificates': {
      const certificates: Certificate[] = [];
      for (const requirement of open) {
        if (requirement.kind !== 'certificate' && requirement.kind !== 'certificate-held-for') continue;
        const years = requirement.kind === 'certificate' ? 0 : requirement.years;
        const issued = latest(asOf, years * 366, (day) => addYearsTo(day, years) <= asOf);
        if (issued === undefined) return undefined;
        const issuedOn = s.dateOf(issued);
        certificates.push(
          requirement.scheme === 'skillcert'
            ? { kind: 'skillcert', level: requirement.level, track: s.track, issuedOn }
            : { kind: 'vocational', level: requirement.level, issuedOn },
        );
      }
      return certificates;
    }
  }
}
