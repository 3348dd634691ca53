/**
 * The rules the engine applies, for the extension pages (the "Learn more" page and the options
 * page's ignored rules). The wasm engine is instantiated here, in the extension page itself
 * (extension pages allow 'wasm-unsafe-eval' in the manifest CSP); the module and its glue are the
 * build's copy in engine/. Nothing is fetched from the network: the wasm file is a packaged
 * resource of the extension.
 */
import init, { Engine } from '../engine/reserve.js';

let ready = null;

/**
 * Rules active for a profile, in the page language.
 * @param {{profile?: string, uiLang?: 'en'|'fr', extraPacks?: {name: string, text: string}[]}} [opts]
 * @returns {Promise<{rules: {id: string, category: string, severity: string, languages: string[],
 *   title: string, message: string, source: string}[], packError: string|null}>}
 *   `message` is '' when the engine does not provide one; `packError` names the extra pack that
 *   failed to compile (the rules are then those of the profile alone).
 */
export async function loadRules({ profile = 'ca-federal', uiLang = 'en', extraPacks = [] } = {}) {
  if (!ready) ready = init();
  await ready;
  let engine;
  let packError = null;
  try {
    engine = new Engine({ profile, uiLang, extraPacks });
  } catch (e) {
    if (!extraPacks.length) throw e;
    packError = String(e?.message || e);
    engine = new Engine({ profile, uiLang });
  }
  try {
    const list = engine.rules();
    return {
      rules: (Array.isArray(list) ? list : []).map((r) => ({
        id: String(r.id),
        category: String(r.category),
        severity: ['high', 'warning', 'info'].includes(r.severity) ? r.severity : 'info',
        languages: Array.isArray(r.languages) ? r.languages.map(String) : [],
        title: String(r.title || r.id),
        message: typeof r.message === 'string' ? r.message : '',
        source: String(r.source || ''),
      })),
      packError,
    };
  } finally {
    engine.free();
  }
}
