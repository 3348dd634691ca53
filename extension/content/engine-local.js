// Firefox engine host: the content script instantiates the wasm engine itself (Firefox exempts
// content scripts from the page's CSP). The bytes come from the background by message, so no
// web_accessible_resource is exposed to pages. The wasm-bindgen glue is bundled into the
// Firefox content script only (alias `reserve-engine` in tools/build-extension.mjs).

import { initSync, Engine } from 'reserve-engine';
import { api } from './api.js';

const MAX_ENGINES = 6;

/**
 * @returns {{configure(key: string, settings: object): Promise<object>, analyze(key: string, text: string): Promise<object>}}
 */
export function createLocalHost() {
  let ready = null;
  const engines = new Map();

  const load = () => {
    if (!ready) {
      ready = api.runtime.sendMessage({ type: 'reserve:wasm-bytes' }).then((bytes) => {
        if (!bytes || bytes.error) throw new Error((bytes && bytes.error) || 'no wasm bytes');
        initSync({ module: bytes });
      });
      ready.catch(() => { ready = null; });
    }
    return ready;
  };

  return {
    async configure(key, settings) {
      await load();
      if (engines.has(key)) return { ok: true };
      let engine;
      try {
        engine = new Engine(settings);
      } catch (err) {
        engine = new Engine({ ...settings, extraPacks: [] });
        console.warn('Réserve: extra packs rejected:', err && err.message);
      }
      engines.set(key, engine);
      while (engines.size > MAX_ENGINES) {
        const [k, e] = engines.entries().next().value;
        engines.delete(k);
        e.free();
      }
      return { ok: true };
    },
    async analyze(key, text) {
      await load();
      const engine = engines.get(key);
      if (!engine) return { error: 'unknown-settings' };
      engines.delete(key);
      engines.set(key, engine);
      return engine.analyze(text);
    },
  };
}
