/**
 * The ways from a result to "eligible", best first, in the shape of the library's
 * `EligibilityResult.nextSteps` (API.md, 2026-11-29). The page reads the library's own list
 * when the result carries one; {@link nextStepsOf} derives the same shape from `missing`,
 * `clauses[].metOn` and the unmet requirements for a library without it, so that the page's
 * rendering is written once against the agreed shape.
 * @module
 */
import { EDUCATION_LEVELS, LEVELS, type Bilingual, type ClauseId, type EligibilityResult, type Requirement } from 'skillcert/eligibility';
import { formatDate } from './dates.js';
import { fieldLabel } from './text.js';

/** One way towards eligibility (API.md `EligibilityResult.nextSteps[number]`). */
export interface NextStep {
  readonly kind: 'answer' | 'wait' | 'obtain';
  readonly clauses: readonly ClauseId[];
  readonly on?: string;
  readonly field?: string;
  readonly message: Bilingual;
}

type ClauseOutcome = EligibilityResult['clauses'][number];

function bothLanguages(make: (lang: 'zh' | 'en') => string): Bilingual {
  return { zh: make('zh'), en: make('en') };
}

/**
 * The result's next steps: the library's own when it has them, else derived from the result:
 * a question per missing path, the dates on which time alone meets a clause (earliest first),
 * then what the other clauses still need (fewest unmet requirements first). Empty when
 * eligible.
 *
 * @example
 * ```ts
 * nextStepsOf(checkEligibility(profile, query))[0];
 * //=> { kind: 'wait', clauses: ['intermediate.3'], on: '2027-03-15', message: { zh: '2027年3月15日起满足…', en: '…' } }
 * ```
 */
export function nextStepsOf(result: EligibilityResult): readonly NextStep[] {
  const own = (result as { nextSteps?: readonly NextStep[] }).nextSteps;
  if (Array.isArray(own)) return own;
  if (result.eligible) return [];
  const steps: NextStep[] = [];
  const open = result.clauses.filter((clause) => !clause.met);
  for (const field of result.missing) {
    const clauses = open.filter((clause) => clause.missing.includes(field)).map((clause) => clause.id);
    steps.push({
      kind: 'answer',
      clauses,
      field,
      message: bothLanguages((lang) => (lang === 'zh' ? `请回答：${fieldLabel(field.split('.'), lang)}` : `Please answer: ${fieldLabel(field.split('.'), lang)}`)),
    });
  }
  const byDate = new Map<string, ClauseOutcome[]>();
  for (const clause of open) {
    if (clause.metOn === null) continue;
    byDate.set(clause.metOn, [...(byDate.get(clause.metOn) ?? []), clause]);
  }
  for (const on of [...byDate.keys()].sort()) {
    const clauses = byDate.get(on) ?? [];
    steps.push({
      kind: 'wait',
      clauses: clauses.map((clause) => clause.id),
      on,
      message: bothLanguages((lang) =>
        lang === 'zh' ? `${formatDate(on, lang)}起满足${clauses.map(sourceOf).join('、')}` : `From ${formatDate(on, lang)}, ${clauses.map(sourceOf).join(', ')} is met`,
      ),
    });
  }
  const obtain = open
    .filter((clause) => clause.metOn === null && clause.missing.length === 0)
    .map((clause) => ({ clause, unmet: clause.requirements.filter((requirement) => !requirement.met) }))
    .sort((a, b) => a.unmet.length - b.unmet.length);
  for (const { clause, unmet } of obtain) {
    steps.push({
      kind: 'obtain',
      clauses: [clause.id],
      message: bothLanguages((lang) => unmet.map((requirement) => requirement.message[lang]).join(lang === 'zh' ? '；' : '; ')),
    });
  }
  return steps;
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
