/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Asking the library and showing its answer, built around one headline: the answer and the
 * single next step (「可以报名：本科 + 连续工作满 1 年（第三部分 五 2(3)）」, 「2027年3月15日起可报名，
 * 最早参加 2027年3月27日（周六）考试」, a question to answer, or the levels open today). Below it the
 * session (countdown, sprint course, pre-exam test, a calendar file), the materials for the
 * clause met, and the clause detail folded away. Validation issues are shown next to their
 * fields, in the page's language. Never an exception: a `SkillcertError` is shown as issues.
 * @module
 */
import {
  checkAllLevels,
  checkEligibility,
  CLAUSES,
  LEVELS,
  SkillcertError,
  TRACKS,
  type Bilingual,
  type ClauseId,
  type EligibilityResult,
  type Level,
  type ValidationIssue,
} from 'skillcert/eligibility';
import {
  checkMaterials,
  earliestSession,
  PROOF_OF_ENROLMENT,
  registrationStatus,
  REQUIRED_MATERIALS,
  SESSION_DATE_LABELS,
  type ExamSession,
  type SessionDateField,
  type SessionWithEligibility,
} from 'skillcert/schedule';
import { downloadSessionCalendar } from './calendar-file.js';
import { dateElement, formatDate, textWithDates } from './dates.js';
import type { PrecheckInput } from './form.js';
import { clauseInBrief, clauseInBriefParts, nextStepsOf, sourceOf, type NextStep } from './next-steps.js';
import { fieldLabel, say, UI_TEXT, type Lang, type TextKey } from './text.js';

/** An issue with the input, its text in both languages. */
export interface ShownIssue {
  readonly path: readonly (string | number)[];
  readonly message: Bilingual;
}

/** The answer as the page shows it. */
export interface AnswerView {
  readonly result: EligibilityResult;
  /** The result's status, or `incomplete` when a work period the applicant is unsure of decides. */
  readonly status: EligibilityResult['status'];
  /** Best first (API.md `nextSteps`), with the page's own questions about unsure work first. */
  readonly steps: readonly NextStep[];
  readonly firstSession: SessionWithEligibility | null;
  /** When time alone never makes the level: the levels open on the as-of date, with a clause met. */
  readonly levelsOpenToday: readonly { readonly level: Level; readonly clause: ClauseId }[];
}

/** What a check came to: an answer, issues with the input, or an unexpected failure. */
export type Outcome =
  | { readonly kind: 'answer'; readonly view: AnswerView }
  | { readonly kind: 'issues'; readonly issues: readonly ShownIssue[] }
  | { readonly kind: 'failure'; readonly message: string };

// A validation issue's text: `{ zh, en }` (API.md 2026-11-29), or the English line of a library
// built before it.
const issueMessage = (message: ValidationIssue['message'] | Bilingual): Bilingual =>
  typeof message === 'string' ? { zh: message, en: message } : message;

function issuesOf(error: SkillcertError): ShownIssue[] {
  if (error.issues.length > 0) return error.issues.map((issue) => ({ path: issue.path, message: issueMessage(issue.message) }));
  const text = (error as { text?: Bilingual }).text;
  return [{ path: [], message: text ?? { zh: error.message, en: error.message } }];
}

/**
 * Checks the form's input: eligibility as of the chosen date, its next steps, the first session
 * from the one open on that date and, when time alone will never do, the levels open today.
 * Bad input comes back as `issues` (with paths), never thrown.
 *
 * A work period the applicant is not sure about is counted as unrelated; if counting it as
 * related would make them eligible today, the answer is `incomplete` and asks about it.
 *
 * @example
 * ```ts
 * precheck({ track: 'digital-manager', level: 'junior', asOf: '2026-03-01', profile: { education: null, work: [], certificates: [] }, unsureWork: [] });
 * //=> { kind: 'answer', view: { status: 'ineligible', steps: [{ kind: 'obtain', … }], firstSession: null, … } }
 * ```
 */
