/**
 * The runtime reader of eligibility input, written by hand: no zod in the bundle of
 * `checkEligibility` (so `skillcert/schedule`, which calls it, stays small) and a fraction of
 * zod's cost per check. It accepts, returns and rejects exactly what {@link profileSchema}
 * does, with the same issues in the same order (test/eligibility/reader-equivalence.test.ts
 * holds the two together), including zod's object rules: a declared key is read with `in`
 * and `[]` (inherited ones count), unknown keys are dropped, a present `undefined` is kept.
 * @module
 */
import { listLength, tooManyMessage } from '../core/bounded-list.js';
import { own } from '../core/own.js';
import { within } from '../core/errors.js';

// Reads the value at `key` with `read`, a throwing getter or trap inside located under `key`.
function readWithin<T>(key: string, value: unknown, issues: Issues, read: (value: unknown, issues: Issues) => T): T {
  try {
    return read(value, issues);
  } catch (error) {
    return within(key, error);
  }
}
import { invalidInput, readGuarded, type ValidationIssue } from '../core/errors.js';
import { describeValue } from '../core/describe-value.js';
import { dayNumberOfText, type PlainDate } from '../core/plain-date.js';
import { EDUCATION_LEVEL_IDS, LEVEL_IDS, TRACK_IDS } from './catalog.js';
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
interface OpenIssue {
  path: (string | number)[];
  message: string;
}

/**
 * The issues a reader pushes, with paths relative to the value it was given.
 *
 * @example
 * ```ts
 * const issues: Issues = [{ path: ['track'], message: 'unknown track: chef (…)' }];
 * ```
 */
export type Issues = OpenIssue[];

/**
 * Reads one value: returns it checked, after pushing an issue (path relative to the value)
 * for each problem. The value returned with issues is never used.
 *
 * @example
 * ```ts
 * const readFlag: ValueReader = (value, issues) => (typeof value === 'boolean' ? value : pushIssue(issues, 'expected true or false'));
 * ```
 */
export type ValueReader = (value: unknown, issues: Issues) => unknown;

/**
 * `expected …, got …`: the message of a value of the wrong kind.
 *
 * @example
 * ```ts
 * expectedMessage('a profile object', []);
 * //=> 'expected a profile object, got an array'
 * ```
 */
export function expectedMessage(what: string, value: unknown): string {
  return `expected ${what}, got ${describeValue(value)}`;
}

/**
 * `unknown …: … (expected one of …)`: the message of a value outside a list of ids.
 *
 * @example
 * ```ts
 * unknownIdMessage('level', ['junior', 'senior'], 'expert');
 * //=> 'unknown level: expert (expected one of junior, senior)'
 * ```
 */
export function unknownIdMessage(what: string, ids: readonly string[], value: unknown): string {
  return `unknown ${what}: ${describeValue(value)} (expected one of ${ids.join(', ')})`;
}

/**
 * The message of a relatedness that is neither a boolean nor a list of track ids (for a
 * list: the first entry that is no track id, holes read as `undefined`).
 *
 * @example
 * ```ts
 * relatednessMessage(['digital-manager', 'chef']);
 * //=> 'unknown track: chef (expected one of all-media-operator, …)'
 * ```
 */
