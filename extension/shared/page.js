/**
 * Small helpers for the extension's own pages (popup, options): localised strings, the page
 * language, and a DOM builder (no innerHTML anywhere).
 */
import { extApi } from './settings.js';

/**
 * Localised message (keys `popup_*`, `options_*`, `common_*`); the key itself when missing.
 * @param {string} key
 * @param {...(string|number)} subs substitutions ($1, $2...)
 * @returns {string}
 */
export function t(key, ...subs) {
  let msg = '';
  try {
    msg = extApi()?.i18n?.getMessage(key, subs.length ? subs.map(String) : undefined) || '';
  } catch { msg = ''; }
  return msg || key;
}

/**
 * The language the pages are shown in, read from the locale files (`popup_locale`), so a browser
 * in another language that falls back to English reports 'en'.
 * @returns {'en'|'fr'}
 */
export function pageLang() {
  return t('popup_locale') === 'fr' ? 'fr' : 'en';
}

/**
 * Create an element. `props`: `class`, `text`, `attrs` (attributes), `on` (event listeners),
 * `dataset`, and any other key is set as a property (e.g. `type`, `checked`, `value`, `id`).
 * @param {string} tag
 * @param {object} [props]
 * @param {...(Node|string|null|false|Array)} children
 * @returns {HTMLElement}
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === undefined || v === null) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k === 'attrs') for (const [a, av] of Object.entries(v)) { if (av !== null && av !== undefined && av !== false) node.setAttribute(a, av === true ? '' : String(av)); }
    else if (k === 'on') for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node[k] = v;
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/**
 * Fill every `[data-i18n]` element's text (and `[data-i18n-attr="attr:key,..."]` attributes),
 * set `<html lang>` and the document title.
 * @param {Document} doc
 */
export function localizePage(doc = document) {
  doc.documentElement.lang = pageLang();
  for (const node of doc.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of doc.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of node.dataset.i18nAttr.split(',')) {
      const [attr, key] = pair.split(':');
      node.setAttribute(attr.trim(), t(key.trim()));
    }
  }
}

/**
 * Format an ISO date/time as a long local date in the page language.
 * @param {string} iso
 * @returns {string}
 */
export function formatDate(iso) {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00`) : new Date(iso);
  return new Intl.DateTimeFormat(pageLang() === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long' }).format(d);
}

/**
 * Remove all children of a node.
 * @param {Node} node
 */
export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
}
