/**
 * The materials an application must carry (第二部分 四 3; 第三部分 二), and which of them a
 * given claim needs [I-17].
 * @module
 */
import { own } from '../core/own.js';
import { deepFreeze } from '../core/freeze.js';
import { listEntries } from '../core/bounded-list.js';
import { describeValue } from '../core/describe-value.js';
import { invalidInput, issue, readGuarded, unknownValue, wrongType, type ValidationIssue } from '../core/errors.js';
import { SCHEDULE_TEXTS as TEXTS } from './issue-texts.js';
import { CLAUSES, type ClauseId, type RequirementKind } from '../eligibility/index.js';

/** The id of a registration material. */
export type MaterialId =
  | 'registration-review-form'
  | 'id-card-photos'
  | 'education-certificate-copy'
  | 'id-photo'
  | 'proof-of-work'
  | 'proof-of-enrolment';

/**
 * When a material is needed [I-17]: with every application; only when a claimed clause relies
 * on work experience or a certificate; only when it relies on current enrolment.
 */
export type MaterialCondition = 'always' | 'work-or-certificate' | 'enrolment';

/** One material of an application. */
export interface RegistrationMaterial {
  readonly id: MaterialId;
  readonly name: { readonly zh: string; readonly en: string };
  /** Where the brochure lists it. */
  readonly source: { readonly section: string; readonly item: string };
  /** When it is needed [I-17]. */
  readonly requiredWhen: MaterialCondition;
}

const LISTED_IN = '第二部分 四 3';

/**
 * The five materials the brochure lists (第二部分 四 3, repeated in 第三部分 二), in its order.
 * The fifth, proof of work, is needed only for a clause relying on work experience or a
 * certificate [I-17].
 *
 * @example
 * ```ts
 * REQUIRED_MATERIALS.map((material) => material.id);
 * //=> ['registration-review-form', 'id-card-photos', 'education-certificate-copy', 'id-photo', 'proof-of-work']
 * ```
 */
export const REQUIRED_MATERIALS: readonly RegistrationMaterial[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'registration-review-form',
    name: { zh: '报名审核表', en: 'Registration review form' },
    source: { section: LISTED_IN, item: '(1)' },
    requiredWhen: 'always',
  },
  {
    id: 'id-card-photos',
    name: { zh: '身份证正面与背面照片', en: 'Photos of the front and back of the ID card' },
    source: { section: LISTED_IN, item: '(2)' },
    requiredWhen: 'always',
  },
  {
    id: 'education-certificate-copy',
    name: { zh: '学历证书复印件', en: 'Copy of the education certificate' },
    source: { section: LISTED_IN, item: '(3)' },
    requiredWhen: 'always',
  },
  {
    id: 'id-photo',
    name: { zh: '一寸白底免冠彩色证件照（电子版）', en: 'One-inch colour photo, bare-headed on a white background (electronic)' },
    source: { section: LISTED_IN, item: '(4)' },
    requiredWhen: 'always',
  },
  {
    id: 'proof-of-work',
    name: { zh: '工作证明及所报条件的其他证明（如所持证书）', en: 'Proof of work and other proof of the conditions claimed (such as certificates held)' },
    source: { section: LISTED_IN, item: '(5)' },
    requiredWhen: 'work-or-certificate',
  },
]);

/**
 * The sixth, conditional material of our reading [I-17]: a student's clause (`junior.4`) is
 * proved by enrolment, not by work. The brochure's item (5) ("other proof of the conditions")
 * covers it.
 *
 * @example
 * ```ts
 * PROOF_OF_ENROLMENT.requiredWhen;
 * //=> 'enrolment'
 * ```
 */
export const PROOF_OF_ENROLMENT: RegistrationMaterial = /* @__PURE__ */ deepFreeze({
  id: 'proof-of-enrolment',
  name: { zh: '在读（学籍）证明', en: 'Proof of current enrolment' },
  source: { section: LISTED_IN, item: '(5)' },
  requiredWhen: 'enrolment',
});

/** What an application has and lacks, for the clause(s) it claims. */
export interface MaterialsCheck {
  /** Every needed material was provided. */
  readonly complete: boolean;
  /** The clause(s) claimed. */
  readonly claim: readonly ClauseId[];
  /** The materials this claim needs, in the brochure's order. */
  readonly required: readonly MaterialId[];
  /** Needed and not provided. */
  readonly missing: readonly MaterialId[];
  /** Provided but not needed for this claim (harmless; a form may say so). */
  readonly notRequired: readonly MaterialId[];
}

