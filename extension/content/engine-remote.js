// Chromium engine host: the engine runs in the background service worker. The content script
// never touches WebAssembly, so a page CSP without 'wasm-unsafe-eval' (X, LinkedIn) is never
// tripped, and no securitypolicyviolation event or CSP report can reveal the extension.

import { api } from './api.js';

/**
 * @returns {{configure(key: string, settings: object): Promise<object>, analyze(key: string, text: string): Promise<object>}}
 */
export function createRemoteHost() {
  const send = (msg) => api.runtime.sendMessage(msg);
  return {
    configure: (key, settings) => send({ type: 'reserve:configure', settingsKey: key, settings }),
    analyze: (key, text) => send({ type: 'reserve:analyze', settingsKey: key, text }),
  };
}
