// Shared plumbing for the in-page components: a neutral host element with a CLOSED shadow root,
// styles adopted into it, viewport placement, focus helpers, and isolation of our events from the
// page's listeners. Internal module: components import it, the content script does not need to.

import { CSS_TEXT } from './styles.js';

let sharedSheet = null;

function constructedSheet() {
  if (sharedSheet) return sharedSheet;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS_TEXT);
  sharedSheet = sheet;
  return sheet;
}

/**
 * Gives `root` the UI stylesheet. Constructable stylesheets first (not governed by the page's
 * CSP `style-src`); where adopting fails (older Firefox content-script Xray wrappers) falls back to
 * a `<style>` element inside the closed root (Firefox exempts content-script-created styles from
 * the page CSP).
 * @param {ShadowRoot} root
 * @returns {'adopted'|'style-element'}
 */
export function adoptStyles(root) {
  try {
    root.adoptedStyleSheets = [constructedSheet()];
    if (root.adoptedStyleSheets.length === 1) return 'adopted';
  } catch {
    // fall through
  }
  const style = document.createElement('style');
  style.textContent = CSS_TEXT;
  root.appendChild(style);
  return 'style-element';
}

const HOST_PROPS = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
  ['pointer-events', 'none'],
];

// Events that start in our UI and must not reach the page's listeners (site keyboard shortcuts,
// "click outside closes the composer" handlers, focus traps watching focusin).
const ISOLATED_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input',
  'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'contextmenu',
  'focusin', 'focusout', 'wheel',
];

/**
 * Creates a neutral host (`<div>`, no attributes other than a CSSOM-set style) appended to
 * `document.documentElement`, with a closed shadow root holding the UI styles. Events from inside
 * stop at the shadow root. The host is fixed at (0,0) with zero size; content inside is
 * `position: fixed` and sets `pointer-events` itself.
 * @returns {{ host: HTMLDivElement, root: ShadowRoot, destroy(): void }}
 */
