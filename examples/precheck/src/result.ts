/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Asking the library and showing its answer: eligibility, the clause, what is missing or
 * unmet, the earliest eligible date and the first session; or the validation issues, each
 * next to its field. Never an exception: a `SkillcertError` is shown as issues.
 * @module
 */
import { checkEligibility, SkillcertError, TRACKS, LEVELS, type EligibilityResult, type ValidationIssue } from 'skillcert/eligibility';
import { earliestSession, type ExamSession, type SessionWithEligibility, type WorkingDayDateName } from 'skillcert/schedule';
import type { PrecheckInput } from './form.js';
import { fieldLabel, UI_TEXT, type Lang, type TextKey } from './text.js';

/** What a check came to: an answer, issues with the input, or an unexpected failure. */
export type Outcome =
  | { readonly kind: 'answer'; readonly result: EligibilityResult; readonly firstSession: SessionWithEligibility | null }
  | { readonly kind: 'issues'; readonly issues: readonly ValidationIssue[] }
  | { readonly kind: 'failure'; readonly message: string };

/**
 * Checks the form's input: eligibility as of the chosen date, and the first session from the
 * one open on that date. Bad input comes back as `issues` (with paths), never thrown.
 *
 * @example
 * ```ts
 * precheck({ track: 'digital-manager', level: 'junior', asOf: '2026-03-01', profile: { education: null, work: [], certificates: [] } });
 * //=> { kind: 'answer', result: { status: 'ineligible', earliestEligibleOn: null, … }, firstSession: null }
 * ```
 */
export function precheck(input: PrecheckInput): Outcome {
  const { track, level, asOf } = input;
  // The form's strings are unchecked: the library validates them at run time.
  const profile: unknown = input.profile;
  try {
    const result = checkEligibility(profile, { track, level, asOf });
    // earliestSession's `from` is the form's as-of date; its issues say `from`, shown at as-of.
    const firstSession = earliestSession(profile, { track, level, from: asOf });
    return { kind: 'answer', result, firstSession };
  } catch (error) {
    if (error instanceof SkillcertError) {
      return { kind: 'issues', issues: error.issues.length > 0 ? error.issues : [{ path: [], message: error.message }] };
    }
    return { kind: 'failure', message: error instanceof Error ? error.message : String(error) };
  }
}

/** Builds an element with a class, a test id and children. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: { className?: string; testid?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (attributes.className !== undefined) node.className = attributes.className;
  if (attributes.testid !== undefined) node.dataset.testid = attributes.testid;
  node.append(...children);
  return node;
}

const say = (key: TextKey, lang: Lang): string => UI_TEXT[key][lang];

const STATUS_TEXT: Record<EligibilityResult['status'], TextKey> = {
  eligible: 'statusEligible',
  ineligible: 'statusIneligible',
  incomplete: 'statusIncomplete',
};

function section(testid: string, heading: string, ...content: Node[]): HTMLElement {
  return element('section', { className: 'part', testid }, element('h3', {}, heading), ...content);
}

function clauseHead(outcome: EligibilityResult['clauses'][number], lang: Lang): (Node | string)[] {
  const { section: where, item } = outcome.source;
  return [element('code', { className: 'clause-id' }, outcome.id), ' ', outcome.text[lang], ' ', element('span', { className: 'source' }, `${where} ${item}`)];
}

function satisfiedClauses(result: EligibilityResult, lang: Lang): HTMLElement {
  const met = result.clauses.filter((outcome) => result.satisfiedBy.includes(outcome.id));
  const list = element('ul', {}, ...met.map((outcome) => element('li', { testid: 'satisfied-clause' }, ...clauseHead(outcome, lang))));
  return section('result-clauses', say('satisfiedBy', lang), list);
}

function unmetRequirements(result: EligibilityResult, lang: Lang): HTMLElement {
  const list = element(
    'ul',
    {},
    ...result.clauses.map((outcome) => {
      const messages = outcome.requirements.filter((requirement) => !requirement.met).map((requirement) => element('li', {}, requirement.message[lang]));
      return element('li', { testid: 'unmet-clause' }, ...clauseHead(outcome, lang), element('ul', { className: 'messages' }, ...messages));
    }),
  );
  return section('result-unmet', say('unmet', lang), list);
}

function missingFacts(result: EligibilityResult, lang: Lang): HTMLElement {
  const list = element('ul', {}, ...result.missing.map((path) => element('li', {}, fieldLabel(path.split('.'), lang))));
  return section('result-missing', say('missing', lang), list);
}

/** A date with a "provisional" mark when it was estimated without official holiday data. */
function datedValue(date: string, provisional: boolean, testid: string, lang: Lang): HTMLElement {
  const value = element('span', { testid }, date);
  const mark = lang === 'zh' ? `（${say('provisional', lang)}）` : `(${say('provisional', lang)})`;
  if (provisional) value.append(' ', element('span', { className: 'provisional', testid: `${testid}-provisional` }, mark));
  return value;
}

const SESSION_DATES: readonly { key: 'examDate' | 'registrationCloses' | WorkingDayDateName; label: TextKey }[] = [
  { key: 'examDate', label: 'examDate' },
  { key: 'registrationCloses', label: 'registrationCloses' },
  { key: 'scoresFrom', label: 'scoresFrom' },
  { key: 'certificatesBy', label: 'certificatesBy' },
];

