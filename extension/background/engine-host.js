// The engine host that runs in an extension context (the background service worker in
// Chromium, the background page in Firefox). Pages' CSPs never apply here, so WebAssembly
// always works, and nothing a page can observe happens. Engines are keyed by a settings key
// chosen by the content script: settings reach the engine once per change, not per keystroke.
// MV3 may kill the worker when idle; everything here is re-created lazily on the next message,
// and an unknown key answers `{ error: 'unknown-settings' }` so the caller re-sends its settings.

import { api } from './api.js';
import init, { Engine } from '../engine/reserve.js';

const MAX_ENGINES = 6;

let ready = null;
/** @type {Map<string, Engine>} insertion order = least recently used first */
const engines = new Map();

/** Loads and instantiates the wasm once per worker lifetime. */
export function ensureEngine() {
  if (!ready) {
    ready = init({ module_or_path: api.runtime.getURL('engine/reserve_bg.wasm') }).catch((err) => {
      ready = null;
      throw err;
    });
  }
  return ready;
}

/**
 * Creates (or replaces) the engine for one settings key.
 * @param {string} key
 * @param {object} settings engine settings (docs/CONTRACTS.md)
 * @returns {Promise<{ok: true} | {error: string}>}
 */
export async function configure(key, settings) {
  await ensureEngine();
  const old = engines.get(key);
  if (old) {
    engines.delete(key);
    engines.set(key, old);
    return { ok: true };
  }
  let engine;
  try {
    engine = new Engine(settings);
  } catch (err) {
    // A bad organisation pack: fall back to the same settings without extra packs.
    try {
      engine = new Engine({ ...settings, extraPacks: [] });
    } catch (err2) {
      return { error: `engine: ${err2 && err2.message}` };
    }
    console.warn('Réserve: extra packs rejected:', err && err.message);
  }
  engines.set(key, engine);
  while (engines.size > MAX_ENGINES) {
    const [oldestKey, oldest] = engines.entries().next().value;
    engines.delete(oldestKey);
    try { oldest.free(); } catch { /* already freed */ }
  }
  return { ok: true };
}

/**
 * Analyses one text with the engine configured under `key`.
 * @returns {Promise<{language: string, findings: object[]} | {error: string}>}
 */
export async function analyze(key, text) {
  await ensureEngine();
  const engine = engines.get(key);
  if (!engine) return { error: 'unknown-settings' };
  engines.delete(key);
  engines.set(key, engine);
  return engine.analyze(String(text));
}

/** The wasm bytes, for the Firefox content-script host (structured clone carries ArrayBuffers). */
export async function wasmBytes() {
  const res = await fetch(api.runtime.getURL('engine/reserve_bg.wasm'));
  return res.arrayBuffer();
}
