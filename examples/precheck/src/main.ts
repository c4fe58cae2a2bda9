/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The pre-check page's entry: sets up the form, checks on submit, switches language.
 * Bundled by ../build.ts into dist/precheck.js.
 * @module
 */
import { chinaToday } from 'skillcert/calendar';
import { addCertificateRow, addWorkRow, byId, readForm, setUpChoices, showFollowUps, showRelatedGuidance } from './form.js';
import { precheck, renderOutcome, type Outcome } from './result.js';
import { UI_TEXT, type Lang, type TextKey } from './text.js';

/**
 * Shows every label of the page in a language: elements with `data-i18n` take that entry of
 * UI_TEXT, options carrying `data-zh`/`data-en` (catalogue names) take theirs.
 *
 * @example
 * ```ts
 * applyLanguage('en');
 * document.documentElement.lang;
 * //=> 'en'
 * ```
 */
export function applyLanguage(lang: Lang): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${UI_TEXT.title[lang]} · ${UI_TEXT.title[lang === 'zh' ? 'en' : 'zh']}`;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = node.dataset.i18n as TextKey;
    if (key in UI_TEXT) node.textContent = UI_TEXT[key][lang];
  }
  for (const option of document.querySelectorAll<HTMLElement>('option[data-zh], span[data-zh]')) {
    option.textContent = option.dataset[lang] ?? '';
  }
  showRelatedGuidance(lang);
  const toggle = byId<HTMLButtonElement>('lang-toggle');
  toggle.textContent = UI_TEXT.languageToggle[lang];
  toggle.lang = lang === 'zh' ? 'en' : 'zh-CN';
}

/**
 * Puts the outcome's first line in front of the reader: focused, scrolled into view when it is
 * not (on a phone the answer sits below the form), and announced alone by the live region.
 *
 * @example
 * ```ts
 * presentOutcome(document.querySelector('#result-headline'));
 * document.activeElement?.id;
 * //=> 'result-headline'
 * ```
 */
export function presentOutcome(first: HTMLElement | null): void {
  const announce = byId('announce');
  announce.textContent = '';
  if (first === null) return;
  first.focus({ preventScroll: true });
  const box = first.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) first.scrollIntoView({ block: 'start' });
  // Emptied first, so that the same headline twice is announced twice.
  const text = (first.textContent ?? '').trim();
  setTimeout(() => {
    announce.textContent = text;
  }, 50);
}

/**
 * Starts the page: fills the choices (as-of = today's China date), wires the buttons, and
 * shows labels in Chinese.
 *
 * @example
 * ```ts
 * startPrecheck();
 * (document.getElementById('as-of') as HTMLInputElement).value;
 * //=> '2026-11-29'   (today in China)
 * ```
 */
export function startPrecheck(): void {
  let lang: Lang = 'zh';
  let shown: Outcome | null = null;
  setUpChoices(chinaToday());
  applyLanguage(lang);

  // New rows take the current language at once.
  byId('add-work').addEventListener('click', () => {
    addWorkRow();
    applyLanguage(lang);
  });
  byId('add-certificate').addEventListener('click', () => {
    addCertificateRow();
    applyLanguage(lang);
  });
  byId('track').addEventListener('change', () => showRelatedGuidance(lang));
  byId('education-level').addEventListener('change', showFollowUps);
  byId('enrolment-institution').addEventListener('change', showFollowUps);
  byId('precheck-form').addEventListener('submit', (event) => {
    event.preventDefault();
    try {
      shown = precheck(readForm());
    } catch (error) {
      // Only a mismatch between this page's HTML and code gets here; still no uncaught error.
      shown = { kind: 'failure', message: error instanceof Error ? error.message : String(error) };
    }
    presentOutcome(renderOutcome(shown, lang));
  });
  // "Check junior instead": the level switched, checked again.
  byId('result').addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-level]');
    if (button === null) return;
    byId<HTMLSelectElement>('level').value = button.dataset.level ?? '';
    byId<HTMLFormElement>('precheck-form').requestSubmit();
  });
  byId('lang-toggle').addEventListener('click', () => {
    lang = lang === 'zh' ? 'en' : 'zh';
    applyLanguage(lang);
    if (shown === null) return;
    // Focus stays on the toggle; the headline is read again in the new language.
    const first = renderOutcome(shown, lang);
    byId('announce').textContent = (first?.textContent ?? '').trim();
  });
}

startPrecheck();
