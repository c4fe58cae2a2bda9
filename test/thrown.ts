// The one helper the tests share for asserting on errors.
import { SkillcertError, type ValidationIssue } from '../src/core/errors.js';

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

/** An issue as `{ path, code, params }` (params left out when it has none), for comparing with literals. */
export function bareIssue({ path, code, params }: ValidationIssue): { path: ValidationIssue['path']; code: ValidationIssue['code']; params?: ValidationIssue['params'] } {
  return params === undefined ? { path, code } : { path, code, params };
}

/** The code of the SkillcertError `run` throws and its issues, bare, for comparing whole. */
export function refusalOf(run: () => unknown): { code: SkillcertError['code']; issues: ReturnType<typeof bareIssue>[] } {
  const error = thrown(run);
  return { code: error.code, issues: error.issues.map(bareIssue) };
}
