// A visually hidden aria-live region (in a closed shadow root) for screen-reader announcements,
// e.g. "Finding 2 of 5: Classification marking, High risk."

import { createLayer, el } from './host.js';

let region = null;

function ensure() {
  if (region && region.layer.host.isConnected) return region;
  const layer = createLayer();
  const polite = el('div', 'sr-only');
  polite.setAttribute('aria-live', 'polite');
  polite.setAttribute('aria-atomic', 'true');
  polite.setAttribute('role', 'status');
  const assertive = el('div', 'sr-only');
  assertive.setAttribute('aria-live', 'assertive');
  assertive.setAttribute('aria-atomic', 'true');
  layer.root.append(polite, assertive);
  region = { layer, polite, assertive, timer: 0 };
  return region;
}

/**
 * Announces `text` to screen readers (polite by default). The region is emptied first and filled
 * on the next task, so the same sentence twice in a row is announced twice.
 * @param {string} text
 * @param {{ assertive?: boolean }} [opts]
 */
export function announce(text, { assertive = false } = {}) {
  const r = ensure();
  const node = assertive ? r.assertive : r.polite;
  const other = assertive ? r.polite : r.assertive;
  other.textContent = '';
  node.textContent = '';
  clearTimeout(r.timer);
  r.timer = setTimeout(() => {
    node.textContent = String(text);
  }, 50);
}

/**
 * The text currently in the live region (for tests and debugging).
 * @returns {string}
 */
export function lastAnnouncement() {
  return region ? region.polite.textContent || region.assertive.textContent : '';
}

/** Removes the live region from the page. */
export function destroyAnnouncer() {
  if (!region) return;
  clearTimeout(region.timer);
  region.layer.destroy();
  region = null;
}
