// Localised strings for the in-page UI, read through the extension's i18n API so the UI follows
// the browser language. Keys live in extension/locales/ui.{en,fr}.json (prefix `ui_`).

function api() {
  const g = globalThis;
  if (g.browser && g.browser.i18n && typeof g.browser.i18n.getMessage === 'function') return g.browser.i18n;
  if (g.chrome && g.chrome.i18n && typeof g.chrome.i18n.getMessage === 'function') return g.chrome.i18n;
  return null;
}

/**
 * Returns the localised message for `key` (e.g. `'ui_card_ignore_once'`).
 * Substitutions may be passed as one array or as rest arguments; numbers are stringified.
 * A missing key (or no i18n API) returns the key itself, never `undefined` or ''.
 * @param {string} key
 * @param {...(string|number|Array<string|number>)} subs
 * @returns {string}
 */
export function t(key, ...subs) {
  const list = (subs.length === 1 && Array.isArray(subs[0]) ? subs[0] : subs).map((s) => String(s));
  const i18n = api();
  let msg = '';
  try {
    msg = i18n ? i18n.getMessage(key, list.length ? list : undefined) : '';
  } catch {
    msg = '';
  }
  return msg || key;
}

/**
 * The language the UI strings are actually shown in ('en' or 'fr'): read from the locale files
 * themselves (`ui_locale`), so a browser in German that falls back to English reports 'en'.
 * @returns {'en'|'fr'}
 */
export function uiLanguage() {
  const code = t('ui_locale');
  return code === 'fr' ? 'fr' : 'en';
}

/**
 * Plural-aware lookup: picks `${base}_one` or `${base}_other` by the UI language's rule
 * (French treats 0 and 1 as singular, English only 1), passing `n` as the first substitution.
 * @param {string} base  key without the `_one`/`_other` suffix
 * @param {number} n
 * @param {...(string|number)} more  further substitutions
 * @returns {string}
 */
export function tPlural(base, n, ...more) {
  const one = uiLanguage() === 'fr' ? n < 2 : n === 1;
  return t(`${base}_${one ? 'one' : 'other'}`, [n, ...more]);
}

/**
 * Joins phrases as a conjunction list in the UI language ("a, b and c" / "a, b et c").
 * @param {string[]} items
 * @returns {string}
 */
export function joinList(items) {
  try {
    return new Intl.ListFormat(uiLanguage(), { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/**
 * Human name of a detected post language, in the UI language.
 * @param {'en'|'fr'|'bilingual'|'unknown'|string} code
 * @returns {string}
 */
export function languageName(code) {
  switch (code) {
    case 'en': return t('ui_lang_en');
    case 'fr': return t('ui_lang_fr');
    case 'bilingual': return t('ui_lang_bilingual');
    default: return t('ui_lang_unknown');
  }
}

/**
 * Localised word for a severity ("High risk", "Warning", "Note").
 * @param {'high'|'warning'|'info'} severity
 * @returns {string}
 */
export function severityName(severity) {
  return t(`ui_severity_${severity === 'high' || severity === 'warning' ? severity : 'info'}`);
}
