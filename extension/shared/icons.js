// Small inline SVG icons built with createElementNS (no markup parsing). Severity shapes differ
// so colour is never the only cue: high = octagon, warning = triangle, info = circle.
// Shared by the in-page UI (content/ui/icons.js re-exports it) and the extension pages.

const NS = 'http://www.w3.org/2000/svg';

function svg(size, children, className) {
  const node = document.createElementNS(NS, 'svg');
  node.setAttribute('viewBox', '0 0 16 16');
  node.setAttribute('width', String(size));
  node.setAttribute('height', String(size));
  node.setAttribute('aria-hidden', 'true');
  node.setAttribute('focusable', 'false');
  if (className) node.setAttribute('class', className);
  for (const [tag, attrs] of children) {
    const child = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) child.setAttribute(k, String(v));
    node.appendChild(child);
  }
  return node;
}

const MARK_BANG = [
  ['rect', { x: 7, y: 4, width: 2, height: 5.2, rx: 1, class: 'ink' }],
  ['circle', { cx: 8, cy: 11.6, r: 1.15, class: 'ink' }],
];

/**
 * Severity shape icon (decorative: `aria-hidden`; pair it with the severity word).
 * @param {'high'|'warning'|'info'} severity
 * @param {number} [size]
 * @returns {SVGSVGElement}
 */
export function severityIcon(severity, size = 16) {
  if (severity === 'high') {
    return svg(size, [
      ['polygon', { points: '5.1,1 10.9,1 15,5.1 15,10.9 10.9,15 5.1,15 1,10.9 1,5.1', class: 'shape' }],
      ...MARK_BANG,
    ], 'sev-icon sev-high');
  }
  if (severity === 'warning') {
    return svg(size, [
      ['path', { d: 'M8 1.2c.4 0 .8.2 1 .6l6.6 11.6c.4.8-.1 1.6-1 1.6H1.4c-.9 0-1.4-.8-1-1.6L7 1.8c.2-.4.6-.6 1-.6z', class: 'shape' }],
      ['rect', { x: 7.1, y: 5.2, width: 1.8, height: 4.6, rx: 0.9, class: 'ink' }],
      ['circle', { cx: 8, cy: 12.1, r: 1.05, class: 'ink' }],
    ], 'sev-icon sev-warning');
  }
  return svg(size, [
    ['circle', { cx: 8, cy: 8, r: 7, class: 'shape' }],
    ['circle', { cx: 8, cy: 4.7, r: 1.1, class: 'ink' }],
    ['rect', { x: 7.1, y: 6.6, width: 1.8, height: 5.4, rx: 0.9, class: 'ink' }],
  ], 'sev-icon sev-info');
}

/**
 * A non-severity icon: 'check', 'close', 'pin', 'official', 'book', 'open' (opens in a new tab),
 * 'shield'.
 * @param {string} name
 * @param {number} [size]
 * @returns {SVGSVGElement}
 */
export function icon(name, size = 16) {
  switch (name) {
    case 'check':
      return svg(size, [['path', { d: 'M3 8.5l3.2 3.2L13 4.9', class: 'stroke' }]], 'icon icon-check');
    case 'close':
      return svg(size, [['path', { d: 'M4 4l8 8M12 4l-8 8', class: 'stroke' }]], 'icon icon-close');
    case 'pin':
      return svg(size, [
        ['path', { d: 'M8 15s5-4.6 5-8.4A5 5 0 0 0 3 6.6C3 10.4 8 15 8 15z', class: 'shape' }],
        ['circle', { cx: 8, cy: 6.5, r: 1.8, class: 'ink' }],
      ], 'icon icon-pin');
    case 'official':
      return svg(size, [
        ['path', { d: 'M8 1.5l6 3v1.5H2V4.5z', class: 'fill' }],
        ['rect', { x: 3, y: 7, width: 2, height: 5, class: 'fill' }],
        ['rect', { x: 7, y: 7, width: 2, height: 5, class: 'fill' }],
        ['rect', { x: 11, y: 7, width: 2, height: 5, class: 'fill' }],
        ['rect', { x: 1.5, y: 13, width: 13, height: 1.8, class: 'fill' }],
      ], 'icon icon-official');
    case 'book':
      return svg(size, [
        ['path', { d: 'M2 3.2C4.3 2.4 6.3 2.6 8 3.8v10c-1.7-1.2-3.7-1.4-6-.6zM14 3.2c-2.3-.8-4.3-.6-6 .6v10c1.7-1.2 3.7-1.4 6-.6z', class: 'stroke' }],
      ], 'icon icon-book');
    case 'open':
      return svg(size, [
        ['path', { d: 'M9.5 2.5h4v4M13.5 2.5L7.8 8.2M11.5 9.5v4h-9v-9h4', class: 'stroke' }],
      ], 'icon icon-open');
    case 'shield':
    default:
      return svg(size, [
        ['path', { d: 'M8 1.2l5.5 2v4.2c0 3.4-2.3 6.1-5.5 7.4C4.8 13.5 2.5 10.8 2.5 7.4V3.2z', class: 'fill' }],
        ['path', { d: 'M5.4 8.1l1.8 1.8 3.5-3.6', class: 'stroke-inv' }],
      ], 'icon icon-shield');
  }
}
