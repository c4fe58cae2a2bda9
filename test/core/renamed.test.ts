// One API's renamed options (src/core/renamed.ts): the value is read under its name or its
// deprecated one, the answer says which name it came under (issue paths use it), and both at
// once is refused at the deprecated name, whatever the two values are.
import { describe, expect, it } from 'vitest';
import { conflictingKeys } from '../../src/core/issue-messages.js';
import { readRenamed } from '../../src/core/renamed.js';
import { thrown } from '../thrown.js';

const TEXTS = { templates: { 'conflicting-keys': conflictingKeys } };

describe('readRenamed', () => {
  it('reads the current name when only it is given', () => {
    expect(readRenamed({ now: '2026-03-01' }, 'now', 'from', TEXTS)).toEqual({ value: '2026-03-01', name: 'now' });
  });

  it('reads the deprecated name when only it is given, and says so', () => {
    expect(readRenamed({ from: '2026-03-01' }, 'now', 'from', TEXTS)).toEqual({ value: '2026-03-01', name: 'from' });
    expect(readRenamed({ now: undefined, from: 0 }, 'now', 'from', TEXTS)).toEqual({ value: 0, name: 'from' });
  });

  it('answers undefined under the current name when neither is given', () => {
    expect(readRenamed({}, 'now', 'from', TEXTS)).toEqual({ value: undefined, name: 'now' });
  });

  it('refuses both names at once, at the deprecated one, even when they agree', () => {
    const error = thrown(() => readRenamed({ now: '2026-03-01', from: '2026-03-01' }, 'now', 'from', TEXTS));
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toHaveLength(1);
    const [only] = error.issues;
    expect(only?.path).toEqual(['from']);
    expect(only?.code).toBe('conflicting-keys');
    expect(only?.params).toEqual({ keys: 'now, from', current: 'now', deprecated: 'from' });
    expect(only?.message.en).toBe('give one of now, from, not both (from is the deprecated name of now)');
    expect(only?.message.zh).toBe('now, from 只能给一个（from 是 now 的旧名）');
  });

  it('takes false, 0 and null as given values, not as absent ones', () => {
    for (const given of [false, 0, null, '']) {
      expect(thrown(() => readRenamed({ now: given, from: given }, 'now', 'from', TEXTS)).issues[0]?.code).toBe('conflicting-keys');
    }
  });
});
