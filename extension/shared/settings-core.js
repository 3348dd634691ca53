/**
 * Pure settings logic for Réserve: schema, validation, migration, the merge of organisation
 * (managed) values over the user's own, the engine settings for one composer, election-period
 * date maths and the review-reminder maths. No browser API is touched here, so everything can be
 * unit-tested with `node --test` (tests/extension-unit/settings.test.mjs).
 *
 * Validation never throws: it returns the cleaned value and a list of problems
 * `{ path, code, expected?, got? }` (codes: 'type', 'enum', 'date', 'range', 'unknown',
 * 'format', 'version', 'json', 'empty', 'order', 'too-long', 'duplicate'). The UI turns a problem
 * into a sentence with `describeProblem`.
 */

/** Current schema version of `storage.sync` key `settings`. */
export const SCHEMA_VERSION = 1;
/** Current schema version of `storage.local` key `checklist`. */
export const CHECKLIST_SCHEMA_VERSION = 1;

/** Rule profiles the engine knows. */
export const PROFILES = Object.freeze(['ca-federal', 'qc-public', 'fr-interieur']);
/** Engine categories (closed set, see rules/README.md). */
export const CATEGORIES = Object.freeze([
  'confidential', 'operations', 'political', 'criticism', 'employer', 'location',
  'personal-info', 'harassment', 'spokesperson', 'official-language',
]);
/** Severities, lowest first. */
export const SEVERITIES = Object.freeze(['info', 'warning', 'high']);
/** Platforms Réserve runs on. */
export const PLATFORMS = Object.freeze(['x', 'facebook', 'linkedin']);
/** Official-language modes of an official account. */
export const MODES = Object.freeze(['bilingual', 'en', 'fr']);
/** Settings fields an organisation policy may set (Chrome `storage.managed`, Firefox `3rdparty`). */
export const MANAGEABLE_FIELDS = Object.freeze([
  'profile', 'employers', 'terms', 'officialAccounts', 'extraPacks', 'lockedCategories',
  'disabledCategories', 'minSeverity', 'electionPeriod', 'pauseBeforePost', 'reviewIntervalDays',
]);

const MAX_LIST = 500;
const MAX_TERM = 200;
const MAX_PACK_TEXT = 512 * 1024;
const DAY_MS = 86400000;

/**
 * Default settings (a fresh copy each call).
 * @returns {object}
 */
