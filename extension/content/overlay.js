// Fallback drawing, for <textarea> (the Highlight API cannot reach inside it) and browsers
// without the CSS Custom Highlight API: boxes in a CLOSED shadow root on a neutral host placed
// on <html> (never inside or next to the editor's subtree), `position: fixed`,
// `pointer-events: none`. For a textarea a hidden mirror <div> with the same metrics gives the
// character boxes. Follows scrolling, resizing and wrapping (rAF-batched, passive listeners).

const STYLE = `
:host { all: initial; }
.layer { position: fixed; left: 0; top: 0; width: 0; height: 0; pointer-events: none; z-index: 2147483000; }
.clip { position: fixed; overflow: hidden; pointer-events: none; }
.box { position: absolute; pointer-events: none; box-sizing: border-box; border-bottom: 2px solid; }
.box.high { border-bottom: 3px double #b91c1c; background: rgba(220, 38, 38, 0.14); }
.box.warning { border-bottom: 2px dashed #b45309; background: rgba(217, 119, 6, 0.10); }
.box.info { border-bottom: 2px dotted #1d4ed8; }
.mirror { position: absolute; visibility: hidden; left: -99999px; top: 0; white-space: pre-wrap; overflow-wrap: break-word; }
`;

const COPIED = [
  'box-sizing', 'width', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant',
  'letter-spacing', 'word-spacing', 'line-height', 'text-transform', 'text-indent', 'tab-size',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-style', 'border-right-style', 'border-bottom-style', 'border-left-style',
  'direction', 'white-space', 'overflow-wrap', 'word-break',
];

/**
 * @param {HTMLElement} editor textarea or contenteditable
 * @returns {{draw(entries: Array<{finding: object, range: Range|null}>, text: string): void, reposition(): void, hitTest(x: number, y: number): object|null, rectOf(entry: object): DOMRect|null, destroy(): void}}
 */
export function createOverlay(editor) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  root.adoptedStyleSheets = [sheet];
  const clip = document.createElement('div');
  clip.className = 'clip';
  const layer = document.createElement('div');
  layer.className = 'layer';
  const mirror = document.createElement('div');
  mirror.className = 'mirror';
  root.append(clip, mirror);
  host.style.setProperty('all', 'initial');
  document.documentElement.append(host);

  let entries = [];
  let text = '';
  let boxes = []; // [{entry, rects: DOMRect[]}]
  let frame = 0;
  const isTextarea = editor.tagName === 'TEXTAREA' || editor.tagName === 'INPUT';

  function measure() {
    if (!isTextarea) {
      return entries.map((entry) => ({ entry, rects: entry.range ? Array.from(entry.range.getClientRects()) : [] }));
    }
    const cs = getComputedStyle(editor);
    for (const p of COPIED) mirror.style.setProperty(p, cs.getPropertyValue(p));
    if (editor.tagName === 'INPUT') mirror.style.setProperty('white-space', 'pre');
    mirror.style.setProperty('width', `${editor.getBoundingClientRect().width}px`);
    const spans = [];
    const parts = [];
    let at = 0;
    const sorted = [...entries].sort((a, b) => a.finding.start - b.finding.start);
    for (const entry of sorted) {
      const { start, end } = entry.finding;
      if (start < at) continue; // overlapping: measured with the earlier one's text node split
      parts.push(document.createTextNode(text.slice(at, start)));
      const span = document.createElement('span');
      span.textContent = text.slice(start, end);
      parts.push(span);
      spans.push({ entry, span });
      at = end;
    }
    parts.push(document.createTextNode(`${text.slice(at)}\u200b`));
    mirror.replaceChildren(...parts);
    const base = mirror.getBoundingClientRect();
    const box = editor.getBoundingClientRect();
    const dx = box.left - base.left - editor.scrollLeft;
    const dy = box.top - base.top - editor.scrollTop;
    return spans.map(({ entry, span }) => ({
      entry,
      rects: Array.from(span.getClientRects()).map((r) => new DOMRect(r.left + dx, r.top + dy, r.width, r.height)),
    }));
  }

  function paint() {
    frame = 0;
    if (!editor.isConnected) return;
    boxes = measure();
    const box = editor.getBoundingClientRect();
    clip.style.setProperty('left', `${box.left}px`);
    clip.style.setProperty('top', `${box.top}px`);
    clip.style.setProperty('width', `${box.width}px`);
    clip.style.setProperty('height', `${box.height}px`);
    const els = [];
    for (const { entry, rects } of boxes) {
      for (const r of rects) {
        const el = document.createElement('div');
        el.className = `box ${entry.finding.severity}`;
        el.style.setProperty('left', `${r.left - box.left}px`);
        el.style.setProperty('top', `${r.top - box.top}px`);
        el.style.setProperty('width', `${r.width}px`);
        el.style.setProperty('height', `${r.height}px`);
        els.push(el);
      }
    }
    clip.replaceChildren(...els);
  }

  function reposition() {
    if (!frame) frame = requestAnimationFrame(paint);
  }

  const ro = new ResizeObserver(reposition);
  ro.observe(editor);
  window.addEventListener('scroll', reposition, { passive: true, capture: true });
  window.addEventListener('resize', reposition, { passive: true });

  return {
    draw(next, nextText) {
      entries = next;
      text = nextText;
      reposition();
    },
    reposition,
    hitTest(x, y) {
      for (const { entry, rects } of boxes) {
        for (const rect of rects) {
          if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return { entry, rect };
        }
      }
      return null;
    },
    rectOf(entry) {
      const b = boxes.find((x) => x.entry === entry);
      return b && b.rects[0] ? b.rects[0] : null;
    },
    destroy() {
      ro.disconnect();
      window.removeEventListener('scroll', reposition, { capture: true });
      window.removeEventListener('resize', reposition);
      if (frame) cancelAnimationFrame(frame);
      host.remove();
    },
  };
}
