/**
 * What each requirement kind means: how it is judged on a date, the days on which it holds
 * (for the earliest date [I-14]) and its wording — generated from the requirement data.
 *
 * Each job is a table with one entry per kind, typed `{ [K in RequirementKind]: … }`, so that
 * a new kind without a handler fails to compile, exactly as a ts-pattern `.exhaustive()`
 * would; the docs generator (rules-doc.ts) does use `match(…).exhaustive()`. The tables keep
 * ts-pattern's runtime (1.8 KB gzipped) out of the browser bundle, whose budget is 14 KB.
 *
 * Speed: a check judges 5–19 clauses, so everything a requirement shares across checks (its
 * `required`, the words of what it needs) is prepared once, and everything a profile shares
 * across clauses and levels (its figures and their words) once per {@link Situation}. Equal
 * requirements share a slot, and each slot is assessed once per situation (`intermediate.2`
 * and `senior.2` both ask for an associate degree). Judgements fixed by a value alone (no
 * education, a given education level, an unsaid major) are made once for all checks, their
 * assessments frozen on them; so are the words of a duration (`1 年 4 个月`), which are
 * strings and so shared invisibly. What remains per requirement is a comparison and one small
 * outcome object. (Formatting messages
 * lazily through getters was measured and rejected: an object literal with own enumerable
 * getters costs ~0.5 µs to create in V8, more than the eager, cached wording it would save.)
 * @module
 */
import { own } from '../core/own.js';
import { addYearsTo, type DayNumber } from '../core/plain-date.js';
import { EDUCATION_LEVELS, LEVELS, TRACK_IDS, TRACKS, educationRank, levelRank, nameOf, type Bilingual, type Level } from './catalog.js';
import type { AcceptedEnrolment, Requirement, RequirementKind } from './clauses.js';
import { durationOf, type DayRange, type Duration } from './experience.js';
import type { Certificate } from './profile.js';
import type { EligibilityPolicy } from './query.js';
import type { EducationFact, EnrolmentFact, IssuedCertificate, Shown, Situation } from './situation.js';

/**
 * How one requirement of a clause fared.
 *
 * @example
 * ```ts
 * checkEligibility(profile, query).clauses[1].requirements[1];
 * //=> { kind: 'continuous-experience', met: false, required: { years: 2 }, actual: { from: '2025-01-01', to: '2026-05-01', years: 1, months: 4, days: 1 },
 * //     message: { zh: '连续从事相关工作 1 年 4 个月，需满 2 年', en: '1 year 4 months of continuous related work; 2 full years needed' }, missing: [] }
 * ```
 */
export interface RequirementOutcome {
  readonly kind: RequirementKind;
  /** Whether it holds on the as-of date. */
  readonly met: boolean;
  /** What the requirement asks: its data without `kind`, e.g. `{ level: 'high-school' }` or `{ years: 2 }`. */
  readonly required: unknown;
  /** What the profile shows on the as-of date (`null` for none, or when not given). */
  readonly actual: unknown;
  /** Actual against required, in words. */
  readonly message: Bilingual;
  /** Profile paths left out whose answer could make it hold (e.g. `'education.relatedMajor'`). */
  readonly missing: readonly string[];
}

/** A requirement judged: its outcome, and the days on which it holds by the known facts. */
export interface Assessment {
  readonly outcome: RequirementOutcome;
  /** The one interval of days on which it holds if time alone passes; null if never. */
  readonly holds: DayRange | null;
}

interface Judgement {
  readonly holds: DayRange | null;
  /** What the profile shows: the value and its words (shared by every requirement reading it). */
  readonly shown: Shown;
  readonly missing?: readonly string[];
  /**
   * Only on judgements fixed by the profile's value alone (no education, a given education
   * level, …), shared by every check: their assessments by requirement slot and message tail,
   * made once and frozen.
   */
  readonly assessed?: Assessment[];
}

// A judgement every check with the same value shares, its assessments cached on it.
const fixed = (holds: DayRange | null, shown: Shown, missing?: readonly string[]): Judgement => ({ holds, shown, missing, assessed: [] });