export function defaultSettings() {
  return {
    schemaVersion: SCHEMA_VERSION,
    profile: 'ca-federal',
    employers: [],
    terms: [],
    officialAccounts: [],
    disabledCategories: [],
    minSeverity: 'info',
    electionPeriod: null,
    pauseBeforePost: true,
    ignoredRules: [],
    pausedSites: [],
    extraPacks: [],
    reviewIntervalDays: 90,
  };
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const typeName = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const shortGot = (v) => {
  let s;
  try { s = JSON.stringify(v); } catch { s = String(v); }
  if (s === undefined) s = String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

/**
 * Normalise an account handle for comparison: trims, drops a leading '@', a profile URL prefix
 * and a trailing '/', and lower-cases.
 * @param {string} handle
 * @returns {string}
 */
export function normalizeHandle(handle) {
  if (typeof handle !== 'string') return '';
  let h = handle.trim();
  h = h.replace(/^https?:\/\/(www\.)?(x|twitter|facebook|linkedin)\.com\/(in\/|company\/)?/i, '');
  h = h.replace(/\/+$/, '').replace(/^@/, '');
  return h.toLowerCase();
}

/**
 * True when `s` is a real calendar date written 'YYYY-MM-DD'.
 * @param {unknown} s
 * @returns {boolean}
 */
export function isIsoDate(s) {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Add `days` (may be negative) to an ISO date, calendar-wise.
 * @param {string} iso 'YYYY-MM-DD'
 * @param {number} days
 * @returns {string}
 */
export function addDays(iso, days) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The local calendar date of a Date (or pass-through of an ISO date string).
 * @param {Date|string|number} [when]
 * @returns {string} 'YYYY-MM-DD'
 */
export function localIsoDate(when = new Date()) {
  if (typeof when === 'string' && isIsoDate(when)) return when;
  const d = when instanceof Date ? when : new Date(when);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * The election period around a polling day, as Élections Québec counts it for its returning
 * officers: day -33 to day +7 (guide 002, COM-4).
 * @param {string} pollingDay 'YYYY-MM-DD'
 * @returns {{start: string, end: string} | null} null when the date is not valid
 */
export function electionPeriodAround(pollingDay) {
  if (!isIsoDate(pollingDay)) return null;
  return { start: addDays(pollingDay, -33), end: addDays(pollingDay, 7) };
}

/**
 * Whether `today` falls inside the period (both ends included).
 * @param {{start: string, end: string} | null} period
 * @param {Date|string} [today]
 * @returns {boolean}
 */
export function isInElectionPeriod(period, today = new Date()) {
  if (!period || !isIsoDate(period.start) || !isIsoDate(period.end)) return false;
  const t = localIsoDate(today);
  return period.start <= t && t <= period.end;
}

// ---------------------------------------------------------------------------------------------
// Field validators: each returns the cleaned value; problems are pushed to `out`.

function cleanStringList(value, path, out, { max = MAX_LIST, maxLen = MAX_TERM, check } = {}) {
  if (!Array.isArray(value)) {
    out.push({ path, code: 'type', expected: 'array', got: typeName(value) });
    return null;
  }
  const seen = new Set();
  const result = [];
  value.forEach((item, i) => {
    const p = `${path}[${i}]`;
    if (typeof item !== 'string') {
      out.push({ path: p, code: 'type', expected: 'string', got: typeName(item) });
      return;
    }
    const s = item.trim().replace(/\s+/g, ' ');
    if (!s) { out.push({ path: p, code: 'empty' }); return; }
    if (s.length > maxLen) { out.push({ path: p, code: 'too-long', expected: maxLen, got: s.length }); return; }
    if (check && !check(s)) { out.push({ path: p, code: 'format', got: shortGot(item) }); return; }
    const key = s.toLowerCase();
    if (seen.has(key)) return; // silent de-duplication: nothing is lost
    seen.add(key);
    result.push(s);
  });
  if (result.length > max) {
    out.push({ path, code: 'range', expected: `at most ${max} entries`, got: result.length, max });
    return result.slice(0, max);
  }
  return result;
}

function cleanEnum(value, allowed, path, out) {
  if (allowed.includes(value)) return value;
  out.push({ path, code: 'enum', expected: allowed.join(', '), got: shortGot(value) });
  return undefined;
}

function cleanEnumList(value, allowed, path, out) {
  if (!Array.isArray(value)) {
    out.push({ path, code: 'type', expected: 'array', got: typeName(value) });
    return null;
  }
  const result = [];
  value.forEach((item, i) => {
    if (!allowed.includes(item)) {
      out.push({ path: `${path}[${i}]`, code: 'enum', expected: allowed.join(', '), got: shortGot(item) });
    } else if (!result.includes(item)) result.push(item);
  });
  return result;
}

function cleanAccount(value, path, out) {
  if (!isObject(value)) {
    out.push({ path, code: 'type', expected: 'object', got: typeName(value) });
    return null;
  }
  const platform = cleanEnum(value.platform, PLATFORMS, `${path}.platform`, out);
  let handle = '';
  if (typeof value.handle !== 'string') {
    out.push({ path: `${path}.handle`, code: 'type', expected: 'string', got: typeName(value.handle) });
  } else {
    handle = value.handle.trim();
    if (!normalizeHandle(handle)) out.push({ path: `${path}.handle`, code: 'empty' });
    else if (handle.length > MAX_TERM) out.push({ path: `${path}.handle`, code: 'too-long', expected: MAX_TERM, got: handle.length });
  }
  const mode = cleanEnum(value.mode, MODES, `${path}.mode`, out);
  let counterpart = '';
  if (value.counterpart !== undefined && value.counterpart !== null) {
    if (typeof value.counterpart !== 'string') {
      out.push({ path: `${path}.counterpart`, code: 'type', expected: 'string', got: typeName(value.counterpart) });
    } else counterpart = value.counterpart.trim();
  }
  for (const k of Object.keys(value)) {
    if (!['platform', 'handle', 'mode', 'counterpart'].includes(k)) {
      out.push({ path: `${path}.${k}`, code: 'unknown' });
    }
  }
  if (!platform || !mode || !normalizeHandle(handle)) return null;
  return { platform, handle, mode, counterpart: mode === 'bilingual' ? '' : counterpart };
}

function cleanAccounts(value, path, out) {
  if (!Array.isArray(value)) {
    out.push({ path, code: 'type', expected: 'array', got: typeName(value) });
    return null;
  }
  const result = [];
  value.forEach((item, i) => {
    const acc = cleanAccount(item, `${path}[${i}]`, out);
    if (!acc) return;
    const key = `${acc.platform}:${normalizeHandle(acc.handle)}`;
    const existing = result.findIndex((a) => `${a.platform}:${normalizeHandle(a.handle)}` === key);
    if (existing >= 0) result[existing] = acc; else result.push(acc);
  });
  return result.slice(0, MAX_LIST);
}

function cleanPacks(value, path, out) {
  if (!Array.isArray(value)) {
    out.push({ path, code: 'type', expected: 'array', got: typeName(value) });
    return null;
  }
  const result = [];
  value.forEach((item, i) => {
    const p = `${path}[${i}]`;
    if (!isObject(item)) { out.push({ path: p, code: 'type', expected: 'object', got: typeName(item) }); return; }
    if (typeof item.name !== 'string' || !item.name.trim()) {
      out.push({ path: `${p}.name`, code: typeof item.name === 'string' ? 'empty' : 'type', expected: 'string', got: typeName(item.name) });
      return;
    }
    if (typeof item.text !== 'string') {
      out.push({ path: `${p}.text`, code: 'type', expected: 'string', got: typeName(item.text) });
      return;
    }
    if (item.text.length > MAX_PACK_TEXT) {
      out.push({ path: `${p}.text`, code: 'too-long', expected: MAX_PACK_TEXT, got: item.text.length });
      return;
    }
    const name = item.name.trim();
    const at = result.findIndex((r) => r.name === name);
    if (at >= 0) result[at] = { name, text: item.text }; else result.push({ name, text: item.text });
  });
  return result;
}

function cleanPeriod(value, path, out) {
  if (value === null) return null;
  if (!isObject(value)) {
    out.push({ path, code: 'type', expected: 'object or null', got: typeName(value) });
    return undefined;
  }
  let ok = true;
  for (const k of ['start', 'end']) {
    if (!isIsoDate(value[k])) { out.push({ path: `${path}.${k}`, code: 'date', got: shortGot(value[k]) }); ok = false; }
  }
  if (!ok) return undefined;
  if (value.start > value.end) {
    out.push({ path, code: 'order', got: `${value.start} > ${value.end}` });
    return undefined;
  }
  return { start: value.start, end: value.end };
}

const SITE_RE = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;
const RULE_RE = /^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/i;

const FIELD_VALIDATORS = {
  profile: (v, p, out) => cleanEnum(v, PROFILES, p, out),
  employers: (v, p, out) => cleanStringList(v, p, out),
  terms: (v, p, out) => cleanStringList(v, p, out),
  officialAccounts: cleanAccounts,
  disabledCategories: (v, p, out) => cleanEnumList(v, CATEGORIES, p, out),
  minSeverity: (v, p, out) => cleanEnum(v, SEVERITIES, p, out),
  electionPeriod: cleanPeriod,
  pauseBeforePost: (v, p, out) => {
    if (typeof v === 'boolean') return v;
    out.push({ path: p, code: 'type', expected: 'boolean', got: typeName(v) });
    return undefined;
  },
  ignoredRules: (v, p, out) => cleanStringList(v, p, out, { check: (s) => RULE_RE.test(s) }),
  pausedSites: (v, p, out) => {
    const list = cleanStringList(Array.isArray(v) ? v.map((s) => (typeof s === 'string' ? s.toLowerCase() : s)) : v,
      p, out, { check: (s) => SITE_RE.test(s) });
    return list;
  },
  extraPacks: cleanPacks,
  reviewIntervalDays: (v, p, out) => {
    if (Number.isInteger(v) && v >= 7 && v <= 730) return v;
    out.push({ path: p, code: Number.isInteger(v) ? 'range' : 'type', expected: 'whole number of days from 7 to 730', got: shortGot(v), min: 7, max: 730 });
    return undefined;
  },
};

/** Settings field names, in schema order. */
export const SETTINGS_FIELDS = Object.freeze(Object.keys(FIELD_VALIDATORS));

/**
 * Bring stored settings of an older schema version up to SCHEMA_VERSION.
 * Version 0 (or no version) is the pre-release shape: `employer` as a string, `sensitiveTerms`,
 * `disabledRules`, `officialAccounts` with `language` instead of `mode`.
 * @param {object} raw
 * @returns {{value: object, migrated: boolean, problems: object[]}} problems has a 'version'
 *   entry when the data comes from a newer, unknown version (it is read field by field).
 */
export function migrateSettings(raw) {
  const problems = [];
  if (!isObject(raw)) return { value: raw, migrated: false, problems };
  let value = { ...raw };
  let version = value.schemaVersion;
  let migrated = false;
  if (version === undefined || version === 0) {
    if (typeof value.employer === 'string' && value.employers === undefined) {
      value.employers = value.employer ? [value.employer] : [];
    }
    delete value.employer;
    if (value.sensitiveTerms !== undefined && value.terms === undefined) value.terms = value.sensitiveTerms;
    delete value.sensitiveTerms;
    if (value.disabledRules !== undefined && value.ignoredRules === undefined) value.ignoredRules = value.disabledRules;
    delete value.disabledRules;
    if (Array.isArray(value.officialAccounts)) {
      value.officialAccounts = value.officialAccounts.map((a) => (isObject(a) && a.mode === undefined && a.language !== undefined
        ? (({ language, ...rest }) => ({ ...rest, mode: language }))(a) : a));
    }
    version = 1;
    migrated = true;
  }
  if (version !== SCHEMA_VERSION) {
    problems.push({ path: 'schemaVersion', code: 'version', expected: SCHEMA_VERSION, got: shortGot(raw.schemaVersion) });
  }
  value.schemaVersion = SCHEMA_VERSION;
  return { value, migrated, problems };
}

/**
 * Lenient validation of stored settings: every invalid or unknown field (or list entry) is
 * replaced by its default and reported; everything valid is kept.
 * @param {unknown} raw the stored value (may be anything)
 * @returns {{settings: object, problems: object[], migrated: boolean}}
 */
export function validateSettings(raw) {
  const settings = defaultSettings();
  if (raw === undefined || raw === null) return { settings, problems: [], migrated: false };
  if (!isObject(raw)) {
    return { settings, problems: [{ path: '', code: 'type', expected: 'object', got: typeName(raw) }], migrated: false };
  }
  const { value, migrated, problems } = migrateSettings(raw);
  for (const [key, v] of Object.entries(value)) {
    if (key === 'schemaVersion') continue;
    const check = FIELD_VALIDATORS[key];
    if (!check) { problems.push({ path: key, code: 'unknown' }); continue; }
    const cleaned = check(v, key, problems);
    if (cleaned !== undefined && cleaned !== null) settings[key] = cleaned;
    else if (key === 'electionPeriod' && cleaned === null && v === null) settings[key] = null;
  }
  return { settings, problems, migrated };
}

/**
 * Strict validation of an imported settings file (the text of the file). Accepts the export
 * format `{format: 'reserve-settings', settings: {...}}` or a bare settings object.
 * Any problem rejects the whole import.
 * @param {string} text
 * @returns {{ok: true, settings: object} | {ok: false, problems: object[]}}
 */
export function parseImport(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ path: '', code: 'json', got: String(e.message || e) }] };
  }
  if (isObject(data) && data.format !== undefined) {
    if (data.format !== 'reserve-settings') {
      return { ok: false, problems: [{ path: 'format', code: 'enum', expected: 'reserve-settings', got: shortGot(data.format) }] };
    }
    data = data.settings;
  }
  if (!isObject(data)) {
    return { ok: false, problems: [{ path: '', code: 'type', expected: 'object', got: typeName(data) }] };
  }
  if (data.schemaVersion !== undefined && (!Number.isInteger(data.schemaVersion) || data.schemaVersion > SCHEMA_VERSION || data.schemaVersion < 0)) {
    return { ok: false, problems: [{ path: 'schemaVersion', code: 'version', expected: SCHEMA_VERSION, got: shortGot(data.schemaVersion) }] };
  }
  const { settings, problems } = validateSettings({ schemaVersion: SCHEMA_VERSION, ...data });
  if (problems.length) return { ok: false, problems };
  return { ok: true, settings };
}