export function precheck(input: PrecheckInput): Outcome {
  const { track, level, asOf, unsureWork } = input;
  // The form's strings are unchecked: the library validates them at run time.
  const profile: unknown = input.profile;
  try {
    const result = checkEligibility(profile, { track, level, asOf });
    let status = result.status;
    let steps = nextStepsOf(result);
    if (!result.eligible && unsureWork.length > 0) {
      const hopeful: unknown = { ...input.profile, work: input.profile.work.map((period, index) => (unsureWork.includes(index) ? { ...period, related: true } : period)) };
      const ifRelated = checkEligibility(hopeful, { track, level, asOf });
      if (ifRelated.eligible) {
        status = 'incomplete';
        const questions = unsureWork.map(
          (index): NextStep => ({
            kind: 'answer',
            clauses: ifRelated.satisfiedBy,
            field: `work.${index}.related`,
            message: {
              zh: `请确认：${fieldLabel(['work', index, 'related'], 'zh')}`,
              en: `Please confirm: ${fieldLabel(['work', index, 'related'], 'en')}`,
            },
          }),
        );
        steps = [...questions, ...steps];
      }
    }
    const firstSession = earliestSession(profile, { track, level, now: asOf });
    const stuck = status !== 'eligible' && !steps.some((step) => step.kind !== 'obtain');
    const levelsOpenToday = stuck
      ? Object.values(checkAllLevels(profile, { track, asOf }))
          .filter((other) => other.eligible && other.level !== level)
          .map((other) => ({ level: other.level, clause: other.satisfiedBy[0] as ClauseId }))
      : [];
    return { kind: 'answer', view: { result, status, steps, firstSession, levelsOpenToday } };
  } catch (error) {
    if (error instanceof SkillcertError) return { kind: 'issues', issues: issuesOf(error) };
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

/** A UI_TEXT entry with its `{slots}` filled by nodes (dates that must not wrap) or text. */
function sayNodes(key: TextKey, lang: Lang, params: Record<string, Node | string>): (Node | string)[] {
  return UI_TEXT[key][lang].split(/(\{\w+\})/).map((part) => {
    const slot = /^\{(\w+)\}$/.exec(part)?.[1];
    return slot !== undefined && slot in params ? (params[slot] as Node | string) : part;
  });
}

const nameOf = (table: readonly { readonly id: string; readonly name: Bilingual }[], id: string, lang: Lang): string =>
  table.find((entry) => entry.id === id)?.name[lang] ?? id;

const clauseData = (id: ClauseId) => CLAUSES.find((clause) => clause.id === id);

// The date, without its weekday, for "from … on" (the exam day keeps its weekday).
const dayOnly = (date: string, lang: Lang): HTMLTimeElement => {
  const time = dateElement(date, lang);
  time.textContent = formatDate(date, lang).replace(/（.+）$/, '').replace(/^\w{3} /, '');
  return time;
};

// The control an input path is about (a question's field, an issue's field), or for a path
// below any control (a whole row, say) the nearest control above it.
function controlFor(path: readonly (string | number)[]): HTMLElement | null {
  for (let length = path.length; length > 0; length--) {
    const candidate = CSS.escape(path.slice(0, length).join('.'));
    const control = document.querySelector<HTMLElement>(`[data-path="${candidate}"], [data-question="${candidate}"]`);
    if (control !== null) return control;
  }
  return null;
}

// What to focus in a control: a radio group's first option, else the control itself.
const focusTarget = (control: HTMLElement): HTMLElement => control.querySelector<HTMLElement>('input, select, button') ?? control;

function questionLink(step: NextStep, lang: Lang): HTMLElement {
  const path = (step.field ?? '').split('.');
  const control = controlFor(path);
  const link = element('a', { testid: 'result-question' }, fieldLabel(path, lang));
  if (control !== null) {
    link.href = `#${control.id}`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const target = focusTarget(control);
      target.focus();
      target.scrollIntoView({ block: 'center' });
    });
  }
  return link;
}

function headline(view: AnswerView, lang: Lang): (Node | string)[] {
  const { result, steps, firstSession } = view;
  const levelName = nameOf(LEVELS, result.level, lang);
  if (view.status === 'eligible') {
    const clause = clauseData(result.satisfiedBy[0] as ClauseId);
    if (clause === undefined) return [say('headlineEligible', lang)];
    const { words, reference } = clauseInBriefParts(clause, lang);
    return [say('headlineEligible', lang), words, element('span', { className: 'reference' }, reference)];
  }
  const first = steps[0];
  if (first?.kind === 'answer') return sayNodes('headlineAnswer', lang, { field: fieldLabel((first.field ?? '').split('.'), lang) });
  if (first?.kind === 'wait' && first.on !== undefined) {
    const on = dayOnly(first.on, lang);
    return firstSession === null ? sayNodes('headlineWait', lang, { on }) : sayNodes('headlineWaitExam', lang, { on, exam: dateElement(firstSession.session.examDate, lang) });
  }
  if (view.levelsOpenToday.length > 0) {
    const other = view.levelsOpenToday.map((open) => nameOf(LEVELS, open.level, lang)).join(lang === 'zh' ? '、' : ', ');
    return sayNodes('headlineOtherLevel', lang, { level: levelName, other });
  }
  return sayNodes('headlineNever', lang, { level: levelName, reason: first?.message[lang] ?? '' });
}