export function relatednessMessage(value: unknown): string {
  if (!Array.isArray(value)) return expectedMessage('true, false or a list of track ids', value);
  if (value.length > TRACK_IDS.length) return tooManyMessage(TRACK_IDS.length, 'track ids');
  return unknownIdMessage('track', TRACK_IDS, (value as unknown[]).find(isNotTrackId));
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

export { tooManyMessage } from '../core/bounded-list.js';

/**
 * The message of a `skillcert` certificate without its track.
 *
 * @example
 * ```ts
 * SKILLCERT_NEEDS_TRACK;
 * //=> 'a skillcert certificate needs its track'
 * ```
 */
export const SKILLCERT_NEEDS_TRACK = 'a skillcert certificate needs its track';

/**
 * The message of a period whose end is before its start.
 *
 * @example
 * ```ts
 * endsBeforeStartMessage('from', '2025-01-01', '2024-12-31');
 * //=> 'ends before it starts: 2024-12-31 is before from 2025-01-01'
 * ```
 */
export function endsBeforeStartMessage(start: string, startValue: unknown, endValue: unknown): string {
  return `ends before it starts: ${String(endValue)} is before ${start} ${String(startValue)}`;
}

// zod's message for a declared key that `in` does not find although reading it gave a valid
// value (only a proxy can do that); zod/mini has no locale, so it says this.
const NOT_PRESENT = 'Invalid input';

function isTrackId(value: unknown): boolean {
  return (TRACK_IDS as readonly unknown[]).includes(value);
}

function isNotTrackId(value: unknown): boolean {
  return !isTrackId(value);
}

export { isObjectLike } from '../core/describe-value.js';
import { isObjectLike } from '../core/describe-value.js';

/**
 * Pushes one issue at the value being read and returns `undefined`.
 *
 * @example
 * ```ts
 * pushIssue(issues, 'expected true or false');
 * //=> undefined
 * ```
 */
export function pushIssue(issues: Issues, message: string): undefined {
  issues.push({ path: [], message });
  return undefined;
}

// Prefixes the paths of the issues pushed since `start` with `key`.
function locate(issues: Issues, start: number, key: string | number): void {
  for (let i = start; i < issues.length; i++) (issues[i] as OpenIssue).path.unshift(key);
}

/**
 * Reads a declared key of an object as `z.object` does: reads it, checks it, then asks `in`;
 * an optional key that is absent is left out (its issues dropped), a present one is kept even
 * when `undefined`; a required key must be present.
 *
 * @example
 * ```ts
 * const out = {};
 * readKey({ flag: true }, 'flag', out, [], readFlag, false);
 * out;
 * //=> { flag: true }
 * ```
 */
export function readKey(input: Record<string, unknown>, key: string, out: Record<string, unknown>, issues: Issues, read: ValueReader, optional: boolean): void {
  const start = issues.length;
  const value = own(input, key);
  const result = optional && value === undefined ? undefined : readWithin(key, value, issues, read);
  const present = Object.hasOwn(input, key);
  if (!present) {
    if (optional) settleOptional(issues, start, key, false);
    else if (issues.length === start) issues.push({ path: [key], message: NOT_PRESENT });
    else locate(issues, start, key);
    return;
  }
  if (issues.length !== start) locate(issues, start, key);
  out[key] = result;
}

/**
 * Reads a `"YYYY-MM-DD"` day, with the messages of `plainDateSchema`.
 *
 * @example
 * ```ts
 * readDate('2026-02-30', issues);
 * // pushes { path: [], message: 'not a date: 2026-02-30' }
 * ```
 */
export function readDate(value: unknown, issues: Issues): PlainDate | undefined {
  if (dayNumberOfText(value) !== undefined) return value as PlainDate;
  if (typeof value !== 'string') return pushIssue(issues, `not a date: expected a "YYYY-MM-DD" string, got ${describeValue(value)}`);
  return pushIssue(issues, `not a date: ${describeValue(value)}`);
}

function readNullableDate(value: unknown, issues: Issues): PlainDate | null | undefined {
  return value === null ? null : readDate(value, issues);
}

/**
 * A reader of one of a few string ids.
 *
 * @example
 * ```ts
 * idReader('level', ['junior'])('expert', issues);
 * // pushes { path: [], message: 'unknown level: expert (expected one of junior)' }
 * ```
 */
export function idReader(what: string, ids: readonly string[]): ValueReader {
  return (value, issues) => ((ids as readonly unknown[]).includes(value) ? value : pushIssue(issues, unknownIdMessage(what, ids, value)));
}

function readRelatedness(value: unknown, issues: Issues): unknown {
  if (typeof value === 'boolean') return value;
  if (!Array.isArray(value)) return pushIssue(issues, relatednessMessage(value));
  // The length read once, never converted, and checked first (issue 14, finding 1); each entry
  // read once, as `every` reads it (holes skipped), into a list of our own: what is checked is
  // what is used later, even if a getter would answer differently the next time. The messages
  // are relatednessMessage's, made from what was read (never reading the list again).
  const length = listLength(value);
  if (length > TRACK_IDS.length) return pushIssue(issues, tooManyMessage(TRACK_IDS.length, 'track ids'));
  const tracks: unknown[] = new Array(length);
  let hole = false;
  for (let i = 0; i < length; i++) {
    let track: unknown;
    try {
      if (!(i in value)) {
        hole = true;
        continue;
      }
      track = value[i];
    } catch (error) {
      within(i, error);
    }
    // relatednessMessage names the first entry that is no track id, a hole (undefined) included.
    if (!isTrackId(track)) return pushIssue(issues, unknownIdMessage('track', TRACK_IDS, hole ? undefined : track));
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
    educationLevel: idReader('education level', EDUCATION_LEVEL_IDS),
    institution: idReader('institution', ['higher-education', 'vocational']),
    kind: idReader('certificate kind', ['skillcert', 'vocational', 'title']),
    level: idReader('level', LEVEL_IDS),
    track: idReader('track', TRACK_IDS),
  });
}

