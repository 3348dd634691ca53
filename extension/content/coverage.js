// Whether a composer is covered by something the page painted above it (a modal and its
// backdrop, a dialog, a drawer), so its badge can step aside instead of showing through
// (LinkedIn's feed comment box under the share-box modal). Pure hit testing: reads the page,
// changes nothing. Our own UI hosts (bare <div>s under <html>) are looked through.

import { containsComposed } from './adapters/dom.js';

/** Points sampled inside the visible part of the editor, as fractions of its box. */
const SAMPLES = [[0, 0], [0.5, 0.5], [1, 0], [0, 1], [1, 1]];
const INSET = 3;

/**
 * Whether `el` is one of Réserve's own hosts: a bare `<div>` child of `<html>` whose only
 * attribute is the style the UI sets (its shadow root is closed, so `shadowRoot` is null).
 * @param {Element} el
 * @returns {boolean}
 */
export function isOwnHost(el) {
  return el.parentNode === document.documentElement && el.tagName === 'DIV' && !el.shadowRoot
    && el.attributes.length <= 1 && (el.attributes.length === 0 || el.hasAttribute('style'));
}

/**
 * The element painted on top at a viewport point, looking into open shadow roots and through
 * Réserve's own hosts.
 * @param {number} x
 * @param {number} y
 * @returns {Element|null}
 */
export function topmostAt(x, y) {
  let root = document;
  let hit = null;
  for (let depth = 0; depth < 8; depth++) {
    const stack = root.elementsFromPoint(x, y);
    const el = stack.find((e) => !isOwnHost(e));
    if (!el) return hit;
    hit = el;
    if (!el.shadowRoot || el.shadowRoot === root) return el;
    root = el.shadowRoot;
  }
  return hit;
}

/**
 * Whether every sampled point of the editor's visible box is painted by something outside
 * `scope` (the composer's own container). An editor outside the viewport or without a box is
 * not "covered" (the badge already hides itself then).
 * @param {Element} editor
 * @param {Element} scope the composer container (placeholder, toolbar, chips)
 * @returns {boolean}
 */
export function isCovered(editor, scope) {
  if (!editor.isConnected) return false;
  const r = editor.getBoundingClientRect();
  const left = Math.max(r.left, 0) + INSET;
  const top = Math.max(r.top, 0) + INSET;
  const right = Math.min(r.right, document.documentElement.clientWidth || window.innerWidth) - INSET;
  const bottom = Math.min(r.bottom, window.innerHeight) - INSET;
  if (right <= left || bottom <= top) return false;
  for (const [fx, fy] of SAMPLES) {
    const hit = topmostAt(left + (right - left) * fx, top + (bottom - top) * fy);
    if (!hit || containsComposed(scope, hit) || containsComposed(editor, hit) || containsComposed(hit, editor)) return false;
  }
  return true;
}
