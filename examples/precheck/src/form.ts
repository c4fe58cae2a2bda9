/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The pre-check form: its choice lists (filled from the library's catalogues), the work and
 * certificate rows, and reading it all into a profile and a query for `checkEligibility`.
 *
 * The form keeps the library's distinction between unknown and none: a question left at
 * "not answered" is left out of the profile (the answer may then be `incomplete`, with the
 * question in `missing`), while "none" is `null` and no rows is `[]`.
 * @module
 */
import { EDUCATION_LEVELS, LEVELS, TRACKS, type Bilingual, type Level, type TrackId } from 'skillcert/eligibility';
import { normaliseDateInput } from './dates.js';
import { UI_TEXT, type Lang, type TextKey } from './text.js';

/** The profile as the form states it; the library validates it (dates, order, ids). */
export interface FormProfile {
  education?: { level: string; relatedMajor?: boolean } | null;
  enrolment?: { institution: string; relatedMajor?: boolean; from: string; until?: string } | null;
  // `related` left out when the question is not answered: the library reports it as required.
  work: { from: string; to: string | null; related?: boolean }[];
  certificates: { kind: string; level: string; track?: string; issuedOn: string }[];
}

/** What the form asks the library. */
export interface PrecheckInput {
  readonly track: TrackId;
  readonly level: Level;
  readonly asOf: string;
  readonly profile: FormProfile;
  /** Work rows whose relatedness the applicant is not sure of (sent as not related). */
  readonly unsureWork: readonly number[];
}

/**
 * An `<option>` whose text follows the page's language (see `applyLanguage` in main.ts).
 *
 * @example
 * ```ts
 * option('none', UI_TEXT.none).dataset.en;
 * //=> 'none'
 * ```
 */
export function option(value: string, text: Bilingual): HTMLOptionElement {
  const element = document.createElement('option');
  element.value = value;
  element.dataset.zh = text.zh;
  element.dataset.en = text.en;
  element.textContent = text.zh;
  return element;
}

function fillSelect(select: HTMLSelectElement, options: readonly (readonly [string, Bilingual])[]): void {
  select.replaceChildren(...options.map(([value, text]) => option(value, text)));
}

const CATALOG_LEVELS = (): [string, Bilingual][] => LEVELS.map((level) => [level.id, level.name]);
const CATALOG_TRACKS = (): [string, Bilingual][] => TRACKS.map((track) => [track.id, track.name]);

/** The three answers to "is it related?": no default, so the page never assumes one [I-7]. */
export type RelatednessAnswer = 'yes' | 'no' | 'unsure';
const RELATEDNESS: readonly (readonly [RelatednessAnswer, Bilingual])[] = [
  ['yes', UI_TEXT.yes],
  ['no', UI_TEXT.no],
  ['unsure', UI_TEXT.unsure],
];

let nextChoiceId = 0;

/**
 * Fills a `<fieldset>` with the three radio buttons 是 / 否 / 不确定, none checked.
 *
 * @example
 * ```ts
 * fillRelatednessChoice(document.createElement('fieldset')).querySelectorAll('input:checked').length;
 * //=> 0
 * ```
 */
export function fillRelatednessChoice(group: HTMLFieldSetElement): HTMLFieldSetElement {
  const name = `related-${nextChoiceId++}`;
  const options = RELATEDNESS.map(([value, text]) => {
    const label = document.createElement('label');
    label.className = 'option';
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = name;
    input.value = value;
    const caption = document.createElement('span');
    caption.dataset.zh = text.zh;
    caption.dataset.en = text.en;
    caption.textContent = text.zh;
    label.append(input, caption);
    return label;
  });
  group.querySelector('.options')?.remove();
  const row = document.createElement('div');
  row.className = 'options';
  row.append(...options);
  group.append(row);
  return group;
}

function answerOf(group: Element): RelatednessAnswer | undefined {
  return (group.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value as RelatednessAnswer | undefined) ?? undefined;
}

/**
 * Shows, beside every relatedness question, what counts as related for the chosen track: the
 * track's own description (TRACKS[].description).
 *
 * @example
 * ```ts
 * showRelatedGuidance('en');
 * document.querySelector('[data-related-guidance]')?.textContent;
 * //=> '“Related” means the work or the major falls within the track: Plans and …'
 * ```
 */
export function showRelatedGuidance(lang: Lang): void {
  const track = TRACKS.find((candidate) => candidate.id === byId<HTMLSelectElement>('track').value);
  const text = track === undefined ? '' : `${UI_TEXT.relatedGuidance[lang]}${track.description[lang]}`;
  for (const guidance of document.querySelectorAll<HTMLElement>('[data-related-guidance]')) guidance.textContent = text;
}

const CERTIFICATE_KINDS: readonly (readonly [string, Bilingual])[] = [
  ['skillcert', UI_TEXT.kindSkillcert],
  ['vocational', UI_TEXT.kindVocational],
  ['title', UI_TEXT.kindTitle],
];

/** Finds a required element of the page, failing loudly if the HTML and the code disagree. */
export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`precheck: the page has no #${id}`);
  return element as T;
}

