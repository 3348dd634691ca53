// Reads a composer's DOM (never writes it) into plain text plus a map from UTF-16 text
// offsets back to DOM positions (text node, offset), so highlights land on exact characters.
//
// Pure logic over the DOM Node interface (nodeType, nodeName, childNodes, data,
// getAttribute): it runs on live DOM in the browser and on plain objects in Node tests.
//
// Block model (Draft.js blocks, Lexical paragraphs, Quill <p>, <div>s, list items): one "\n"
// between consecutive blocks; <br> is a line break, except the placeholder <br> that ends a
// block (Draft's `<br data-text="true">`, Lexical/Quill `<p><br></p>`) which adds nothing.

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'SVG', 'VIDEO', 'AUDIO', 'CANVAS', 'IFRAME']);

function tagOf(node) {
  return String(node.nodeName || '').toUpperCase();
}

/**
 * Whether an element starts a new line block.
 * @param {Element} el
 */
export function isBlockElement(el) {
  return BLOCK_TAGS.has(tagOf(el));
}

function isSkipped(el) {
  if (SKIP_TAGS.has(tagOf(el))) return true;
  const get = el.getAttribute ? (name) => el.getAttribute(name) : () => null;
  // Non-editable islands without text (images, decorators) are not post text.
  if (get('contenteditable') === 'false') return !(el.textContent && el.textContent.length);
  return get('aria-hidden') === 'true' && get('data-text') === null;
}

/**
 * Builds the text and its offset map for one editor root.
 * @param {Node} root the contenteditable element (or any element)
 * @returns {{ text: string, segments: Array<{start: number, node: Text, length: number}> }}
 *   `segments`: one per non-empty text node, sorted by `start`. Characters of `text` not covered
 *   by a segment are synthetic line breaks (between blocks, or from a <br>).
 */
export function buildTextMap(root) {
  const parts = [];
  const segments = [];
  let length = 0;
  let anyLine = false;   // a line (possibly empty) has been produced
  let needBreak = false; // a block boundary was crossed since the last content

  const emitBreak = () => {
    parts.push('\n');
    length += 1;
  };
  const beforeContent = () => {
    if (needBreak && anyLine) emitBreak();
    needBreak = false;
    anyLine = true;
  };

  // Returns whether this subtree contained a block element.
  const walk = (node) => {
    let hasBlock = false;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const child = kids[i];
      if (child.nodeType === TEXT_NODE) {
        const data = child.data;
        if (!data.length) continue;
        beforeContent();
        segments.push({ start: length, node: child, length: data.length });
        parts.push(data);
        length += data.length;
      } else if (child.nodeType === ELEMENT_NODE) {
        if (isSkipped(child)) continue;
        if (tagOf(child) === 'BR') {
          if (isTrailingBr(child)) continue;
          beforeContent();
          emitBreak();
          continue;
        }
        if (isBlockElement(child)) {
          hasBlock = true;
          if (anyLine) needBreak = true;
          const lengthBefore = length;
          const nested = walk(child);
          if (!nested && length === lengthBefore) beforeContent(); // an empty line of its own
          needBreak = true;
        } else if (walk(child)) {
          hasBlock = true;
        }
      }
    }
    return hasBlock;
  };

  walk(root);
  return { text: parts.join(''), segments };
}

function indexOf(node) {
  const parent = node.parentNode;
  if (!parent) return 0;
  const kids = parent.childNodes;
  for (let i = 0; i < kids.length; i++) if (kids[i] === node) return i;
  return 0;
}

/** A <br> that ends its block (nothing but empty inline content after it) adds no line. */
function isTrailingBr(br) {
  let node = br;
  while (node) {
    let sib = node.nextSibling;
    while (sib) {
      if (sib.nodeType === TEXT_NODE && sib.data.length) return false;
      if (sib.nodeType === ELEMENT_NODE && !isSkipped(sib)) {
        if (isBlockElement(sib)) return true;
        if (tagOf(sib) === 'BR' || hasContent(sib)) return false;
      }
      sib = sib.nextSibling;
    }
    const parent = node.parentNode;
    if (!parent || isBlockElement(parent) || isEditorRoot(parent)) return true;
    node = parent;
  }
  return true;
}

function isEditorRoot(el) {
  return !!(el.getAttribute && el.getAttribute('contenteditable') === 'true');
}

function hasContent(el) {
  const kids = el.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (k.nodeType === TEXT_NODE && k.data.length) return true;
    if (k.nodeType === ELEMENT_NODE && !isSkipped(k) && (tagOf(k) === 'BR' || hasContent(k))) return true;
  }
  return false;
}

/**
 * Maps a text offset to a DOM position inside a text node.
 * @param {ReturnType<typeof buildTextMap>} map
 * @param {number} offset UTF-16 offset into map.text
 * @param {'start'|'end'} edge 'start': the position before the character at `offset` (moves
 *   forward over synthetic breaks); 'end': the position after the character at `offset - 1`
 *   (moves backward over synthetic breaks)
 * @returns {{node: Text, offset: number} | null}
 */
export function locate(map, offset, edge = 'start') {
  const segs = map.segments;
  if (!segs.length) return null;
  // Last segment with start <= offset (or, for 'end', start < offset).
  let lo = 0;
  let hi = segs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const ok = edge === 'end' ? segs[mid].start < offset : segs[mid].start <= offset;
    if (ok) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (edge === 'start') {
    if (found >= 0 && offset < segs[found].start + segs[found].length) {
      return { node: segs[found].node, offset: offset - segs[found].start };
    }
    const next = segs[found + 1];
    if (next) return { node: next.node, offset: 0 };
    const last = segs[segs.length - 1];
    return { node: last.node, offset: last.length };
  }
  if (found < 0) return { node: segs[0].node, offset: 0 };
  const s = segs[found];
  return { node: s.node, offset: Math.min(offset - s.start, s.length) };
}

/**
 * DOM boundary points for a text range [start, end), clipped to text nodes where possible.
 * @returns {{startNode: Node, startOffset: number, endNode: Node, endOffset: number} | null}
 */
export function rangePoints(map, start, end) {
  if (end < start) [start, end] = [end, start];
  const a = locate(map, start, 'start');
  const b = locate(map, end, 'end');
  if (!a || !b) return null;
  return { startNode: a.node, startOffset: a.offset, endNode: b.node, endOffset: b.offset };
}

/**
 * Text offset of a DOM position (inverse of `locate`), or -1 when the node is not mapped.
 * @param {ReturnType<typeof buildTextMap>} map
 * @param {Node} node a text node
 * @param {number} offset
 */
export function offsetOf(map, node, offset) {
  for (const s of map.segments) if (s.node === node) return s.start + Math.min(offset, s.length);
  return -1;
}
