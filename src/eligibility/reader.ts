/**
 * The runtime reader of eligibility input, written by hand: no zod in the bundle of
 * `checkEligibility` (so `skillcert/schedule`, which calls it, stays small) and a fraction of
 * zod's cost per check. It accepts, returns and rejects exactly what {@link profileSchema}
 * does, with the same issues in the same order (test/eligibility/reader-equivalence.test.ts
 * holds the two together), including zod's object rules: a declared key is read with `in`
 * and `[]` (inherited ones count), unknown keys are dropped, a present `undefined` is kept.
 * @module
 */
import { listLength, tooMany } from '../core/bounded-list.js';
import { own } from '../core/own.js';
import { invalidInput, issue, readGuarded, unknownValue, within, wrongType, type ValidationIssue } from '../core/errors.js';
import { ELIGIBILITY_TEXTS as TEXTS, type EligibilityNoun } from './issue-texts.js';
import { dateIssue, dayNumberOfText, type PlainDate } from '../core/plain-date.js';
import { EDUCATION_LEVEL_IDS, EDUCATION_LEVELS, LEVEL_IDS, LEVELS, TRACK_IDS, TRACKS, type Bilingual } from './catalog.js';

// Reads the value at `key` with `read`, a throwing getter or trap inside located under `key`.
function readWithin<T>(key: string, value: unknown, issues: Issues, read: (value: unknown, issues: Issues) => T): T {
  try {
    return read(value, issues);
  } catch (error) {
    return within(key, error);
  }
}
import type { Certificate, Education, Enrolment, Profile, WorkPeriod } from './profile.js';

/**
 * At most this many work periods in one profile.
 *
 * @example
 * ```ts
 * MAX_WORK_PERIODS;
 * //=> 200
 * ```
 */
export const MAX_WORK_PERIODS = 200;

/**
 * At most this many certificates in one profile.
 *
 * @example
 * ```ts
 * MAX_CERTIFICATES;
 * //=> 50
 * ```
 */
export const MAX_CERTIFICATES = 50;

/** An issue while it is being located: paths grow at the front as readers return. */
type OpenIssue = Omit<ValidationIssue, 'path'> & { path: (string | number)[] };

/**
 * The issues a reader pushes, with paths relative to the value it was given.
 *
 * @example
 * ```ts
 * const issues: Issues = [];
 * pushIssue(issues, issue([], 'required'));
 * ```
 */
export type Issues = OpenIssue[];

/**
 * Reads one value: returns it checked, after pushing an issue (path relative to the value)
 * for each problem. The value returned with issues is never used.
 *
 * @example
 * ```ts
 * const readFlag: ValueReader = (value, issues) => (typeof value === 'boolean' ? value : pushIssue(issues, wrongType([], 'boolean', value, TEXTS)));
 * ```
 */
export type ValueReader = (value: unknown, issues: Issues) => unknown;

// The id in a table whose name a value gives instead (`本科` → `bachelor`, `初级` → `junior`,
// `Junior` → `junior`): the suggestion of an unknown-value issue.
function idNamed(table: readonly { readonly id: string; readonly name: Bilingual }[], value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const lower = text.toLowerCase();
  // A whole name before the start of another: 高中 is high-school, not the start of 高中以下.
  const named = table.find(({ id, name }) => id === lower || name.en.toLowerCase() === lower || name.zh === text);
  return (named ?? (text.length >= 2 ? table.find(({ name }) => name.zh.startsWith(text)) : undefined))?.id;
}

/**
 * The issue of a relatedness that is neither a boolean nor a list of track ids (for a
 * list: the first entry that is no track id; holes are skipped, as `every` skips them).
 *
 * @example
 * ```ts
 * relatednessIssue(['digital-manager', 'chef']).code;
 * //=> 'unknown-value'
 * ```
 */
