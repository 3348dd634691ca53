// The generic adapter on sites the user enabled: the popup asks for an optional host
// permission; once granted, this registers the content script (with the generic adapter) for
// that origin. Removing the permission unregisters it. The three supported sites are covered
// by the manifest's static content script and are never registered here.

import { api } from './api.js';
const ID_PREFIX = 'reserve-generic-';
const STATIC_HOSTS = /(^|\.)(x\.com|twitter\.com|facebook\.com|linkedin\.com)$/;

function idFor(origin) {
  return ID_PREFIX + origin.replace(/[^a-z0-9]+/gi, '_');
}

function isGenericOrigin(origin) {
  try {
    const host = new URL(origin.replace('*.', '')).hostname;
    return !STATIC_HOSTS.test(host);
  } catch {
    return false;
  }
}

/**
 * Makes the registered content scripts match the optional host permissions currently granted.
 * @returns {Promise<string[]>} origins the generic adapter runs on
 */
export async function syncGenericScripts() {
  if (!api.scripting || !api.scripting.registerContentScripts) return [];
  const { origins = [] } = await api.permissions.getAll();
  const wanted = origins.filter(isGenericOrigin);
  const existing = await api.scripting.getRegisteredContentScripts();
  const mine = existing.filter((s) => s.id.startsWith(ID_PREFIX));
  const wantedIds = new Set(wanted.map(idFor));
  const stale = mine.filter((s) => !wantedIds.has(s.id)).map((s) => s.id);
  if (stale.length) await api.scripting.unregisterContentScripts({ ids: stale });
  const have = new Set(mine.map((s) => s.id));
  const add = wanted.filter((o) => !have.has(idFor(o))).map((origin) => ({
    id: idFor(origin),
    matches: [origin],
    js: ['content/content.js'],
    css: ['content/highlights.css'],
    runAt: 'document_idle',
    persistAcrossSessions: true,
  }));
  if (add.length) await api.scripting.registerContentScripts(add);
  return wanted;
}
