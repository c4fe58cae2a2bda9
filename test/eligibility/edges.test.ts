// Edges the mutation run found unpinned (#16): dates written with four-digit years and
// two-digit months and days, a one-day enrolment, runs before 1970, work starting on or after
// the as-of date, fresh `missing` lists, and the same-track wording of a certificate not given.
import { describe, expect, it } from 'vitest';
import { experienceOf } from '../../src/eligibility/index.js';
import { check, clauseOf, known, TRACK, work } from './support.js';

describe('eligibility edges', () => {
  it('a one-day enrolment [I-14]: eligible from that day (until is inclusive), written 2026-10-10', () => {
    // Kept first in this file: the first date written here is one with "10" in it.
    const result = check(known({ enrolment: { institution: 'higher-education', from: '2026-10-10', until: '2026-10-10' } }), 'junior', '2026-05-01');
    expect(result.earliestEligibleOn).toBe('2026-10-10');
    expect(clauseOf(result, 'junior.4').metOn).toBe('2026-10-10');
    expect(result.nextSteps[0]).toMatchObject({ kind: 'wait', on: '2026-10-10', clauses: ['junior.4'] });
    expect(check(known({ enrolment: { institution: 'higher-education', from: '2026-10-10', until: '2026-10-10' } }), 'junior', '2026-10-11').earliestEligibleOn).toBeNull();
  });

  it('a closed run in the year 500 counts its full years [I-4], its dates written with four digits', () => {
    // 0500-01-01 … 0503-06-30: three full years; intermediate.3 needs a bachelor's degree and one.
    const result = check(known({ education: { level: 'bachelor', relatedMajor: false }, work: [work('0500-01-01', '0503-06-30')] }), 'intermediate', '2026-05-01');
    expect(result.satisfiedBy).toEqual(['intermediate.1', 'intermediate.2', 'intermediate.3']);
    expect(clauseOf(result, 'intermediate.3').requirements[1]?.actual).toEqual({ from: '0500-01-01', to: '0503-06-30', years: 3, months: 6, days: 0 });
    expect(clauseOf(result, 'intermediate.3').metOn).toBe('2026-05-01');
  });

  it('work from the as-of date is one day; work starting later counts nothing yet', () => {
    const query = { track: TRACK, asOf: '2026-05-01' } as const;
    expect(experienceOf({ work: [work('2026-05-01')] }, query)).toEqual({ cumulativeDays: 1, cumulativeYears: 0, longestContinuous: { from: '2026-05-01', to: '2026-05-01', years: 0 }, missing: [] });
    expect(experienceOf({ work: [work('2026-05-02')] }, query)).toEqual({ cumulativeDays: 0, cumulativeYears: 0, longestContinuous: null, missing: [] });
  });

  it("gives each clause a fresh, empty `missing` when nothing unknown could meet it", () => {
    const a = check(known({ education: { level: 'master', relatedMajor: false } }), 'intermediate', '2026-05-01');
    const b = check(known({ education: { level: 'master', relatedMajor: false } }), 'intermediate', '2026-05-01');
    for (const clause of a.clauses) expect(clause.missing).toEqual([]);
    expect(a.clauses[0]?.missing).not.toBe(b.clauses[0]?.missing);
    expect(Object.isFrozen(a.clauses[0]?.missing)).toBe(false);
  });

  it('words a certificate requirement by the policy when certificates are not given, both ways in turn', () => {
    const profile = { education: null, enrolment: null, work: [] };
    const need = (sameTrack: boolean) => clauseOf(check(profile, 'intermediate', '2026-05-01', { progressionSameTrackOnly: sameTrack }), 'intermediate.6').requirements[0]?.message.en;
    expect(need(false)).toBe("certificates not given; this scheme's junior certificate or higher needed");
    expect(need(true)).toBe("certificates not given; this scheme's junior certificate or higher of the same track needed");
    expect(need(false)).toBe("certificates not given; this scheme's junior certificate or higher needed");
  });

  it('asks for the least demanding certificates first: the lower level, then the later issue date', () => {
    // Senior, work since 2020 (over a year of it), no education, certificates not said:
    // senior.6 needs this scheme's intermediate certificate by the as-of date; senior.7 a senior
    // certificate of another kind held a full year, so issued by 2025-05-01 [I-11]. Time will not
    // bring an education: senior.1-4 (one need each), then senior.5 (two needs).
    const result = check({ education: null, enrolment: null, work: [work('2020-01-01')] }, 'senior', '2026-05-01');
    expect(result.nextSteps.map((step) => [step.kind, step.value ?? null, step.clauses])).toEqual([
      ['answer', [{ kind: 'skillcert', level: 'intermediate', track: TRACK, issuedOn: '2026-05-01' }], ['senior.6']],
      ['answer', [{ kind: 'vocational', level: 'senior', issuedOn: '2025-05-01' }], ['senior.7']],
      ['obtain', null, ['senior.1']],
      ['obtain', null, ['senior.2']],
      ['obtain', null, ['senior.3']],
      ['obtain', null, ['senior.4']],
      ['obtain', null, ['senior.5']],
    ]);
  });

  it('gives no new wait step for a clause that begins the day after another stops holding', () => {
    // Enrolled 2026-09-01 … 2027-03-13 (junior.4, until inclusive); related work since 2026-03-15
    // reaches 365 days on 2027-03-14 (junior.3): eligibility never lapses, one turn only.
    const profile = (until: string) =>
      known({ education: { level: 'bachelor', relatedMajor: false }, enrolment: { institution: 'higher-education', from: '2026-09-01', until }, work: [work('2026-03-15')] });
    const waits = (until: string) => check(profile(until), 'junior', '2026-05-01').nextSteps.filter((step) => step.kind === 'wait').map((step) => [step.on, step.clauses]);
    expect(waits('2027-03-13')).toEqual([['2026-09-01', ['junior.4']]]);
    // A day earlier, 2027-03-13 is a day without any clause: eligibility begins again on 03-14.
    expect(waits('2027-03-12')).toEqual([
      ['2026-09-01', ['junior.4']],
      ['2027-03-14', ['junior.3']],
    ]);
  });

  it('asks for work only from a start a plain date can name (0001-01-01 at the earliest)', () => {
    // Bachelor, work not said: intermediate.3 needs one full continuous year by the as-of date,
    // so work from 0001-01-01 on 0001-12-31 [I-4]; a day earlier no start can suffice.
    const profile = { education: { level: 'bachelor', relatedMajor: false }, enrolment: null, certificates: [] } as const;
    const answers = (asOf: string) => check(profile, 'intermediate', asOf).nextSteps.filter((step) => step.kind === 'answer').map((step) => [step.clauses, step.value]);
    expect(answers('0001-12-31')).toEqual([[['intermediate.3'], [{ from: '0001-01-01', related: true }]]]);
    expect(answers('0001-12-30')).toEqual([]);
  });
});