export function relatednessIssue(value: unknown): ValidationIssue {
  if (!Array.isArray(value)) return wrongType([], 'relatedness', value, TEXTS);
  if (value.length > TRACK_IDS.length) return tooMany([], TRACK_IDS.length, 'track-ids', TEXTS);
  let bad: unknown;
  for (let i = 0; i < value.length; i++) {
    if (i in value && !isTrackId(value[i])) {
      bad = value[i];
      break;
    }
  }
  return unknownValue([], 'track', TRACK_IDS, bad, TEXTS, idNamed(TRACKS, bad));
}

/**
 * Whether a value is a relatedness: a boolean, or an array of at most as many entries as
 * there are tracks whose entries (holes skipped, as `every` does) are track ids.
 *
 * @example
 * ```ts
 * [isRelatedness(true), isRelatedness(['digital-manager']), isRelatedness('yes')];
 * //=> [true, true, false]
 * ```
 */
export function isRelatedness(value: unknown): boolean {
  return typeof value === 'boolean' || (Array.isArray(value) && value.length <= TRACK_IDS.length && (value as unknown[]).every(isTrackId));
}

/**
 * The issue of a `skillcert` certificate without its track ([I-9]), at `['track']`.
 *
 * @example
 * ```ts
 * skillcertNeedsTrack().message.zh;
 * //=> '必填：本方案证书须注明职业方向'
 * ```
 */
export function skillcertNeedsTrack(): ValidationIssue {
  return issue(['track'], 'required', { for: 'skillcert-track' }, TEXTS);
}

/**
 * The issue of a period whose end (`end`, the path) is before its start (`start`).
 *
 * @example
 * ```ts
 * endsBeforeStart('from', '2025-01-01', 'to', '2024-12-31').message.en;
 * //=> 'ends before it starts: 2024-12-31 is before from 2025-01-01'
 * ```
 */
export function endsBeforeStart(start: string, startValue: unknown, end: string, endValue: unknown): ValidationIssue {
  return issue([end], 'ends-before-start', { start, from: String(startValue), to: String(endValue) });
}

/**
 * The issue of a required key that is missing (zod's for a declared key `in` does not find
 * although reading it gave a valid value, which only a proxy can do).
 *
 * @example
 * ```ts
 * notPresent('track').code;
 * //=> 'required'
 * ```
 */
export function notPresent(key: string): ValidationIssue {
  return issue([key], 'required');
}

/**
 * The issue of a value outside a list of ids, suggesting the id whose name it gives.
 *
 * @example
 * ```ts
 * idIssue('education-level', '本科').params?.suggestion;
 * //=> 'bachelor'
 * ```
 */
export function idIssue(what: IdKind, value: unknown): ValidationIssue {
  const [ids, names] = ID_LISTS[what];
  return unknownValue([], what, ids, value, TEXTS, names === undefined ? undefined : idNamed(names, value));
}

/** The id lists a profile or query names, by what they are ids of. */
export type IdKind = 'education-level' | 'institution' | 'certificate-kind' | 'level' | 'track';

const ID_LISTS: Readonly<Record<IdKind, readonly [readonly string[], (readonly { readonly id: string; readonly name: Bilingual }[])?]>> = {
  'education-level': [EDUCATION_LEVEL_IDS, EDUCATION_LEVELS],
  institution: [['higher-education', 'vocational']],
  'certificate-kind': [['skillcert', 'vocational', 'title']],
  level: [LEVEL_IDS, LEVELS],
  track: [TRACK_IDS, TRACKS],
};

function isTrackId(value: unknown): boolean {
  return (TRACK_IDS as readonly unknown[]).includes(value);
}

export { isObjectLike } from '../core/describe-value.js';
import { isObjectLike } from '../core/describe-value.js';

/**
 * Pushes one issue (its path relative to the value being read) and returns `undefined`.
 *
 * @example
 * ```ts
 * pushIssue(issues, wrongType([], 'boolean', 'yes'));
 * //=> undefined
 * ```
 */
export function pushIssue(issues: Issues, found: ValidationIssue): undefined {
  issues.push({ ...found, path: [...found.path] });
  return undefined;
}

