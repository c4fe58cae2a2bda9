import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar, createCalendar } from '../../src/calendar/index.js';
import {
  checkMaterials,
  getSession,
  nextOpenSession,
  PROOF_OF_ENROLMENT,
  registrationStatus,
  REQUIRED_MATERIALS,
  reviewDueBy,
  reviewDueByDetailed,
} from '../../src/schedule/index.js';
import { englishIssues, thrown } from '../thrown.js';

describe('registrationStatus [I-15]', () => {
  const november = getSession(2026, 11); // exam 2026-11-28, closes 2026-11-21

  it('is open through the closing day, China time, and closed from the next China day', () => {
    expect(registrationStatus(november, '2026-11-20')).toEqual({ open: true, daysLeft: 1, closes: '2026-11-21', today: '2026-11-20' });
    expect(registrationStatus(november, '2026-11-21T15:59:59.999Z')).toEqual({
      open: true,
      daysLeft: 0,
      closes: '2026-11-21',
      today: '2026-11-21',
    });
    expect(registrationStatus(november, '2026-11-21T16:00:00Z')).toEqual({
      open: false,
      daysLeft: -1,
      closes: '2026-11-21',
      today: '2026-11-22',
    });
    expect(registrationStatus(november, Date.UTC(2026, 10, 20, 16)).today).toBe('2026-11-21');
    expect(registrationStatus(november, new Date(Date.UTC(2026, 10, 28))).daysLeft).toBe(-7);
  });

  it('agrees with nextOpenSession: the session it returns is open, with daysLeft ≥ 0 (property)', () => {
    const start = Date.UTC(2000, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 60 * 24 }), (minutes) => {
        const now = start + minutes * 60_000 * 15;
        const status = registrationStatus(nextOpenSession(now), now);
        expect(status.open).toBe(true);
        expect(status.daysLeft).toBeGreaterThanOrEqual(0);
        expect(status.daysLeft).toBeLessThan(40);
        expect(status.today).toBe(new Date(now + 8 * 3_600_000).toISOString().slice(0, 10));
      }),
      { numRuns: 300 },
    );
  });

  it('rejects what is not a session or not a moment', () => {
    expect(thrown(() => registrationStatus(null as never, '2026-11-21')).issues[0]?.path).toEqual(['session']);
    const badCloses = thrown(() => registrationStatus({ registrationCloses: '2026-11-31' } as never, '2026-11-21'));
    expect(badCloses.issues[0]?.path).toEqual(['session', 'registrationCloses']);
    expect(thrown(() => registrationStatus(november, 'tomorrow')).issues[0]?.path).toEqual(['now']);
    expect(thrown(() => registrationStatus(november, Number.NaN)).code).toBe('invalid-input');
  });

  it('turns a session whose getter throws into invalid-input, not the getter’s error', () => {
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const hostile = { get registrationCloses(): string { throw new Error('g'); } };
    for (const session of [hostile, revoked]) {
      const error = thrown(() => registrationStatus(session as never, '2026-01-01'));
      expect(error.code).toBe('invalid-input');
      // At the property being read (issue 14).
      expect(englishIssues(error)).toEqual([{ path: ['session', 'registrationCloses'], message: 'input could not be read' }]);
    }
  });
});

