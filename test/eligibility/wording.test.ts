// Clause wording is generated from the requirement data, never written per clause.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber } from '../../src/core/plain-date.js';
import { CLAUSES, checkAllLevels, checkEligibility, type RequirementOutcome } from '../../src/eligibility/index.js';
import { clauseText } from '../../src/eligibility/requirements.js';

describe('clause wording', () => {
  it('is generated from the requirements', () => {
    expect(clauseText([{ kind: 'education-at-least', level: 'bachelor' }, { kind: 'continuous-experience', years: 1 }])).toEqual({
      zh: '本科及以上学历，连续从事相关工作满 1 年。',
      en: "Bachelor's degree or higher, and 1 full year of continuous related work.",
    });
    for (const clause of CLAUSES) expect(clause.text).toEqual(clauseText(clause.requirements));
  });

  it('is distinct for every clause of a level and survives JSON and structuredClone in results', () => {
    for (const level of ['junior', 'intermediate', 'senior'] as const) {
      const texts = CLAUSES.filter((clause) => clause.level === level).map((clause) => clause.text.en);
      expect(new Set(texts).size).toBe(texts.length);
    }
    const results = checkAllLevels({ education: { level: 'master' }, work: [] }, { track: 'digital-manager', asOf: '2026-05-01' });
    expect(JSON.parse(JSON.stringify(results))).toEqual(results);
    expect(structuredClone(results)).toEqual(results);
    expect(results.intermediate.clauses[3]?.text.zh).toBe('硕士研究生及以上学历。');
  });

  it('says plainly when the major of the highest education was not given', () => {
    const result = checkEligibility({ education: { level: 'master' }, work: [], enrolment: null, certificates: [] }, { track: 'internet-marketer', level: 'senior', asOf: '2026-11-28' });
    const major = result.clauses.find((clause) => clause.id === 'senior.5')?.requirements.find((requirement) => requirement.kind === 'related-major');
    expect(major?.message).toEqual({
      zh: '未说明最高学历的专业是否相关，需与本职业相关的专业',
      en: 'not said whether the major of the highest education is related; a major related to the track needed',
    });
    expect(major?.actual).toBeNull();
  });

  it('words each duration by its own figures, whatever was worded before (durations are worded once and reused)', () => {
    const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;
    const words = ({ years, months, days }: { years: number; months: number; days: number }): { zh: string; en: string } => {
      if (years === 0 && months === 0) return { zh: `${days} 天`, en: plural(days, 'day') };
      if (months === 0) return { zh: `${years} 年`, en: plural(years, 'year') };
      if (years === 0) return { zh: `${months} 个月`, en: plural(months, 'month') };
      return { zh: `${years} 年 ${months} 个月`, en: `${plural(years, 'year')} ${plural(months, 'month')}` };
    };
    type Held = { years: number; months: number; days: number };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 45_000 }), (start, length) => {
        // A run of related work and a senior certificate that both span `from` … `to`.
        const from = fromDayNumber(start);
        const to = fromDayNumber(start + length);
        const result = checkEligibility(
          { education: { level: 'bachelor' }, work: [{ from, to, related: true }], certificates: [{ kind: 'vocational', level: 'senior', issuedOn: from }] },
          { track: 'digital-manager', level: 'senior', asOf: addDays(to, 1) },
        );
        const outcomes: RequirementOutcome[] = result.clauses.flatMap((clause) => [...clause.requirements]);
        const run = outcomes.find((outcome) => outcome.kind === 'continuous-experience');
        const held = outcomes.find((outcome) => outcome.kind === 'certificate-held-for');
        const runWords = words(run?.actual as Held);
        const heldWords = words(held?.actual as Held);
        expect(run?.message.zh.startsWith(`连续从事相关工作 ${runWords.zh}，`)).toBe(true);
        expect(run?.message.en.startsWith(`${runWords.en} of continuous related work;`)).toBe(true);
        expect(held?.message.zh).toContain(`，已 ${heldWords.zh}）`);
        expect(held?.message.en).toContain(`, held ${heldWords.en};`);
        // The run and the certificate span the same days, so they are worded alike.
        expect(heldWords).toEqual(runWords);
      }),
      { numRuns: 300 },
    );
  });
});