// Prefixes the paths of the issues pushed since `start` with `key`.
function locate(issues: Issues, start: number, key: string | number): void {
  for (let i = start; i < issues.length; i++) (issues[i] as OpenIssue).path.unshift(key);
}

/**
 * Reads an optional key of an object as `z.object` does: reads it, checks it, then asks `in`;
 * absent, it is left out (its issues dropped); present, it is kept even when `undefined`.
 *
 * @example
 * ```ts
 * const out = {};
 * readKey({ flag: true }, 'flag', out, [], readFlag);
 * out;
 * //=> { flag: true }
 * ```
 */
export function readKey(input: Record<string, unknown>, key: string, out: Record<string, unknown>, issues: Issues, read: ValueReader): void {
  const start = issues.length;
  const value = own(input, key);
  const result = value === undefined ? undefined : readWithin(key, value, issues, read);
  if (settleOptional(issues, start, key, Object.hasOwn(input, key))) out[key] = result;
}

/**
 * Reads a `"YYYY-MM-DD"` day, with the issues of `plainDateSchema`.
 *
 * @example
 * ```ts
 * readDate('2026-02-30', issues);
 * // pushes { path: [], code: 'impossible-date', … }
 * ```
 */
export function readDate(value: unknown, issues: Issues): PlainDate | undefined {
  if (dayNumberOfText(value) !== undefined) return value as PlainDate;
  return pushIssue(issues, dateIssue([], value));
}

function readNullableDate(value: unknown, issues: Issues): PlainDate | null | undefined {
  return value === null ? null : readDate(value, issues);
}

/**
 * A reader of one of a few string ids.
 *
 * @example
 * ```ts
 * idReader('level')('expert', issues);
 * // pushes { path: [], code: 'unknown-value', … }
 * ```
 */
export function idReader(what: IdKind): ValueReader {
  const ids: readonly unknown[] = ID_LISTS[what][0];
  return (value, issues) => (ids.includes(value) ? value : pushIssue(issues, idIssue(what, value)));
}

function readRelatedness(value: unknown, issues: Issues): unknown {
  if (typeof value === 'boolean') return value;
  if (!Array.isArray(value)) return pushIssue(issues, relatednessIssue(value));
  // The length read once, never converted, and checked first (issue 14, finding 1); each entry
  // read once, as `every` reads it (holes skipped), into a list of our own: what is checked is
  // what is used later, even if a getter would answer differently the next time. The issues
  // are relatednessIssue's, made from what was read (never reading the list again).
  const length = listLength(value);
  if (length > TRACK_IDS.length) return pushIssue(issues, tooMany([], TRACK_IDS.length, 'track-ids', TEXTS));
  const tracks: unknown[] = new Array(length);
  for (let i = 0; i < length; i++) {
    let track: unknown;
    try {
      if (!(i in value)) continue;
      track = value[i];
    } catch (error) {
      within(i, error);
    }
    // relatednessIssue names the first entry that is no track id, holes skipped.
    if (!isTrackId(track)) return pushIssue(issues, unknownValue([], 'track', TRACK_IDS, track, TEXTS, idNamed(TRACKS, track)));
    tracks[i] = track;
  }
  return tracks;
}

// Built on first use: the id readers are closures over their lists.
let readers:
  | { readonly educationLevel: ValueReader; readonly institution: ValueReader; readonly kind: ValueReader; readonly level: ValueReader; readonly track: ValueReader }
  | undefined;

function idReaders(): NonNullable<typeof readers> {
  return (readers ??= {
    educationLevel: idReader('education-level'),
    institution: idReader('institution'),
    kind: idReader('certificate-kind'),
    level: idReader('level'),
    track: idReader('track'),
  });
}

/**
 * The reader of a track id (`unknown-value`, suggesting the id of a Chinese track name).
 *
 * @example
 * ```ts
 * trackReader()('chef', issues);
 * //=> undefined
 * ```
 */
export function trackReader(): ValueReader {
  return idReaders().track;
}

