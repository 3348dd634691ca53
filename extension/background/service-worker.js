// Réserve background (Chromium service worker / Firefox background script, one ES module).
// Jobs: host the engine for Chromium content scripts, hand the wasm bytes to Firefox content
// scripts, keep "Ignore once" dismissals, keep each tab's finding count for the popup, and
// register the generic content script on sites the user enabled. Makes no network request.

import { api } from './api.js';
import { configure, analyze, wasmBytes, ensureEngine } from './engine-host.js';
import { getDismissals, addDismissal, clearDismissals } from './dismissals.js';
import { syncGenericScripts } from './generic-sites.js';
import './review-reminder.js'; // toolbar badge: account-settings review reminder

/** Per-tab finding counts for the popup: tabId -> {count, site}. */
const tabFindings = new Map();
/** Per-tab self-check (composers watched, unrecognised editor, selector counts): tabId -> object. */
const tabCoverage = new Map();

/**
 * A content script's self-check, kept to numbers and short ids (never text from the page).
 * @param {object} msg
 */
function cleanCoverage(msg) {
  const num = (v) => (Number.isFinite(Number(v)) ? Number(v) : 0);
  const kinds = msg.kinds || {};
  return {
    site: String(msg.site || '').slice(0, 100),
    adapter: String(msg.adapter || '').slice(0, 20),
    version: String(msg.version || '').slice(0, 20),
    watched: num(msg.watched),
    kinds: { post: num(kinds.post), comment: num(kinds.comment), message: num(kinds.message) },
    unrecognised: msg.unrecognised === true,
    probes: (Array.isArray(msg.probes) ? msg.probes : []).slice(0, 40)
      .map((p) => ({ name: String(p && p.name).slice(0, 40), count: num(p && p.count) })),
  };
}

const handlers = {
  'reserve:configure': (msg) => configure(String(msg.settingsKey), msg.settings || {}),
  'reserve:analyze': (msg) => analyze(String(msg.settingsKey), msg.text),
  'reserve:wasm-bytes': () => wasmBytes(),
  'reserve:dismissals': (msg) => getDismissals(String(msg.draft)),
  'reserve:dismiss': (msg) => addDismissal(String(msg.draft), String(msg.token)),
  'reserve:clear-draft': (msg) => clearDismissals(String(msg.draft)).then(() => true),
  'reserve:findings': (msg, sender) => {
    if (sender.tab && sender.tab.id !== undefined) {
      const counts = msg.counts || {};
      tabFindings.set(sender.tab.id, {
        count: Number(msg.count) || 0,
        counts: { high: Number(counts.high) || 0, warning: Number(counts.warning) || 0, info: Number(counts.info) || 0 },
        categories: Array.isArray(msg.categories) ? msg.categories.map(String) : [],
        site: String(msg.site || ''),
      });
    }
    return true;
  },
  'reserve:coverage': (msg, sender) => {
    if (sender.tab && sender.tab.id !== undefined) tabCoverage.set(sender.tab.id, cleanCoverage(msg));
    return true;
  },
  'reserve:learn-more': (msg, sender) => openLearnPage(msg.rule, sender),
  'reserve:tab-findings': (msg) => {
    const findings = tabFindings.get(Number(msg.tabId)) || { count: 0, counts: { high: 0, warning: 0, info: 0 }, categories: [], site: '' };
    const coverage = tabCoverage.get(Number(msg.tabId));
    if (!coverage) return findings;
    return { ...findings, site: findings.site || coverage.site, coverage };
  },
  // The options page's local diagnostic: every tab's self-check, without URLs or titles.
  'reserve:diagnostics': () => [...tabCoverage.values()],
};

/**
 * Opens the extension's explanation page for one rule (`learn/learn.html?rule=<id>`) in a new
 * tab, next to the tab that asked. Rule ids are short dotted names; anything else is refused.
 * @param {unknown} rule
 * @param {{tab?: {id?: number, index?: number, windowId?: number}}} [sender]
 * @returns {Promise<boolean>}
 */
export async function openLearnPage(rule, sender) {
  const id = String(rule || '');
  if (!/^[a-z0-9][a-z0-9._-]{0,99}$/i.test(id)) throw new Error(`learn-more: bad rule id ${JSON.stringify(id).slice(0, 120)}`);
  const props = { url: api.runtime.getURL(`learn/learn.html?rule=${encodeURIComponent(id)}`), active: true };
  const tab = sender && sender.tab;
  if (tab && typeof tab.index === 'number') {
    props.index = tab.index + 1;
    if (typeof tab.windowId === 'number') props.windowId = tab.windowId;
  }
  await api.tabs.create(props);
  return true;
}

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  // Only this extension's own scripts can reach onMessage (no externally_connectable).
  if (sender.id !== api.runtime.id || !msg || typeof msg.type !== 'string') return false;
  const handler = handlers[msg.type];
  if (!handler) return false;
  Promise.resolve()
    .then(() => handler(msg, sender))
    .then(sendResponse, (err) => sendResponse({ error: String((err && err.message) || err) }));
  return true; // async response
});

api.tabs?.onRemoved?.addListener((tabId) => { tabFindings.delete(tabId); tabCoverage.delete(tabId); });
api.permissions?.onAdded?.addListener(() => { syncGenericScripts().catch(() => {}); });
api.permissions?.onRemoved?.addListener(() => { syncGenericScripts().catch(() => {}); });
api.runtime.onInstalled.addListener(() => { syncGenericScripts().catch(() => {}); });

// Warm the engine so the first keystroke does not wait for compilation.
ensureEngine().catch((err) => console.error('Réserve: engine failed to load', err));
