// Clause wording is generated from the requirement data, never written per clause.
import { describe, expect, it } from 'vitest';
import { CLAUSES, checkAllLevels } from '../../src/eligibility/index.js';
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
});
