// Small DOM helpers shared by the site adapters. Read-only: nothing here changes the page.

/** Parent across shadow boundaries (a shadow root's parent is its host). */
export function composedParent(node) {
  if (!node) return null;
  if (node.parentNode && node.parentNode.nodeType === 11 && node.parentNode.host) return node.parentNode.host;
  if (node.nodeType === 11 && node.host) return node.host;
  return node.parentNode;
}

/** Closest ancestor-or-self element matching `selector`, crossing shadow boundaries. */
export function closestComposed(el, selector) {
  for (let n = el; n; n = composedParent(n)) {
    if (n.nodeType === 1 && n.matches(selector)) return n;
  }
  return null;
}

/**
 * Smallest ancestor (up to `maxDepth` levels) that contains an element matching `selector`
 * (stays inside the node's own tree: does not leave its shadow root).
 */
export function closestContaining(el, selector, maxDepth = 12) {
  let n = el.parentElement;
  for (let i = 0; n && i < maxDepth; i++, n = n.parentElement) {
    if (n.querySelector(selector)) return n;
  }
  return null;
}

/** Whether `inner` is `outer` or inside it, crossing shadow boundaries. */
export function containsComposed(outer, inner) {
  for (let n = inner; n; n = composedParent(n)) if (n === outer) return true;
  return false;
}

/** Whether a keyboard event is Ctrl+Enter / Cmd+Enter. */
export function isModEnter(e) {
  return e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey;
}

/** Trimmed text content (one space between words), or ''. */
export function cleanText(el) {
  return el ? String(el.textContent || '').replace(/\s+/g, ' ').trim() : '';
}

/** Whether a keyboard event is a plain Enter (no modifier, not composing). */
export function isPlainEnter(e) {
  return e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey && !e.isComposing;
}

/** Whether `a` comes before `b` in document order (same tree). */
export function precedes(a, b) {
  return !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
}

/**
 * How many elements match `selector` in the document and in the given open shadow roots
 * (for the local diagnostic: counts only, never text).
 * @param {string} selector
 * @param {ShadowRoot[]} roots
 * @returns {number}
 */
export function countMatches(selector, roots = []) {
  let n = 0;
  for (const root of [document, ...roots]) {
    try {
      n += root.querySelectorAll(selector).length;
    } catch {
      return -1;
    }
  }
  return n;
}