/**
 * The export file content for the user's own settings (organisation values are not exported).
 * @param {object} userSettings
 * @param {Date} [now]
 * @returns {string} pretty JSON
 */
export function exportSettings(userSettings, now = new Date()) {
  const { settings } = validateSettings(userSettings);
  return `${JSON.stringify({ format: 'reserve-settings', exportedAt: now.toISOString(), settings }, null, 2)}\n`;
}

/**
 * Validate organisation (managed) values. Unknown keys and invalid values are ignored
 * (and reported); only valid fields are applied.
 * @param {unknown} raw value of `storage.managed.get()`
 * @returns {{managed: object, problems: object[]}} managed holds only the valid, present fields
 */
export function validateManaged(raw) {
  const problems = [];
  const managed = {};
  if (!isObject(raw)) return { managed, problems };
  for (const [key, v] of Object.entries(raw)) {
    if (key === 'lockedCategories') {
      const list = cleanEnumList(v, CATEGORIES, key, problems);
      if (list) managed.lockedCategories = list;
      continue;
    }
    if (!MANAGEABLE_FIELDS.includes(key)) { problems.push({ path: key, code: 'unknown' }); continue; }
    const cleaned = FIELD_VALIDATORS[key](v, key, problems);
    if (cleaned !== undefined && cleaned !== null) managed[key] = cleaned;
  }
  return { managed, problems };
}