/**
 * The reader of a level id (`unknown-value`, suggesting `junior` for `初级`).
 *
 * @example
 * ```ts
 * levelReader()('junior', []);
 * //=> 'junior'
 * ```
 */
export function levelReader(): ValueReader {
  return idReaders().level;
}

// The object readers below spell out each key (a literal `own(value, 'from')`, not `own(value, key)`):
// a property read at a fixed name is several times faster on the hot path. Each follows
// z.object: read the key, check the value, then ask `in` (see readKey).

/**
 * After reading a required key: its issues located at `key`; a valid value `in` denies is an
 * issue. Returns whether the key read cleanly.
 *
 * @example
 * ```ts
 * settleRequired(issues, issues.length, 'track', false);
 * //=> false   (pushes { path: ['track'], code: 'required', … })
 * ```
 */
export function settleRequired(issues: Issues, start: number, key: string, present: boolean): boolean {
  if (issues.length !== start) locate(issues, start, key);
  else if (!present) pushIssue(issues, notPresent(key));
  else return true;
  return false;
}

/**
 * After reading an optional key: absent, it is left out with its issues; present, its issues
 * are located at `key`. Returns whether the key is kept.
 *
 * @example
 * ```ts
 * settleOptional(issues, issues.length, 'policy', true);
 * //=> true
 * ```
 */
export function settleOptional(issues: Issues, start: number, key: string, present: boolean): boolean {
  // Setting `length` is a runtime call even when it changes nothing: only when there is something to drop.
  if (!present) {
    if (issues.length !== start) issues.length = start;
  } else if (issues.length !== start) locate(issues, start, key);
  return present;
}

// [I-3]: a period ends on or after its start (checked only when both dates read cleanly, so a
// bad date is reported once).
function checkOrder(issues: Issues, start: string, startValue: unknown, end: string, endValue: unknown): void {
  if (endValue !== undefined && endValue !== null && (endValue as string) < (startValue as string)) {
    pushIssue(issues, endsBeforeStart(start, startValue, end, endValue));
  }
}

function readEducation(value: unknown, issues: Issues): Education | null | undefined {
  if (value === null) return null;
  if (!isObjectLike(value)) return pushIssue(issues, wrongType([], 'object-or-null', value, TEXTS));
  const start = issues.length;
  let at = start;
  const level = idReaders().educationLevel(own(value, 'level'), issues);
  settleRequired(issues, at, 'level', Object.hasOwn(value, 'level'));
  at = issues.length;
  const majorValue = own(value, 'relatedMajor');
  const relatedMajor = majorValue === undefined ? undefined : readWithin('relatedMajor', majorValue, issues, readRelatedness);
  const hasMajor = settleOptional(issues, at, 'relatedMajor', Object.hasOwn(value, 'relatedMajor'));
  if (issues.length !== start) return undefined;
  return (hasMajor ? { level, relatedMajor } : { level }) as Education;
}

function readEnrolment(value: unknown, issues: Issues): Enrolment | null | undefined {
  if (value === null) return null;
  if (!isObjectLike(value)) return pushIssue(issues, wrongType([], 'object-or-null', value, TEXTS));
  const start = issues.length;
  let at = start;
  const institution = idReaders().institution(own(value, 'institution'), issues);
  settleRequired(issues, at, 'institution', Object.hasOwn(value, 'institution'));
  at = issues.length;
  const majorValue = own(value, 'relatedMajor');
  const relatedMajor = majorValue === undefined ? undefined : readWithin('relatedMajor', majorValue, issues, readRelatedness);
  const hasMajor = settleOptional(issues, at, 'relatedMajor', Object.hasOwn(value, 'relatedMajor'));
  at = issues.length;
  const from = readDate(own(value, 'from'), issues);
  const fromRead = settleRequired(issues, at, 'from', Object.hasOwn(value, 'from'));
  at = issues.length;
  const untilValue = own(value, 'until');
  const until = untilValue === undefined ? undefined : readDate(untilValue, issues);
  const hasUntil = settleOptional(issues, at, 'until', Object.hasOwn(value, 'until'));
  if (fromRead && issues.length === at) checkOrder(issues, 'from', from, 'until', hasUntil ? until : undefined);
  if (issues.length !== start) return undefined;
  if (hasMajor) return (hasUntil ? { institution, relatedMajor, from, until } : { institution, relatedMajor, from }) as Enrolment;
  return (hasUntil ? { institution, from, until } : { institution, from }) as Enrolment;
}

