/**
 * Helpers for the result's next steps (`EligibilityResult.nextSteps`, API.md 2026-11-29) and
 * the short wording of clauses in the headline.
 * @module
 */
import { EDUCATION_LEVELS, LEVELS, type Bilingual, type ClauseId, type EligibilityResult, type Requirement } from 'skillcert/eligibility';

/**
 * One way towards eligibility: the library's steps, and the page's own question about a work
 * period the applicant is unsure of (`field: 'work.<i>.related'`), in one shape.
 */
export interface NextStep {
  readonly kind: 'answer' | 'wait' | 'obtain';
  readonly clauses: readonly ClauseId[];
  readonly on?: string;
  readonly field?: string;
  readonly message: Bilingual;
}

/**
 * The result's next steps, best first; empty when eligible.
 *
 * @example
 * ```ts
 * nextStepsOf(checkEligibility(profile, query))[0];
 * //=> { kind: 'wait', on: '2027-03-15', clauses: ['intermediate.3'], message: { zh: '2027-03-15 起可报名：…', en: '…' } }
 * ```
 */
export function nextStepsOf(result: EligibilityResult): readonly NextStep[] {
  return result.nextSteps;
}

/**
 * Where the brochure states a clause, as the page cites it: 「第三部分 五 2(3)」.
 *
 * @example
 * ```ts
 * sourceOf({ source: { section: '第三部分 五 2', item: '(3)' } });
 * //=> '第三部分 五 2(3)'
 * ```
 */
export function sourceOf(clause: { readonly source: { readonly section: string; readonly item: string } }): string {
  return `${clause.source.section}${clause.source.item}`;
}

const nameOf = (table: readonly { readonly id: string; readonly name: Bilingual }[], id: string, lang: 'zh' | 'en'): string =>
  table.find((entry) => entry.id === id)?.name[lang] ?? id;

function requirementInBrief(requirement: Requirement, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  switch (requirement.kind) {
    case 'education-at-least':
      return nameOf(EDUCATION_LEVELS, requirement.level, lang);
    case 'related-major':
      return zh ? '相关专业' : 'related major';
    case 'cumulative-experience':
      return zh ? `累计工作满 ${requirement.years} 年` : `${requirement.years} year${requirement.years === 1 ? '' : 's'} of related work`;
    case 'continuous-experience':
      return zh ? `连续工作满 ${requirement.years} 年` : `${requirement.years} full year${requirement.years === 1 ? '' : 's'} of continuous work`;
    case 'enrolled':
      return zh ? '在读' : 'currently enrolled';
    case 'certificate':
      return requirement.scheme === 'skillcert'
        ? zh
          ? `本项目${nameOf(LEVELS, requirement.level, lang)}证书`
          : `this scheme's ${nameOf(LEVELS, requirement.level, lang)} certificate`
        : zh
          ? `其他${nameOf(LEVELS, requirement.level, lang)}证书`
          : `another ${nameOf(LEVELS, requirement.level, lang)} certificate`;
    case 'certificate-held-for':
      return zh
        ? `持有其他${nameOf(LEVELS, requirement.level, lang)}证书满 ${requirement.years} 年`
        : `another ${nameOf(LEVELS, requirement.level, lang)} certificate held ${requirement.years} year${requirement.years === 1 ? '' : 's'}`;
    default:
      return requirement satisfies never;
  }
}

/**
 * A clause in a few words, from its requirement data, with where the brochure states it:
 * 「本科 + 连续工作满 1 年（第三部分 五 2(3)）」.
 *
 * @example
 * ```ts
 * clauseInBrief(CLAUSES.find((clause) => clause.id === 'intermediate.3')!, 'en');
 * //=> "bachelor's degree + 1 full year of continuous work (第三部分 五 2(3))"
 * ```
 */
export function clauseInBrief(clause: BriefClause, lang: 'zh' | 'en'): string {
  const { words, reference } = clauseInBriefParts(clause, lang);
  return `${words}${reference}`;
}

type BriefClause = { readonly requirements: readonly Requirement[]; readonly source: { readonly section: string; readonly item: string } };

/**
 * {@link clauseInBrief} in its two parts, for a page that keeps the brochure reference on one
 * line.
 *
 * @example
 * ```ts
 * clauseInBriefParts(CLAUSES.find((clause) => clause.id === 'junior.4')!, 'zh');
 * //=> { words: '在读', reference: '（第三部分 五 1(4)）' }
 * ```
 */
export function clauseInBriefParts(clause: BriefClause, lang: 'zh' | 'en'): { words: string; reference: string } {
  const words = clause.requirements.map((requirement) => requirementInBrief(requirement, lang)).join(' + ');
  return { words, reference: lang === 'zh' ? `（${sourceOf(clause)}）` : ` (${sourceOf(clause)})` };
}
