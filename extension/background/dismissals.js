// "Ignore once" dismissals, per post draft. Kept in storage.session (cleared when the browser
// closes; never synced), falling back to storage.local, and only ever touched from the
// background so content scripts need no access level change.

import { api } from './api.js';
const KEY = 'dismissals';
const MAX_DRAFTS = 200;

function area() {
  return api.storage.session || api.storage.local;
}

async function readAll() {
  const got = await area().get(KEY);
  const all = got && got[KEY];
  return all && typeof all === 'object' ? all : {};
}

/**
 * The dismissals of one draft.
 * @param {string} draft draft key (site + hash of the composer identity)
 * @returns {Promise<string[]>} dismissal tokens (rule + excerpt)
 */
export async function getDismissals(draft) {
  const all = await readAll();
  return Array.isArray(all[draft] && all[draft].tokens) ? all[draft].tokens : [];
}

/**
 * Adds a dismissal token to a draft.
 * @returns {Promise<string[]>} the draft's tokens after the change
 */
export async function addDismissal(draft, token) {
  const all = await readAll();
  const entry = all[draft] || { tokens: [], time: 0 };
  if (!entry.tokens.includes(token)) entry.tokens.push(token);
  entry.time = Date.now();
  all[draft] = entry;
  const keys = Object.keys(all);
  if (keys.length > MAX_DRAFTS) {
    keys.sort((a, b) => all[a].time - all[b].time);
    for (const k of keys.slice(0, keys.length - MAX_DRAFTS)) delete all[k];
  }
  await area().set({ [KEY]: all });
  return entry.tokens;
}

/** Forgets a draft's dismissals (after it was posted or emptied). */
export async function clearDismissals(draft) {
  const all = await readAll();
  if (!(draft in all)) return;
  delete all[draft];
  await area().set({ [KEY]: all });
}
