// Tests of extension/shared/settings.js against an in-memory WebExtension storage.
// Run: node --test tests/extension-unit/settings-storage.test.mjs
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

/** A minimal promise-based storage area with onChanged notifications. */
function makeArea(name, listeners, data = {}) {
  const store = structuredClone(data);
  return {
    store,
    async get(keys) {
      if (keys === null || keys === undefined) return structuredClone(store);
      const list = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
      const out = {};
      for (const k of list) if (k in store) out[k] = structuredClone(store[k]);
      return out;
    },
    async set(items) {
      const changes = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: store[k], newValue: structuredClone(v) };
        store[k] = structuredClone(v);
      }
      for (const l of listeners) l(changes, name);
    },
    async remove(keys) {
      for (const k of [].concat(keys)) delete store[k];
    },
  };
}

let api;
function install({ sync = {}, local = {}, managed } = {}) {
  const listeners = new Set();
  api = {
    storage: {
      sync: makeArea('sync', listeners, sync),
      local: makeArea('local', listeners, local),
      managed: managed === undefined
        ? { get: async () => { throw new Error('Managed storage manifest not found'); } }
        : { get: async () => structuredClone(managed) },
      onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
    },
  };
  globalThis.browser = api;
}

const S = await import('../../extension/shared/settings.js');

beforeEach(() => install());

test('first run: defaults, nothing written, Firefox managed rejection is "no policy"', async () => {
  const s = await S.loadSettings();
  assert.equal(s.profile, 'ca-federal');
  assert.deepEqual(S.lockedFields(s), []);
  assert.deepEqual(api.storage.sync.store, {});
  assert.deepEqual(await S.getStorageNotices(), []);
});

test('save and reload, packs go to local storage', async () => {
  await S.saveSettings({ profile: 'qc-public', employers: ['Élections Québec'], extraPacks: [{ name: 'a.toml', text: 'x'.repeat(20000) }] });
  assert.equal(api.storage.sync.store.settings.profile, 'qc-public');
  assert.equal(api.storage.sync.store.settings.extraPacks, undefined);
  assert.equal(api.storage.local.store.settingsPacks[0].text.length, 20000);
  const s = await S.loadSettings();
  assert.deepEqual(s.employers, ['Élections Québec']);
  assert.equal(s.extraPacks[0].name, 'a.toml');
});

test('invalid save stores nothing and reports the problems', async () => {
  await S.saveSettings({ profile: 'qc-public' });
  await assert.rejects(S.saveSettings({ minSeverity: 'urgent', profile: 'fr-interieur' }), (e) => {
    assert.equal(e.name, 'SettingsError');
    assert.equal(e.problems[0].path, 'minSeverity');
    return true;
  });
  assert.equal((await S.loadSettings()).profile, 'qc-public');
});

test('a corrupt stored value is repaired, backed up and reported', async () => {
  const corrupt = { schemaVersion: 1, profile: 42, employers: ['ESDC'], minSeverity: 'warning', extra: 'x' };
  install({ sync: { settings: corrupt } });
  const s = await S.loadSettings();
  assert.equal(s.profile, 'ca-federal');
  assert.deepEqual(s.employers, ['ESDC']);
  assert.equal(s.minSeverity, 'warning');
  const notices = await S.getStorageNotices();
  assert.equal(notices.length, 1);
  assert.deepEqual(notices[0].problems.map((p) => p.path), ['profile', 'extra']);
  const backups = await S.getSettingsBackups();
  assert.deepEqual(backups[0].value, corrupt);
  // repaired in place: a second load reports nothing new
  assert.equal(api.storage.sync.store.settings.profile, 'ca-federal');
  await S.loadSettings();
  assert.equal((await S.getStorageNotices()).length, 1);
  await S.dismissStorageNotices();
  assert.deepEqual(await S.getStorageNotices(), []);
  assert.equal((await S.getSettingsBackups()).length, 1);
});