/** An empty path list, shared by every outcome with nothing missing. */
const NONE: readonly string[] = Object.freeze([]);

/** The profile field each kind reads; when that field is absent the requirement is open. */
const FIELD = {
  'education-at-least': 'education',
  'related-major': 'education',
  'cumulative-experience': 'work',
  'continuous-experience': 'work',
  enrolled: 'enrolment',
  certificate: 'certificates',
  'certificate-held-for': 'certificates',
} as const satisfies Record<RequirementKind, keyof Situation>;

type Field = (typeof FIELD)[RequirementKind];
// What an absent field is called, in Chinese; in English the field's own name is used.
const FIELD_ZH: Record<Field, string> = { education: '学历', work: '工作经历', enrolment: '在读情况', certificates: '证书' };
// No prototype: a field name inherited from a polluted Object.prototype is no cached judgement.
const notGivenJudgements: Partial<Record<Field, Judgement>> = Object.create(null) as Partial<Record<Field, Judgement>>;
const notGiven = (field: Field): Judgement =>
  (notGivenJudgements[field] ??= fixed(null, { actual: null, shows: { zh: `未提供${FIELD_ZH[field]}`, en: `${field} not given` } }, Object.freeze([field])));

const ALWAYS: DayRange = { from: -Infinity, to: Infinity };
const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** A requirement made ready for judging, its table lookups and wording done once. */
export interface PreparedRequirement {
  readonly requirement: Requirement;
  readonly kind: RequirementKind;
  /** The profile field it reads; when that field is absent the requirement is open. */
  readonly field: Field;
  readonly judge: (requirement: Requirement, situation: Situation, applyingFor: Level) => Judgement;
  /** What it asks: its data without `kind`, frozen, shared by every outcome. */
  readonly required: unknown;
  /** The message tails (`，需满 2 年`, `; 2 full years needed`), by the same-track switch. */
  readonly tails: readonly [Bilingual, Bilingual];
  /** Its place among the distinct requirements (equal requirements share it; three places when `byLevel`): where its assessments are cached. */
  readonly slot: number;
  /** Whether its judgement depends on the level applied for (other certificates exclude the one applied for [I-9]). */
  readonly byLevel: boolean;
}

// The slots of the distinct requirements prepared so far, by their data.
let slots: Map<string, number> | undefined;
let slotCount = 0;
const LEVEL_INDEX: Record<Level, number> = { junior: 0, intermediate: 1, senior: 2 };

/**
 * Prepares a requirement for {@link assessRequirement}: picks its judge and words from the
 * kind tables, and freezes what every result will share.
 *
 * @example
 * ```ts
 * prepareRequirement({ kind: 'education-at-least', level: 'associate' }).field;
 * //=> 'education'
 * ```
 */
export function prepareRequirement(requirement: Requirement): PreparedRequirement {
  const { kind, ...required } = requirement;
  const tail = (progressionSameTrackOnly: boolean): Bilingual => {
    const needs = needOf(requirement, { continuityGapDays: 0, progressionSameTrackOnly });
    return { zh: `，需${needs.zh}`, en: `; ${needs.en} needed` };
  };
  const key = JSON.stringify(requirement);
  const byLevel = Object.hasOwn(requirement, 'scheme') && (requirement as { scheme: string }).scheme === 'other';
  slots ??= new Map();
  let slot = slots.get(key);
  if (slot === undefined) {
    slot = slotCount;
    slotCount += byLevel ? 3 : 1; // one slot per level applied for when the level matters
    slots.set(key, slot);
  }
  return {
    requirement,
    kind,
    field: FIELD[kind],
    judge: JUDGE[kind] as AnyKind<typeof JUDGE>,
    required: Object.freeze(required),
    tails: [tail(false), tail(true)],
    slot,
    byLevel,
  };
}

/**
 * Judges one requirement on the situation's as-of date, for an application at `applyingFor`.
 *
 * @example
 * ```ts
 * assessRequirement(prepareRequirement({ kind: 'continuous-experience', years: 2 }), situation, 'intermediate').outcome.message;
 * //=> { zh: '连续从事相关工作 1 年 4 个月，需满 2 年', en: '1 year 4 months of continuous related work; 2 full years needed' }
 * ```
 */