// The line under the headline: how to act on it.
function lead(view: AnswerView, lang: Lang): HTMLElement[] {
  const answers = view.steps.filter((step) => step.kind === 'answer');
  if (view.status !== 'eligible' && answers.length > 0) {
    return [element('p', { className: 'lead' }, say('questions', lang)), element('ul', { className: 'questions' }, ...answers.map((step) => element('li', {}, questionLink(step, lang))))];
  }
  if (view.levelsOpenToday.length > 0) {
    const items = view.levelsOpenToday.map(({ level, clause }) => {
      const data = clauseData(clause);
      const switchLevel = element('button', { className: 'switch-level', testid: 'check-level' }, say('checkLevel', lang, { level: nameOf(LEVELS, level, lang) }));
      switchLevel.type = 'button';
      switchLevel.dataset.level = level;
      return element('li', { testid: 'other-level' }, `${nameOf(LEVELS, level, lang)}${lang === 'zh' ? '：' : ': '}${data === undefined ? clause : clauseInBrief(data, lang)} `, switchLevel);
    });
    return [element('h3', {}, say('otherLevels', lang)), element('ul', { className: 'other-levels' }, ...items)];
  }
  const session = view.firstSession?.session;
  if (session === undefined) return [element('p', { className: 'lead', testid: 'result-lead' }, say('noSessionYet', lang))];
  const wait = view.steps[0];
  if (view.status !== 'eligible') {
    if (wait?.kind !== 'wait' || wait.on === undefined) return [];
    return [
      element(
        'p',
        { className: 'lead', testid: 'result-lead' },
        ...sayNodes('registerBetween', lang, { on: dateElement(wait.on, lang), closes: dateElement(session.registrationCloses, lang) }),
      ),
    ];
  }
  return [
    element(
      'p',
      { className: 'lead', testid: 'result-lead' },
      ...sayNodes('registerBy', lang, { closes: dateElement(session.registrationCloses, lang), exam: dateElement(session.examDate, lang) }),
    ),
  ];
}

function provisionalMark(lang: Lang, testid: string): HTMLElement {
  return element('span', { className: 'provisional', testid }, lang === 'zh' ? `（${say('provisional', lang)}）` : ` (${say('provisional', lang)})`);
}

function countdown(session: ExamSession, asOf: string, lang: Lang): HTMLElement {
  const { daysLeft } = registrationStatus(session, asOf);
  const text =
    daysLeft < 0 ? say('closed', lang) : daysLeft === 0 ? say('closesToday', lang) : daysLeft === 1 ? say('dayLeft', lang) : say('daysLeft', lang, { n: daysLeft });
  const chip = element('span', { className: 'countdown', testid: 'session-countdown' }, text);
  chip.dataset.daysLeft = String(daysLeft);
  return chip;
}