/**
 * The reader of a track id (`unknown track: …`).
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
 * The reader of a level id (`unknown level: …`).
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
 * //=> false   (pushes { path: ['track'], message: 'Invalid input' })
 * ```
 */
export function settleRequired(issues: Issues, start: number, key: string, present: boolean): boolean {
  if (issues.length !== start) locate(issues, start, key);
  else if (!present) issues.push({ path: [key], message: NOT_PRESENT });
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
    issues.push({ path: [end], message: endsBeforeStartMessage(start, startValue, endValue) });
  }
}

function readEducation(value: unknown, issues: Issues): Education | null | undefined {
  if (value === null) return null;
  if (!isObjectLike(value)) return pushIssue(issues, expectedMessage('an object or null', value));
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
  if (!isObjectLike(value)) return pushIssue(issues, expectedMessage('an object or null', value));
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
  if (!isObjectLike(value)) return pushIssue(issues, expectedMessage('a work period object', value));
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
  if (!isObjectLike(value)) return pushIssue(issues, expectedMessage('a certificate object', value));
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
    issues.push({ path: ['track'], message: SKILLCERT_NEEDS_TRACK });
  }
  if (issues.length !== start) return undefined;
  return (hasTrack ? { kind, level, track, issuedOn } : { kind, level, issuedOn }) as Certificate;
}

// A list with a size limit checked before any item is read, each item at its index.
function readList(value: unknown, issues: Issues, what: string, max: number, readItem: ValueReader): unknown[] | undefined {
  if (!Array.isArray(value)) return pushIssue(issues, expectedMessage(`a list of ${what}`, value));
  // The length is read once and never converted (issue 14, finding 1): a proxy could report a
  // small one to the check and a huge one after, or an object whose valueOf does.
  const length = listLength(value);
  if (length > max) return pushIssue(issues, tooManyMessage(max, what));
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
    if (!isObjectLike(input)) throw invalidInput([{ path: [], message: expectedMessage('a profile object', input) }]);
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
    const readWorkValue = work === undefined ? undefined : readWithin('work', work, issues, (list, found) => readList(list, found, 'work periods', MAX_WORK_PERIODS, readWorkPeriod));
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
 * The reader of an object's declared keys, for the query: `readObject(value, message, keys)`
 * gives the object of those keys that are present, or pushes `message` at the value.
 *
 * @example
 * ```ts
 * readObject({ track: 'chef' }, issues, 'expected a query object', [['track', trackReader(), false]]);
 * // pushes { path: ['track'], message: 'unknown track: chef (…)' }
 * ```
 */
export function readObject(
  value: unknown,
  issues: Issues,
  message: string,
  keys: readonly (readonly [key: string, read: ValueReader, optional: boolean])[],
): Record<string, unknown> | undefined {
  if (!isObjectLike(value)) return pushIssue(issues, message);
  const out: Record<string, unknown> = {};
  for (const [key, read, optional] of keys) readKey(value, key, out, issues, read, optional);
  return out;
}