/**
 * Fills the fixed choice lists from TRACKS, LEVELS and EDUCATION_LEVELS and sets the as-of
 * date. Run once when the page starts.
 *
 * @example
 * ```ts
 * setUpChoices('2026-05-01');
 * (document.getElementById('level') as HTMLSelectElement).options.length;
 * //=> 3
 * ```
 */
export function setUpChoices(today: string): void {
  fillSelect(byId('track'), CATALOG_TRACKS());
  fillSelect(byId('level'), CATALOG_LEVELS());
  fillSelect(byId('education-level'), [
    ['', UI_TEXT.notAnswered],
    ['none', UI_TEXT.none],
    ...EDUCATION_LEVELS.map((level): [string, Bilingual] => [level.id, level.name]),
  ]);
  for (const group of document.querySelectorAll<HTMLFieldSetElement>('fieldset[data-choice="relatedness"]')) fillRelatednessChoice(group);
  fillSelect(byId('enrolment-institution'), [
    ['', UI_TEXT.notAnswered],
    ['none', UI_TEXT.none],
    ['higher-education', UI_TEXT.higherEducation],
    ['vocational', UI_TEXT.vocational],
  ]);
  byId<HTMLInputElement>('as-of').value = today;
  showFollowUps();
}

/**
 * Asks the follow-up questions only when they apply: the education's major once a level is
 * chosen, the enrolment's major and dates once the applicant is enrolled.
 *
 * @example
 * ```ts
 * showFollowUps(); // after choosing 'none' as education
 * (document.getElementById('education-related')?.closest('.field') as HTMLElement).hidden;
 * //=> true
 * ```
 */
export function showFollowUps(): void {
  const answered = (id: string) => !['', 'none'].includes(byId<HTMLSelectElement>(id).value);
  for (const detail of document.querySelectorAll<HTMLElement>('[data-education-detail]')) detail.hidden = !answered('education-level');
  for (const detail of document.querySelectorAll<HTMLElement>('[data-enrolment-detail]')) detail.hidden = !answered('enrolment-institution');
}

// Unique ids for the rows' labels; rows are read in document order, so removing one renumbers
// the rest without touching these.
let nextRowId = 0;

function labelled(field: string, key: TextKey, control: HTMLInputElement | HTMLSelectElement, wrapperClass = 'field'): HTMLElement {
  const id = `row-${nextRowId++}-${field}`;
  const wrapper = document.createElement('div');
  wrapper.className = wrapperClass;
  const label = document.createElement('label');
  label.htmlFor = id;
  label.dataset.i18n = key;
  label.textContent = UI_TEXT[key].zh;
  control.id = id;
  control.dataset.field = field;
  wrapper.append(label, control);
  return wrapper;
}

/**
 * A date field: plain text read as year-month-day whatever the browser's locale (a native
 * date picker would show the browser's format, not the page's), with a numeric keypad on
 * phones.
 *
 * @example
 * ```ts
 * dateInput().inputMode;
 * //=> 'numeric'
 * ```
 */
export function dateInput(): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'text';
  input.inputMode = 'numeric';
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.placeholder = '2026-03-01';
  input.setAttribute('aria-describedby', 'date-format');
  return input;
}

function removeButton(row: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'remove';
  button.dataset.i18n = 'remove';
  button.dataset.testid = 'remove';
  button.textContent = UI_TEXT.remove.zh;
  button.addEventListener('click', () => {
    // Focus stays in the form: on the next row's remove button, else the previous row's, else
    // the list's add button.
    const list = row.parentElement;
    const neighbour = (row.nextElementSibling ?? row.previousElementSibling)?.querySelector<HTMLElement>('button.remove');
    row.remove();
    const add = list?.closest('fieldset')?.querySelector<HTMLElement>('button.add');
    (neighbour ?? add)?.focus();
  });
  return button;
}

// A list row holding some fields and its own remove button, appended to a list of the form.
function appendRow(listId: string, testid: string, fields: readonly HTMLElement[]): HTMLLIElement {
  const row = document.createElement('li');
  row.className = 'row';
  row.dataset.testid = testid;
  row.append(...fields, removeButton(row));
  byId(listId).append(row);
  return row;
}

function selectOf(options: readonly (readonly [string, Bilingual])[]): HTMLSelectElement {
  const select = document.createElement('select');
  fillSelect(select, options);
  return select;
}

/**
 * Adds an empty work period row (to = empty means ongoing; relatedness not answered) and
 * returns it.
 *
 * @example
 * ```ts
 * addWorkRow().dataset.testid;
 * //=> 'work-row'
 * ```
 */