function readWorkPeriod(value: unknown, issues: Issues): WorkPeriod | undefined {
  if (!isObjectLike(value)) return pushIssue(issues, wrongType([], 'work-period', value, TEXTS));
  const start = issues.length;
  let at = start;
  const from = readDate(own(value, 'from'), issues);
  const fromRead = settleRequired(issues, at, 'from', Object.hasOwn(value, 'from'));
  at = issues.length;
  const toValue = own(value, 'to');
  const to = toValue === undefined ? undefined : readNullableDate(toValue, issues);
  const hasTo = settleOptional(issues, at, 'to', Object.hasOwn(value, 'to'));
  const toRead = issues.length === at;
  at = issues.length;
  const related = readWithin('related', own(value, 'related'), issues, readRelatedness);
  settleRequired(issues, at, 'related', Object.hasOwn(value, 'related'));
  if (fromRead && toRead) checkOrder(issues, 'from', from, 'to', hasTo ? to : undefined);
  if (issues.length !== start) return undefined;
  return (hasTo ? { from, to, related } : { from, related }) as WorkPeriod;
}

function readCertificate(value: unknown, issues: Issues): Certificate | undefined {
  if (!isObjectLike(value)) return pushIssue(issues, wrongType([], 'certificate', value, TEXTS));
  const start = issues.length;
  const ids = idReaders();
  let at = start;
  const kind = ids.kind(own(value, 'kind'), issues);
  const kindRead = settleRequired(issues, at, 'kind', Object.hasOwn(value, 'kind'));
  at = issues.length;
  const level = ids.level(own(value, 'level'), issues);
  settleRequired(issues, at, 'level', Object.hasOwn(value, 'level'));
  at = issues.length;
  const trackValue = own(value, 'track');
  const track = trackValue === undefined ? undefined : ids.track(trackValue, issues);
  const hasTrack = settleOptional(issues, at, 'track', Object.hasOwn(value, 'track'));
  const trackRead = issues.length === at;
  at = issues.length;
  const issuedOn = readDate(own(value, 'issuedOn'), issues);
  settleRequired(issues, at, 'issuedOn', Object.hasOwn(value, 'issuedOn'));
  // [I-9]: this scheme's own certificate counts for a track only when it names one.
  if (kindRead && trackRead && kind === 'skillcert' && (hasTrack ? track : undefined) === undefined) {
    pushIssue(issues, skillcertNeedsTrack());
  }
  if (issues.length !== start) return undefined;
  return (hasTrack ? { kind, level, track, issuedOn } : { kind, level, issuedOn }) as Certificate;
}

// A list with a size limit checked before any item is read, each item at its index.
function readList(value: unknown, issues: Issues, what: ListKind, max: number, readItem: ValueReader): unknown[] | undefined {
  if (!Array.isArray(value)) return pushIssue(issues, wrongType([], LIST_NOUNS[what], value, TEXTS));
  // The length is read once and never converted (issue 14, finding 1): a proxy could report a
  // small one to the check and a huge one after, or an object whose valueOf does.
  const length = listLength(value);
  if (length > max) return pushIssue(issues, tooMany([], max, what, TEXTS));
  const items: unknown[] = new Array(length);
  for (let i = 0; i < length; i++) {
    const start = issues.length;
    try {
      items[i] = readItem(value[i], issues);
    } catch (error) {
      within(i, error);
    }
    if (issues.length !== start) locate(issues, start, i);
  }
  return items;
}

/**
 * The lists of a profile, by what they count.
 *
 * @example
 * ```ts
 * const what: ListKind = 'work-periods';
 * ```
 */