const LIST_UNION_FIELDS = ['employers', 'terms'];

/**
 * Merge organisation values over the user's: scalars set by the organisation replace the user's;
 * employer names and terms are the union (organisation entries first); official accounts and
 * rule packs are the union with the organisation winning on the same platform+handle / name;
 * locked categories can never be disabled. The result carries `managed` describing what is
 * locked (see `lockedFields`, `isLocked`).
 * @param {object} user validated user settings
 * @param {object} managed output of `validateManaged`
 * @returns {object} effective settings
 */
export function mergeManaged(user, managed = {}) {
  const out = { ...user };
  const info = {
    fields: [], lockedCategories: [], employers: [], terms: [], officialAccounts: [], extraPacks: [],
  };
  for (const key of Object.keys(managed)) {
    const v = managed[key];
    if (key === 'lockedCategories') {
      info.lockedCategories = [...v];
      continue;
    }
    if (LIST_UNION_FIELDS.includes(key)) {
      const seen = new Set(v.map((s) => s.toLowerCase()));
      out[key] = [...v, ...user[key].filter((s) => !seen.has(s.toLowerCase()))];
      info[key] = [...v];
    } else if (key === 'officialAccounts') {
      const keyOf = (a) => `${a.platform}:${normalizeHandle(a.handle)}`;
      const seen = new Set(v.map(keyOf));
      out.officialAccounts = [...v, ...user.officialAccounts.filter((a) => !seen.has(keyOf(a)))];
      info.officialAccounts = [...seen];
    } else if (key === 'extraPacks') {
      const seen = new Set(v.map((p) => p.name));
      out.extraPacks = [...v, ...user.extraPacks.filter((p) => !seen.has(p.name))];
      info.extraPacks = [...seen];
    } else {
      out[key] = v;
    }
    info.fields.push(key);
  }
  if (info.lockedCategories.length) {
    out.disabledCategories = out.disabledCategories.filter((c) => !info.lockedCategories.includes(c));
    if (!info.fields.includes('lockedCategories')) info.fields.push('lockedCategories');
  }
  out.managed = info;
  return out;
}

