// End-to-end tests of the "Learn more" page (extension/learn/): one rule explained, and "What
// Réserve checks" (every active rule by category), with the real built extension and the real wasm
// engine running in the extension page, in headless Chromium and Firefox ESR, one at a time.
// Run: node --test --test-concurrency=1 tests/e2e/learn.test.mjs
//   (extension from dist/: `node tools/build-extension.mjs`; another build dir: RESERVE_DIST=dir)
// Screenshots: target/e2e/learn-*.png (light and dark in both browsers, French in Chromium).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, launchFirefox } from './browsers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.resolve(root, process.env.RESERVE_DIST || 'dist');
const SHOTS = path.join(root, 'target/e2e');
fs.mkdirSync(SHOTS, { recursive: true });
const AXE = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const MESSAGES = Object.fromEntries(['en', 'fr'].map((l) => [l, JSON.parse(fs.readFileSync(path.join(DIST, 'chrome/_locales', l, 'messages.json'), 'utf8'))]));
const FIREFOX_DARK = { 'layout.css.prefers-color-scheme.content-override': 0 };

/** The rules as the engine itself reports them (the built engine, run here in Node). */
async function engineRules(profile, uiLang) {
  const m = await import(path.join(DIST, 'chrome/engine/reserve.js'));
  m.initSync({ module: fs.readFileSync(path.join(DIST, 'chrome/engine/reserve_bg.wasm')) });
  const engine = new m.Engine({ profile, uiLang });
  try { return engine.rules(); } finally { engine.free(); }
}

/** A locale message with its placeholders filled (Chrome messages.json semantics). */
function msg(lang, key, ...subs) {
  const e = MESSAGES[lang][key];
  assert.ok(e, `locale key ${key}`);
  return e.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name) => {
    const ph = e.placeholders?.[name.toLowerCase()];
    return ph ? ph.content.replace(/\$(\d)/g, (__, d) => subs[Number(d) - 1]) : '';
  });
}

async function openLearn(b, query = '') {
  const page = await b.browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  await page.goto(`${b.extensionBaseUrl}learn/learn.html${query}`, { waitUntil: b.kind === 'firefox' ? 'networkidle0' : 'load' });
  await page.waitForSelector('body[data-ready]');
  assert.equal(await page.$eval('body', (bd) => bd.dataset.ready), 'true');
  return page;
}

async function axeViolations(page) {
  await page.evaluate(`${AXE}\n;0`);
  return page.evaluate(async () => {
    const r = await globalThis.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const shot = (page, name) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

/** Checks one rule page against the engine's own data for that rule. */
async function checkRulePage(page, rule, lang) {
  const got = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    h1: document.querySelector('h1').textContent,
    sev: document.querySelector('#rule-severity').textContent,
    message: document.querySelector('#rule-message').textContent,
    what: document.querySelector('#rule-category-what')?.textContent ?? null,
    tip: document.querySelector('#rule-tip').textContent,
    source: document.querySelector('.source dl').textContent,
    toIgnored: document.querySelector('#to-ignored').getAttribute('href'),
    code: document.querySelector('.meta code').textContent,
    title: document.title,
  }));
  const cat = rule.category.replace(/-/g, '_');
  assert.equal(got.lang, lang);
  assert.equal(got.h1, rule.title);
  assert.equal(got.code, rule.id);
  assert.equal(got.sev, msg(lang, `ui_severity_${rule.severity}`));
  // The engine's message when it gives one, else the plain-words category explanation.
  assert.equal(got.message, rule.message || msg(lang, `options_learn_catWhat_${cat}`));
  assert.equal(got.what, rule.message ? msg(lang, `options_learn_catWhat_${cat}`) : null);
  assert.equal(got.tip, msg(lang, `options_learn_tip_${cat}`));
  assert.equal(got.toIgnored, '../options/options.html#sec-ignored');
  assert.equal(got.title, msg(lang, 'options_learn_ruleDocTitle', rule.title));
  return got;
}