function sessionDetails(session: ExamSession, lang: Lang): HTMLElement {
  const rows = element('dl', { className: 'session' });
  for (const { key, label } of SESSION_DATES) {
    // Under the default exam-day rule [I-18] the exam and registration dates follow from the
    // month alone; the working-day dates [I-21] are estimates when the session names them.
    const provisional = (session.provisional as readonly string[]).includes(key);
    rows.append(element('dt', {}, say(label, lang)), element('dd', {}, datedValue(session[key], provisional, `session-${key}`, lang)));
  }
  const notes: HTMLElement[] = [element('p', { className: 'note' }, `${session.id} · ${say('sessionJudgedOn', lang)}`)];
  if (session.flags.provisional) notes.push(element('p', { className: 'note', testid: 'session-provisional-note' }, say('provisionalNote', lang)));
  return element('div', { testid: 'result-session' }, rows, ...notes);
}

function timeline(result: EligibilityResult, firstSession: SessionWithEligibility | null, lang: Lang): HTMLElement {
  const earliest = result.earliestEligibleOn ?? say('never', lang);
  return element(
    'dl',
    { className: 'timeline' },
    element('dt', {}, say('earliestEligibleOn', lang)),
    element('dd', { testid: 'result-earliest' }, earliest),
    element('dt', {}, say('firstSession', lang)),
    element('dd', {}, firstSession === null ? element('span', { testid: 'result-session' }, say('noSession', lang)) : sessionDetails(firstSession.session, lang)),
  );
}

function nameOf<T extends { readonly id: string; readonly name: { readonly zh: string; readonly en: string } }>(table: readonly T[], id: string, lang: Lang): string {
  return table.find((entry) => entry.id === id)?.name[lang] ?? id;
}

function renderAnswer(result: EligibilityResult, firstSession: SessionWithEligibility | null, lang: Lang): Node[] {
  const status = element('h2', { className: `status ${result.status}`, testid: 'result-status' }, say(STATUS_TEXT[result.status], lang));
  status.dataset.status = result.status;
  const subject = element(
    'p',
    { className: 'subject', testid: 'result-subject' },
    `${nameOf(TRACKS, result.track, lang)} · ${nameOf(LEVELS, result.level, lang)} · ${say('asOfNote', lang)} ${result.asOf}`,
  );
  const parts: Node[] = [status, subject];
  if (result.eligible) parts.push(satisfiedClauses(result, lang));
  else {
    if (result.missing.length > 0) parts.push(missingFacts(result, lang));
    parts.push(unmetRequirements(result, lang));
  }
  parts.push(timeline(result, firstSession, lang));
  return parts;
}

// earliestSession's `from` is the form's as-of date.
const formPathOf = (path: readonly (string | number)[]): readonly (string | number)[] =>
  path.length === 1 && path[0] === 'from' ? ['asOf'] : path;

// The control an issue is about, or for a path below any control (a whole row, say) the
// nearest control above it.
function controlFor(path: readonly (string | number)[]): HTMLElement | null {
  const candidates = [path.join('.')];
  for (let length = path.length - 1; length > 0; length--) candidates.push(path.slice(0, length).join('.'));
  for (const candidate of candidates) {
    const control = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(candidate)}"]`);
    if (control !== null) return control;
  }
  return null;
}

function clearIssues(): void {
  for (const note of document.querySelectorAll('.field-error')) note.remove();
  for (const control of document.querySelectorAll('[aria-invalid="true"]')) {
    control.removeAttribute('aria-invalid');
    control.removeAttribute('aria-describedby');
  }
}

function showIssues(issues: readonly ValidationIssue[], lang: Lang): Node[] {
  const items = issues.map((issue, index) => {
    const path = formPathOf(issue.path);
    const label = path.length === 0 ? '' : `${fieldLabel(path, lang)}${lang === 'zh' ? '：' : ': '}`;
    const control = controlFor(path);
    const item = element('li', { testid: 'error-item' });
    if (control === null) item.append(label, issue.message);
    else {
      const note = element('p', { className: 'field-error', testid: 'field-error' }, issue.message);
      note.id = `${control.id}-error-${index}`;
      control.closest('.field')?.append(note);
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', note.id);
      const link = element('a', {}, label);
      link.href = `#${control.id}`;
      item.append(link, issue.message);
    }
    return item;
  });
  return [element('h2', {}, say('errorsTitle', lang)), element('ul', {}, ...items)];
}

/**
 * Shows an outcome in the page's language: the answer in the live result region, or the
 * issues in the error summary and next to their fields.
 *
 * @example
 * ```ts
 * renderOutcome(precheck(readForm()), 'en');
 * document.querySelector('[data-testid="result-status"]')?.textContent;
 * //=> 'May register'
 * ```
 */
export function renderOutcome(outcome: Outcome, lang: Lang): void {
  const errors = document.getElementById('errors');
  const result = document.getElementById('result');
  if (errors === null || result === null) return;
  clearIssues();
  if (outcome.kind === 'answer') {
    errors.hidden = true;
    errors.replaceChildren();
    result.replaceChildren(...renderAnswer(outcome.result, outcome.firstSession, lang));
    return;
  }
  result.replaceChildren();
  errors.hidden = false;
  errors.replaceChildren(
    ...(outcome.kind === 'issues' ? showIssues(outcome.issues, lang) : [element('h2', {}, say('unexpectedError', lang)), element('p', {}, outcome.message)]),
  );
}
