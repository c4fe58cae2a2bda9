import { readFileSync } from 'node:fs';
import { match } from 'ts-pattern';
import { describe, expect, it } from 'vitest';
import { CLAUSES, type Requirement } from '../src/eligibility/index.js';
import { READINGS } from '../src/eligibility/readings.js';
import { describeRequirement } from '../src/eligibility/rules-doc.js';
import { renderRulesDoc } from '../src/rules-doc.js';
import { SCHEDULE_READINGS } from '../src/schedule/readings.js';
import { SCORING_READINGS } from '../src/scoring/readings.js';
import { CALENDAR_READINGS } from '../src/calendar/readings.js';

describe('docs/rules.md', () => {
  const text = renderRulesDoc();

  it('is up to date with the clause data (regenerate: npx tsx scripts/gen-rules-doc.ts)', () => {
    expect(readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8')).toBe(text);
  });

  it('shows every clause with its location, wording and requirements', () => {
    for (const clause of CLAUSES) {
      expect(text).toContain(`#### \`${clause.id}\` — ${clause.source.section} ${clause.source.item}`);
      expect(text).toContain(clause.text.zh);
      expect(text).toContain(clause.text.en);
      for (const requirement of clause.requirements) expect(text).toContain(describeRequirement(requirement).en);
    }
  });

  it('gives every reading [I-1]…[I-26] of RULES.md, in order, with its reason', () => {
    const readings = [...READINGS, ...SCHEDULE_READINGS, ...SCORING_READINGS, ...CALENDAR_READINGS];
    expect(readings.map((reading) => reading.id)).toEqual(Array.from({ length: 26 }, (_, index) => `I-${index + 1}`));
    for (const reading of readings) {
      expect(text).toContain(`### [${reading.id}] ${reading.topic}`);
      expect(text).toContain(`*Reason:* ${reading.reason}`);
      expect(reading.reason.length).toBeGreaterThan(40);
    }
    expect(text).toContain('*Policy:* `continuityGapDays` (default `0`).');
    expect(text).toContain('*Policy:* `progressionSameTrackOnly` (default `false`).');
    expect(text).toContain('*Policy:* `examDay` (default `last-saturday`).');
    expect(text).toContain('*Policy:* `multiple` (default `all-or-nothing`).');
  });

  it('words requirements from their data', () => {
    expect(describeRequirement({ kind: 'continuous-experience', years: 2 })).toEqual({ zh: '连续从事相关工作：满 2 年', en: 'continuous related work: 2 full years' });
    expect(describeRequirement({ kind: 'education-at-least', level: 'associate' }).en).toBe('education: associate degree or higher');
  });

  it('will not compile a dispatch over requirement kinds that misses one', () => {
    const topic = (requirement: Requirement): string =>
      match(requirement)
        .with({ kind: 'education-at-least' }, () => 'education')
        .with({ kind: 'related-major' }, () => 'major')
        .with({ kind: 'cumulative-experience' }, { kind: 'continuous-experience' }, () => 'work')
        .with({ kind: 'enrolled' }, () => 'enrolment')
        .with({ kind: 'certificate' }, () => 'certificate')
        // @ts-expect-error 'certificate-held-for' is not handled
        .exhaustive();
    expect(topic({ kind: 'related-major' })).toBe('major');
  });
});
