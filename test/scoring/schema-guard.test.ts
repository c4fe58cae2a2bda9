// The scoring schemas are hand-written readers wrapped as zod/mini schemas: a hostile value
// fails their parse with an issue, and never lets its own error out of safeParse.
import { describe, expect, it } from 'vitest';
import { answerKeySchema, paperSchema, responsesSchema, scoringPolicySchema } from '../../src/scoring/index.js';

const revoked = (): object => {
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  return revocable.proxy;
};

describe('scoring schemas on hostile input', () => {
  it.each([
    ['paperSchema', paperSchema],
    ['answerKeySchema', answerKeySchema],
    ['responsesSchema', responsesSchema],
    ['scoringPolicySchema', scoringPolicySchema],
  ])('%s: a revoked proxy or a throwing getter is an issue, not an exception', (_name, schema) => {
    for (const input of [revoked(), { get multiple(): never { throw new Error('getter'); }, get sections(): never { throw new Error('getter'); } }]) {
      const result = schema.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues.length).toBeGreaterThan(0);
    }
  });
});
