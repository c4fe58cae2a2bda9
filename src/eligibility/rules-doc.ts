/**
 * The eligibility part of docs/rules.md, generated from the clause data so that the
 * published rules can never drift from the code (src/rules-doc.ts puts the document together;
 * scripts/gen-rules-doc.ts writes it; test/rules-doc.test.ts fails when the committed file is
 * stale). Not part of the browser entry.
 * @module
 */
import { match } from 'ts-pattern';
import { EDUCATION_LEVELS, LEVELS, TRACKS, type Bilingual } from './catalog.js';
import { CLAUSES, type Requirement } from './clauses.js';
import { DEFAULT_ELIGIBILITY_POLICY } from './query.js';
import { needOf } from './requirements.js';

/**
 * A requirement in words, with the topic it is about: what docs/rules.md lists under each
 * clause. The `match … .exhaustive()` makes a new requirement kind without wording a
 * compile error here too.
 *
 * @example
 * ```ts
 * describeRequirement({ kind: 'continuous-experience', years: 2 });
 * //=> { zh: '连续从事相关工作：满 2 年', en: 'continuous related work: 2 full years' }
 * ```
 */
export function describeRequirement(requirement: Requirement): Bilingual {
  const topic = match(requirement)
    .with({ kind: 'education-at-least' }, () => ({ zh: '学历', en: 'education' }))
    .with({ kind: 'related-major' }, () => ({ zh: '最高学历的专业', en: 'major of the highest education' }))
    .with({ kind: 'cumulative-experience' }, () => ({ zh: '累计从事相关工作', en: 'related work in total (cumulative)' }))
    .with({ kind: 'continuous-experience' }, () => ({ zh: '连续从事相关工作', en: 'continuous related work' }))
    .with({ kind: 'enrolled' }, () => ({ zh: '在读（截至当日）', en: 'enrolment on the as-of date' }))
    .with({ kind: 'certificate' }, () => ({ zh: '已取得证书', en: 'certificate held' }))
    .with({ kind: 'certificate-held-for' }, () => ({ zh: '证书持有时间', en: 'certificate held for' }))
    .exhaustive();
  const need = needOf(requirement, DEFAULT_ELIGIBILITY_POLICY);
  return { zh: `${topic.zh}：${need.zh}`, en: `${topic.en}: ${need.en}` };
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/**
 * The eligibility part of docs/rules.md: tracks, levels, education levels and every clause
 * with its location, wording and requirements (the readings follow it, from src/rules-doc.ts).
 *
 * @example
 * ```ts
 * eligibilityRulesLines()[0];
 * //=> '## Tracks'
 * ```
 */
export function eligibilityRulesLines(): string[] {
  const lines: string[] = [
    '## Tracks',
    '',
    '| id | 中文 | English | description |',
    '|---|---|---|---|',
    ...TRACKS.map((track) => `| \`${track.id}\` | ${track.name.zh} | ${track.name.en} | ${cell(track.description.zh)}<br>${cell(track.description.en)} |`),
    '',
    '## Levels',
    '',
    '| id | 中文 | English |',
    '|---|---|---|',
    ...LEVELS.map((level) => `| \`${level.id}\` | ${level.name.zh} | ${level.name.en} |`),
    '',
    '## Education levels (lowest first, [I-1])',
    '',
    '| rank | id | 中文 | English |',
    '|---|---|---|---|',
    ...EDUCATION_LEVELS.map((level, rank) => `| ${rank} | \`${level.id}\` | ${level.name.zh} | ${level.name.en} |`),
    '',
    '## Clauses',
    '',
    'An applicant may apply for a level when ANY ONE clause of that level is met on the as-of date; a clause is met when ALL its requirements are.',
  ];
  for (const level of LEVELS) {
    lines.push('', `### ${level.name.en} (${level.name.zh})`);
    for (const clause of CLAUSES.filter((entry) => entry.id.startsWith(`${level.id}.`))) {
      lines.push(
        '',
        `#### \`${clause.id}\` — ${clause.source.section} ${clause.source.item}`,
        '',
        `- 中文：${clause.text.zh}`,
        `- English: ${clause.text.en}`,
        '- Requirements:',
        ...clause.requirements.map((requirement) => {
          const { kind, ...parameters } = requirement;
          const words = describeRequirement(requirement);
          return `  - \`${kind}\` \`${JSON.stringify(parameters)}\` — ${words.zh} / ${words.en}`;
        }),
      );
    }
  }
  return lines;
}