/** What a claim must be proved by, from the kinds of its clauses' requirements [I-17]. */
function proofsOf(requirement: RequirementKind): MaterialCondition | null {
  switch (requirement) {
    case 'cumulative-experience':
    case 'continuous-experience':
    case 'certificate':
    case 'certificate-held-for':
      return 'work-or-certificate';
    case 'enrolled':
      return 'enrolment';
    case 'education-at-least':
    case 'related-major':
      return null; // the education certificate copy, always required, proves these
    default:
      return requirement satisfies never;
  }
}

// The most entries checkMaterials accepts in `provided`, and in a list of claimed clauses.
const MAX_ENTRIES = 100;

// Checked by hand (no zod): every problem is listed, each at its path into the query. Only
// the copies are checked and returned.
function parseMaterialsQuery(
  query: unknown,
  materials: readonly RegistrationMaterial[],
): { provided: readonly MaterialId[]; claim: readonly ClauseId[] } {
  return readGuarded(() => {
    if (typeof query !== 'object' || query === null || Array.isArray(query)) {
      throw invalidInput([wrongType([], 'materials-query', query, TEXTS)]);
    }
    const issues: ValidationIssue[] = [];
    const provided = own(query as object, 'provided');
    const claim = own(query as object, 'claim');
    let given: unknown[] = [];
    if (Array.isArray(provided)) {
      const ids = materials.map((material) => material.id);
      given = listEntries(provided, 'provided', MAX_ENTRIES, 'materials', issues, TEXTS) ?? [];
      given.forEach((id, i) => {
        if (!materials.some((material) => material.id === id)) {
          issues.push(unknownValue(['provided', i], 'material', ids, id, TEXTS));
        }
      });
    } else issues.push(wrongType(['provided'], 'material-list', provided, TEXTS));
    // One clause id, or a non-empty list of them.
    const list = Array.isArray(claim);
    const claims = list ? listEntries(claim, 'claim', MAX_ENTRIES, 'clauses', issues, TEXTS) : [claim];
    if (claims?.length === 0) issues.push(issue(['claim'], 'empty', { what: 'clause-count' }, TEXTS));
    claims?.forEach((id, i) => {
      if (!CLAUSES.some((clause) => clause.id === id)) {
        issues.push(unknownValue(list ? ['claim', i] : ['claim'], 'clause', CLAUSES.map((clause) => clause.id), id, TEXTS));
      }
    });
    if (issues.length > 0) throw invalidInput(issues);
    return { provided: given as MaterialId[], claim: claims as ClauseId[] };
  });
}

/**
 * Which materials an application lacks, for the clause (or clauses) it claims [I-17]. The
 * four basic materials are always needed; proof of work only when a claimed clause relies on
 * work experience or a certificate; proof of enrolment when it relies on being a student
 * (`junior.4`). Claiming several clauses needs the proof of each. Unknown material or clause
 * ids are `invalid-input` (paths `['provided', i]`, `['claim']` or `['claim', i]`), and so is
 * a list of more than 100 entries (path `['provided']` or `['claim']`).
 *
 * @param query - `provided`: ids of the materials at hand; `claim`: the clause id(s) claimed.
 *
 * @example
 * ```ts
 * checkMaterials({ provided: ['registration-review-form', 'id-card-photos', 'education-certificate-copy', 'id-photo'], claim: 'junior.4' });
 * //=> { complete: false, claim: ['junior.4'], required: [ …the four…, 'proof-of-enrolment' ],
 * //     missing: ['proof-of-enrolment'], notRequired: [] }
 * checkMaterials({ provided: ['registration-review-form', 'id-card-photos', 'education-certificate-copy', 'id-photo'], claim: 'intermediate.4' }).complete;
 * //=> true   (a master's degree is proved by the education certificate)
 * ```
 */
export function checkMaterials(query: { provided: readonly (MaterialId | string)[]; claim: ClauseId | readonly ClauseId[] }): MaterialsCheck {
  const materials = [...REQUIRED_MATERIALS, PROOF_OF_ENROLMENT];
  const { provided, claim } = parseMaterialsQuery(query, materials);
  const needed = new Set<MaterialCondition>(['always']);
  for (const clause of CLAUSES) {
    if (!claim.includes(clause.id)) continue;
    for (const requirement of clause.requirements) {
      const proof = proofsOf(requirement.kind);
      if (proof !== null) needed.add(proof);
    }
  }
  const required = materials
    .filter((material) => needed.has(material.requiredWhen))
    .map((material) => material.id);
  return {
    complete: required.every((id) => provided.includes(id)),
    claim,
    required,
    missing: required.filter((id) => !provided.includes(id)),
    notRequired: materials.map((material) => material.id).filter((id) => provided.includes(id) && !required.includes(id)),
  };
}