export type ListKind = 'work-periods' | 'certificates';

/**
 * What a list of each kind is called where it is expected (`wrong-type`).
 *
 * @example
 * ```ts
 * LIST_NOUNS['work-periods'];
 * //=> 'work-period-list'
 * ```
 */
export const LIST_NOUNS: Readonly<Record<ListKind, EligibilityNoun>> = { 'work-periods': 'work-period-list', certificates: 'certificate-list' };

/**
 * Throws `invalid-input` with the issues found, if any.
 *
 * @example
 * ```ts
 * throwIfAny([]);
 * //=> undefined
 * ```
 */
export function throwIfAny(issues: readonly ValidationIssue[]): void {
  if (issues.length > 0) throw invalidInput(issues);
}

/**
 * Reads a raw profile exactly as `parseInput(profileSchema, input)` does: the same parsed
 * profile (unknown keys left out, the caller's objects never changed), or the same
 * `SkillcertError` `invalid-input` with the same issues in the same order ("input could not
 * be read" for a hostile getter or proxy).
 *
 * @example
 * ```ts
 * readProfile({ education: { level: 'master', nickname: 'x' } });
 * //=> { education: { level: 'master' } }
 * readProfile({ work: [{ from: '2024-01-01' }] });
 * // throws SkillcertError { code: 'invalid-input', issues: [{ path: ['work', 0, 'related'], … }] }
 * ```
 */
export function readProfile(input: unknown): Profile {
  return readGuarded(() => {
    const issues: Issues = [];
    if (!isObjectLike(input)) throw invalidInput([wrongType([], 'profile', input, TEXTS)]);
    const out: Profile = {};
    let at = 0;
    const education = own(input, 'education');
    const readEducationValue = education === undefined ? undefined : readWithin('education', education, issues, readEducation);
    if (settleOptional(issues, at, 'education', Object.hasOwn(input, 'education'))) out.education = readEducationValue;
    at = issues.length;
    const enrolment = own(input, 'enrolment');
    const readEnrolmentValue = enrolment === undefined ? undefined : readWithin('enrolment', enrolment, issues, readEnrolment);
    if (settleOptional(issues, at, 'enrolment', Object.hasOwn(input, 'enrolment'))) out.enrolment = readEnrolmentValue;
    at = issues.length;
    const work = own(input, 'work');
    const readWorkValue = work === undefined ? undefined : readWithin('work', work, issues, (list, found) => readList(list, found, 'work-periods', MAX_WORK_PERIODS, readWorkPeriod));
    if (settleOptional(issues, at, 'work', Object.hasOwn(input, 'work'))) out.work = readWorkValue as WorkPeriod[];
    at = issues.length;
    const certificates = own(input, 'certificates');
    const readCertificatesValue = certificates === undefined ? undefined : readWithin('certificates', certificates, issues, (list, found) => readList(list, found, 'certificates', MAX_CERTIFICATES, readCertificate));
    if (settleOptional(issues, at, 'certificates', Object.hasOwn(input, 'certificates'))) out.certificates = readCertificatesValue as Certificate[];
    throwIfAny(issues);
    return out;
  });
}

/**
 * The reader of an object's declared keys, all optional (the policy's switches):
 * `readObject(value, issues, expected, keys)` gives the object of those keys that are present,
 * or pushes a `wrong-type` issue (`expected`) at the value.
 *
 * @example
 * ```ts
 * readObject({ continuityGapDays: -1 }, issues, 'policy', [['continuityGapDays', readGapDays]]);
 * // pushes { path: ['continuityGapDays'], code: … }
 * ```
 */
export function readObject(value: unknown, issues: Issues, expected: EligibilityNoun, keys: readonly (readonly [key: string, read: ValueReader])[]): Record<string, unknown> | undefined {
  if (!isObjectLike(value)) return pushIssue(issues, wrongType([], expected, value, TEXTS));
  const out: Record<string, unknown> = {};
  for (const [key, read] of keys) readKey(value, key, out, issues, read);
  return out;
}
