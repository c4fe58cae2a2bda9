/**
 * The 19 eligibility clauses of 第三部分 五, each one data object: its id, where the brochure
 * states it, and the atomic requirements that must all hold. The checker, the explanations,
 * each clause's own zh/en wording (`text`, generated from its requirements), the earliest
 * date and docs/rules.md are all derived from this table; nothing is written per clause.
 * @module
 */
import { deepFreeze } from '../core/freeze.js';
import type { Bilingual, EducationLevel, Level } from './catalog.js';
import { clauseText } from './requirements.js';

/** Where a requirement's enrolment may be, and whether its major must be related. */
export interface AcceptedEnrolment {
  readonly institution: 'higher-education' | 'vocational';
  readonly major: 'any' | 'related';
}

/**
 * One atomic requirement of a clause. `scheme: 'other'` is any certificate other than the
 * one applied for ([I-9]); `scheme: 'skillcert'` is this scheme's own certificate ([I-10]).
 *
 * @example
 * ```ts
 * const requirement: Requirement = { kind: 'continuous-experience', years: 2 };
 * ```
 */
export type Requirement =
  | { readonly kind: 'education-at-least'; readonly level: EducationLevel }
  | { readonly kind: 'related-major' }
  | { readonly kind: 'cumulative-experience'; readonly years: number }
  | { readonly kind: 'continuous-experience'; readonly years: number }
  | { readonly kind: 'enrolled'; readonly accepts: readonly AcceptedEnrolment[] }
  | { readonly kind: 'certificate'; readonly scheme: 'other' | 'skillcert'; readonly level: Level }
  | { readonly kind: 'certificate-held-for'; readonly scheme: 'other'; readonly level: Level; readonly years: number };

/** The kind of a {@link Requirement}. */
export type RequirementKind = Requirement['kind'];

/** The id of a clause: its level and its item number in the brochure. */
export type ClauseId =
  | 'junior.1'
  | 'junior.2'
  | 'junior.3'
  | 'junior.4'
  | 'junior.5'
  | 'intermediate.1'
  | 'intermediate.2'
  | 'intermediate.3'
  | 'intermediate.4'
  | 'intermediate.5'
  | 'intermediate.6'
  | 'intermediate.7'
  | 'senior.1'
  | 'senior.2'
  | 'senior.3'
  | 'senior.4'
  | 'senior.5'
  | 'senior.6'
  | 'senior.7';

/** A brochure location, e.g. `{ section: '第三部分 五 2', item: '(3)' }`. */
export interface BrochureLocation {
  readonly section: string;
  readonly item: string;
}

/**
 * One eligibility clause: met when every one of its requirements is.
 *
 * @example
 * ```ts
 * CLAUSES[0];
 * //=> { id: 'junior.1', level: 'junior', source: { section: '第三部分 五 1', item: '(1)' }, text: { … }, requirements: [{ kind: 'cumulative-experience', years: 3 }] }
 * ```
 */
export interface Clause {
  readonly id: ClauseId;
  readonly level: Level;
  readonly source: BrochureLocation;
  /** Our own wording of the clause, generated from its requirements. */
  readonly text: Bilingual;
  readonly requirements: readonly Requirement[];
}

/**
 * Identifies this rule set and its readings [I-1]…[I-14]; changes whenever an answer could.
 *
 * @example
 * ```ts
 * RULES_VERSION;
 * //=> '2026.1'
 * ```
 */
export const RULES_VERSION = '2026.1';

const SECTION = { junior: '第三部分 五 1', intermediate: '第三部分 五 2', senior: '第三部分 五 3' } as const;

/**
 * Every clause, in brochure order (junior.1 … senior.7). An applicant is eligible for a
 * level when any one clause of that level is met.
 *
 * @example
 * ```ts
 * CLAUSES.find((clause) => clause.id === 'intermediate.3')?.requirements;
 * //=> [{ kind: 'education-at-least', level: 'bachelor' }, { kind: 'continuous-experience', years: 1 }]
 * ```
 */