/**
 * The names of the settings fields set (fully or partly) by the organisation.
 * For `employers`, `terms`, `officialAccounts` and `extraPacks` only the organisation's own
 * entries are locked; the user may add more.
 * @param {object} settings effective settings from `loadSettings`/`mergeManaged`
 * @returns {string[]}
 */
export function lockedFields(settings) {
  return settings?.managed?.fields ? [...settings.managed.fields] : [];
}

/**
 * Whether a field (or one entry of a list field, or one category) is set by the organisation.
 * @param {object} settings effective settings
 * @param {string} field e.g. 'profile', 'employers', 'category'
 * @param {string|object} [entry] a list entry, an official account, a pack name, a category
 * @returns {boolean}
 */
export function isLocked(settings, field, entry) {
  const m = settings?.managed;
  if (!m) return false;
  if (field === 'category') return m.lockedCategories.includes(entry)
    || (m.fields.includes('disabledCategories'));
  if (entry === undefined) return m.fields.includes(field);
  if (field === 'employers' || field === 'terms') {
    return m[field].some((s) => s.toLowerCase() === String(entry).toLowerCase());
  }
  if (field === 'officialAccounts') {
    return m.officialAccounts.includes(`${entry.platform}:${normalizeHandle(entry.handle)}`);
  }
  if (field === 'extraPacks') return m.extraPacks.includes(typeof entry === 'string' ? entry : entry.name);
  return m.fields.includes(field);
}

