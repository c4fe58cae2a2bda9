// Eligibility checks against json-rules-engine, on the same 10,000 generated profiles in one
// run. Ours is the built package as users get it, and each check includes everything it does:
// validating the raw profile and query, judging all clauses of the level, the messages and the
// earliest eligible date. json-rules-engine gets the 19 clauses translated from our clause
// data into its rules, and the facts those rules need precomputed outside the timing (in its
// favour: it neither validates nor derives experience from dates).
import { Engine, type NestedCondition, type TopLevelCondition } from 'json-rules-engine';
import { performance } from 'node:perf_hooks';
import {
  CLAUSES,
  EDUCATION_LEVELS,
  checkAllLevels,
  checkEligibility,
  experienceOf,
  profileSchema,
  type Level,
  type ProfileInput,
  type Requirement,
  type TrackId,
} from 'skillcert/eligibility';
import { medianNsPerOp, report } from './measure.js';

const PROFILES = 10_000;
const TRACK: TrackId = 'digital-manager';
const AS_OF = '2026-05-01';
const LEVEL_ORDER: readonly Level[] = ['junior', 'intermediate', 'senior'];

// mulberry32: a small seeded PRNG, so every run measures the same profiles.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The bench profiles: realistic mixes of education, work, enrolment and certificates, seeded. */
export function generateProfiles(count: number): ProfileInput[] {
  const next = random(20_260_501);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const day = (fromYear: number, years: number): string => {
    const ms = Date.UTC(fromYear, 0, 1) + Math.floor(next() * years * 365.25) * 86_400_000;
    return new Date(ms).toISOString().slice(0, 10); // a UTC midnight written as its UTC date
  };
  const related = (): boolean | TrackId[] => pick([true, true, false, [TRACK], ['internet-marketer' as TrackId]]);
  const profiles: ProfileInput[] = [];
  for (let i = 0; i < count; i++) {
    const work = Array.from({ length: Math.floor(next() * 5) }, () => {
      const from = day(2012, 14);
      const ongoing = next() < 0.3;
      const to = ongoing ? null : new Date(Date.parse(from) + Math.floor(next() * 1500) * 86_400_000).toISOString().slice(0, 10);
      return { from, to, related: related() };
    });
    const certificates = Array.from({ length: Math.floor(next() * 3) }, () => {
      const kind = pick(['skillcert', 'vocational', 'title'] as const);
      const level = pick(LEVEL_ORDER);
      return kind === 'skillcert' ? { kind, level, track: pick([TRACK, 'internet-marketer' as TrackId]), issuedOn: day(2015, 12) } : { kind, level, issuedOn: day(2015, 12) };
    });
    const enrolmentFrom = day(2020, 7);
    const enrolmentUntil = new Date(Date.parse(enrolmentFrom) + Math.floor(next() * 1500) * 86_400_000).toISOString().slice(0, 10);
    profiles.push({
      education: next() < 0.1 ? null : { level: pick(EDUCATION_LEVELS).id, relatedMajor: related() },
      enrolment: next() < 0.7 ? null : { institution: pick(['higher-education', 'vocational'] as const), relatedMajor: related(), from: enrolmentFrom, until: enrolmentUntil },
      work,
      certificates,
    });
  }
  return profiles;
}

// ---- the same clauses as json-rules-engine rules, translated from CLAUSES ----

const rank = <T extends string>(ids: readonly T[], id: T): number => ids.indexOf(id);
const EDUCATION_IDS = EDUCATION_LEVELS.map((level) => level.id);

function conditionOf(requirement: Requirement, level: Level): NestedCondition {
  switch (requirement.kind) {
    case 'education-at-least':
      return { fact: 'educationRank', operator: 'greaterThanInclusive', value: rank(EDUCATION_IDS, requirement.level) };
    case 'related-major':
      return { fact: 'relatedMajor', operator: 'equal', value: true };
    case 'cumulative-experience':
      return { fact: 'cumulativeYears', operator: 'greaterThanInclusive', value: requirement.years };
    case 'continuous-experience':
      return { fact: 'continuousYears', operator: 'greaterThanInclusive', value: requirement.years };
    case 'enrolled':
      return {
        any: [
          { fact: 'enrolledHigherEducation', operator: 'equal', value: true },
          { fact: 'enrolledVocationalRelated', operator: 'equal', value: true },
        ],
      };
    case 'certificate':
      return {
        fact: requirement.scheme === 'other' ? `otherCertificateRank:${level}` : 'skillcertRank',
        operator: 'greaterThanInclusive',
        value: rank(LEVEL_ORDER, requirement.level),
      };
    case 'certificate-held-for':
      return { fact: `seniorOtherCertificateYears:${level}`, operator: 'greaterThanInclusive', value: requirement.years };
  }
}

// One engine per level (7 or 5 rules), or one for all 19 clauses.
function engineFor(levels: readonly Level[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const clause of CLAUSES.filter((entry) => levels.includes(entry.level))) {
    const conditions: TopLevelCondition = { all: clause.requirements.map((requirement) => conditionOf(requirement, clause.level)) };
    engine.addRule({ name: clause.id, conditions, event: { type: clause.id } });
  }
  return engine;
}

type Facts = Record<string, number | boolean>;