export function assessRequirement(prepared: PreparedRequirement, situation: Situation, applyingFor: Level): Assessment {
  // The same requirement in several clauses or levels is judged once per situation.
  const key = prepared.byLevel ? prepared.slot + LEVEL_INDEX[applyingFor] : prepared.slot;
  const known = situation.assessed[key];
  if (known !== undefined) return known;
  const { field } = prepared;
  const judgement = given(situation, field) ? prepared.judge(prepared.requirement, situation, applyingFor) : notGiven(field);
  const tailIndex = situation.policy.progressionSameTrackOnly ? 1 : 0;
  const { assessed } = judgement;
  let assessment: Assessment | undefined;
  if (assessed === undefined) assessment = assess(prepared, judgement, situation.asOf, tailIndex);
  else {
    // Fixed judgements hold always or never: their assessment does not depend on the date.
    const fixedKey = key * 2 + tailIndex;
    assessment = assessed[fixedKey];
    if (assessment === undefined) {
      assessment = assess(prepared, judgement, 0, tailIndex);
      Object.freeze(assessment.outcome.message);
      assessed[fixedKey] = assessment = Object.freeze({ holds: assessment.holds, outcome: Object.freeze(assessment.outcome) });
    }
  }
  return (situation.assessed[key] = assessment);
}

// Whether the field is given, by literal property reads: `situation[field]` with a varying
// name is a megamorphic keyed load, the single slowest line of a check when measured.
function given(situation: Situation, field: Field): boolean {
  switch (field) {
    case 'education':
      return situation.education !== undefined;
    case 'work':
      return situation.work !== undefined;
    case 'enrolment':
      return situation.enrolment !== undefined;
    case 'certificates':
      return situation.certificates !== undefined;
  }
}

function assess(prepared: PreparedRequirement, judgement: Judgement, asOf: DayNumber, tailIndex: number): Assessment {
  const { holds, shown } = judgement;
  const { shows } = shown;
  const tail = prepared.tails[tailIndex] as Bilingual;
  const met = holds !== null && holds.from <= asOf && asOf <= holds.to;
  return {
    holds,
    outcome: {
      kind: prepared.kind,
      met,
      required: prepared.required,
      actual: shown.actual,
      message: { zh: shows.zh + tail.zh, en: shows.en + tail.en },
      missing: met || judgement.missing === undefined || judgement.missing.length === 0 ? NONE : judgement.missing,
    },
  };
}

/**
 * What a requirement asks, in words short enough to follow what a profile shows
 * (`连续从事相关工作 1 年 4 个月，需` + `满 2 年`).
 *
 * @example
 * ```ts
 * needOf({ kind: 'education-at-least', level: 'associate' });
 * //=> { zh: '大专及以上学历', en: 'associate degree or higher' }
 * ```
 */
export function needOf(requirement: Requirement, policy?: Readonly<EligibilityPolicy>): Bilingual {
  return (NEED[requirement.kind] as AnyKind<typeof NEED>)(requirement, policy);
}

/** The requirement of one kind. */
type Of<K extends RequirementKind> = Extract<Requirement, { kind: K }>;
// A table's entry for some kind, callable with any requirement: the lookup by `kind` is what
// hands each entry a requirement of its own kind.
type AnyKind<Table> = Table extends { readonly [K in RequirementKind]: (requirement: Of<K>, ...rest: infer Rest) => infer R }
  ? (requirement: Requirement, ...rest: Rest) => R
  : never;