describe('reviewDueBy [I-16]', () => {
  it('is the first working day after the submission', () => {
    expect(reviewDueBy('2026-11-26')).toBe('2026-11-27'); // Thursday → Friday
    expect(reviewDueBy('2026-11-27')).toBe('2026-11-30'); // Friday → Monday
    expect(reviewDueBy('2026-11-28')).toBe('2026-11-30'); // a Saturday submission
    expect(reviewDueBy('2026-09-30')).toBe('2026-10-08'); // National Day holidays skipped
    expect(reviewDueBy('2026-10-09')).toBe('2026-10-10'); // a make-up working Saturday
  });

  it('throws calendar-coverage for an uncovered year by default; the detailed form estimates and says so', () => {
    const error = thrown(() => reviewDueBy('2026-12-31'));
    expect(error.code).toBe('calendar-coverage');
    expect(error.year).toBe(2027);
    expect(reviewDueBy('2026-12-31', { uncovered: 'weekends-only' })).toBe('2027-01-01');
    // The schedule's default estimate [I-26]: 2027-01-01 (a Friday) is 元旦, so the next working day is Monday 4 January.
    expect(reviewDueByDetailed('2026-12-31')).toEqual({ value: '2027-01-04', provisional: true });
    expect(reviewDueByDetailed('2026-09-30')).toEqual({ value: '2026-10-08', provisional: false });
    expect(thrown(() => reviewDueByDetailed('2026-12-31', { uncovered: 'error' })).year).toBe(2027);
  });

  it('uses the calendar given', () => {
    const calendar = chinaCalendar.withYear(2027, { holidays: ['2027-01-01'], workdays: [] });
    expect(reviewDueBy('2026-12-31', { calendar })).toBe('2027-01-04');
    expect(reviewDueBy('2026-11-26', { calendar: createCalendar({ years: [2026], holidays: ['2026-11-27'], workdays: [] }) })).toBe('2026-11-30');
  });

  it('is always a working day after the submission (property)', () => {
    const arbDate = fc.integer({ min: Date.UTC(2004, 0, 1), max: Date.UTC(2026, 11, 20) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
    fc.assert(
      fc.property(arbDate, (date) => {
        const due = reviewDueBy(date);
        expect(due > date).toBe(true);
        expect(chinaCalendar.isWorkingDay(due)).toBe(true);
        expect(chinaCalendar.workingDaysBetween(date, due)).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects impossible dates and bad options, naming the argument', () => {
    const error = thrown(() => reviewDueBy('2026-02-30'));
    expect(error.code).toBe('invalid-date');
    expect(error.issues[0]?.path).toEqual(['submittedOn']);
    expect(thrown(() => reviewDueBy(20261126 as never)).issues[0]?.path).toEqual(['submittedOn']);
    expect(thrown(() => reviewDueBy('2026-11-26', { uncovered: 'maybe' as 'error' })).issues[0]?.path).toEqual(['options', 'uncovered']);
  });
});

describe('REQUIRED_MATERIALS', () => {
  it('lists the brochure’s five, in order, each with zh and en names and its location', () => {
    expect(REQUIRED_MATERIALS.map((material) => material.id)).toEqual([
      'registration-review-form',
      'id-card-photos',
      'education-certificate-copy',
      'id-photo',
      'proof-of-work',
    ]);
    expect(REQUIRED_MATERIALS.map((material) => material.source.item)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)']);
    for (const material of [...REQUIRED_MATERIALS, PROOF_OF_ENROLMENT]) {
      expect(material.name.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(material.name.en).toMatch(/^[A-Z]/);
      expect(material.source.section).toBe('第二部分 四 3');
    }
    expect(REQUIRED_MATERIALS.map((material) => material.requiredWhen)).toEqual(['always', 'always', 'always', 'always', 'work-or-certificate']);
  });
});

describe('checkMaterials [I-17]', () => {
  const basic = ['registration-review-form', 'id-card-photos', 'education-certificate-copy', 'id-photo'];

  it('needs proof of work for a clause relying on work experience or a certificate', () => {
    for (const claim of ['junior.1', 'junior.3', 'junior.5', 'intermediate.1', 'intermediate.6', 'intermediate.7', 'senior.5', 'senior.7'] as const) {
      const check = checkMaterials({ provided: basic, claim });
      expect(check.missing, claim).toEqual(['proof-of-work']);
      expect(check.complete).toBe(false);
      expect(checkMaterials({ provided: [...basic, 'proof-of-work'], claim }).complete).toBe(true);
    }
  });

  it('needs proof of enrolment, not of work, for the student clause junior.4', () => {
    const check = checkMaterials({ provided: [...basic, 'proof-of-work'], claim: 'junior.4' });
    expect(check).toEqual({
      complete: false,
      claim: ['junior.4'],
      required: [...basic, 'proof-of-enrolment'],
      missing: ['proof-of-enrolment'],
      notRequired: ['proof-of-work'],
    });
  });

  it('needs only the four basic materials for a clause proved by education alone', () => {
    for (const claim of ['intermediate.4', 'intermediate.5'] as const) {
      expect(checkMaterials({ provided: basic, claim })).toEqual({ complete: true, claim: [claim], required: basic, missing: [], notRequired: [] });
    }
  });

  it('needs the proof of every clause claimed, and reports every missing basic material', () => {
    const check = checkMaterials({ provided: ['id-photo'], claim: ['junior.4', 'junior.3'] });
    expect(check.required).toEqual([...basic, 'proof-of-work', 'proof-of-enrolment']);
    expect(check.missing).toEqual(['registration-review-form', 'id-card-photos', 'education-certificate-copy', 'proof-of-work', 'proof-of-enrolment']);
  });

  it('rejects unknown materials and clauses, with paths', () => {
    expect(thrown(() => checkMaterials({ provided: ['id-photo', 'passport'], claim: 'junior.1' })).issues[0]?.path).toEqual(['provided', 1]);
    expect(thrown(() => checkMaterials({ provided: [], claim: 'junior.6' as never })).issues[0]?.path).toEqual(['claim']);
    expect(thrown(() => checkMaterials({ provided: [], claim: ['junior.1', 'expert.1'] as never })).issues[0]?.path).toEqual(['claim', 1]);
    expect(thrown(() => checkMaterials({ provided: [], claim: [] })).issues[0]?.path).toEqual(['claim']);
    expect(thrown(() => checkMaterials(null as never)).code).toBe('invalid-input');
  });
});