function sessionCard(session: ExamSession, asOf: string, lang: Lang): HTMLElement {
  const label = (field: SessionDateField) => SESSION_DATE_LABELS[field][lang];
  const rows = element('dl', { className: 'session' });
  const row = (field: SessionDateField, ...value: (Node | string)[]) => {
    rows.append(element('dt', {}, label(field)), element('dd', { testid: `session-${field}` }, ...value));
  };
  const span = (from: string, to: string) => (from === to ? [dateElement(from, lang)] : [dateElement(from, lang), say('through', lang), dateElement(to, lang)]);
  // Only the working-day dates can be estimates: the exam day and the registration deadline
  // follow from the month alone under the default exam-day rule [I-18], [I-15].
  const provisional = (field: SessionDateField): boolean => (session.provisional as readonly string[]).includes(field);
  const dated = (field: 'examDate' | 'scoresFrom' | 'certificatesBy' | 'certificateQueryFrom') =>
    row(field, dateElement(session[field], lang), ...(provisional(field) ? [provisionalMark(lang, `session-${field}-provisional`)] : []));

  row('registrationCloses', dateElement(session.registrationCloses, lang), ' ', countdown(session, asOf, lang));
  row('sprintCourse', ...span(session.sprintCourse.from, session.sprintCourse.to));
  row('mockTest', ...span(session.mockTest.from, session.mockTest.to));
  dated('examDate');
  dated('scoresFrom');
  dated('certificatesBy');
  dated('certificateQueryFrom');

  const [year, month] = session.id.split('-').map(Number) as [number, number];
  const monthName = lang === 'zh' ? `${year}年${month}月` : `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1]} ${year}`;
  const download = element('button', { className: 'download', testid: 'download-ics' }, say('addToCalendar', lang));
  download.type = 'button';
  download.addEventListener('click', () => downloadSessionCalendar(session, lang));
  const anyProvisional = session.provisional.length > 0;
  return element(
    'section',
    { className: 'part session-card', testid: 'result-session' },
    element('h3', {}, say('session', lang, { month: monthName })),
    rows,
    ...(anyProvisional ? [element('p', { className: 'note', testid: 'session-provisional-note' }, say('provisionalNote', lang))] : []),
    download,
  );
}

let nextChecklistId = 0;

function materials(claim: ClauseId, lang: Lang): HTMLElement {
  const { required } = checkMaterials({ provided: [], claim });
  const catalogue = [...REQUIRED_MATERIALS, PROOF_OF_ENROLMENT];
  const items = required.map((id) => {
    const material = catalogue.find((candidate) => candidate.id === id);
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `material-${nextChecklistId++}`;
    const label = element('label', {}, material?.name[lang] ?? id);
    label.htmlFor = box.id;
    const item = element('li', { testid: 'material' }, box, label);
    item.dataset.material = id;
    return item;
  });
  const data = clauseData(claim);
  return element(
    'section',
    { className: 'part materials', testid: 'result-materials' },
    element('h3', {}, say('materials', lang, { clause: data === undefined ? claim : sourceOf(data) })),
    element('ul', { className: 'checklist' }, ...items),
  );
}

function clauseDetails(view: AnswerView, lang: Lang): HTMLElement {
  const { result, steps } = view;
  const clauses = result.clauses.map((outcome) => {
    const state = outcome.met
      ? say('clauseMet', lang)
      : outcome.metOn !== null
        ? sayNodes('clauseMetOn', lang, { on: dateElement(outcome.metOn, lang) })
        : say('clauseNotMet', lang);
    const tag = element('span', { className: `tag ${outcome.met ? 'met' : 'unmet'}` }, ...(Array.isArray(state) ? state : [state]));
    const unmet = outcome.requirements.filter((requirement) => !requirement.met).map((requirement) => element('li', {}, ...textWithDates(requirement.message[lang])));
    const item = element(
      'li',
      { testid: 'clause' },
      tag,
      ' ',
      outcome.text[lang],
      ' ',
      element('span', { className: 'source' }, sourceOf(outcome)),
      ...(unmet.length > 0 ? [element('ul', { className: 'messages' }, ...unmet)] : []),
    );
    item.dataset.clause = outcome.id;
    item.dataset.met = String(outcome.met);
    return item;
  });
  const stepList =
    steps.length > 1
      ? [element('h3', {}, say('allSteps', lang)), element('ol', { className: 'steps' }, ...steps.map((step) => element('li', { testid: 'next-step' }, ...textWithDates(step.message[lang]))))]
      : [];
  return element('details', { className: 'details', testid: 'result-details' }, element('summary', {}, say('details', lang)), ...stepList, element('ul', { className: 'clauses' }, ...clauses));
}

function renderAnswer(view: AnswerView, lang: Lang): HTMLElement[] {
  const { result, firstSession } = view;
  const title = element('h2', { className: `headline ${view.status}`, testid: 'result-headline' }, ...headline(view, lang));
  title.id = 'result-headline';
  title.tabIndex = -1;
  title.dataset.status = view.status;
  const subject = element(
    'p',
    { className: 'subject', testid: 'result-subject' },
    `${nameOf(TRACKS, result.track, lang)} · ${nameOf(LEVELS, result.level, lang)} · ${say('asOfNote', lang)} `,
    dateElement(result.asOf, lang),
  );
  const parts: HTMLElement[] = [title, ...lead(view, lang), subject];
  // The session and its materials, when the applicant can sit it (now or after waiting).
  if (firstSession !== null && (view.status === 'eligible' || view.steps[0]?.kind === 'wait')) {
    parts.push(sessionCard(firstSession.session, result.asOf, lang));
    const claim = (view.status === 'eligible' ? result.satisfiedBy[0] : firstSession.eligibility.satisfiedBy[0]) as ClauseId | undefined;
    if (claim !== undefined) parts.push(materials(claim, lang));
  }
  parts.push(clauseDetails(view, lang));
  return parts;
}