/**
 * Turn a patch made against the effective settings into the user's own stored layer: fields
 * fully set by the organisation are dropped; organisation entries are removed from union lists
 * (they come back from the policy on every load).
 * @param {object} userSettings current validated user layer
 * @param {object} patch fields to change (effective values)
 * @param {object} managed output of `validateManaged`
 * @returns {object} the new user layer (not yet validated)
 */
export function applyPatchToUserLayer(userSettings, patch, managed = {}) {
  const next = { ...userSettings };
  for (const [key, v] of Object.entries(patch || {})) {
    if (key === 'managed' || key === 'schemaVersion') continue;
    if (LIST_UNION_FIELDS.includes(key) && managed[key] && Array.isArray(v)) {
      const org = new Set(managed[key].map((s) => s.toLowerCase()));
      next[key] = v.filter((s) => typeof s !== 'string' || !org.has(s.trim().toLowerCase()));
    } else if (key === 'officialAccounts' && managed.officialAccounts && Array.isArray(v)) {
      const org = new Set(managed.officialAccounts.map((a) => `${a.platform}:${normalizeHandle(a.handle)}`));
      next[key] = v.filter((a) => !isObject(a) || !org.has(`${a.platform}:${normalizeHandle(a.handle)}`));
    } else if (key === 'extraPacks' && managed.extraPacks && Array.isArray(v)) {
      const org = new Set(managed.extraPacks.map((p) => p.name));
      next[key] = v.filter((p) => !isObject(p) || !org.has(p.name));
    } else if (managed[key] !== undefined) {
      continue; // set by the organisation: the user's value is irrelevant
    } else {
      next[key] = v;
    }
  }
  next.schemaVersion = SCHEMA_VERSION;
  return next;
}

/**
 * Remove `managed` bookkeeping; returns the plain settings shape of docs/CONTRACTS.md.
 * @param {object} settings
 * @returns {object}
 */
export function stripManaged(settings) {
  const { managed, ...rest } = settings || {};
  return rest;
}

/**
 * The official account entry for a platform and handle, or null.
 * @param {object} settings
 * @param {string} platform 'x' | 'facebook' | 'linkedin'
 * @param {string} account handle, '@handle' or profile URL
 * @returns {object|null}
 */
