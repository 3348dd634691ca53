// A tiny DOM look-alike for unit tests of pure modules (no jsdom): enough of Node for text-map.js.

class FakeNode {
  constructor(nodeType, nodeName) {
    this.nodeType = nodeType;
    this.nodeName = nodeName;
    this.childNodes = [];
    this.parentNode = null;
  }
  get nextSibling() {
    if (!this.parentNode) return null;
    const k = this.parentNode.childNodes;
    return k[k.indexOf(this) + 1] || null;
  }
  get textContent() {
    if (this.nodeType === 3) return this.data;
    return this.childNodes.map((c) => c.textContent).join('');
  }
}

/** Text node. */
export function t(data) {
  const n = new FakeNode(3, '#text');
  n.data = data;
  return n;
}

/** Element: h('p', {attr: 'v'}, child, 'text', …). */
export function h(tag, attrs = {}, ...children) {
  const n = new FakeNode(1, tag.toUpperCase());
  n.attrs = attrs || {};
  n.getAttribute = (name) => (name in n.attrs ? String(n.attrs[name]) : null);
  for (const c of children) {
    const node = typeof c === 'string' ? t(c) : c;
    node.parentNode = n;
    n.childNodes.push(node);
  }
  return n;
}