const NEED: { readonly [K in RequirementKind]: (requirement: Of<K>, policy?: Readonly<EligibilityPolicy>) => Bilingual } = {
  'education-at-least': ({ level }) => {
    const name = nameOf(EDUCATION_LEVELS, level);
    return { zh: `${name.zh}及以上学历`, en: `${name.en} or higher` };
  },
  'related-major': () => ({ zh: '与本职业相关的专业', en: 'a major related to the track' }),
  'cumulative-experience': ({ years }) => ({ zh: `满 ${years} 年（${years * 365} 天）`, en: `${plural(years, 'year')} (${years * 365} days)` }),
  'continuous-experience': ({ years }) => ({ zh: `满 ${years} 年`, en: plural(years, 'full year') }),
  enrolled: ({ accepts }) => {
    const routes = accepts.map(({ institution, major }) => {
      const where = INSTITUTION[institution];
      // Say "any major" outright: "A or B in a related major" would read as both needing it [I-8].
      return major === 'any' ? { zh: `${where.zh}（任何专业）`, en: `${where.en} (any major)` } : { zh: `${where.zh}相关专业`, en: `${where.en} in a related major` };
    });
    return { zh: `${routes.map((route) => route.zh).join('或')}在读`, en: `enrolment at ${routes.map((route) => route.en).join(' or ')}` };
  },
  certificate: ({ scheme, level }, policy) => certificateNeed(scheme, level, policy),
  'certificate-held-for': ({ scheme, level, years }, policy) => {
    const certificate = certificateNeed(scheme, level, policy);
    return { zh: `${certificate.zh}满 ${years} 年`, en: `${certificate.en}, held for ${plural(years, 'full year')}` };
  },
};

// How a need reads inside a clause's sentence: zh prefix, en prefix, en suffix.
const IN_CLAUSE: Partial<Record<RequirementKind, readonly [string, string, string]>> = {
  'related-major': ['所学为', '', ''],
  'cumulative-experience': ['累计从事相关工作', '', ' of related work in total'],
  'continuous-experience': ['连续从事相关工作', '', ' of continuous related work'],
  certificate: ['持有', 'holds ', ''],
  'certificate-held-for': ['持有', 'holds ', ''],
};
// The kinds not listed: their need reads the same inside a sentence.
const NO_AFFIXES = ['', '', ''] as const;

/**
 * One need as it reads inside a sentence of advice: zh with its verb, en as a noun phrase
 * (`连续从事相关工作满 1 年` / `1 full year of continuous related work`).
 *
 * @example
 * ```ts
 * needPhrase({ kind: 'certificate', scheme: 'other', level: 'intermediate' });
 * //=> { zh: '持有其他中级及以上证书', en: 'another certificate of intermediate level or higher' }
 * ```
 */
export function needPhrase(requirement: Requirement, policy?: Readonly<EligibilityPolicy>): Bilingual {
  const need = needOf(requirement, policy);
  const [zhBefore, , enAfter] = IN_CLAUSE[requirement.kind] ?? NO_AFFIXES;
  return { zh: zhBefore + need.zh, en: need.en + enAfter };
}

/**
 * A clause in words, generated from its requirements (so that no clause carries
 * hand-written text): each need under the default policy, joined.
 *
 * @example
 * ```ts
 * clauseText([{ kind: 'education-at-least', level: 'bachelor' }, { kind: 'continuous-experience', years: 1 }]);
 * //=> { zh: '本科及以上学历，连续从事相关工作满 1 年。', en: "Bachelor's degree or higher, and 1 full year of continuous related work." }
 * ```
 */
export function clauseText(requirements: readonly Requirement[]): Bilingual {
  const zh: string[] = [];
  const en: string[] = [];
  for (const requirement of requirements) {
    const need = needOf(requirement);
    const [zhBefore, enBefore, enAfter] = IN_CLAUSE[requirement.kind] ?? NO_AFFIXES;
    zh.push(zhBefore + need.zh);
    en.push(enBefore + need.en + enAfter);
  }
  const last = en.length > 1 ? `and ${en.pop()}` : '';
  const english = [...en, last].filter(Boolean).join(', ');
  return { zh: `${zh.join('，')}。`, en: `${english.charAt(0).toUpperCase()}${english.slice(1)}.` };
}

// Each judge runs only once the field its kind reads (FIELD) is known to be given.
const JUDGE: { readonly [K in RequirementKind]: (requirement: Of<K>, s: Situation, applyingFor: Level) => Judgement } = {
  'education-at-least': judgeEducation,
  'related-major': judgeRelatedMajor,
  'cumulative-experience': judgeCumulative,
  'continuous-experience': judgeContinuous,
  enrolled: judgeEnrolment,
  certificate: judgeCertificate,
  'certificate-held-for': judgeCertificate,
};