export const CLAUSES: readonly Clause[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'junior.1',
    level: 'junior',
    source: { section: SECTION.junior, item: '(1)' },
    get text() {
      return Object.freeze(clauseText(this.requirements));
    },
    requirements: [{ kind: 'cumulative-experience', years: 3 }],
  },
  {
    id: 'junior.2',
    level: 'junior',
    source: { section: SECTION.junior, item: '(2)' },
    get text() {
      return Object.freeze(clauseText(this.requirements));
    },
    requirements: [
      { kind: 'education-at-least', level: 'high-school' },
      { kind: 'cumulative-experience', years: 2 },
    ],
  },
  {
    id: 'junior.3',
    level: 'junior',
    source: { section: SECTION.junior, item: '(3)' },
    get text() {
      return Object.freeze(clauseText(this.requirements));
    },
    requirements: [
      { kind: 'education-at-least', level: 'secondary-vocational' },
      { kind: 'cumulative-experience', years: 1 },
    ],
  },
  {
    id: 'junior.4',
    level: 'junior',
    source: { section: SECTION.junior, item: '(4)' },
    get text() {
      return Object.freeze(clauseText(this.requirements));
    },
    requirements: [
      {
        kind: 'enrolled',
        accepts: [
          { institution: 'higher-education', major: 'any' },
          { institution: 'vocational', major: 'related' },
        ],
      },
    ],
  },
  {
    id: 'junior.5',
    level: 'junior',
    source: { section: SECTION.junior, item: '(5)' },
    get text() {
      return Object.freeze(clauseText(this.requirements));
    },
    requirements: [{ kind: 'certificate', scheme: 'other', level: 'junior' }],
  },
  {
    id: 'intermediate.1',
    level: 'intermediate',
    source: { section: SECTION.intermediate, item: '(1)' },
    get text() {
      return Object.freeze(clauseText(this.requirements));
    },
    requirements: [
      { kind: 'education-at-least', level: 'secondary-vocational' },
      { kind: 'continuous-experience', years: 3 },
    ],
  },
  {
    id: 'intermediate.2',
    level: 'intermediate',
    source: { section: SECTION.intermediate, item: '(2)' },
    get text() {
      return Object.freeze(clauseText(this.requirements));
    },
    requirements: [
      { kind: 'education-at-least', level: 'associate' },
      { kind: 'continuous-experience', years: 2 },
    ],
  },
  {
    id: 'intermediate.3',
    level: 'intermediate',
    source: { section: SECTION.intermediate, item: '(3)' },
    get text() {
      return Object.freeze(clauseText(this.requirements));
    },
    requirements: [
      { kind: 'education-at-least', level: 'bachelor' },
      { kind: 'continuous-experience', years: 1 },
    ],
  },
  {
    id: 'intermediate.4',
    level: 'intermediate',
    source: { section: SECTION.intermediate, item: '(4)' },
    get text() {
      return Object.freeze(clauseText(this.requirements));
    },
    requirements: [{ kind: 'education-at-least', level: 'master' }],
  },
  {
    id: 'intermediate.5',
    level: 'intermediate',
    source: { section: SECTION.intermediate, item: '(5)' },
    get text() {
      return Object.freeze(clauseText(this.requirements));
    },
    requirements: [{ kind: 'education-at-least', level: 'associate' }, { kind: 'related-major' }],
  },
  {
    id: 'intermediate.6',
    level: 'intermediate',
    source: { section: SECTION.intermediate, item: '(6)' },
    get text() {
      return Object.freeze(clauseText(this.requirements));
    },
    requirements: [
      { kind: 'certificate', scheme: 'skillcert', level: 'junior' },
      { kind: 'cumulative-experience', years: 1 },
    ],
  },
  {
    id: 'intermediate.7',
    level: 'intermediate',
    source: { section: SECTION.intermediate, item: '(7)' },
    get text() {
      return Object.freeze(clauseText(this.requirements));
    },
    requirements: [{ kind: 'certificate', scheme: 'other', level: 'intermediate' }],
  },
  {
    id: 'senior.1',
    level: 'senior',
    source: { section: SECTION.senior, item: '(1)' },
    get text() {
      return Object.freeze(clauseText(this.requirements));
    },
    requirements: [
      { kind: 'education-at-least', level: 'secondary-vocational' },
      { kind: 'continuous-experience', years: 4 },
    ],
  },
  {
    id: 'senior.2',
    level: 'senior',
    source: { section: SECTION.senior, item: '(2)' },
    get text() {
      return Object.freeze(clauseText(this.requirements));
    },
    requirements: [
      { kind: 'education-at-least', level: 'associate' },
      { kind: 'continuous-experience', years: 3 },
    ],
  },
  {
    id: 'senior.3',
    level: 'senior',
    source: { section: SECTION.senior, item: '(3)' },
    get text() {
      return Object.freeze(clauseText(this.requirements));
    },
    requirements: [
      { kind: 'education-at-least', level: 'bachelor' },
      { kind: 'continuous-experience', years: 2 },
    ],
  },
  {
    id: 'senior.4',
    level: 'senior',
    source: { section: SECTION.senior, item: '(4)' },
    get text() {
      return Object.freeze(clauseText(this.requirements));
    },
    requirements: [
      { kind: 'education-at-least', level: 'master' },
      { kind: 'continuous-experience', years: 2 },
    ],
  },
  {
    id: 'senior.5',
    level: 'senior',
    source: { section: SECTION.senior, item: '(5)' },
    get text() {
      return Object.freeze(clauseText(this.requirements));
    },
    requirements: [
      { kind: 'education-at-least', level: 'associate' },
      { kind: 'related-major' },
      { kind: 'cumulative-experience', years: 1 },
    ],
  },
  {
    id: 'senior.6',
    level: 'senior',
    source: { section: SECTION.senior, item: '(6)' },
    get text() {
      return Object.freeze(clauseText(this.requirements));
    },
    requirements: [
      { kind: 'certificate', scheme: 'skillcert', level: 'intermediate' },
      { kind: 'cumulative-experience', years: 1 },
    ],
  },
  {
    id: 'senior.7',
    level: 'senior',
    source: { section: SECTION.senior, item: '(7)' },
    get text() {
      return Object.freeze(clauseText(this.requirements));
    },
    requirements: [{ kind: 'certificate-held-for', scheme: 'other', level: 'senior', years: 1 }],
  },
]);
