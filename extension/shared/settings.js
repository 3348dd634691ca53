/**
 * Réserve settings storage: the one place that reads and writes settings. Works in extension
 * pages, the background and content scripts (uses `globalThis.browser ?? globalThis.chrome`,
 * promise style).
 *
 * API (see also docs/CONTRACTS.md):
 *   loadSettings()                  -> Promise<Settings>  organisation (managed) > user (sync) > defaults,
 *                                     migrated and validated; `settings.managed` lists what the
 *                                     organisation set (use lockedFields / isLocked).
 *   saveSettings(patch)             -> Promise<Settings>  patch of effective values; organisation
 *                                     values are never stored; rejects with SettingsError
 *                                     (`.problems`) and stores nothing if the result is invalid.
 *   watchSettings(cb)               -> unsubscribe()      cb(Settings) after any change (any context).
 *   engineSettingsFor(settings, {platform, account, uiLang, today}) -> engine settings object.
 *   isOfficialAccount(settings, platform, account) -> boolean
 *   setOfficialAccount(platform, handle, mode, counterpart?) -> Promise<Settings>  (mode null removes)
 *   lockedFields(settings), isLocked(settings, field, entry?)
 *   importSettings(text)            -> Promise<{ok, settings} | {ok:false, problems}>  all-or-nothing
 *   exportSettings()                -> Promise<string>  JSON file content (the user's own layer)
 *   getStorageNotices(), dismissStorageNotices(), getSettingsBackups()
 *   isPausedOn(settings, site), setPausedOn(site, paused)
 *
 * Storage layout: `storage.sync` key `settings` (schema version 1, without `extraPacks`);
 * `storage.local` keys `settingsPacks` (the user's imported rule packs: too big for sync quotas),
 * `storageNotices` (problems found and repaired, for the UI), `settingsBackup` (the last 5
 * originals replaced by a repair or migration), `managedCache` (last organisation values read, for
 * contexts where `storage.managed` is unavailable). Corrupt or unknown stored values are replaced
 * by defaults field by field, the original is backed up and a notice is stored.
 */
import {
  SCHEMA_VERSION, validateSettings, validateManaged, mergeManaged, applyPatchToUserLayer,
  parseImport, exportSettings as exportText, withOfficialAccount, stripManaged,
} from './settings-core.js';

export {
  engineSettingsFor, isOfficialAccount, lockedFields, isLocked, isPausedOn, describeProblem,
  electionPeriodAround, isInElectionPeriod, defaultSettings, SCHEMA_VERSION,
  PROFILES, CATEGORIES, SEVERITIES, PLATFORMS, MODES,
} from './settings-core.js';

const KEY = 'settings';
const PACKS_KEY = 'settingsPacks';
const NOTICES_KEY = 'storageNotices';
const BACKUP_KEY = 'settingsBackup';
const MANAGED_CACHE_KEY = 'managedCache';
const MAX_BACKUPS = 5;
const MAX_NOTICES = 20;

/** Error thrown by saveSettings when the result would be invalid. */
export class SettingsError extends Error {
  /** @param {object[]} problems */
  constructor(problems) {
    super(`Invalid settings: ${problems.map((p) => p.path || '(root)').join(', ')}`);
    this.name = 'SettingsError';
    this.problems = problems;
  }
}

/** The WebExtension API namespace of this browser. */
export function extApi() {
  return globalThis.browser ?? globalThis.chrome;
}

function syncArea() {
  const s = extApi()?.storage;
  return s?.sync ?? s?.local;
}

function localArea() {
  return extApi()?.storage?.local;
}

/**
 * The organisation values: `storage.managed` (Chrome policy, Firefox `3rdparty` policy).
 * Firefox rejects when no policy exists: that means "none". Where the API is missing (some
 * content-script contexts) the last values read elsewhere (`managedCache`) are used.
 * @returns {Promise<object>} validated managed values (only the valid fields)
 */