for (const kind of ['chromium', 'firefox']) {
  describe(`Learn page in ${kind}`, { concurrency: false }, () => {
    const extensionDir = path.join(DIST, kind === 'chromium' ? 'chrome' : 'firefox');
    let b;
    before(async () => {
      assert.ok(fs.existsSync(path.join(extensionDir, 'learn/learn.html')), `${extensionDir}/learn missing: run node tools/build-extension.mjs`);
      b = kind === 'chromium' ? await launchChromium({ extensionDir }) : await launchFirefox({ extensionDir });
    });
    after(async () => { await b?.close(); });

    test('one rule: title, why, category, severity, tip and the guide it comes from; axe clean', async () => {
      const rules = await engineRules('ca-federal', 'en');
      const rule = rules.find((r) => r.id === 'confidential.marking');
      const page = await openLearn(b, '?rule=confidential.marking');
      const got = await checkRulePage(page, rule, 'en');
      // Under the federal profile the marking cites the federal guide (001) first, with its full
      // title, publisher, jurisdiction and section; not the French ministry's guide.
      assert.match(rule.source, /^001_.*§ /);
      assert.ok(got.source.startsWith('GuideUtiliser les médias sociaux de façon efficace et sécuritaire'), got.source);
      assert.ok(got.source.includes(`Section“${rule.source.split('§ ')[1]}”`), got.source);
      assert.doesNotMatch(got.source, /Ministère de l’Intérieur/);
      await shot(page, `learn-rule-${kind}`);
      assert.deepEqual(await axeViolations(page), []);
      if (kind === 'chromium') {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        await shot(page, `learn-rule-${kind}-dark`);
        assert.deepEqual(await axeViolations(page), []);
      }
      // The link back to the settings lands on the ignored-rules section.
      await Promise.all([page.waitForNavigation({ waitUntil: kind === 'firefox' ? 'networkidle0' : 'load' }), page.click('#to-ignored')]);
      await page.waitForSelector('body[data-ready="true"]');
      await page.waitForFunction(() => document.activeElement?.id === 'sec-ignored-h');
      assert.ok(await page.evaluate(() => { const r = document.getElementById('sec-ignored').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }), 'section scrolled into view');
      await page.close();
    });

    test('every active rule, grouped by category, each linking to its page; axe clean', async () => {
      const rules = await engineRules('ca-federal', 'en');
      const page = await openLearn(b);
      const listed = await page.$$eval('li[data-rule]', (l) => l.map((li) => [li.dataset.rule, li.querySelector('a.rule').textContent, li.closest('section.cat').id]));
      assert.equal(listed.length, rules.length);
      for (const r of rules) {
        const row = listed.find(([id]) => id === r.id);
        assert.ok(row, `${r.id} listed`);
        assert.deepEqual(row.slice(1), [r.title, `cat-${r.category}`]);
      }
      assert.equal(await page.$eval('#stat-rules strong', (s) => s.textContent), String(rules.length));
      assert.equal(await page.$eval('#nav-all', (a) => a.getAttribute('aria-current')), 'page');
      await shot(page, `learn-all-${kind}`);
      assert.deepEqual(await axeViolations(page), []);
      // A rule link opens that rule's page.
      await Promise.all([page.waitForNavigation({ waitUntil: kind === 'firefox' ? 'networkidle0' : 'load' }), page.click('li[data-rule="location.pin"] a.rule')]);
      await page.waitForSelector('body[data-ready="true"]');
      assert.equal(await page.$eval('h1', (h) => h.textContent), rules.find((r) => r.id === 'location.pin').title);
      await page.close();
    });

    test('an ignored rule says so; an unknown rule is reported, not a blank page', async () => {
      const page = await openLearn(b, '?rule=political.vote-call');
      await page.evaluate(() => (globalThis.browser ?? globalThis.chrome).storage.sync.set({ settings: { schemaVersion: 1, ignoredRules: ['political.vote-call'] } }));
      await page.evaluate(() => { delete document.body.dataset.ready; location.reload(); });
      await page.waitForSelector('body[data-ready="true"]');
      assert.equal(await page.$eval('#rule-ignore-status', (p) => p.textContent), msg('en', 'options_learn_ignoredNow'));
      assert.ok(await page.$$eval('.meta .tag', (t) => t.some((x) => x.textContent === 'Ignored by you')));
      await page.evaluate(() => (globalThis.browser ?? globalThis.chrome).storage.sync.remove('settings'));
      await page.goto(`${b.extensionBaseUrl}learn/learn.html?rule=no.such-rule`, { waitUntil: kind === 'firefox' ? 'networkidle0' : 'load' });
      await page.waitForSelector('body[data-ready="true"]');
      assert.equal(await page.$eval('#not-found', (p) => p.textContent), msg('en', 'options_learn_notFoundBody', 'no.such-rule'));
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    });
  });
}

test('Chromium in French: the rule page and the list follow the browser language', async () => {
  const b = await launchChromium({ extensionDir: path.join(DIST, 'chrome'), args: ['--lang=fr'] });
  try {
    const rules = await engineRules('ca-federal', 'fr');
    const page = await openLearn(b, '?rule=confidential.marking');
    await checkRulePage(page, rules.find((r) => r.id === 'confidential.marking'), 'fr');
    assert.match(await page.$eval('.source dl', (d) => d.textContent), /Section« Utiliser les médias sociaux/);
    await shot(page, 'learn-rule-chromium-fr');
    assert.deepEqual(await axeViolations(page), []);
    await page.goto(`${b.extensionBaseUrl}learn/learn.html`);
    await page.waitForSelector('body[data-ready="true"]');
    assert.equal(await page.$eval('h1', (h) => h.textContent), 'Ce que Réserve vérifie');
    assert.equal(await page.$eval('li[data-rule="confidential.marking"] a.rule', (a) => a.textContent), rules.find((r) => r.id === 'confidential.marking').title);
    await shot(page, 'learn-all-chromium-fr');
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  } finally {
    await b.close();
  }
});

test('Firefox dark theme: the rule page and the list', async () => {
  const b = await launchFirefox({ extensionDir: path.join(DIST, 'firefox'), prefs: FIREFOX_DARK });
  try {
    const page = await openLearn(b, '?rule=location.pin');
    assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
    await shot(page, 'learn-rule-firefox-dark');
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
    const all = await openLearn(b);
    await shot(all, 'learn-all-firefox-dark');
    assert.deepEqual(await axeViolations(all), []);
    await all.close();
  } finally {
    await b.close();
  }
});
