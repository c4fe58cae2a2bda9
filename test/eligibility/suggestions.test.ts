// An unknown id that is the name of one suggests that id (CHANGELOG "Issue codes (#11)"):
// the id in another case, the English name in any case, the Chinese name, or the start of
// the Chinese name of at least two characters; a value that names nothing suggests nothing.
import { describe, expect, it } from 'vitest';
import { checkEligibility, experienceOf } from '../../src/eligibility/index.js';
import { thrown } from '../thrown.js';
import { NOTHING, TRACK } from './support.js';

const QUERY = { track: TRACK, level: 'junior', asOf: '2026-05-01' } as const;

// The suggestion of the one issue an education level gets.
const educationSuggestion = (level: unknown) => {
  const error = thrown(() => checkEligibility({ education: { level } } as unknown, QUERY));
  expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([[['education', 'level'], 'unknown-value']]);
  return error.issues[0]?.params?.['suggestion'];
};

describe('suggested ids', () => {
  it('from an id written in another case, or with spaces around it', () => {
    expect(educationSuggestion('Bachelor')).toBe('bachelor');
    expect(educationSuggestion('  MASTER ')).toBe('master');
  });

  it('from the English name, in any case', () => {
    expect(educationSuggestion("Bachelor's Degree")).toBe('bachelor');
    expect(educationSuggestion('high school')).toBe('high-school');
  });

  it('from the Chinese name, or its start of two characters or more', () => {
    expect(educationSuggestion('博士研究生')).toBe('doctorate');
    expect(educationSuggestion('硕士')).toBe('master');
    expect(educationSuggestion('中专')).toBe('secondary-vocational');
    // A whole name wins over the start of another: 高中 is high school, not 高中以下.
    expect(educationSuggestion('高中')).toBe('high-school');
    expect(educationSuggestion('高中以下')).toBe('below-high-school');
    // One character names no level on its own (高 begins 高中 and 高中以下 alike).
    expect(educationSuggestion('高')).toBeUndefined();
  });

  it('never from a blank, a non-string, or a name of something else', () => {
    expect(educationSuggestion('   ')).toBeUndefined();
    expect(educationSuggestion(4)).toBeUndefined();
    expect(educationSuggestion('初级')).toBeUndefined();
  });

  it('for a track named in a relatedness list, and for the query track and level', () => {
    const work = thrown(() => checkEligibility({ ...NOTHING, work: [{ from: '2025-01-01', related: ['digital-manager', '互联网营销师'] }] } as unknown, QUERY));
    expect(work.issues.map((issue) => [issue.path, issue.code, issue.params?.['suggestion']])).toEqual([[['work', 0, 'related'], 'unknown-value', 'internet-marketer']]);
    const query = thrown(() => checkEligibility(NOTHING, { track: 'Digital HR Manager', level: '高级', asOf: '2026-05-01' } as never));
    expect(query.issues.map((issue) => [issue.path, issue.params?.['suggestion']])).toEqual([
      [['track'], 'digital-hr-manager'],
      [['level'], 'senior'],
    ]);
    const track = thrown(() => experienceOf(NOTHING, { track: '全媒体', asOf: '2026-05-01' } as never));
    expect(track.issues[0]?.params?.['suggestion']).toBe('all-media-operator');
  });
});
