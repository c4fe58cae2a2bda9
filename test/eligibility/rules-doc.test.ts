// The eligibility part of docs/rules.md (tracks, levels, education levels, every clause with its
// requirements) is generated from the clause data: the generator must give the published
// document line for line, and each clause's requirements with their topic and data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeRequirement, eligibilityRulesLines } from '../../src/eligibility/rules-doc.js';

const published = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');

describe('eligibility rules document', () => {
  it('is the published docs/rules.md from "## Tracks" to the readings, line for line', () => {
    const start = published.indexOf('## Tracks\n');
    const end = published.indexOf('\n\n## Readings: eligibility\n');
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    expect(eligibilityRulesLines()).toEqual(published.slice(start, end).split('\n'));
  });

  it('names the topic of each kind of requirement before what it needs', () => {
    expect(describeRequirement({ kind: 'education-at-least', level: 'associate' })).toEqual({ zh: '学历：大专及以上学历', en: 'education: associate degree or higher' });
    expect(describeRequirement({ kind: 'related-major' })).toEqual({ zh: '最高学历的专业：与本职业相关的专业', en: 'major of the highest education: a major related to the track' });
    expect(describeRequirement({ kind: 'cumulative-experience', years: 1 })).toEqual({ zh: '累计从事相关工作：满 1 年（365 天）', en: 'related work in total (cumulative): 1 year (365 days)' });
    expect(describeRequirement({ kind: 'continuous-experience', years: 2 })).toEqual({ zh: '连续从事相关工作：满 2 年', en: 'continuous related work: 2 full years' });
    expect(describeRequirement({ kind: 'certificate', scheme: 'other', level: 'junior' })).toEqual({ zh: '已取得证书：其他初级及以上证书', en: 'certificate held: another certificate of junior level or higher' });
    expect(describeRequirement({ kind: 'certificate-held-for', scheme: 'other', level: 'senior', years: 1 })).toEqual({
      zh: '证书持有时间：其他高级及以上证书满 1 年',
      en: 'certificate held for: another certificate of senior level or higher, held for 1 full year',
    });
  });
});
