/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The pre-check page's entry: sets up the form, checks on submit, switches language.
 * Bundled by ../build.ts into dist/precheck.js.
 * @module
 */
import { chinaToday } from 'skillcert/calendar';
import { addCertificateRow, addWorkRow, byId, readForm, setUpChoices, showFollowUps } from './form.js';
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
  for (const option of document.querySelectorAll<HTMLOptionElement>('option[data-zh]')) {
    option.textContent = option.dataset[lang] ?? option.value;
  }
  const toggle = byId<HTMLButtonElement>('lang-toggle');
  toggle.textContent = UI_TEXT.languageToggle[lang];
  toggle.lang = lang === 'zh' ? 'en' : 'zh-CN';
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
    renderOutcome(shown, lang);
  });
  byId('lang-toggle').addEventListener('click', () => {
    lang = lang === 'zh' ? 'en' : 'zh';
    applyLanguage(lang);
    if (shown !== null) renderOutcome(shown, lang);
  });
}

startPrecheck();