export function findOfficialAccount(settings, platform, account) {
  const h = normalizeHandle(account);
  if (!h) return null;
  return (settings?.officialAccounts || []).find((a) => a.platform === platform && normalizeHandle(a.handle) === h) || null;
}

/**
 * Whether the account is one of the configured official accounts on that platform.
 * @param {object} settings
 * @param {string} platform
 * @param {string} account
 * @returns {boolean}
 */
export function isOfficialAccount(settings, platform, account) {
  return findOfficialAccount(settings, platform, account) !== null;
}

/**
 * New official-accounts list with one account added, changed, or removed (mode null).
 * @param {object[]} accounts
 * @param {string} platform
 * @param {string} handle
 * @param {'bilingual'|'en'|'fr'|null} mode
 * @param {string} [counterpart]
 * @returns {object[]}
 */
export function withOfficialAccount(accounts, platform, handle, mode, counterpart = '') {
  const h = normalizeHandle(handle);
  const rest = (accounts || []).filter((a) => !(a.platform === platform && normalizeHandle(a.handle) === h));
  if (mode === null || mode === undefined) return rest;
  return [...rest, { platform, handle: String(handle).trim(), mode, counterpart: mode === 'bilingual' ? '' : String(counterpart || '').trim() }];
}

/**
 * Whether Réserve is paused on a site (platform id or hostname; a paused hostname also covers
 * its subdomains).
 * @param {object} settings
 * @param {string} site 'x' | 'facebook' | 'linkedin' | hostname
 * @returns {boolean}
 */
export function isPausedOn(settings, site) {
  const s = String(site || '').toLowerCase();
  return (settings?.pausedSites || []).some((p) => p === s || (s.endsWith(`.${p}`)));
}

/**
 * The engine `settings` object (docs/CONTRACTS.md) for one composer.
 * @param {object} settings effective settings
 * @param {{platform?: string, account?: string, uiLang?: string, today?: Date|string}} [ctx]
 * @returns {object}
 */
export function engineSettingsFor(settings, ctx = {}) {
  const s = settings || defaultSettings();
  const acc = ctx.platform ? findOfficialAccount(s, ctx.platform, ctx.account) : null;
  const locked = s.managed?.lockedCategories || [];
  return {
    profile: s.profile || 'ca-federal',
    employers: [...(s.employers || [])],
    terms: [...(s.terms || [])],
    official: acc ? acc.mode : null,
    electionPeriod: isInElectionPeriod(s.electionPeriod, ctx.today ?? new Date()),
    uiLang: ctx.uiLang === 'fr' ? 'fr' : 'en',
    disabledCategories: (s.disabledCategories || []).filter((c) => !locked.includes(c)),
    disabledRules: [...(s.ignoredRules || [])],
    minSeverity: s.minSeverity || 'info',
    extraPacks: (s.extraPacks || []).map((p) => ({ name: p.name, text: p.text })),
  };
}

// ---------------------------------------------------------------------------------------------
// Checklist state (`storage.local` key `checklist`) and review reminder maths.

/**
 * Default checklist state.
 * @returns {{schemaVersion: number, ticked: object, lastReview: object, lastFullReview: string|null}}
 */
export function defaultChecklistState() {
  return { schemaVersion: CHECKLIST_SCHEMA_VERSION, ticked: {}, lastReview: {}, lastFullReview: null };
}

const isIsoTime = (s) => typeof s === 'string' && !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}/.test(s);

/**
 * Validate the stored checklist state. `ticked` maps 'platform.item' to the ISO time it was
 * ticked; `lastReview` maps platform to the ISO time all its items were last confirmed;
 * `lastFullReview` is the latest time every platform's list was confirmed.
 * @param {unknown} raw
 * @param {string[]} [validItemKeys] known 'platform.item' keys; others are dropped and reported
 * @returns {{state: object, problems: object[]}}
 */
