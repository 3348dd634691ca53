// Finds composers as they appear and disappear: one MutationObserver on the document plus one
// per open shadow root that the adapter names (LinkedIn's #interop-outlet). Mutations only set
// a flag; the actual scan (native querySelectorAll) runs once per animation frame. No polling.

import { adoptHighlightRules } from './highlighter.js';

/**
 * @param {object} adapter site adapter (adapters/index.js)
 * @param {{ onAdd(editor: Element): void, onRemove(editor: Element): void, accept?(editor: Element): boolean }} callbacks
 * @returns {{ scan(): void, stop(): void, editors(): Set<Element> }}
 */
export function watchComposers(adapter, { onAdd, onRemove, accept = () => true }) {
  const live = new Set();
  const observedRoots = new WeakSet();
  const observers = [];
  let scheduled = false;
  let stopped = false;

  const observe = (root) => {
    if (observedRoots.has(root)) return;
    observedRoots.add(root);
    const mo = new MutationObserver(schedule);
    mo.observe(root, { childList: true, subtree: true });
    observers.push(mo);
  };

  function scan() {
    scheduled = false;
    if (stopped) return;
    const found = new Set();
    const roots = [document, ...adapter.shadowRoots()];
    for (const root of roots) {
      if (root !== document) {
        observe(root);
        adoptHighlightRules(root);
      }
      for (const el of root.querySelectorAll(adapter.editorSelector)) if (accept(el)) found.add(el);
    }
    for (const el of live) {
      if (!found.has(el) || !el.isConnected) {
        live.delete(el);
        onRemove(el);
      }
    }
    for (const el of found) {
      if (!live.has(el)) {
        live.add(el);
        onAdd(el);
      }
    }
  }

  function schedule() {
    if (scheduled || stopped) return;
    scheduled = true;
    requestAnimationFrame(scan);
  }

  observe(document.documentElement);
  scan();
  return {
    scan,
    editors: () => live,
    stop() {
      stopped = true;
      for (const mo of observers) mo.disconnect();
      for (const el of live) onRemove(el);
      live.clear();
    },
  };
}