export function addWorkRow(): HTMLLIElement {
  const related = document.createElement('fieldset');
  related.className = 'choice';
  related.dataset.field = 'related';
  related.dataset.testid = 'work-related';
  const legend = document.createElement('legend');
  legend.dataset.i18n = 'workRelated';
  legend.textContent = UI_TEXT.workRelated.zh;
  related.append(legend);
  fillRelatednessChoice(related);
  return appendRow('work-rows', 'work-row', [labelled('from', 'workFrom', dateInput()), labelled('to', 'workTo', dateInput()), related]);
}

/**
 * Adds an empty certificate row; its track defaults to the track being applied for, and is
 * asked only for this scheme's own certificates.
 *
 * @example
 * ```ts
 * addCertificateRow().querySelectorAll('select').length;
 * //=> 3
 * ```
 */
export function addCertificateRow(): HTMLLIElement {
  const kind = selectOf(CERTIFICATE_KINDS);
  const track = selectOf(CATALOG_TRACKS());
  track.value = byId<HTMLSelectElement>('track').value;
  const trackField = labelled('track', 'certificateTrack', track);
  kind.addEventListener('change', () => {
    trackField.hidden = kind.value !== 'skillcert';
  });
  return appendRow('certificate-rows', 'certificate-row', [
    labelled('kind', 'certificateKind', kind),
    labelled('level', 'certificateLevel', selectOf(CATALOG_LEVELS())),
    trackField,
    labelled('issuedOn', 'issuedOn', dateInput()),
  ]);
}

// Not sure and not answered are both unknown: the field is left out [I-7].
function relatedness(group: Element): boolean | undefined {
  const answer = answerOf(group);
  return answer === 'yes' ? true : answer === 'no' ? false : undefined;
}

const dateOf = (control: HTMLInputElement | HTMLSelectElement): string => normaliseDateInput(control.value);

function fieldOf(row: Element, field: string): HTMLInputElement | HTMLSelectElement {
  const control = row.querySelector<HTMLInputElement | HTMLSelectElement>(`input[data-field="${field}"], select[data-field="${field}"]`);
  if (control === null) throw new Error(`precheck: a row has no ${field} field`);
  return control;
}

// Each row's controls get the path the library will use for them, so that an issue's path
// finds its control (see showIssues in result.ts).
function rowsOf(listId: string, list: 'work' | 'certificates'): Element[] {
  const rows = [...byId(listId).children];
  rows.forEach((row, index) => {
    for (const control of row.querySelectorAll<HTMLElement>('[data-field]')) control.dataset.path = `${list}.${index}.${control.dataset.field}`;
  });
  return rows;
}

function readEducation(): FormProfile['education'] {
  const level = byId<HTMLSelectElement>('education-level').value;
  if (level === '') return undefined;
  if (level === 'none') return null;
  const relatedMajor = relatedness(byId('education-related'));
  return relatedMajor === undefined ? { level } : { level, relatedMajor };
}

function readEnrolment(): FormProfile['enrolment'] {
  const institution = byId<HTMLSelectElement>('enrolment-institution').value;
  if (institution === '') return undefined;
  if (institution === 'none') return null;
  const relatedMajor = relatedness(byId('enrolment-related'));
  const until = dateOf(byId<HTMLInputElement>('enrolment-until'));
  return {
    institution,
    from: dateOf(byId<HTMLInputElement>('enrolment-from')),
    ...(relatedMajor !== undefined && { relatedMajor }),
    ...(until !== '' && { until }),
  };
}

/**
 * Reads the whole form. Values are passed on as typed (an empty date stays `''`), so that the
 * library's validation reports them with their paths.
 *
 * @example
 * ```ts
 * readForm().profile.work;
 * //=> [{ from: '2025-01-01', to: null, related: true }]   (typed as 2025/1/1)
 * ```
 */
export function readForm(): PrecheckInput {
  const unsureWork: number[] = [];
  const profile: FormProfile = {
    work: rowsOf('work-rows', 'work').map((row, index) => {
      const to = dateOf(fieldOf(row, 'to'));
      const answer = answerOf(row.querySelector('[data-field="related"]') ?? row);
      if (answer === 'unsure') unsureWork.push(index);
      const period = { from: dateOf(fieldOf(row, 'from')), to: to === '' ? null : to };
      return answer === undefined ? period : { ...period, related: answer === 'yes' };
    }),
    certificates: rowsOf('certificate-rows', 'certificates').map((row) => {
      const kind = fieldOf(row, 'kind').value;
      return {
        kind,
        level: fieldOf(row, 'level').value,
        ...(kind === 'skillcert' && { track: fieldOf(row, 'track').value }),
        issuedOn: dateOf(fieldOf(row, 'issuedOn')),
      };
    }),
  };
  const education = readEducation();
  if (education !== undefined) profile.education = education;
  const enrolment = readEnrolment();
  if (enrolment !== undefined) profile.enrolment = enrolment;
  return {
    // The lists hold only catalogue ids; the library checks them again anyway.
    track: byId<HTMLSelectElement>('track').value as TrackId,
    level: byId<HTMLSelectElement>('level').value as Level,
    asOf: dateOf(byId<HTMLInputElement>('as-of')),
    profile,
    unsureWork,
  };
}