function certificateNeed(scheme: 'other' | 'skillcert', level: Level, policy?: Readonly<EligibilityPolicy>): Bilingual {
  const name = nameOf(LEVELS, level);
  if (scheme === 'other') return { zh: `其他${name.zh}及以上证书`, en: `another certificate of ${name.en} level or higher` };
  const sameTrack = policy?.progressionSameTrackOnly === true;
  return {
    zh: `本项目${sameTrack ? '同职业' : ''}${name.zh}及以上证书`,
    en: `this scheme's ${name.en} certificate or higher${sameTrack ? ' of the same track' : ''}`,
  };
}

const INSTITUTION: Record<AcceptedEnrolment['institution'], Bilingual> = {
  'higher-education': { zh: '高等院校', en: 'a higher-education institution' },
  vocational: { zh: '职业院校', en: 'a vocational school' },
};

/** A duration in words, and the words of a continuous run of that length once asked for. */
interface DurationWords {
  readonly length: Bilingual;
  run?: Bilingual;
}

// Durations worded so far, by days under a month, else by years · 12 + months, up to 100
// years: a check words one or two durations, drawn from a few hundred that occur, so they are
// found rather than written again (strings are immutable: sharing them is invisible).
const WORDED_DURATIONS = 31 + 100 * 12;
let durationWords: DurationWords[] | undefined;

function durationWordsOf(duration: Duration): DurationWords {
  const { years, months, days } = duration;
  const key = years === 0 && months === 0 ? days : 31 + years * 12 + months;
  if (key >= WORDED_DURATIONS) return { length: wordDuration(duration) };
  durationWords ??= new Array<DurationWords>(WORDED_DURATIONS);
  return (durationWords[key] ??= { length: wordDuration(duration) });
}

function wordDuration({ years, months, days }: Duration): Bilingual {
  if (years === 0 && months === 0) return { zh: `${days} 天`, en: plural(days, 'day') };
  if (months === 0) return { zh: `${years} 年`, en: plural(years, 'year') };
  if (years === 0) return { zh: `${months} 个月`, en: plural(months, 'month') };
  return { zh: `${years} 年 ${months} 个月`, en: `${plural(years, 'year')} ${plural(months, 'month')}` };
}

// The figures below are level- and requirement-independent, so each is worded once per
// situation (slots of `Situation.shown`).
const CUMULATIVE_SLOT = 0;
const CONTINUOUS_SLOT = 1;
const ENROLMENT_SLOT = 2;

const NO_EDUCATION: Judgement = { holds: null, shown: { actual: null, shows: { zh: '无学历', en: 'no completed education' } }, missing: undefined, assessed: [] };

// By education rank: [meets, does not meet].
const educationJudgements: (readonly [Judgement, Judgement])[] = [];

function judgeEducation({ level }: Of<'education-at-least'>, s: Situation): Judgement {
  const { education } = s;
  if (education == null) return NO_EDUCATION;
  let judgements = educationJudgements[education.rank];
  if (judgements === undefined) {
    const name = nameOf(EDUCATION_LEVELS, education.level);
    const shown: Shown = { actual: education.level, shows: { zh: `学历：${name.zh}`, en: `education: ${name.en}` } };
    judgements = educationJudgements[education.rank] = [fixed(ALWAYS, shown), fixed(null, shown)];
  }
  return judgements[education.rank >= educationRank(level) ? 0 : 1];
}


// `true` / `false` / not said, as the profile gives a major's relatedness.
function showMajor(related: boolean | undefined): Shown {
  if (related === undefined) return { actual: null, shows: { zh: '未说明最高学历的专业是否相关', en: 'not said whether the major of the highest education is related' } };
  const major = related ? { zh: '相关专业', en: 'a related major' } : { zh: '非相关专业', en: 'an unrelated major' };
  return { actual: related, shows: { zh: `最高学历为${major.zh}`, en: `highest education in ${major.en}` } };
}

