// Draws findings with the CSS Custom Highlight API: one highlight per severity, names prefixed
// (`reserve-high`, `reserve-warning`, `reserve-info`, plus `reserve-focus` for the finding
// reached by keyboard). The registry is one per document and shared with the page, so each
// update `set()`s brand-new Highlight objects built from our own arrays: Firefox's Xray wrapper
// cannot iterate a Highlight from a content script, so we never read one back.

import highlightCss from './highlights.css';

export const SEVERITIES = ['high', 'warning', 'info'];
const PRIORITY = { high: 3, warning: 2, info: 1, focus: 4 };

/** Whether the CSS Custom Highlight API is available in this document. */
export function highlightApiAvailable() {
  return typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function';
}

/** owner -> { high: Range[], warning: Range[], info: Range[] } */
const owners = new Map();
let focusRange = null;
const adoptedRoots = new WeakSet();
let sheet = null;

function rebuild(names) {
  for (const sev of names) {
    const ranges = [];
    for (const entry of owners.values()) ranges.push(...entry[sev]);
    const name = `reserve-${sev}`;
    if (!ranges.length) {
      CSS.highlights.delete(name);
      continue;
    }
    const hl = new Highlight(...ranges);
    hl.priority = PRIORITY[sev];
    CSS.highlights.set(name, hl);
  }
}

/**
 * Replaces the ranges drawn for one owner (a composer session).
 * @param {object} owner any stable object
 * @param {{high?: Range[], warning?: Range[], info?: Range[]}} bySeverity
 */
export function setHighlights(owner, bySeverity) {
  if (!highlightApiAvailable()) return;
  const prev = owners.get(owner);
  const next = { high: bySeverity.high || [], warning: bySeverity.warning || [], info: bySeverity.info || [] };
  owners.set(owner, next);
  const changed = SEVERITIES.filter((s) => !(prev && sameRanges(prev[s], next[s])));
  if (changed.length) rebuild(changed);
}

function sameRanges(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Removes everything drawn for one owner. */
export function clearHighlights(owner) {
  if (!owners.has(owner)) return;
  owners.delete(owner);
  if (highlightApiAvailable()) rebuild(SEVERITIES);
}

/**
 * Marks (or clears, with null) the finding reached by keyboard.
 * @param {Range|null} range
 */
export function setFocusHighlight(range) {
  if (!highlightApiAvailable()) return;
  focusRange = range;
  if (!range) CSS.highlights.delete('reserve-focus');
  else {
    const hl = new Highlight(range);
    hl.priority = PRIORITY.focus;
    CSS.highlights.set('reserve-focus', hl);
  }
}

/** The range currently marked by keyboard, if any. */
export function focusHighlight() {
  return focusRange;
}

/**
 * Gives a shadow root (e.g. LinkedIn's #interop-outlet) the `::highlight()` rules, which the
 * manifest's document-level content CSS does not reach. Constructed stylesheets are not subject
 * to the page's style-src. Idempotent.
 * @param {ShadowRoot} root
 */
export function adoptHighlightRules(root) {
  if (!root || adoptedRoots.has(root)) return;
  adoptedRoots.add(root);
  try {
    const win = root.ownerDocument.defaultView;
    if (!sheet) {
      sheet = new win.CSSStyleSheet();
      sheet.replaceSync(highlightCss);
    }
    const current = Array.from(root.adoptedStyleSheets || []);
    if (!current.includes(sheet)) root.adoptedStyleSheets = [...current, sheet];
  } catch (err) {
    console.warn('Réserve: could not style highlights in a shadow root', err);
  }
}
