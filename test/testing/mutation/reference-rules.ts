// A small, deliberately plain re-reading of /work/shared/spec/RULES.md, written without
// looking at src/: what a careful team building its own form validator, calendar check or
// marking sheet would write. It shares no code with the library (own date arithmetic, own
// clause table, holiday data read straight from chinese-days' JSON). Each MISTAKE switches on
// one realistic slip, so that the mutation test can ask whether the kit's arbitraries find it.
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

export const MISTAKES = [
  'touching periods not merged',
  'years as days / 365',
  'overlaps summed twice',
  '> for ≥',
  'certificate issued after asOf counted',
  'unknown fields ignored',
  'vocational school counted for any major',
  'make-up Saturday not a working day',
  'holiday counted as a working day',
  'multiple choice scored by subset',
] as const;
export type Mistake = (typeof MISTAKES)[number];

// ---------------------------------------------------------------------------------------
// Dates: days since 1970-01-01 by the civil-from-days algorithm (proleptic Gregorian).

export function dayOf(text: string): number {
  const y0 = Number(text.slice(0, 4));
  const m = Number(text.slice(5, 7));
  const d = Number(text.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function textOf(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** [I-4]: n calendar years later; 29 February lands on 28 February in a common year. */
export function plusYears(day: number, n: number): number {
  const text = textOf(day);
  const y = Number(text.slice(0, 4)) + n;
  const md = text.slice(5) === '02-29' && !isLeap(y) ? '02-28' : text.slice(5);
  return dayOf(`${String(y).padStart(4, '0')}-${md}`);
}

// ---------------------------------------------------------------------------------------
// Eligibility (RULES.md section 2).

type Related = boolean | string[];
interface Profile {
  education?: { level: string; relatedMajor?: Related } | null;
  enrolment?: { institution: string; relatedMajor?: Related; from: string; until?: string } | null;
  work?: { from: string; to?: string | null; related: Related }[];
  certificates?: { kind: string; level: string; track?: string; issuedOn: string }[];
}
interface Query {
  track: string;
  level: string;
  asOf: string;
  policy?: { continuityGapDays?: number; progressionSameTrackOnly?: boolean };
}
export interface Verdict {
  status: 'eligible' | 'ineligible' | 'incomplete';
  satisfiedBy: string[];
}

const EDUCATION = ['below-high-school', 'high-school', 'secondary-vocational', 'associate', 'bachelor', 'master', 'doctorate'];
const LEVELS = ['junior', 'intermediate', 'senior'];

// Three-valued: true, false, or undefined = not known (a fact is absent).
type Maybe = boolean | undefined;
const relatedTo = (related: Related | undefined, track: string): Maybe => (related === undefined ? undefined : related === true || (Array.isArray(related) && related.includes(track)));

type Need =
  | ['education', string]
  | ['major']
  | ['cumulative', number]
  | ['continuous', number]
  | ['student']
  | ['other', string]
  | ['scheme', string]
  | ['held', string, number];

// The clause table, as RULES.md lists it.
const CLAUSES: Record<string, Need[]> = {
  'junior.1': [['cumulative', 3]],
  'junior.2': [['education', 'high-school'], ['cumulative', 2]],
  'junior.3': [['education', 'secondary-vocational'], ['cumulative', 1]],
  'junior.4': [['student']],
  'junior.5': [['other', 'junior']],
  'intermediate.1': [['education', 'secondary-vocational'], ['continuous', 3]],
  'intermediate.2': [['education', 'associate'], ['continuous', 2]],
  'intermediate.3': [['education', 'bachelor'], ['continuous', 1]],
  'intermediate.4': [['education', 'master']],
  'intermediate.5': [['education', 'associate'], ['major']],
  'intermediate.6': [['scheme', 'junior'], ['cumulative', 1]],
  'intermediate.7': [['other', 'intermediate']],
  'senior.1': [['education', 'secondary-vocational'], ['continuous', 4]],
  'senior.2': [['education', 'associate'], ['continuous', 3]],
  'senior.3': [['education', 'bachelor'], ['continuous', 2]],
  'senior.4': [['education', 'master'], ['continuous', 2]],
  'senior.5': [['education', 'associate'], ['major'], ['cumulative', 1]],
  'senior.6': [['scheme', 'intermediate'], ['cumulative', 1]],
  'senior.7': [['held', 'senior', 1]],
};

interface Experience {
  cumulativeYears: number;
  continuousYears: number;
}

function experience(work: NonNullable<Profile['work']>, q: Query, mistake?: Mistake): Experience {
  const asOf = dayOf(q.asOf);
  // Related periods, cut at the as-of date; later ones do not count yet [I-14].
  const spans = work
    .filter((p) => relatedTo(p.related, q.track) === true)
    .map((p) => [dayOf(p.from), Math.min(p.to == null ? asOf : dayOf(p.to), asOf)] as [number, number])
    .filter(([from, to]) => from <= to)
    .sort((a, b) => a[0] - b[0]);
  // [I-5] distinct days.
  let days = 0;
  if (mistake === 'overlaps summed twice') {
    for (const [from, to] of spans) days += to - from + 1;
  } else {
    let covered = -Infinity;
    for (const [from, to] of spans) {
      if (to > covered) days += to - Math.max(from, covered + 1) + 1;
      covered = Math.max(covered, to);
    }
  }
  // [I-3] runs: overlapping or touching periods join; the policy may bridge a gap.
  const gap = q.policy?.continuityGapDays ?? 0;
  const reach = mistake === 'touching periods not merged' ? gap : gap + 1;
  let best = 0;
  let run: [number, number] | undefined;
  const close = () => {
    if (run === undefined) return;
    const [from, to] = run;
    let years: number;
    if (mistake === 'years as days / 365') years = Math.floor((to - from + 1) / 365);
    else for (years = 0; plusYears(from, years + 1) <= to + 1; years++);
    best = Math.max(best, years);
  };
  for (const [from, to] of spans) {
    if (run !== undefined && from <= run[1] + reach) run[1] = Math.max(run[1], to);
    else close(), (run = [from, to]);
  }
  close();
  return { cumulativeYears: Math.floor(days / 365), continuousYears: best };
}

function need(need: Need, profile: Profile, q: Query, mistake?: Mistake): Maybe {
  const atLeast = (years: number, n: number) => (mistake === '> for ≥' ? years > n : years >= n);
  const asOf = dayOf(q.asOf);
  const known = mistake === 'unknown fields ignored';
  switch (need[0]) {
    case 'education': {
      if (profile.education === undefined) return known ? false : undefined;
      return profile.education !== null && EDUCATION.indexOf(profile.education.level) >= EDUCATION.indexOf(need[1]);
    }
    case 'major': {
      if (profile.education === undefined) return known ? false : undefined;
      if (profile.education === null) return false;
      const related = relatedTo(profile.education.relatedMajor, q.track);
      return related === undefined && known ? false : related;
    }
    case 'cumulative':
    case 'continuous': {
      if (profile.work === undefined) return known ? false : undefined;
      const e = experience(profile.work, q, mistake);
      return atLeast(need[0] === 'cumulative' ? e.cumulativeYears : e.continuousYears, need[1]);
    }
    case 'student': {
      const e = profile.enrolment;
      if (e === undefined) return known ? false : undefined;
      if (e === null) return false;
      // [I-8], [I-14]: enrolled on the as-of date, `until` inclusive.
      if (dayOf(e.from) > asOf || (e.until !== undefined && dayOf(e.until) < asOf)) return false;
      if (e.institution === 'higher-education' || mistake === 'vocational school counted for any major') return true;
      const related = relatedTo(e.relatedMajor, q.track);
      return related === undefined && known ? false : related;
    }
    case 'other':
    case 'scheme':
    case 'held': {
      if (profile.certificates === undefined) return known ? false : undefined;
      const rank = LEVELS.indexOf(need[1]);
      return profile.certificates.some((c) => {
        const issued = dayOf(c.issuedOn);
        if (issued > asOf && mistake !== 'certificate issued after asOf counted') return false;
        if (LEVELS.indexOf(c.level) < rank) return false;
        if (need[0] === 'scheme') return c.kind === 'skillcert' && (!q.policy?.progressionSameTrackOnly || c.track === q.track);
        // [I-9] "other": anything but this scheme's certificate of this track and level.
        if (c.kind === 'skillcert' && c.track === q.track && c.level === q.level) return false;
        if (need[0] === 'other') return true;
        // [I-11] held a full year.
        const anniversary = plusYears(issued, need[2]);
        return mistake === '> for ≥' ? anniversary < asOf : anniversary <= asOf;
      });
    }
  }
}

/** Which clauses of the asked level are met, and the status ([I-2]…[I-14]). */
export function referenceEligibility(profile: Profile, q: Query, mistake?: Mistake): Verdict {
  const satisfiedBy: string[] = [];
  let open = false;
  for (const [id, needs] of Object.entries(CLAUSES)) {
    if (!id.startsWith(`${q.level}.`)) continue;
    const values = needs.map((n) => need(n, profile, q, mistake));
    if (values.includes(false)) continue;
    if (values.includes(undefined)) open = true;
    else satisfiedBy.push(id);
  }
  return { status: satisfiedBy.length > 0 ? 'eligible' : open ? 'incomplete' : 'ineligible', satisfiedBy };
}

// ---------------------------------------------------------------------------------------
// Working days (RULES.md section 4, [I-24] erratum).

// [I-24]: the notices win over the data copy.
const HOLIDAYS: Record<string, string> = { ...chineseDays.holidays, '2011-06-05': '端午节', '2012-06-23': '端午节', '2015-09-05': '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日' };
const WORKDAYS: Record<string, string> = { ...chineseDays.workdays, '2005-12-31': '国办发明电〔2005〕35号' };
export const ERRATA = ['2005-12-31', '2011-06-05', '2012-06-23', '2015-09-05'];
const COVERED = new Set([...Object.keys(HOLIDAYS), ...Object.keys(WORKDAYS)].map((date) => Number(date.slice(0, 4))));

export class NotCovered extends Error {}

export function referenceDayKind(date: string, uncovered: string, mistake?: Mistake): string {
  const day = dayOf(date);
  const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  const weekend = weekday === 0 || weekday === 6;
  if (!COVERED.has(Number(date.slice(0, 4)))) {
    if (uncovered !== 'weekends-only') throw new NotCovered(date);
    return weekend ? 'weekend' : 'workday';
  }
  if (Object.hasOwn(HOLIDAYS, date) && mistake !== 'holiday counted as a working day') return 'holiday';
  if (Object.hasOwn(WORKDAYS, date)) return 'makeup-workday';
  return weekend ? 'weekend' : 'workday';
}

function isWorking(date: string, uncovered: string, mistake?: Mistake): boolean {
  const kind = referenceDayKind(date, uncovered, mistake);
  return kind === 'workday' || (kind === 'makeup-workday' && mistake !== 'make-up Saturday not a working day');
}

/** The n-th working day strictly after (n > 0) or before (n < 0) a date; the date itself for 0. */
export function referenceAddWorkingDays(date: string, n: number, uncovered: string, mistake?: Mistake): string {
  let day = dayOf(date);
  const step = Math.sign(n);
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    if (isWorking(textOf(day), uncovered, mistake)) left--;
  }
  return textOf(day);
}

/** Working days in (a, b]; minus those in (b, a] when b is before a. */
export function referenceWorkingDaysBetween(a: string, b: string, uncovered: string, mistake?: Mistake): number {
  const [from, to, sign] = dayOf(b) >= dayOf(a) ? [dayOf(a), dayOf(b), 1] : [dayOf(b), dayOf(a), -1];
  let count = 0;
  for (let day = from + 1; day <= to; day++) if (isWorking(textOf(day), uncovered, mistake)) count++;
  return sign * count;
}

// ---------------------------------------------------------------------------------------
// Scoring (RULES.md section 5): exact sums in whole hundredths of a point; partial credit
// is f × the points rounded half-up to the hundredth (docs/rules.md, [I-22]).

interface Paper {
  sections: { kind: string; questions: { id: string; points: number }[] }[];
}
type Policy = { multiple?: 'all-or-nothing' | { partial: number } } | undefined;

export function referenceScore(
  paper: Paper,
  key: Record<string, string | string[]>,
  responses: Record<string, unknown>,
  policy: Policy,
  mistake?: Mistake,
): { total: number; passed: boolean } {
  let hundredths = 0;
  const fraction = typeof policy?.multiple === 'object' ? policy.multiple.partial : 0;
  for (const section of paper.sections) {
    for (const { id, points } of section.questions) {
      const possible = Math.round(points * 100);
      const response = Object.hasOwn(responses, id) ? responses[id] : undefined;
      if (section.kind === 'short') {
        if (typeof response === 'number') hundredths += Math.round(response * 100);
        continue;
      }
      const picks = new Set(typeof response === 'string' ? (response === '' ? [] : [response]) : Array.isArray(response) ? (response as string[]) : []);
      const keyEntry = Object.hasOwn(key, id) ? key[id] : undefined;
      const right = new Set(typeof keyEntry === 'string' ? [keyEntry] : (keyEntry ?? []));
      const allRight = [...picks].every((p) => right.has(p));
      if (picks.size === right.size && allRight) hundredths += possible;
      else if (section.kind === 'multiple' && picks.size > 0 && allRight) {
        hundredths += mistake === 'multiple choice scored by subset' ? possible : Math.floor(possible * fraction + 0.5);
      }
    }
  }
  return { total: hundredths / 100, passed: hundredths >= 6000 };
}
