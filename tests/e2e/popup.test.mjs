// End-to-end tests of the popup, the options page, organisation policy and settings storage,
// with the real built extension (dist/chrome, dist/firefox: `node tools/build-extension.mjs`)
// in headless Chromium and Firefox ESR, one browser at a time.
// Run: node --test --test-concurrency=1 tests/e2e/popup.test.mjs
//   (extension from dist/: `node tools/build-extension.mjs`; another build dir: RESERVE_DIST=dir)
// Screenshots: target/e2e/popup-*.png, target/e2e/options-*.png (light and dark in both
// browsers; French in Chromium, started with --lang=fr)
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { launchChromium, launchFirefox, CHROMIUM_PATH, FIREFOX_PATH, DEFAULT_FIREFOX_UUID } from './browsers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.resolve(root, process.env.RESERVE_DIST || 'dist');
// Firefox over WebDriver BiDi cannot emulate prefers-color-scheme: force the content scheme.
const FIREFOX_DARK = { 'layout.css.prefers-color-scheme.content-override': 0 };
const SHOTS = path.join(root, 'target/e2e');
const TMP = path.join(root, 'target/tmp/popup-e2e');
fs.mkdirSync(SHOTS, { recursive: true });
fs.mkdirSync(TMP, { recursive: true });
const AXE = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const GECKO_ID = 'reserve@reserve-extension.org';
const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
const CHROMIUM_POLICY = path.join(CHROMIUM_POLICY_DIR, 'reserve-e2e-test.json');
const FIREFOX_POLICY_DIR = '/usr/lib/firefox-esr/distribution';
const FIREFOX_POLICY = path.join(FIREFOX_POLICY_DIR, 'policies.json');

const ORG_POLICY = {
  profile: 'fr-interieur',
  employers: ['Ministère de l\'Intérieur', 'Préfecture de police'],
  lockedCategories: ['confidential', 'location'],
  officialAccounts: [{ platform: 'x', handle: '@Place_Beauvau', mode: 'fr', counterpart: '' }],
  reviewIntervalDays: 30,
};

/** The id Chromium gives an unpacked extension: sha256 of its path, first 32 hex digits mapped to a-p. */
function chromiumUnpackedId(dir) {
  const hex = crypto.createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** A browser on a profile directory that survives close (for the restart test). */
async function launchPersistent(kind, extensionDir, profileDir) {
  if (kind === 'chromium') {
    const browser = await puppeteer.launch({
      browser: 'chrome', executablePath: CHROMIUM_PATH, headless: true, pipe: true, enableExtensions: true,
      userDataDir: profileDir, defaultViewport: { width: 1000, height: 800 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const id = await browser.installExtension(path.resolve(extensionDir));
    return { browser, base: `chrome-extension://${id}/`, wait: 'load' };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, userDataDir: profileDir,
    defaultViewport: { width: 1000, height: 800 }, args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: DEFAULT_FIREFOX_UUID }),
      // A temporary add-on is uninstalled at shutdown: keep its storage for the relaunch.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
    },
  });
  await browser.installExtension(path.resolve(extensionDir));
  return { browser, base: `moz-extension://${DEFAULT_FIREFOX_UUID}/`, wait: 'networkidle0' };
}

async function openPage(b, rel) {
  const page = await b.browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(b.extensionBaseUrl + rel, { waitUntil: b.kind === 'firefox' ? 'networkidle0' : 'load' });
  await page.waitForSelector('body[data-ready]');
  assert.equal(await page.$eval('body', (bd) => bd.dataset.ready), 'true');
  return page;
}

async function reload(page) {
  await page.evaluate(() => { delete document.body.dataset.ready; location.reload(); });
  await page.waitForSelector('body[data-ready="true"]');
}

/** Runs in an extension page: the WebExtension API object. */
const ext = () => globalThis.browser ?? globalThis.chrome;

async function storageSet(page, area, items) {
  await page.evaluate((a, it) => (globalThis.browser ?? globalThis.chrome).storage[a].set(it), area, items);
}
async function storageGet(page, area, key) {
  return page.evaluate(async (a, k) => (await (globalThis.browser ?? globalThis.chrome).storage[a].get(k))[k], area, key);
}