export function validateChecklistState(raw, validItemKeys) {
  const state = defaultChecklistState();
  const problems = [];
  if (raw === undefined || raw === null) return { state, problems };
  if (!isObject(raw)) return { state, problems: [{ path: '', code: 'type', expected: 'object', got: typeName(raw) }] };
  if (raw.schemaVersion !== CHECKLIST_SCHEMA_VERSION) {
    problems.push({ path: 'schemaVersion', code: 'version', expected: CHECKLIST_SCHEMA_VERSION, got: shortGot(raw.schemaVersion) });
  }
  for (const key of Object.keys(raw)) {
    if (!['schemaVersion', 'ticked', 'lastReview', 'lastFullReview'].includes(key)) problems.push({ path: key, code: 'unknown' });
  }
  if (raw.ticked !== undefined) {
    if (!isObject(raw.ticked)) problems.push({ path: 'ticked', code: 'type', expected: 'object', got: typeName(raw.ticked) });
    else {
      for (const [k, v] of Object.entries(raw.ticked)) {
        if (validItemKeys && !validItemKeys.includes(k)) { problems.push({ path: `ticked.${k}`, code: 'unknown' }); continue; }
        if (!isIsoTime(v)) { problems.push({ path: `ticked.${k}`, code: 'date', got: shortGot(v) }); continue; }
        state.ticked[k] = v;
      }
    }
  }
  if (raw.lastReview !== undefined) {
    if (!isObject(raw.lastReview)) problems.push({ path: 'lastReview', code: 'type', expected: 'object', got: typeName(raw.lastReview) });
    else {
      for (const [k, v] of Object.entries(raw.lastReview)) {
        if (!PLATFORMS.includes(k)) { problems.push({ path: `lastReview.${k}`, code: 'unknown' }); continue; }
        if (!isIsoTime(v)) { problems.push({ path: `lastReview.${k}`, code: 'date', got: shortGot(v) }); continue; }
        state.lastReview[k] = v;
      }
    }
  }
  if (raw.lastFullReview !== undefined && raw.lastFullReview !== null) {
    if (!isIsoTime(raw.lastFullReview)) problems.push({ path: 'lastFullReview', code: 'date', got: shortGot(raw.lastFullReview) });
    else state.lastFullReview = raw.lastFullReview;
  }
  return { state, problems };
}

/**
 * Days elapsed since an ISO time (floored), or null when there is none.
 * @param {string|null} iso
 * @param {Date} [now]
 * @returns {number|null}
 */
export function daysSince(iso, now = new Date()) {
  if (!iso || !isIsoTime(iso)) return null;
  return Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS);
}

/**
 * Whether the account-settings review is due: never done, or done more than `intervalDays` ago.
 * @param {string|null} lastFullReview ISO time
 * @param {number} [intervalDays] default 90
 * @param {Date} [now]
 * @returns {boolean}
 */
export function isReviewDue(lastFullReview, intervalDays = 90, now = new Date()) {
  const d = daysSince(lastFullReview, now);
  return d === null || d >= intervalDays;
}

/**
 * English description of a validation problem, for logs and tests. The pages show the localised
 * sentence from `problemText` (extension/shared/problems.js).
 * @param {{path: string, code: string, expected?: unknown, got?: unknown}} p
 * @returns {string}
 */
export function describeProblem(p) {
  const where = p.path ? `${p.path}: ` : '';
  switch (p.code) {
    case 'json': return `${where}not valid JSON (${p.got})`;
    case 'type': return `${where}expected ${p.expected}, got ${p.got}`;
    case 'enum': return `${where}must be one of ${p.expected} (got ${p.got})`;
    case 'date': return `${where}not a valid date YYYY-MM-DD (got ${p.got})`;
    case 'order': return `${where}start is after end (${p.got})`;
    case 'range': return `${where}out of range: expected ${p.expected} (got ${p.got})`;
    case 'unknown': return `${where}unknown setting`;
    case 'format': return `${where}badly formed value ${p.got}`;
    case 'empty': return `${where}empty value`;
    case 'too-long': return `${where}too long (${p.got} characters, at most ${p.expected})`;
    case 'version': return `${where}unsupported schema version ${p.got} (this version of Réserve reads ${p.expected})`;
    default: return `${where}${p.code}`;
  }
}