let majorJudgements: { related: Judgement; unrelated: Judgement; unsaid: Judgement } | undefined;

function judgeRelatedMajor(_: Requirement, s: Situation): Judgement {
  const { education } = s;
  if (education == null) return NO_EDUCATION;
  majorJudgements ??= {
    related: fixed(ALWAYS, showMajor(true)),
    unrelated: fixed(null, showMajor(false)),
    unsaid: fixed(null, showMajor(undefined), Object.freeze(['education.relatedMajor'])),
  };
  const { related } = education;
  return related === undefined ? majorJudgements.unsaid : related ? majorJudgements.related : majorJudgements.unrelated;
}

function showCumulative(s: Situation): Shown {
  const days = s.cumulativeDays();
  const count = `${days}`; // written once for both languages
  return {
    actual: { days, years: Math.floor(days / 365) },
    shows: { zh: `累计从事相关工作 ${count} 天`, en: `${count} ${days === 1 ? 'day' : 'days'} of related work in total` },
  };
}

function judgeCumulative({ years }: Of<'cumulative-experience'>, s: Situation): Judgement {
  return { holds: s.reachedOnwards(years, false), shown: s.shown(CUMULATIVE_SLOT, showCumulative) };
}

function showContinuous(s: Situation): Shown {
  const run = s.longestRun();
  const duration = run === null ? { years: 0, months: 0, days: 0 } : durationOf(run.from, run.to);
  const words = durationWordsOf(duration);
  const { length } = words;
  return {
    // Fields written out rather than spread: a spread copies through a slow generic path.
    actual: run === null ? null : { from: s.dateOf(run.from), to: s.dateOf(run.to), years: duration.years, months: duration.months, days: duration.days },
    shows: (words.run ??= { zh: `连续从事相关工作 ${length.zh}`, en: `${length.en} of continuous related work` }),
  };
}

function judgeContinuous({ years }: Of<'continuous-experience'>, s: Situation): Judgement {
  return { holds: s.reachedOnwards(years, true), shown: s.shown(CONTINUOUS_SLOT, showContinuous) };
}

const NOT_ENROLLED: Judgement = { holds: null, shown: { actual: null, shows: { zh: '不在读', en: 'not enrolled' } }, missing: undefined, assessed: [] };

function showEnrolment(s: Situation): Shown {
  const { asOfDate } = s;
  const enrolment = s.enrolment as EnrolmentFact;
  const where = INSTITUTION[enrolment.institution];
  const until = enrolment.until ?? '…';
  return {
    actual: { institution: enrolment.institution, from: enrolment.from, until: enrolment.until ?? null, relatedMajor: enrolment.related ?? null },
    shows: enrolledOn(enrolment, s.asOf)
      ? { zh: `${where.zh}在读`, en: `enrolled at ${where.en}` }
      : { zh: `${asOfDate} 不在读（${enrolment.from} 至 ${until}）`, en: `not enrolled on ${asOfDate} (${enrolment.from} to ${until})` },
  };
}

// `until` inclusive [I-8], [I-14].
const enrolledOn = (enrolment: EnrolmentFact, day: DayNumber): boolean => enrolment.start <= day && day <= enrolment.end;

function judgeEnrolment({ accepts }: Of<'enrolled'>, s: Situation): Judgement {
  const { enrolment } = s;
  if (enrolment == null) return NOT_ENROLLED;
  let fits: boolean | undefined = false;
  for (const route of accepts) {
    if (route.institution !== enrolment.institution) continue;
    fits = route.major === 'any' ? true : enrolment.related;
    break;
  }
  return {
    holds: fits === true ? enrolment.days : null,
    shown: s.shown(ENROLMENT_SLOT, showEnrolment),
    missing: fits === undefined && enrolledOn(enrolment, s.asOf) ? ['enrolment.relatedMajor'] : NONE,
  };
}

