// The one asynchronous engine interface the content script uses, whatever hosts the engine:
//   const engine = createEngineClient(host);
//   const { language, findings } = await engine.analyze(text, engineSettings);
// A host is `{ configure(key, settings), analyze(key, text) }` (engine-remote.js in Chromium,
// engine-local.js in Firefox). Settings are sent to the host once per distinct settings object
// (keyed by a hash of their JSON), never per keystroke; if the host lost them (the MV3 service
// worker was restarted) it answers `{ error: 'unknown-settings' }` and they are sent again.

/**
 * Stable short key for a settings object (FNV-1a over its JSON, two 32-bit lanes).
 * @param {object} settings
 * @returns {string}
 */
export function settingsKey(settings) {
  const s = JSON.stringify(settings);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(36) + '-' + (h2 >>> 0).toString(36) + '-' + s.length.toString(36);
}

/**
 * Wraps an engine host with settings caching and recovery.
 * @param {{configure(key: string, settings: object): Promise<object>, analyze(key: string, text: string): Promise<object>}} host
 * @returns {{ analyze(text: string, settings: object): Promise<{language: string, findings: object[]}> }}
 */
export function createEngineClient(host) {
  const keyOf = new WeakMap();       // settings object -> key (avoid re-hashing per keystroke)
  const configured = new Map();      // key -> Promise of the configure answer

  const ensure = (key, settings, force) => {
    if (force || !configured.has(key)) {
      const p = Promise.resolve(host.configure(key, settings)).then((res) => {
        if (res && res.error) throw new Error(res.error);
        return res;
      });
      p.catch(() => configured.delete(key));
      configured.set(key, p);
    }
    return configured.get(key);
  };

  return {
    async analyze(text, settings) {
      let key = keyOf.get(settings);
      if (!key) {
        key = settingsKey(settings);
        keyOf.set(settings, key);
      }
      await ensure(key, settings, false);
      let res = await host.analyze(key, text);
      if (res && res.error === 'unknown-settings') {
        await ensure(key, settings, true);
        res = await host.analyze(key, text);
      }
      if (!res || res.error) throw new Error((res && res.error) || 'engine: no answer');
      return res;
    },
  };
}
