// Eligibility on the built package: one applicant checked for all three levels of one track,
// every clause and requirement explained in Chinese and English, then what an incomplete
// profile and a bad one look like.
import { checkAllLevels, checkEligibility, LEVELS, SkillcertError, TRACKS, type EligibilityResult } from 'skillcert/eligibility';

const TRACK = 'digital-manager';
const AS_OF = '2026-05-01';

// A bachelor's graduate in an unrelated major: one related job (ended), a related job since
// 2025-03-01, and a junior certificate of this scheme in another track.
const APPLICANT = {
  education: { level: 'bachelor', relatedMajor: false },
  enrolment: null,
  work: [
    { from: '2021-07-01', to: '2022-12-31', related: true },
    { from: '2023-01-01', to: '2025-02-14', related: ['internet-marketer'] },
    { from: '2025-03-01', to: null, related: [TRACK] },
  ],
  certificates: [{ kind: 'skillcert', level: 'junior', track: 'internet-marketer', issuedOn: '2023-06-24' }],
} as const;

function explain(result: EligibilityResult, language: 'zh' | 'en'): string[] {
  const level = LEVELS.find((entry) => entry.id === result.level)?.name[language] ?? result.level;
  const verdict = result.eligible
    ? language === 'zh'
      ? `符合（${result.satisfiedBy.join('、')}）`
      : `eligible (${result.satisfiedBy.join(', ')})`
    : result.earliestEligibleOn === null
      ? language === 'zh'
        ? '不符合'
        : 'not eligible'
      : language === 'zh'
        ? `暂不符合，最早 ${result.earliestEligibleOn} 起符合`
        : `not yet; eligible from ${result.earliestEligibleOn}`;
  const lines = [`[${level}] ${verdict}`];
  for (const clause of result.clauses) {
    const mark = clause.met ? '✓' : clause.missing.length > 0 ? '?' : '✗';
    const when = !clause.met && clause.metOn !== null ? (language === 'zh' ? `（${clause.metOn} 起满足）` : ` (met from ${clause.metOn})`) : '';
    lines.push(`  ${mark} ${clause.id} ${clause.source.section}${clause.source.item} ${clause.text[language]}${when}`);
    for (const requirement of clause.requirements) lines.push(`      ${requirement.met ? '✓' : '·'} ${requirement.message[language]}`);
  }
  return lines;
}

export default function demoEligibility(): void {
  const track = TRACKS.find((entry) => entry.id === TRACK);
  console.log(`\n# 报考条件 / Eligibility — ${track?.name.zh} / ${track?.name.en}, 截至 / as of ${AS_OF}`);
  console.log(`${track?.description.zh}\n${track?.description.en}`);

  const results = checkAllLevels(APPLICANT, { track: TRACK, asOf: AS_OF });
  for (const language of ['zh', 'en'] as const) {
    console.log('');
    for (const level of LEVELS) for (const line of explain(results[level.id], language)) console.log(line);
  }

  // Absent fields are unknown: the answer says which question to ask next.
  const partial = checkEligibility({ education: { level: 'associate' } }, { track: TRACK, level: 'intermediate', asOf: AS_OF });
  console.log(`\n只知道学历（大专）/ only the education is known: ${partial.status}; 待补充 / missing: ${partial.missing.join(', ')}`);

  try {
    checkEligibility({ work: [{ from: '2025-03-01', to: '2026-02-30', related: true }] }, { track: TRACK, level: 'junior', asOf: AS_OF });
  } catch (error) {
    if (error instanceof SkillcertError) console.log(`错误的资料 / a bad profile: ${error.code} — ${error.message}`);
  }
}
