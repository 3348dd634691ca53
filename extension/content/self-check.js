// The self-check a user (or their IT) can see: how many composers Réserve watches on this tab,
// by kind, and whether an editable element of a known editor library was focused that no
// adapter claimed ("this page has a text box Réserve does not recognise": the site changed).
// Sent to the background for the popup and the options page's diagnostic, with the adapter's
// version and selector counts. Never any text, URL or name from the page.

/** The editor libraries' own markers (Lexical, Draft.js, Quill, ProseMirror/Tiptap). */
export const LIBRARY_EDITORS = '[data-lexical-editor="true"], .public-DraftEditor-content, .ql-editor, .ProseMirror';

/**
 * @param {object} opts
 * @param {object} opts.adapter site adapter
 * @param {string} opts.site settings platform id or hostname
 * @param {() => Element[]} opts.editors the watched editors (after a fresh scan)
 * @param {() => boolean} opts.active whether Réserve is watching this page (not paused)
 * @param {(msg: object) => void} opts.send delivers a message to the background
 * @returns {{report(): void, stop(): void, isUnrecognised(): boolean}}
 */
export function createSelfCheck({ adapter, site, editors, active, send }) {
  let unrecognised = false;
  let last = '';
  let frame = 0;

  function snapshot() {
    const kinds = { post: 0, comment: 0, message: 0 };
    const list = editors();
    for (const el of list) {
      const k = adapter.kindOf ? adapter.kindOf(el) : 'post';
      kinds[k] = (kinds[k] || 0) + 1;
    }
    return {
      type: 'reserve:coverage',
      site,
      adapter: adapter.id,
      version: adapter.version || '',
      watched: list.length,
      kinds,
      unrecognised,
      probes: (adapter.probes ? adapter.probes() : []).map((p) => ({ name: p.name, count: p.count })),
    };
  }

  /** Sends the current state when it changed (at most once per frame). */
  function report() {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const msg = snapshot();
      const key = JSON.stringify(msg);
      if (key === last) return;
      last = key;
      send(msg);
    });
  }

  function claimed(el) {
    for (const ed of editors()) if (ed === el || ed.contains(el) || el.contains(ed)) return true;
    return false;
  }

  function onFocusIn(e) {
    if (!e.isTrusted || !active()) return;
    const target = e.composedPath()[0];
    if (!target || target.nodeType !== 1 || !target.closest) return;
    const lib = target.closest(LIBRARY_EDITORS);
    if (!lib || !lib.isContentEditable) return;
    if (claimed(lib)) return;
    unrecognised = true;
    report();
  }

  window.addEventListener('focusin', onFocusIn, { capture: true, passive: true });
  report();
  return {
    report,
    isUnrecognised: () => unrecognised,
    stop() {
      window.removeEventListener('focusin', onFocusIn, { capture: true });
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