export async function loadManaged() {
  const area = extApi()?.storage?.managed;
  let raw;
  if (!area || typeof area.get !== 'function') {
    const cached = await localArea()?.get(MANAGED_CACHE_KEY).catch(() => ({}));
    raw = cached?.[MANAGED_CACHE_KEY] ?? {};
  } else {
    try {
      raw = (await area.get(null)) ?? {};
    } catch {
      raw = {}; // Firefox: "Managed storage manifest not found" when no policy is installed
    }
    const local = localArea();
    if (local) {
      try {
        const prev = (await local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY];
        if (JSON.stringify(prev ?? {}) !== JSON.stringify(raw)) await local.set({ [MANAGED_CACHE_KEY]: raw });
      } catch { /* cache is best effort */ }
    }
  }
  return validateManaged(raw).managed;
}

async function addNotice(area, problems, backupAt) {
  const local = localArea();
  if (!local || !problems.length) return;
  const all = (await local.get(NOTICES_KEY))[NOTICES_KEY];
  const list = Array.isArray(all) ? all : [];
  const sig = JSON.stringify([area, problems]);
  if (list.some((n) => JSON.stringify([n.area, n.problems]) === sig)) return;
  list.push({ id: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, area, at: new Date().toISOString(), problems, backupAt });
  await local.set({ [NOTICES_KEY]: list.slice(-MAX_NOTICES) });
}

/**
 * Keep a copy of a stored value before it is replaced by a repair or a migration.
 * @param {string} area 'settings' | 'checklist'
 * @param {unknown} value
 * @returns {Promise<string>} the backup time
 */
export async function backupValue(area, value) {
  const local = localArea();
  const at = new Date().toISOString();
  if (!local) return at;
  const got = (await local.get(BACKUP_KEY))[BACKUP_KEY];
  const list = Array.isArray(got) ? got : [];
  const json = JSON.stringify(value);
  const same = list.find((b) => b.area === area && JSON.stringify(b.value) === json);
  if (same) return same.at;
  list.push({ area, at, value });
  await local.set({ [BACKUP_KEY]: list.slice(-MAX_BACKUPS) });
  return at;
}

/**
 * Record problems found in a stored value: back the original up, then store a notice.
 * @param {string} area
 * @param {unknown} original
 * @param {object[]} problems
 */
export async function reportRepair(area, original, problems) {
  const at = await backupValue(area, original);
  await addNotice(area, problems, at);
}

async function readUserLayer() {
  const sync = syncArea();
  const local = localArea();
  let raw;
  let packs;
  let readProblem = null;
  try {
    raw = (await sync.get(KEY))[KEY];
  } catch (e) {
    readProblem = { path: '', code: 'format', got: String(e?.message || e) };
  }
  try {
    packs = local ? (await local.get(PACKS_KEY))[PACKS_KEY] : undefined;
  } catch { packs = undefined; }
  const { settings, problems, migrated } = validateSettings(raw);
  let original = raw;
  if (packs !== undefined) {
    const checked = validateSettings({ schemaVersion: SCHEMA_VERSION, extraPacks: packs });
    settings.extraPacks = checked.settings.extraPacks;
    problems.push(...checked.problems);
    original = { [KEY]: raw, [PACKS_KEY]: packs };
  }
  if (readProblem) problems.unshift(readProblem);
  if (problems.length || migrated) {
    if (problems.length) await reportRepair('settings', original, problems);
    else await backupValue('settings', original);
    await writeUserLayer(settings);
  }
  return settings;
}

async function writeUserLayer(settings) {
  const { extraPacks, managed, ...rest } = settings;
  const local = localArea();
  if (local) {
    await local.set({ [PACKS_KEY]: extraPacks || [] });
    await syncArea().set({ [KEY]: { ...rest, schemaVersion: SCHEMA_VERSION } });
  } else {
    await syncArea().set({ [KEY]: { ...rest, extraPacks, schemaVersion: SCHEMA_VERSION } });
  }
}

/**
 * The user's own settings, without organisation values (what export writes).
 * @returns {Promise<object>}
 */
export async function loadUserSettings() {
  return readUserLayer();
}

/**
 * Effective settings: organisation > user > defaults, validated and migrated.
 * @returns {Promise<object>} Settings (docs/CONTRACTS.md) plus `managed` (what is locked)
 */
export async function loadSettings() {
  const [user, managed] = await Promise.all([readUserLayer(), loadManaged()]);
  return mergeManaged(user, managed);
}