function clearIssues(): void {
  for (const note of document.querySelectorAll('.field-error')) note.remove();
  for (const control of document.querySelectorAll('[aria-invalid="true"]')) control.removeAttribute('aria-invalid');
  for (const control of document.querySelectorAll<HTMLElement>('[data-error-for]')) {
    control.setAttribute('aria-describedby', control.dataset.describedBy ?? '');
    if (control.dataset.describedBy === '') control.removeAttribute('aria-describedby');
    delete control.dataset.errorFor;
    delete control.dataset.describedBy;
  }
}

// earliestSession's `from` is the form's as-of date.
const formPathOf = (path: readonly (string | number)[]): readonly (string | number)[] => (path.length === 1 && path[0] === 'from' ? ['asOf'] : path);

function showIssues(issues: readonly ShownIssue[], lang: Lang): Node[] {
  const items = issues.map((issue, index) => {
    const path = formPathOf(issue.path);
    const label = path.length === 0 ? '' : `${fieldLabel(path, lang)}${lang === 'zh' ? '：' : ': '}`;
    const control = controlFor(path);
    const text = issue.message[lang];
    const item = element('li', { testid: 'error-item' });
    if (control === null) {
      item.append(label, ...textWithDates(text));
      return item;
    }
    const note = element('p', { className: 'field-error', testid: 'field-error' }, ...textWithDates(text));
    note.id = `${control.id}-error-${index}`;
    // A radio group takes the note inside; a field takes it under its control.
    (control instanceof HTMLFieldSetElement ? control : (control.closest('.field') ?? control.parentElement))?.append(note);
    const invalid = control instanceof HTMLFieldSetElement ? [...control.querySelectorAll<HTMLElement>('input')] : [control];
    for (const target of invalid) target.setAttribute('aria-invalid', 'true');
    if (control.dataset.errorFor === undefined) control.dataset.describedBy = control.getAttribute('aria-describedby') ?? '';
    control.dataset.errorFor = 'true';
    control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby') ?? '', note.id].join(' ').trim());
    const link = element('a', {}, label);
    link.href = `#${control.id}`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      focusTarget(control).focus();
    });
    item.append(link, ...textWithDates(text));
    return item;
  });
  const heading = element('h2', {}, say('errorsTitle', lang));
  heading.id = 'errors-title';
  heading.tabIndex = -1;
  return [heading, element('ul', {}, ...items)];
}

/**
 * Shows an outcome in the page's language: the answer under its headline, or the issues in the
 * error summary and next to their fields. Returns the element that carries the outcome's first
 * line (the headline, or the error summary's title), for the caller to focus and announce.
 *
 * @example
 * ```ts
 * renderOutcome(precheck(readForm()), 'en')?.textContent;
 * //=> "You may register: bachelor's degree + 1 full year of continuous work (第三部分 五 2(3))"
 * ```
 */
export function renderOutcome(outcome: Outcome, lang: Lang): HTMLElement | null {
  const errors = document.getElementById('errors');
  const result = document.getElementById('result');
  if (errors === null || result === null) return null;
  clearIssues();
  if (outcome.kind === 'answer') {
    errors.hidden = true;
    errors.replaceChildren();
    const open = result.querySelector('details')?.open ?? false;
    result.replaceChildren(...renderAnswer(outcome.view, lang));
    // Re-rendered in the other language, the detail stays as the reader left it.
    const details = result.querySelector('details');
    if (details !== null) details.open = open;
    result.hidden = false;
    return result.querySelector('h2');
  }
  result.replaceChildren();
  result.hidden = true;
  errors.hidden = false;
  errors.replaceChildren(
    ...(outcome.kind === 'issues' ? showIssues(outcome.issues, lang) : [element('h2', {}, say('unexpectedError', lang)), element('p', {}, outcome.message)]),
  );
  return errors.querySelector('h2');
}