// [I-9]: any certificate but the one applied for; [I-10]: this scheme's own, any track unless
// the policy says same track only. A higher level satisfies a lower requirement.
function qualifies(issued: IssuedCertificate, scheme: 'other' | 'skillcert', rank: number, s: Situation, applyingFor: Level): boolean {
  if (issued.rank < rank) return false;
  const { certificate } = issued;
  if (scheme === 'other') return !(certificate.kind === 'skillcert' && own(certificate, 'track') === s.track && certificate.level === applyingFor);
  return certificate.kind === 'skillcert' && (!s.policy.progressionSameTrackOnly || certificate.track === s.track);
}

const CERTIFICATE_KIND = {
  skillcert: { zh: '证书', en: 'certificate of this scheme' },
  vocational: { zh: '职业技能证书', en: 'vocational or skill certificate' },
  title: { zh: '职称', en: 'professional title' },
} as const;

// Certificate names by kind, level and track, each worded once (a few dozen exist), found by
// number: a string key would be hashed afresh for every check.
const KIND_INDEX = { skillcert: 0, vocational: 1, title: 2 } as const;
const certificateNames: Bilingual[] = [];

function certificateName({ certificate, rank }: IssuedCertificate): Bilingual {
  const track = certificate.track === undefined ? 0 : TRACK_IDS.indexOf(certificate.track) + 1;
  const key = (KIND_INDEX[certificate.kind] * 3 + rank) * (TRACK_IDS.length + 1) + track;
  return (certificateNames[key] ??= wordCertificate(certificate));
}

function wordCertificate({ kind, level, track }: Certificate): Bilingual {
  const grade = nameOf(LEVELS, level);
  const scheme = track === undefined || kind !== 'skillcert' ? { zh: '', en: '' } : nameOf(TRACKS, track);
  // "an intermediate …", "a junior …": the article goes by the level's first sound.
  const article = /^[aeiou]/i.test(grade.en) ? 'an' : 'a';
  return { zh: `${scheme.zh === '' ? '' : `本项目${scheme.zh}`}${grade.zh}${CERTIFICATE_KIND[kind].zh}`, en: `${article} ${grade.en}${scheme.en === '' ? '' : ` ${scheme.en}`} ${CERTIFICATE_KIND[kind].en}` };
}

const NO_CERTIFICATE: Shown = { actual: null, shows: { zh: '无符合条件的证书', en: 'no qualifying certificate' } };

function showCertificate(held: IssuedCertificate, years: number, s: Situation): Shown {
  const { certificate } = held;
  const name = certificateName(held);
  // How long it has been held is said only where a requirement asks for years.
  if (years === 0) return { actual: certificate, shows: { zh: `持有${name.zh}（${certificate.issuedOn} 取得）`, en: `holds ${name.en} issued ${certificate.issuedOn}` } };
  const duration = durationOf(held.issued, s.asOf - 1);
  const { length } = durationWordsOf(duration);
  return {
    actual: { certificate, years: duration.years, months: duration.months, days: duration.days },
    shows: {
      zh: `持有${name.zh}（${certificate.issuedOn} 取得，已 ${length.zh}）`,
      en: `holds ${name.en} issued ${certificate.issuedOn}, held ${length.en}`,
    },
  };
}

// Certificates count from their issue date, or from an anniversary of it for `years` > 0 [I-11].
function judgeCertificate(requirement: Of<'certificate' | 'certificate-held-for'>, s: Situation, applyingFor: Level): Judgement {
  const { scheme, level } = requirement;
  const years = Object.hasOwn(requirement, 'years') ? (requirement as { years: number }).years : 0;
  let held: IssuedCertificate | undefined;
  let first = Infinity;
  const rank = levelRank(level);
  for (const issued of s.issuedCertificates()) {
    if (!qualifies(issued, scheme, rank, s, applyingFor)) continue;
    const counts = years === 0 ? issued.issued : addYearsTo(issued.issued, years);
    if (counts < first) first = counts;
    if (issued.issued <= s.asOf && (held === undefined || issued.issued < held.issued)) held = issued;
  }
  const holds = first === Infinity ? null : { from: first, to: Infinity };
  if (held === undefined) return { holds, shown: NO_CERTIFICATE };
  const words = (held.words ??= []);
  return { holds, shown: (words[years] ??= showCertificate(held, years, s)) };
}