async function axeViolations(page) {
  await page.evaluate(`${AXE}\n;0`);
  return page.evaluate(async () => {
    const r = await globalThis.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function shot(page, name, { fullPage = true } = {}) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
}

/** Size the viewport to the popup's own size (it renders 400px wide in the toolbar). */
async function popupViewport(page) {
  await page.setViewport({ width: 400, height: 600 });
  // The next frames lay the page out at the new width (a full-page screenshot measures it).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

for (const kind of ['chromium', 'firefox']) {
  describe(`popup and options in ${kind}`, { concurrency: false }, () => {
    const extensionDir = path.join(DIST, kind === 'chromium' ? 'chrome' : 'firefox');
    let b;
    before(async () => {
      assert.ok(fs.existsSync(path.join(extensionDir, 'popup/popup.html')), `${extensionDir} missing: run node tools/build-extension.mjs`);
      b = kind === 'chromium' ? await launchChromium({ extensionDir }) : await launchFirefox({ extensionDir });
    });
    after(async () => { await b?.close(); });

    test('popup renders, first run asks for a review, axe finds nothing', async () => {
      const page = await openPage(b, 'popup/popup.html');
      await popupViewport(page);
      assert.equal(await page.$eval('html', (h) => h.lang), 'en');
      assert.ok(await page.$('#review-due'), 'never reviewed: reminder shown');
      assert.equal(await page.$$eval('[role="tab"]', (t) => t.length), 3);
      assert.equal(await page.$$eval('#platform-panels [role="tabpanel"]:not([hidden]) li.item', (l) => l.length), 9);
      const link = await page.$eval('#panel-facebook a.open-setting', (a) => a.href);
      assert.match(link, /^https:\/\/accountscenter\.facebook\.com\//);
      assert.match(await page.$eval('#tab-status', (e) => e.textContent), /does not run/);
      // Chromium styles extension pages with `body { font-size: 75% }`: labels must not shrink.
      const sizes = await page.evaluate(() => ['#checklist > p', 'li.item label', '#tab-body p', 'button#open-options']
        .map((sel) => getComputedStyle(document.querySelector(sel)).fontSize));
      assert.deepEqual(sizes, ['12.5px', '14px', '14px', '14px']);
      await shot(page, `popup-${kind}`);
      assert.deepEqual(await axeViolations(page), []);
      if (kind === 'chromium') {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        await shot(page, `popup-${kind}-dark`);
        assert.deepEqual(await axeViolations(page), []);
      }
      await page.close();
    });

    test('checklist: keyboard ticking, progress, review recorded, badge follows', async () => {
      const page = await openPage(b, 'popup/popup.html');
      await popupViewport(page);
      // Arrow keys move between platform tabs.
      await page.focus('#tab-facebook');
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-x');
      assert.equal(await page.$eval('#tab-x', (t) => t.getAttribute('aria-selected')), 'true');
      // Tick every X item with the keyboard (space on the focused checkbox).
      for (const id of ['mfa', 'password', 'audience', 'tagging', 'location', 'apps', 'profile', 'separate', 'official']) {
        await page.focus(`#cb-x-${id}`);
        await page.keyboard.press(' ');
        await page.waitForFunction((i) => document.querySelector(`#cb-x-${i}`)?.checked, {}, id);
      }
      assert.equal(await page.$eval('#panel-x [role="progressbar"]', (p) => p.getAttribute('aria-valuenow')), '9');
      await page.waitForSelector('#review-ok');
      const state = await storageGet(page, 'local', 'checklist');
      assert.equal(state.schemaVersion, 1);
      assert.ok(state.lastReview.x && state.lastFullReview);
      await page.waitForFunction(async () => (await (globalThis.browser ?? globalThis.chrome).action.getBadgeText({})) === '');
      // An old review brings the reminder back, on the page and on the toolbar badge.
      const old = new Date(Date.now() - 120 * 86400000).toISOString();
      await storageSet(page, 'local', { checklist: { ...state, lastFullReview: old, lastReview: { x: old } } });
      await page.waitForFunction(async () => (await (globalThis.browser ?? globalThis.chrome).action.getBadgeText({})) === '!');
      await reload(page);
      assert.match(await page.$eval('#review-due', (e) => e.textContent), /120 days ago/);
      await shot(page, `popup-${kind}-review-due`);
      await page.close();
    });

    test('options renders, edits save, axe finds nothing', async () => {
      const page = await openPage(b, 'options/options.html');
      await shot(page, `options-${kind}`);
      assert.deepEqual(await axeViolations(page), []);
      await page.click('#profile-qc-public');
      await page.waitForFunction(async () => (await (globalThis.browser ?? globalThis.chrome).storage.sync.get('settings')).settings?.profile === 'qc-public');
      await page.type('#employers-input', 'Élections Québec');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#employers-rm-0');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'employers-input');
      await page.type('#polling-day', kind === 'chromium' ? '10052026' : '2026-10-05');
      if (kind === 'firefox') await page.$eval('#polling-day', (i) => { i.value = '2026-10-05'; });
      await page.click('#polling-apply');
      await page.waitForFunction(() => document.querySelector('#election-start')?.value === '2026-09-02');
      assert.equal(await page.$eval('#election-end', (i) => i.value), '2026-10-12');
      const s = await storageGet(page, 'sync', 'settings');
      assert.deepEqual(s.electionPeriod, { start: '2026-09-02', end: '2026-10-12' });
      assert.deepEqual(s.employers, ['Élections Québec']);
      if (kind === 'chromium') {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        await shot(page, `options-${kind}-dark`);
        assert.deepEqual(await axeViolations(page), []);
      }
      await page.close();
    });

    test('import: a valid file takes effect, an invalid one changes nothing and says why', async () => {
      const page = await openPage(b, 'options/options.html');
      const good = path.join(TMP, `good-${kind}.json`);
      fs.writeFileSync(good, JSON.stringify({ format: 'reserve-settings', settings: {
        profile: 'ca-federal', employers: ['ESDC', 'EDSC'], terms: ['Nightingale'], minSeverity: 'warning',
        officialAccounts: [{ platform: 'x', handle: '@ServiceCanada', mode: 'en', counterpart: '@ServiceCanadaFR' }],
        ignoredRules: ['political.vote-call'],
      } }));
      const input = await page.$('#import-file');
      await input.uploadFile(good);
      await page.waitForSelector('#import-result.ok');
      // Ignored rules are shown by their title (from the engine in this page), linking to their page.
      assert.deepEqual(await page.$eval('#sec-ignored li[data-rule]', (li) => [li.dataset.rule, li.querySelector('a').getAttribute('href'), li.querySelector('code').textContent]),
        ['political.vote-call', '../learn/learn.html?rule=political.vote-call', 'political.vote-call']);
      assert.notEqual(await page.$eval('#rule-link-0', (a) => a.textContent), 'political.vote-call');
      assert.equal(await page.$eval('#profile-ca-federal', (r) => r.checked), true);
      assert.equal(await page.$eval('#min-severity', (s) => s.value), 'warning');
      const before = await storageGet(page, 'sync', 'settings');
      assert.deepEqual(before.terms, ['Nightingale']);
      // Undo-able un-ignore of a rule.
      await page.click('#rule-restore-0');
      await page.waitForSelector('#rule-undo');
      await page.click('#rule-undo');
      await page.waitForFunction(() => document.querySelector('#rule-restore-0'));
      const bad = path.join(TMP, `bad-${kind}.json`);
      fs.writeFileSync(bad, JSON.stringify({ format: 'reserve-settings', settings: { profile: 'qc-public', minSeverity: 'urgent', terms: 'Nightingale' } }));
      await (await page.$('#import-file')).uploadFile(bad);
      await page.waitForSelector('#import-result.error');
      const problems = await page.$$eval('#import-result li', (l) => l.map((x) => x.textContent));
      assert.deepEqual(problems, [
        'Lowest severity shown (minSeverity): must be one of info, warning, high (got "urgent")',
        'Sensitive terms (terms): expected a list, got text',
      ]);
      assert.deepEqual(await storageGet(page, 'sync', 'settings'), before);
      assert.equal(await page.$eval('#profile-ca-federal', (r) => r.checked), true);
      await shot(page, `options-${kind}-import-error`, { fullPage: false });
      await page.close();
    });

    test('a corrupt stored value is recovered with a notice, the original kept', async () => {
      const page = await openPage(b, 'options/options.html');
      const corrupt = { schemaVersion: 1, profile: 'martian', employers: 'ESDC', terms: ['Nightingale'], minSeverity: 'high' };
      await storageSet(page, 'sync', { settings: corrupt });
      await reload(page);
      await page.waitForSelector('#storage-notice');
      const text = await page.$eval('#storage-notice', (n) => n.textContent);
      assert.match(text, /Profile \(profile\): must be one of/);
      assert.match(text, /Employer names \(employers\): expected a list, got text/);
      const backups = await storageGet(page, 'local', 'settingsBackup');
      const kept = backups.at(-1).value;
      assert.deepEqual(kept.settings ?? kept, corrupt);
      const repaired = await storageGet(page, 'sync', 'settings');
      assert.equal(repaired.profile, 'ca-federal');
      assert.deepEqual(repaired.terms, ['Nightingale']);
      assert.equal(repaired.minSeverity, 'high');
      await shot(page, `options-${kind}-notice`, { fullPage: false });
      // The popup shows it too.
      const popup = await openPage(b, 'popup/popup.html');
      assert.ok(await popup.$('#notices .notice'));
      await popup.close();
      await page.click('#dismiss-notices');
      await page.waitForFunction(() => !document.querySelector('#storage-notice'));
      assert.equal((await storageGet(page, 'local', 'settingsBackup')).length >= 1, true);
      await page.close();
    });
  });

  test(`${kind}: a ticked item survives a browser restart`, async () => {
    const extensionDir = path.join(DIST, kind === 'chromium' ? 'chrome' : 'firefox');
    const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), `reserve-restart-${kind}-`));
    try {
      let b = await launchPersistent(kind, extensionDir, profileDir);
      let page = await b.browser.newPage();
      await page.goto(`${b.base}popup/popup.html`, { waitUntil: b.wait });
      await page.waitForSelector('body[data-ready="true"]');
      await page.click('#tab-linkedin');
      await page.click('#cb-linkedin-mfa');
      await page.waitForFunction(async () => (await (globalThis.browser ?? globalThis.chrome).storage.local.get('checklist')).checklist?.ticked?.['linkedin.mfa']);
      await b.browser.close();
      b = await launchPersistent(kind, extensionDir, profileDir);
      page = await b.browser.newPage();
      await page.goto(`${b.base}popup/popup.html`, { waitUntil: b.wait });
      await page.waitForSelector('body[data-ready="true"]');
      await page.click('#tab-linkedin');
      assert.equal(await page.$eval('#cb-linkedin-mfa', (c) => c.checked), true);
      assert.equal(await page.$eval('#cb-linkedin-password', (c) => c.checked), false);
      await b.browser.close();
    } finally {
      fs.rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
    }
  });

  test(`${kind}: an organisation policy takes effect and is shown locked`, async () => {
    const extensionDir = path.join(DIST, kind === 'chromium' ? 'chrome' : 'firefox');
    let cleanup;
    if (kind === 'chromium') {
      const id = chromiumUnpackedId(extensionDir);
      fs.mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
      fs.writeFileSync(CHROMIUM_POLICY, JSON.stringify({ '3rdparty': { extensions: { [id]: ORG_POLICY } } }));
      cleanup = () => fs.rmSync(CHROMIUM_POLICY, { force: true });
    } else {
      const had = fs.existsSync(FIREFOX_POLICY) ? fs.readFileSync(FIREFOX_POLICY) : null;
      fs.mkdirSync(FIREFOX_POLICY_DIR, { recursive: true });
      fs.writeFileSync(FIREFOX_POLICY, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: ORG_POLICY } } } }));
      cleanup = () => (had ? fs.writeFileSync(FIREFOX_POLICY, had) : fs.rmSync(FIREFOX_POLICY, { force: true }));
    }
    let b;
    try {
      b = kind === 'chromium' ? await launchChromium({ extensionDir }) : await launchFirefox({ extensionDir });
      if (kind === 'chromium') assert.equal(b.extensionId, chromiumUnpackedId(extensionDir));
      const page = await openPage(b, 'options/options.html');
      // Chromium applies an extension's policy once its managed_schema is registered, a moment
      // after install: the page follows storage.onChanged('managed').
      await page.waitForSelector('#org-summary:not([hidden])', { timeout: 20000 });
      assert.equal(await page.$eval('#profile-fr-interieur', (r) => r.checked && r.disabled), true);
      assert.equal(await page.$eval('#cat-location', (c) => c.checked && c.disabled), true);
      assert.equal(await page.$eval('#cat-political', (c) => c.disabled), false);
      const chips = await page.$$eval('#sec-employers li', (l) => l.map((x) => [x.textContent, x.classList.contains('locked')]));
      assert.deepEqual(chips[0], ['Ministère de l\'Intérieurset by your organisation', true]);
      assert.equal(await page.$eval('#review-interval', (i) => i.value), '30');
      // The user's own layer never stores the organisation's values.
      await page.type('#employers-input', 'Mon service');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('#sec-employers li').length === 3);
      const stored = await storageGet(page, 'sync', 'settings');
      assert.deepEqual(stored.employers, ['Mon service']);
      assert.equal(stored.profile, 'ca-federal');
      await shot(page, `options-${kind}-managed`);
      assert.deepEqual(await axeViolations(page), []);
      const popup = await openPage(b, 'popup/popup.html');
      await popupViewport(popup);
      assert.match(await popup.$eval('#tab-profile', (p) => p.textContent), /Ministry of the Interior.*set by your organisation/);
      await shot(popup, `popup-${kind}-managed`);
      await popup.close();
      await page.close();
    } finally {
      await b?.close();
      cleanup();
    }
  });
}

