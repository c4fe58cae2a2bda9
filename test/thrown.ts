// The one helper the tests share for asserting on errors.
import { SkillcertError } from '../src/core/errors.js';

/** The SkillcertError `run` throws; fails the test if it throws anything else, or nothing. */
export function thrown(run: () => unknown): SkillcertError {
  try {
    run();
  } catch (error) {
    if (error instanceof SkillcertError) return error;
    throw new Error(`expected a SkillcertError, got ${String(error)}`);
  }
  throw new Error('expected a SkillcertError, nothing was thrown');
}

/** The issues of an error as `{ path, message }` with the English text, for comparing with literals. */
export function englishIssues(error: SkillcertError): { path: readonly (string | number)[]; message: string }[] {
  return error.issues.map(({ path, message }) => ({ path, message: message.en }));
}