/**
 * Change some settings. Values set by the organisation are ignored (and never stored).
 * @param {object} patch effective values for the fields to change
 * @returns {Promise<object>} the new effective settings
 * @throws {SettingsError} when the result would be invalid (nothing is stored)
 */
export async function saveSettings(patch) {
  const [user, managed] = await Promise.all([readUserLayer(), loadManaged()]);
  const next = applyPatchToUserLayer(user, patch, managed);
  const { settings, problems } = validateSettings(next);
  if (problems.length) throw new SettingsError(problems);
  await writeUserLayer(settings);
  return mergeManaged(settings, managed);
}

/**
 * Replace all user settings with an imported file, all or nothing.
 * @param {string} text the file content
 * @returns {Promise<{ok: true, settings: object} | {ok: false, problems: object[]}>}
 */
export async function importSettings(text) {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  const current = await readUserLayer();
  await backupValue('settings', current);
  await writeUserLayer(parsed.settings);
  return { ok: true, settings: await loadSettings() };
}

/**
 * The export file content of the user's own settings.
 * @returns {Promise<string>}
 */
export async function exportSettings() {
  return exportText(await readUserLayer());
}

/**
 * Call `callback(settings)` whenever settings change (user, organisation or import).
 * @param {(settings: object) => void} callback
 * @returns {() => void} unsubscribe
 */
export function watchSettings(callback) {
  const onChanged = extApi()?.storage?.onChanged;
  if (!onChanged) return () => {};
  let chain = Promise.resolve();
  const listener = (changes, areaName) => {
    const relevant = (areaName === 'sync' && KEY in changes)
      || (areaName === 'local' && (PACKS_KEY in changes || MANAGED_CACHE_KEY in changes || (KEY in changes && !syncArea()?.set)))
      || areaName === 'managed';
    if (!relevant) return;
    chain = chain.then(loadSettings).then(callback, (e) => console.error('Réserve: settings reload failed', e));
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}

/**
 * Declare, change or remove (mode null) an official account.
 * @param {'x'|'facebook'|'linkedin'} platform
 * @param {string} handle
 * @param {'bilingual'|'en'|'fr'|null} mode
 * @param {string} [counterpart] the paired account in the other official language
 * @returns {Promise<object>} new effective settings
 */
export async function setOfficialAccount(platform, handle, mode, counterpart = '') {
  const current = await loadSettings();
  return saveSettings({ officialAccounts: withOfficialAccount(current.officialAccounts, platform, handle, mode, counterpart) });
}

/**
 * Pause or resume Réserve on a site ('x' | 'facebook' | 'linkedin' | hostname).
 * @param {string} site
 * @param {boolean} paused
 * @returns {Promise<object>} new effective settings
 */
export async function setPausedOn(site, paused) {
  const current = await loadSettings();
  const s = String(site).toLowerCase();
  const rest = current.pausedSites.filter((p) => p !== s);
  return saveSettings({ pausedSites: paused ? [...rest, s] : rest });
}

/**
 * Notices about stored values that were found corrupt or unknown and repaired.
 * @returns {Promise<{id: string, area: string, at: string, problems: object[], backupAt: string}[]>}
 */
export async function getStorageNotices() {
  const local = localArea();
  if (!local) return [];
  const got = (await local.get(NOTICES_KEY))[NOTICES_KEY];
  return Array.isArray(got) ? got : [];
}

/**
 * Dismiss notices (all, or the given ids). Backups are kept.
 * @param {string[]} [ids]
 */
export async function dismissStorageNotices(ids) {
  const local = localArea();
  if (!local) return;
  if (!ids) { await local.remove(NOTICES_KEY); return; }
  const left = (await getStorageNotices()).filter((n) => !ids.includes(n.id));
  await local.set({ [NOTICES_KEY]: left });
}

/**
 * The kept originals (`{area, at, value}`, oldest first).
 * @returns {Promise<object[]>}
 */
export async function getSettingsBackups() {
  const local = localArea();
  if (!local) return [];
  const got = (await local.get(BACKUP_KEY))[BACKUP_KEY];
  return Array.isArray(got) ? got : [];
}

/** Settings without the `managed` bookkeeping (e.g. to send in a message). */
export { stripManaged };