test('Chromium in French (--lang=fr): popup and options pages, French problem messages, axe clean', async () => {
  const b = await launchChromium({ extensionDir: path.join(DIST, 'chrome'), args: ['--lang=fr'] });
  try {
    const popup = await openPage(b, 'popup/popup.html');
    await popupViewport(popup);
    assert.equal(await popup.$eval('html', (h) => h.lang), 'fr');
    assert.equal(await popup.$eval('#review-h', (h) => h.textContent), 'Révision des paramètres de compte');
    await shot(popup, 'popup-chromium-fr');
    assert.deepEqual(await axeViolations(popup), []);
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await shot(popup, 'popup-chromium-fr-dark');
    assert.deepEqual(await axeViolations(popup), []);
    await popup.close();

    const page = await openPage(b, 'options/options.html');
    assert.equal(await page.$eval('html', (h) => h.lang), 'fr');
    await shot(page, 'options-chromium-fr');
    assert.deepEqual(await axeViolations(page), []);
    const bad = path.join(TMP, 'bad-fr.json');
    fs.writeFileSync(bad, JSON.stringify({ format: 'reserve-settings', settings: { minSeverity: 'urgent', terms: 'Nightingale', reviewIntervalDays: 3, colour: 'blue' } }));
    await (await page.$('#import-file')).uploadFile(bad);
    await page.waitForSelector('#import-result.error');
    const problems = await page.$$eval('#import-result li', (l) => l.map((x) => x.textContent.replace(/\u00a0/g, ' ')));
    assert.deepEqual(problems, [
      'Gravité minimale affichée (minSeverity) : doit être l’une des valeurs info, warning, high (reçu "urgent")',
      'Termes sensibles (terms) : attendu : une liste, reçu : du texte',
      'Intervalle du rappel de révision (reviewIntervalDays) : doit être un nombre entier de jours de 7 à 730 (reçu 3)',
      'colour : réglage inconnu',
    ]);
    await shot(page, 'options-chromium-fr-import-error', { fullPage: false });
    await page.close();
  } finally {
    await b.close();
  }
});

test('Firefox dark theme: popup and options, axe clean', async () => {
  const b = await launchFirefox({ extensionDir: path.join(DIST, 'firefox'), prefs: FIREFOX_DARK });
  try {
    const popup = await openPage(b, 'popup/popup.html');
    await popupViewport(popup);
    assert.equal(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
    await shot(popup, 'popup-firefox-dark');
    assert.deepEqual(await axeViolations(popup), []);
    await popup.close();
    const page = await openPage(b, 'options/options.html');
    await shot(page, 'options-firefox-dark');
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  } finally {
    await b.close();
  }
});
