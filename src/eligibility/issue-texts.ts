/**
 * The eligibility subpath's part of the issue-message table: the names of what a profile and
 * a query hold, `[English, Chinese]` (the templates are core's).
 * @module
 */
import type { CoreNoun, IssueTexts } from '../core/errors.js';

/**
 * The names the eligibility readers' issues use.
 *
 * @example
 * ```ts
 * ELIGIBILITY_TEXTS.nouns['work-periods'];
 * //=> ['work periods', '段工作经历']
 * ```
 */
export const ELIGIBILITY_TEXTS = {
  nouns: {
    profile: ['a profile object', '档案对象'],
    'object-or-null': ['an object or null', '对象或 null'],
    'work-period': ['a work period object', '工作经历对象'],
    certificate: ['a certificate object', '证书对象'],
    'work-period-list': ['a list of work periods', '工作经历列表'],
    'certificate-list': ['a list of certificates', '证书列表'],
    relatedness: ['true, false or a list of track ids', 'true、false 或职业方向 id 列表'],
    query: ['a query object { track, level, asOf }', '查询对象 { track, level, asOf }'],
    policy: ['a policy object', '政策对象'],
    track: ['track', '职业方向'],
    level: ['level', '级别'],
    'education-level': ['education level', '学历'],
    institution: ['institution', '院校类型'],
    'certificate-kind': ['certificate kind', '证书类别'],
    'gap-days': ['a whole number of days', '间隔天数'],
    'policy-switch': ['policy switch', '政策开关'],
    'work-periods': ['work periods', '段工作经历'],
    certificates: ['certificates', '张证书'],
    'track-ids': ['track ids', '个职业方向'],
    'skillcert-track': ['a skillcert certificate needs its track', '本方案证书须注明职业方向'],
  },
} as const satisfies IssueTexts;

/**
 * A name the eligibility issues may use: core's or the subpath's own.
 *
 * @example
 * ```ts
 * const expected: EligibilityNoun = 'work-period';
 * ```
 */
export type EligibilityNoun = CoreNoun | keyof typeof ELIGIBILITY_TEXTS.nouns;
