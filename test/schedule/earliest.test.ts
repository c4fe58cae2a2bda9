import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility, type Level, type ProfileInput, type TrackId } from '../../src/eligibility/index.js';
import { earliestSession, getSession, nextOpenSession, sessionsInYear, type ExamSession } from '../../src/schedule/index.js';
import { thrown } from '../thrown.js';

const track: TrackId = 'digital-manager';

// The plain answer: try every session in turn, from the one open on `from`, up to a horizon.
const horizon: ExamSession[] = [];
for (let year = 2020; year <= 2040; year++) horizon.push(...sessionsInYear(year));

function linearEarliest(profile: unknown, level: Level, from: string): ExamSession | null {
  for (const session of horizon) {
    if (session.registrationCloses < from) continue;
    if (checkEligibility(profile, { track, level, asOf: session.registrationCloses }).eligible) return session;
  }
  return null;
}

const known = { enrolment: null, work: [], certificates: [] } satisfies ProfileInput;

describe('earliestSession [I-13]', () => {
  it('is the session open on `from` when the applicant is already eligible as of its closing day', () => {
    const profile = { ...known, education: { level: 'high-school' }, work: [{ from: '2020-01-01', related: true }] } satisfies ProfileInput;
    const found = earliestSession(profile, { track, level: 'junior', from: '2026-11-28' });
    expect(found?.session).toEqual(getSession(2026, 12));
    expect(found?.eligibility.eligible).toBe(true);
    expect(found?.eligibility.asOf).toBe('2026-12-19');
    expect(found?.eligibility.satisfiedBy).toContain('junior.1');
  });

  it('judges eligibility on the registration closing day, not the exam day', () => {
    // 730 days of related work (junior.2, 2 years) are reached on 2026-02-28, after February's
    // registration closes (2026-02-21) though before its exam (2026-02-28).
    const profile = { ...known, education: { level: 'high-school' }, work: [{ from: '2024-03-01', related: true }] } satisfies ProfileInput;
    const found = earliestSession(profile, { track, level: 'junior', from: '2025-11-28' });
    expect(found?.session.id).toBe('2026-03');
    expect(found?.eligibility.satisfiedBy).toEqual(['junior.2']);
    expect(checkEligibility(profile, { track, level: 'junior', asOf: '2026-02-28' }).eligible).toBe(true);
  });

  it('is null when time alone never makes the applicant eligible', () => {
    // A master's graduate with nothing else meets intermediate.4 but no junior clause [I-12].
    const master = { ...known, education: { level: 'master' } } satisfies ProfileInput;
    expect(earliestSession(master, { track, level: 'junior', from: '2026-11-28' })).toBeNull();
    expect(earliestSession(master, { track, level: 'intermediate', from: '2026-11-28' })?.session.id).toBe('2026-12');
  });

  it('checks again after a jump: eligibility gained by enrolment can be lost before the session closes', () => {
    // Enrolled only 1–10 February 2027, between two closing days; related work from 2026-06-01
    // gives junior.2 (high school + 2 years) from 2028-05-30.
    const profile = {
      ...known,
      education: { level: 'high-school' },
      enrolment: { institution: 'higher-education', from: '2027-02-01', until: '2027-02-10' },
      work: [{ from: '2026-06-01', related: true }],
    } satisfies ProfileInput;
    const first = checkEligibility(profile, { track, level: 'junior', asOf: '2026-12-19' });
    expect(first.earliestEligibleOn).toBe('2027-02-01');
    const found = earliestSession(profile, { track, level: 'junior', from: '2026-11-28' });
    expect(found?.session).toEqual(linearEarliest(profile, 'junior', '2026-11-28'));
    expect(found?.session.id).toBe('2028-06');
    // Without the work, the enrolment alone never covers a closing day.
    const studentOnly = { ...profile, work: [] } satisfies ProfileInput;
    expect(earliestSession(studentOnly, { track, level: 'junior', from: '2026-11-28' })).toBeNull();
  });

  it('finds an enrolled student while enrolled, and passes the policy on', () => {
    const profile = { ...known, education: { level: 'high-school' }, enrolment: { institution: 'higher-education', from: '2025-09-01', until: '2029-06-30' } } satisfies ProfileInput;
    expect(earliestSession(profile, { track, level: 'junior', from: '2026-11-22T00:00:00+08:00' })?.session.id).toBe('2026-12');
    const gap = {
      ...known,
      education: { level: 'bachelor' },
      work: [
        { from: '2024-06-01', to: '2024-12-31', related: true },
        { from: '2025-01-11', related: true },
      ],
    } satisfies ProfileInput;
    // intermediate.3 needs 1 continuous year: with the 10-day gap bridged, the run starts on
    // 2024-06-01 (a year on 2025-05-31); without, on 2025-01-11 (a year on 2026-01-10).
    expect(earliestSession(gap, { track, level: 'intermediate', from: '2025-03-01', policy: { continuityGapDays: 10 } })?.session.id).toBe('2025-06');
    expect(earliestSession(gap, { track, level: 'intermediate', from: '2025-03-01' })?.session.id).toBe('2026-01');
  });

  it('agrees with trying every session in turn (property)', () => {
    const date = (min: string, max: string) =>
      fc.integer({ min: Date.parse(min), max: Date.parse(max) }).map((ms) => new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10));
    const arbProfile = fc.record({
      education: fc.record({
        level: fc.constantFrom('below-high-school', 'high-school', 'secondary-vocational', 'associate', 'bachelor', 'master'),
        relatedMajor: fc.boolean(),
      }),
      enrolment: fc.option(
        fc.tuple(fc.constantFrom('higher-education', 'vocational'), date('2024-01-01', '2030-12-31'), fc.integer({ min: 0, max: 900 })).map(
          ([institution, from, days]) => ({
            institution,
            relatedMajor: true,
            from,
            until: new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10),
          }),
        ),
      ),
      work: fc.array(
        fc.tuple(date('2020-01-01', '2030-12-31'), fc.option(fc.integer({ min: 0, max: 2000 })), fc.boolean()).map(([from, days, related]) => ({
          from,
          to: days === null ? null : new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10),
          related,
        })),
        { maxLength: 3 },
      ),
      certificates: fc.constant([]),
    });
    let later = 0; // answers after the session open on `from`: the search had to move on
    fc.assert(
      fc.property(arbProfile, fc.constantFrom<Level>('junior', 'intermediate', 'senior'), date('2025-01-01', '2027-12-31'), (profile, level, from) => {
        const expected = linearEarliest(profile, level, from);
        const found = earliestSession(profile, { track, level, from });
        if (expected === null) {
          // Nothing up to 2040: either never, or later than the horizon.
          if (found !== null) expect(found.session.examDate > '2040-12-31').toBe(true);
        } else {
          expect(found?.session).toEqual(expected);
          if (expected.registrationCloses !== nextOpenSession(from).registrationCloses) later++;
          expect(found?.eligibility).toEqual(checkEligibility(profile, { track, level, asOf: expected.registrationCloses }));
        }
      }),
      { numRuns: 200 },
    );
    expect(later).toBeGreaterThan(10);
  });

  it('starts from the session open on `from`, read in China time', () => {
    const profile = { ...known, education: { level: 'master' } } satisfies ProfileInput;
    const instant = '2026-11-21T16:00:00Z'; // already 22 November in China: November has closed
    expect(earliestSession(profile, { track, level: 'intermediate', from: instant })?.session).toEqual(nextOpenSession(instant));
    expect(earliestSession(profile, { track, level: 'intermediate', from: '2026-11-21' })?.session.id).toBe('2026-11');
  });

  it('rejects bad input with paths', () => {
    const profile = { ...known, education: { level: 'master' } } satisfies ProfileInput;
    expect(thrown(() => earliestSession(profile, { track, level: 'junior', from: '2026-02-30' })).issues[0]?.path).toEqual(['from']);
    expect(thrown(() => earliestSession(profile, { track, level: 'junior' } as never)).issues[0]?.path).toEqual(['now']);
    expect(thrown(() => earliestSession(profile, null as never)).code).toBe('invalid-input');
    expect(thrown(() => earliestSession(profile, { track: 'astronaut' as TrackId, level: 'junior', from: '2026-11-28' })).code).toBe('invalid-input');
    expect(thrown(() => earliestSession({ education: 'lots' } as unknown, { track, level: 'junior', from: '2026-11-28' })).code).toBe('invalid-input');
    expect(thrown(() => earliestSession(profile, { track, level: 'junior', from: '2026-11-28' }, { uncovered: 'no' as 'error' })).issues[0]?.path).toEqual([
      'options',
      'uncovered',
    ]);
  });

  it.each([0, '', false, Number.NaN, null])('passes a falsy policy (%s) on, to be refused as checkEligibility refuses it', (policy) => {
    const profile = { ...known, education: { level: 'high-school' }, work: [{ from: '2020-01-01', related: true }] } satisfies ProfileInput;
    const query = { track, level: 'junior', from: '2026-11-28', policy } as never;
    const error = thrown(() => earliestSession(profile, query));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toEqual(['policy']);
    expect(error.issues).toEqual(thrown(() => checkEligibility(profile, { track, level: 'junior', asOf: '2026-11-21', policy } as never)).issues);
  });
});
