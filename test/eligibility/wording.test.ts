// Clause wording is generated from the requirement data, never written per clause.
import { describe, expect, it } from 'vitest';
import { addDays, parsePlainDate } from '../../src/core/plain-date.js';
import { CLAUSES, checkAllLevels, checkEligibility, EDUCATION_LEVELS, LEVELS, type Requirement, type RequirementOutcome } from '../../src/eligibility/index.js';
import { clauseText } from '../../src/eligibility/requirements.js';

describe('clause wording', () => {
  it('is generated from the requirements', () => {
    expect(clauseText([{ kind: 'education-at-least', level: 'bachelor' }, { kind: 'continuous-experience', years: 1 }])).toEqual({
      zh: '本科及以上学历，连续从事相关工作满 1 年。',
      en: "Bachelor's degree or higher, and 1 full year of continuous related work.",
    });
    // A combination no clause has: the same phrases, joined the same way.
    expect(clauseText([{ kind: 'cumulative-experience', years: 2 }, { kind: 'related-major' }, { kind: 'continuous-experience', years: 5 }])).toEqual({
      zh: '累计从事相关工作满 2 年（730 天），所学为与本职业相关的专业，连续从事相关工作满 5 年。',
      en: '2 years (730 days) of related work in total, a major related to the track, and 5 full years of continuous related work.',
    });
  });

  it('of every clause names each of its requirements, with its figures, in order', () => {
    const levelName = (id: string) => LEVELS.find((level) => level.id === id)?.name as { zh: string; en: string };
    const educationName = (id: string) => EDUCATION_LEVELS.find((level) => level.id === id)?.name as { zh: string; en: string };
    // The phrase each kind of requirement must be worded with, from its own figures.
    const phrase = (requirement: Requirement): { zh: string; en: string } => {
      switch (requirement.kind) {
        case 'education-at-least':
          return { zh: `${educationName(requirement.level).zh}及以上学历`, en: `${educationName(requirement.level).en} or higher` };
        case 'continuous-experience':
          return { zh: `连续从事相关工作满 ${requirement.years} 年`, en: `${requirement.years} full year${requirement.years === 1 ? '' : 's'} of continuous related work` };
        case 'cumulative-experience':
          return { zh: `累计从事相关工作满 ${requirement.years} 年（${requirement.years * 365} 天）`, en: `(${requirement.years * 365} days) of related work in total` };
        case 'related-major':
          return { zh: '与本职业相关的专业', en: 'a major related to the track' };
        case 'enrolled':
          return { zh: '在读', en: 'Enrolment at' };
        default: {
          const level = levelName(requirement.level);
          return requirement.scheme === 'other'
            ? { zh: `其他${level.zh}及以上证书`, en: `another certificate of ${level.en} level or higher` }
            : { zh: `本项目${level.zh}及以上证书`, en: `this scheme's ${level.en} certificate or higher` };
        }
      }
    };
    for (const clause of CLAUSES) {
      let zhFrom = 0;
      let enFrom = 0;
      for (const requirement of clause.requirements) {
        const { zh, en } = phrase(requirement);
        const zhAt = clause.text.zh.indexOf(zh, zhFrom);
        const enAt = clause.text.en.toLowerCase().indexOf(en.toLowerCase(), enFrom);
        expect(zhAt, `${clause.id} zh: ${zh}`).toBeGreaterThanOrEqual(zhFrom);
        expect(enAt, `${clause.id} en: ${en}`).toBeGreaterThanOrEqual(enFrom);
        zhFrom = zhAt + zh.length;
        enFrom = enAt + en.length;
      }
      expect(clause.text.zh.endsWith('。') && clause.text.en.endsWith('.'), clause.id).toBe(true);
      // Requirements are joined by "，" in Chinese, one fewer than there are.
      expect(clause.text.zh.split('，').length, clause.id).toBe(clause.requirements.length);
    }
    expect(CLAUSES.find((clause) => clause.id === 'senior.7')?.text.en).toContain('held for 1 full year');
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
    // A run of related work and a senior certificate that both span `from` … `to`, checked the
    // day after. Durations count calendar months from `from`; the words leave out the days once
    // there is a month, and the months when there are none.
    const cases: [from: string, to: string, zh: string, en: string][] = [
      ['2025-01-01', '2026-05-02', '1 年 4 个月', '1 year 4 months'], // 16 months (2026-05-01) and 2 days
      ['2024-01-01', '2024-01-10', '10 天', '10 days'],
      ['2024-01-01', '2024-01-01', '1 天', '1 day'],
      ['2023-01-01', '2024-12-31', '2 年', '2 years'],
      ['2024-01-01', '2024-01-31', '1 个月', '1 month'],
      ['2022-03-01', '2023-05-31', '1 年 3 个月', '1 year 3 months'],
      ['2021-01-01', '2021-12-31', '1 年', '1 year'],
      ['2020-01-01', '2022-02-14', '2 年 1 个月', '2 years 1 month'], // 25 months (2022-02-01) and 14 days
      ['2024-02-29', '2024-05-28', '3 个月', '3 months'], // to + 1 day is 29 May, 29 February + 3 months
      ['2024-02-29', '2024-05-27', '2 个月', '2 months'], // one day short of that: 2 months (29 April) and 29 days
    ];
    const wordsOf = (from: string, to: string) => {
      const result = checkEligibility(
        { education: { level: 'bachelor' }, work: [{ from, to, related: true }], certificates: [{ kind: 'vocational', level: 'senior', issuedOn: from }] },
        { track: 'digital-manager', level: 'senior', asOf: addDays(parsePlainDate(to), 1) },
      );
      const outcomes: RequirementOutcome[] = result.clauses.flatMap((clause) => [...clause.requirements]);
      return { run: outcomes.find((outcome) => outcome.kind === 'continuous-experience')?.message, held: outcomes.find((outcome) => outcome.kind === 'certificate-held-for')?.message };
    };
    // Forwards, backwards, and forwards again: each time from its own figures.
    for (const [from, to, zh, en] of [...cases, ...[...cases].reverse(), ...cases]) {
      const { run, held } = wordsOf(from, to);
      expect(run?.zh.startsWith(`连续从事相关工作 ${zh}，`), `${from} … ${to}: ${run?.zh}`).toBe(true);
      expect(run?.en.startsWith(`${en} of continuous related work;`), `${from} … ${to}: ${run?.en}`).toBe(true);
      expect(held?.zh, `${from} … ${to}`).toContain(`，已 ${zh}）`);
      expect(held?.en, `${from} … ${to}`).toContain(`, held ${en};`);
    }
  });
});