export function createLayer() {
  const host = document.createElement('div');
  for (const [prop, value] of HOST_PROPS) host.style.setProperty(prop, value, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(root);
  for (const type of ISOLATED_EVENTS) root.addEventListener(type, stopAtRoot);
  (document.documentElement || document.body).appendChild(host);
  return {
    host,
    root,
    destroy() {
      host.remove();
    },
  };
}

function stopAtRoot(event) {
  event.stopPropagation();
}

/**
 * Creates an element with a class list and optional text (never parses HTML).
 * @param {string} tag
 * @param {string} [className]
 * @param {string} [text]
 * @returns {HTMLElement}
 */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** Visible viewport size (excluding scrollbars). */
export function viewport() {
  const de = document.documentElement;
  return {
    width: (de && de.clientWidth) || window.innerWidth,
    height: window.innerHeight || (de && de.clientHeight) || 0,
  };
}

/**
 * Places a `position: fixed` element next to `rect`: below (or above when it does not fit, or
 * `prefer: 'above'`), left-aligned with the rect, clamped inside the viewport with an 8 px margin.
 * @param {HTMLElement} node  already in the DOM so it can be measured
 * @param {DOMRect|{top:number,left:number,bottom:number,right:number}} rect
 * @param {{gap?: number, prefer?: 'below'|'above', align?: 'start'|'end', fit?: boolean}} [opts]
 *   `fit`: cap the height to the room on the chosen side (content must scroll)
 * @returns {'below'|'above'}
 */
export function placeNear(node, rect, { gap = 8, prefer = 'below', align = 'start', fit = false } = {}) {
  const margin = 8;
  const vp = viewport();
  if (fit) node.style.removeProperty('max-height');
  let box = node.getBoundingClientRect();
  const w = box.width;
  let h = box.height;
  const roomBelow = vp.height - rect.bottom - gap - margin;
  const roomAbove = rect.top - gap - margin;
  let side = prefer;
  if (prefer === 'below' && h > roomBelow && roomAbove > roomBelow) side = 'above';
  if (prefer === 'above' && h > roomAbove && roomBelow > roomAbove) side = 'below';
  const room = side === 'below' ? roomBelow : roomAbove;
  if (fit && h > room && room > 120) {
    // Shrink (the content scrolls) rather than cover the anchor.
    node.style.setProperty('max-height', `${Math.floor(room)}px`);
    box = node.getBoundingClientRect();
    h = box.height;
  }
  let top = side === 'below' ? rect.bottom + gap : rect.top - gap - h;
  top = Math.max(margin, Math.min(top, vp.height - margin - h));
  let left = align === 'end' ? rect.right - w : rect.left;
  left = Math.max(margin, Math.min(left, vp.width - margin - w));
  node.style.setProperty('top', `${Math.round(top)}px`);
  node.style.setProperty('left', `${Math.round(left)}px`);
  return side;
}

/**
 * The element that really has focus, looking through open shadow roots (LinkedIn's share box).
 * @returns {Element|null}
 */
export function deepActiveElement() {
  let active = document.activeElement;
  while (active && active.shadowRoot && active.shadowRoot.activeElement) {
    active = active.shadowRoot.activeElement;
  }
  return active;
}

/**
 * Snapshot of the focused element and its selection, to give both back later.
 * @returns {{ restore(): void }}
 */
export function rememberFocus() {
  const target = deepActiveElement();
  const ranges = [];
  try {
    const sel = document.getSelection();
    const root = target && target.getRootNode();
    if (sel && root instanceof ShadowRoot && typeof sel.getComposedRanges === 'function') {
      // Inside an (open) shadow root, e.g. LinkedIn's share box: ask for the real range.
      for (const s of sel.getComposedRanges({ shadowRoots: [root] })) {
        const r = document.createRange();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        ranges.push(r);
      }
    } else if (sel) {
      for (let i = 0; i < sel.rangeCount; i += 1) ranges.push(sel.getRangeAt(i).cloneRange());
    }
  } catch {
    // no selection to keep
  }
  return {
    target,
    restore() {
      if (!target || !target.isConnected || typeof target.focus !== 'function') return;
      target.focus({ preventScroll: true });
      const sel = document.getSelection();
      if (!sel || !ranges.length) return;
      const root = target.getRootNode();
      const inside = ranges.every((r) => r.startContainer.isConnected && (root.contains(r.startContainer)));
      const current = sel.rangeCount ? sel.getRangeAt(0) : null;
      const same = current && ranges.length === 1
        && current.startContainer === ranges[0].startContainer && current.startOffset === ranges[0].startOffset
        && current.endContainer === ranges[0].endContainer && current.endOffset === ranges[0].endOffset;
      if (!inside || same) return;
      try {
        sel.removeAllRanges();
        for (const r of ranges) sel.addRange(r);
      } catch {
        // the editor rebuilt its DOM meanwhile: focus alone is fine
      }
    },
  };
}

/**
 * Focusable controls inside a container, in DOM order.
 * @param {ParentNode} container
 * @returns {HTMLElement[]}
 */
export function focusables(container) {
  return Array.from(container.querySelectorAll('button:not([disabled]), [tabindex="0"]'))
    .filter((n) => !n.hidden && n.getClientRects().length > 0);
}

/**
 * Keeps Tab / Shift+Tab cycling inside `container` (whose shadow root is `root`).
 * @param {ShadowRoot} root
 * @param {HTMLElement} container
 * @returns {(event: KeyboardEvent) => boolean}  call from a keydown handler; true when handled
 */
export function tabCycler(root, container) {
  return (event) => {
    if (event.key !== 'Tab') return false;
    const items = focusables(container);
    if (!items.length) return false;
    const current = root.activeElement;
    let index = items.indexOf(current);
    if (index === -1) index = event.shiftKey ? 0 : -1;
    const next = event.shiftKey ? (index - 1 + items.length) % items.length : (index + 1) % items.length;
    event.preventDefault();
    items[next].focus();
    return true;
  };
}

/** True when the user asked for reduced motion. */
export function reducedMotion() {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Stable identity of a finding for the UI (rule + span). */
export function findingKey(finding) {
  return finding ? `${finding.rule}|${finding.start}|${finding.end}` : '';
}