// The facts those rules read, computed once per profile, outside the timing.
function factsOf(profile: ProfileInput): Facts {
  const relatedTo = (value: boolean | readonly TrackId[] | undefined): boolean => value === true || (Array.isArray(value) && value.includes(TRACK));
  const experience = experienceOf(profile, { track: TRACK, asOf: AS_OF });
  const held = (profile.certificates ?? []).filter((certificate) => certificate.issuedOn <= AS_OF);
  const best = (list: typeof held): number => Math.max(-1, ...list.map((certificate) => rank(LEVEL_ORDER, certificate.level)));
  const yearsHeld = (issuedOn: string): number => {
    const [y, m, d] = issuedOn.split('-').map(Number) as [number, number, number];
    const [ay, am, ad] = AS_OF.split('-').map(Number) as [number, number, number];
    const anniversaryDay = m === 2 && d === 29 ? 28 : d; // [I-11]; the as-of year 2026 is not a leap year
    return ay - y - (am < m || (am === m && ad < anniversaryDay) ? 1 : 0);
  };
  const enrolment = profile.enrolment;
  const enrolled = enrolment != null && enrolment.from <= AS_OF && (enrolment.until === undefined || AS_OF <= enrolment.until);
  const facts: Facts = {
    educationRank: profile.education == null ? -1 : rank(EDUCATION_IDS, profile.education.level),
    relatedMajor: relatedTo(profile.education?.relatedMajor),
    cumulativeYears: experience.cumulativeYears,
    continuousYears: experience.longestContinuous?.years ?? 0,
    enrolledHigherEducation: enrolled && enrolment.institution === 'higher-education',
    enrolledVocationalRelated: enrolled && enrolment.institution === 'vocational' && relatedTo(enrolment.relatedMajor),
    skillcertRank: best(held.filter((certificate) => certificate.kind === 'skillcert')),
  };
  // "Other" certificates exclude the one applied for, so they depend on the level [I-9].
  for (const level of LEVEL_ORDER) {
    const other = held.filter((certificate) => !(certificate.kind === 'skillcert' && certificate.track === TRACK && certificate.level === level));
    facts[`otherCertificateRank:${level}`] = best(other);
    facts[`seniorOtherCertificateYears:${level}`] = Math.max(-1, ...other.filter((certificate) => certificate.level === 'senior').map((certificate) => yearsHeld(certificate.issuedOn)));
  }
  return facts;
}

async function medianNsPerOpAsync(body: (i: number) => Promise<unknown>, iterations: number, rounds = 5): Promise<number> {
  for (let i = 0; i < Math.min(iterations, 500); i++) await body(i); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) await body(i);
    samples.push(((performance.now() - start) * 1e6) / iterations);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

export default async function benchEligibility(): Promise<void> {
  const profiles = generateProfiles(PROFILES);
  const levelOf = (i: number): Level => LEVEL_ORDER[i % 3] as Level;
  const profileOf = (i: number): ProfileInput => profiles[i % PROFILES] as ProfileInput;
  const queries = LEVEL_ORDER.map((level) => ({ track: TRACK, level, asOf: AS_OF }));
  const allLevels = { track: TRACK, asOf: AS_OF };
  const perLevel = new Map(LEVEL_ORDER.map((level) => [level, engineFor([level])]));
  const everyClause = engineFor(LEVEL_ORDER);
  const facts = profiles.map(factsOf);
  const factsOfIndex = (i: number): Facts => facts[i % PROFILES] as Facts;

  // Same answers first: a speed-up on different answers would mean nothing.
  let eligibleCount = 0;
  for (let i = 0; i < PROFILES; i++) {
    const ours = checkAllLevels(profileOf(i), allLevels);
    const theirs = (await everyClause.run(factsOfIndex(i))).events.map((event) => event.type).sort();
    const oursIds = LEVEL_ORDER.flatMap((level) => ours[level].satisfiedBy).sort();
    if (JSON.stringify(oursIds) !== JSON.stringify(theirs)) throw new Error(`profile ${i}: skillcert ${oursIds.join(',')} vs json-rules-engine ${theirs.join(',')}`);
    const one = checkEligibility(profileOf(i), queries[i % 3] as (typeof queries)[number]);
    if (JSON.stringify(one) !== JSON.stringify(ours[levelOf(i)])) throw new Error(`profile ${i}: checkEligibility and checkAllLevels differ`);
    if (one.eligible) eligibleCount++;
  }
  console.log(`${PROFILES} generated profiles as of ${AS_OF}: both engines find the same clauses met for every profile; ${eligibleCount} eligible at the level checked`);
  console.log('json-rules-engine gets the same clauses (translated from CLAUSES) and precomputed facts; skillcert validates the raw profile and query and computes messages and earliest dates');
  const parseNs = medianNsPerOp((i) => profileSchema.safeParse(profileOf(i)).success, PROFILES);
  console.log(`of which validating a profile (profileSchema, the hand-written reader) alone: ${(parseNs / 1000).toFixed(2)} µs`);

  const oursOne = medianNsPerOp((i) => checkEligibility(profileOf(i), queries[i % 3] as (typeof queries)[number]).eligible, PROFILES);
  const theirsOne = await medianNsPerOpAsync(async (i) => (await (perLevel.get(levelOf(i)) as Engine).run(factsOfIndex(i))).events.length, PROFILES);
  const oursAll = medianNsPerOp((i) => checkAllLevels(profileOf(i), allLevels).senior.eligible, PROFILES);
  const theirsAll = await medianNsPerOpAsync(async (i) => (await everyClause.run(factsOfIndex(i))).events.length, PROFILES);
  const perSecond = (ns: number): string => Math.round(1e9 / ns).toLocaleString('en');
  console.log(`one level (5–7 clauses):  skillcert ${perSecond(oursOne)} checks/s, json-rules-engine ${perSecond(theirsOne)} checks/s`);
  console.log(`all 19 clauses:          skillcert ${perSecond(oursAll)} profiles/s, json-rules-engine ${perSecond(theirsAll)} profiles/s`);
  report('checkEligibility, one level', oursOne, 'json-rules-engine', theirsOne, 20);
  report('checkAllLevels, all 19 clauses', oursAll, 'json-rules-engine', theirsAll, 20);
}
