// A getter that throws is `unreadable` at the path of the property being read (CHANGELOG,
// issue 14's guarantees), at every depth of a profile.
import { describe, expect, it } from 'vitest';
import { checkEligibility } from '../../src/eligibility/index.js';
import { thrown } from '../thrown.js';
import { TRACK } from './support.js';

const boom = (): never => {
  throw new Error('boom');
};
const issuesOf = (profile: object) =>
  thrown(() => checkEligibility(profile as never, { track: TRACK, level: 'junior', asOf: '2026-05-01' })).issues.map((issue) => [issue.path, issue.code]);

describe('a throwing getter in a profile', () => {
  it('is unreadable at its own path', () => {
    expect(issuesOf({ education: { get level() { return boom(); } } })).toEqual([[['education', 'level'], 'unreadable']]);
    expect(issuesOf({ education: { level: 'bachelor', get relatedMajor() { return boom(); } } })).toEqual([[['education', 'relatedMajor'], 'unreadable']]);
    expect(issuesOf({ enrolment: { get institution() { return boom(); } } })).toEqual([[['enrolment', 'institution'], 'unreadable']]);
    expect(issuesOf({ enrolment: { institution: 'vocational', from: '2024-01-01', get relatedMajor() { return boom(); } } })).toEqual([[['enrolment', 'relatedMajor'], 'unreadable']]);
    expect(issuesOf({ work: [{ get from() { return boom(); } }] })).toEqual([[['work', 0, 'from'], 'unreadable']]);
    expect(issuesOf({ work: [{ from: '2024-01-01', get related() { return boom(); } }] })).toEqual([[['work', 0, 'related'], 'unreadable']]);
    expect(issuesOf({ certificates: [{ get kind() { return boom(); } }] })).toEqual([[['certificates', 0, 'kind'], 'unreadable']]);
  });
});

describe('a throwing getter in a relatedness list', () => {
  // A list whose first entry is read by a getter that throws.
  const throwingList = (): unknown[] => Object.defineProperty([], 0, { get: boom, enumerable: true, configurable: true });

  it('is unreadable at the entry’s index, under the key of the list', () => {
    expect(issuesOf({ education: { level: 'bachelor', relatedMajor: throwingList() } })).toEqual([[['education', 'relatedMajor', 0], 'unreadable']]);
    expect(issuesOf({ enrolment: { institution: 'vocational', from: '2024-01-01', relatedMajor: throwingList() } })).toEqual([[['enrolment', 'relatedMajor', 0], 'unreadable']]);
    expect(issuesOf({ work: [{ from: '2024-01-01', related: throwingList() }] })).toEqual([[['work', 0, 'related', 0], 'unreadable']]);
  });
});

describe('a key that is there when read and gone when asked again', () => {
  // The reader reads a key, checks its value, then asks whether the key is there (as z.object
  // does): a proxy that answers the second question "no" has no such key.
  function vanishing<T extends object>(target: T, key: string): T {
    let asked = 0;
    return new Proxy(target, {
      getOwnPropertyDescriptor(object, property) {
        if (property === key && ++asked > 1) return undefined;
        return Reflect.getOwnPropertyDescriptor(object, property);
      },
    });
  }

  it('is a missing required key, though its value was valid', () => {
    expect(issuesOf({ education: vanishing({ level: 'bachelor' }, 'level') })).toEqual([[['education', 'level'], 'required']]);
  });

  it('is an absent optional key: left out, its value’s problem with it', () => {
    const profile = { education: vanishing({ level: 'bachelor', relatedMajor: 'yes' }, 'relatedMajor'), enrolment: null, work: [], certificates: [] };
    const result = checkEligibility(profile as never, { track: TRACK, level: 'intermediate', asOf: '2026-05-01' });
    expect(result.missing).toEqual(['education.relatedMajor']);
  });
});
