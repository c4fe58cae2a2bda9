// isTrackId / isLevel / isEducationLevel: exactly the ids of RULES.md, for anything a request holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEducationLevel, isLevel, isTrackId } from '../../src/eligibility/index.js';

const TRACKS = ['all-media-operator', 'digital-manager', 'internet-marketer', 'digital-technology-engineer', 'digital-carbon-neutrality-engineer', 'digital-hr-manager'];
const LEVELS = ['junior', 'intermediate', 'senior'];
const EDUCATION = ['below-high-school', 'high-school', 'secondary-vocational', 'associate', 'bachelor', 'master', 'doctorate'];

describe('guards', () => {
  it.each([
    ['isTrackId', isTrackId, TRACKS],
    ['isLevel', isLevel, LEVELS],
    ['isEducationLevel', isEducationLevel, EDUCATION],
  ] as const)('%s accepts exactly the ids of RULES.md', (_, guard, ids) => {
    for (const id of ids) expect(guard(id), id).toBe(true);
    for (const near of [...ids.map((id) => id.toUpperCase()), ...ids.map((id) => ` ${id}`), '', 'toString', '__proto__', '高级', '数字化管理师']) expect(guard(near), near).toBe(false);
  });

  it('never throw and say false for anything that is not one of the ids', () => {
    const hostile = [null, undefined, 1, 1n, Symbol('x'), {}, [], ['junior'], new String('junior'), { toString: () => 'junior' }];
    for (const value of hostile) {
      expect(isTrackId(value)).toBe(false);
      expect(isLevel(value)).toBe(false);
      expect(isEducationLevel(value)).toBe(false);
    }
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(isTrackId(value)).toBe(TRACKS.includes(value as string));
        expect(isLevel(value)).toBe(LEVELS.includes(value as string));
        expect(isEducationLevel(value)).toBe(EDUCATION.includes(value as string));
      }),
    );
  });
});