test('a stored string instead of an object is recovered too', async () => {
  install({ sync: { settings: '{"profile":"qc-pub' } });
  const s = await S.loadSettings();
  assert.equal(s.profile, 'ca-federal');
  assert.equal((await S.getSettingsBackups())[0].value, '{"profile":"qc-pub');
});

test('migration from version 0 keeps a backup of the original', async () => {
  install({ sync: { settings: { employer: 'ESDC' } } });
  const s = await S.loadSettings();
  assert.deepEqual(s.employers, ['ESDC']);
  assert.equal(api.storage.sync.store.settings.schemaVersion, 1);
  assert.deepEqual((await S.getSettingsBackups())[0].value, { employer: 'ESDC' });
  assert.deepEqual(await S.getStorageNotices(), []);
});

test('managed values win, are reported locked, and are never stored', async () => {
  install({ managed: { profile: 'fr-interieur', employers: ['Ministère de l\'Intérieur'], lockedCategories: ['location'] } });
  await S.saveSettings({ profile: 'qc-public', employers: ['Ministère de l\'Intérieur', 'Préfecture'], disabledCategories: ['location', 'political'] });
  const s = await S.loadSettings();
  assert.equal(s.profile, 'fr-interieur');
  assert.deepEqual(s.employers, ['Ministère de l\'Intérieur', 'Préfecture']);
  assert.deepEqual(s.disabledCategories, ['political']);
  assert.ok(S.lockedFields(s).includes('profile'));
  assert.equal(S.isLocked(s, 'category', 'location'), true);
  assert.equal(api.storage.sync.store.settings.profile, 'ca-federal');
  assert.deepEqual(api.storage.sync.store.settings.employers, ['Préfecture']);
  assert.deepEqual(api.storage.local.store.managedCache.profile, 'fr-interieur');
});

test('without a managed API (content script), the cached organisation values apply', async () => {
  install({ local: { managedCache: { profile: 'qc-public' } } });
  delete api.storage.managed;
  const s = await S.loadSettings();
  assert.equal(s.profile, 'qc-public');
  assert.deepEqual(S.lockedFields(s), ['profile']);
});

test('import is all or nothing; export round-trips', async () => {
  await S.saveSettings({ terms: ['Nightingale'] });
  const bad = await S.importSettings(JSON.stringify({ format: 'reserve-settings', settings: { profile: 'qc-public', terms: 'oops' } }));
  assert.equal(bad.ok, false);
  assert.deepEqual(bad.problems.map(S.describeProblem), ['terms: expected array, got string']);
  assert.deepEqual((await S.loadSettings()).terms, ['Nightingale']);
  const text = await S.exportSettings();
  await S.saveSettings({ terms: [] });
  const good = await S.importSettings(text);
  assert.equal(good.ok, true);
  assert.deepEqual(good.settings.terms, ['Nightingale']);
});

test('official accounts and paused sites', async () => {
  await S.setOfficialAccount('x', '@ServiceCanada', 'en', '@ServiceCanadaFR');
  let s = await S.loadSettings();
  assert.equal(S.isOfficialAccount(s, 'x', 'servicecanada'), true);
  assert.equal(S.engineSettingsFor(s, { platform: 'x', account: '@ServiceCanada' }).official, 'en');
  await S.setOfficialAccount('x', 'servicecanada', null);
  s = await S.setPausedOn('linkedin', true);
  assert.deepEqual(s.officialAccounts, []);
  assert.equal(S.isPausedOn(s, 'linkedin'), true);
  s = await S.setPausedOn('linkedin', false);
  assert.equal(S.isPausedOn(s, 'linkedin'), false);
});

test('watchSettings reports changes and unsubscribes', async () => {
  const seen = [];
  const stop = S.watchSettings((s) => seen.push(s.profile));
  await S.saveSettings({ profile: 'qc-public' });
  await new Promise((r) => setTimeout(r, 20));
  stop();
  await S.saveSettings({ profile: 'fr-interieur' });
  await new Promise((r) => setTimeout(r, 20));
  assert.ok(seen.includes('qc-public'));
  assert.ok(!seen.includes('fr-interieur'));
});
