// Packaging checks of the release build (dist/chrome, dist/firefox): `web-ext lint` reports no
// error, and the manifest asks for nothing beyond an allow-list and runs only on the three
// sites. No browser needed; kept with the e2e suites because it checks the built dist/.
//
//   node --test tests/e2e/ext-package.test.mjs

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ROOT, DIST } from './ext-helpers.mjs';

const run = promisify(execFile);

/** Permissions the release build may ask for (storage, and what the popup truly needs). */
const ALLOWED_PERMISSIONS = ['storage', 'scripting'];
/** Optional host permissions: only for sites the user enables (generic adapter). */
const ALLOWED_OPTIONAL_HOSTS = ['https://*/*'];
/** The three sites, and their hostnames the content script may match. */
const SITE_HOSTS = /^(x\.com|mobile\.x\.com|twitter\.com|mobile\.twitter\.com|www\.facebook\.com|web\.facebook\.com|m\.facebook\.com|www\.linkedin\.com)$/;

before(async () => {
  if (!fs.existsSync(path.join(DIST, 'chrome/manifest.json')) || !fs.existsSync(path.join(DIST, 'firefox/manifest.json'))) {
    const { buildExtension } = await import('../../tools/build-extension.mjs');
    await buildExtension({ out: DIST, quiet: true });
  }
});

test('web-ext lint reports no error on dist/firefox', async () => {
  const bin = path.join(ROOT, 'node_modules/.bin/web-ext');
  assert.ok(fs.existsSync(bin), 'web-ext is installed (npm ci)');
  let stdout;
  try {
    ({ stdout } = await run(bin, ['lint', '--source-dir', path.join(DIST, 'firefox'), '--output', 'json', '--no-input'], {
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1', WEB_EXT_NO_INPUT: 'true' },
      maxBuffer: 16 * 1024 * 1024,
    }));
  } catch (err) {
    // web-ext exits non-zero when it finds errors; the JSON report is still on stdout.
    stdout = err.stdout;
    if (!stdout) throw err;
  }
  const report = JSON.parse(stdout);
  const describe = (list) => list.map((m) => `${m.code} ${m.file || ''}: ${m.message}`).join('\n');
  assert.equal(report.summary.errors, 0, `web-ext lint errors:\n${describe(report.errors)}`);
  // Known and accepted: Firefox ignores background.service_worker (it uses background.scripts).
  const unexpected = report.warnings.filter((w) => w.code !== 'BACKGROUND_SERVICE_WORKER_IGNORED');
  assert.deepEqual(unexpected.map((w) => w.code), [], `unexpected warnings:\n${describe(unexpected)}`);
});

for (const target of ['chrome', 'firefox']) {
  test(`${target}: the release manifest asks only for allowed permissions and runs only on the three sites`, () => {
    const m = JSON.parse(fs.readFileSync(path.join(DIST, target, 'manifest.json'), 'utf8'));
    assert.equal(m.manifest_version, 3);
    for (const p of m.permissions || []) assert.ok(ALLOWED_PERMISSIONS.includes(p), `permission "${p}" is not in the allow-list`);
    assert.deepEqual(m.host_permissions || [], [], 'no host permission granted at install');
    for (const h of m.optional_host_permissions || []) assert.ok(ALLOWED_OPTIONAL_HOSTS.includes(h), `optional host permission "${h}"`);
    assert.deepEqual(m.optional_permissions || [], []);
    assert.equal(m.web_accessible_resources, undefined, 'nothing exposed to pages');
    assert.equal(m.externally_connectable, undefined, 'no page or other extension can message us');
    assert.ok(m.content_scripts.length >= 1);
    for (const cs of m.content_scripts) {
      for (const pattern of cs.matches) {
        const match = /^https:\/\/([^/*]+)\/\*$/.exec(pattern);
        assert.ok(match, `content script pattern "${pattern}" is https://<host>/* for one host`);
        assert.match(match[1], SITE_HOSTS, `content script runs on ${match[1]}`);
      }
      assert.equal(cs.all_frames, false);
    }
    const gecko = m.browser_specific_settings && m.browser_specific_settings.gecko;
    assert.ok(gecko && gecko.id, 'gecko id');
    assert.deepEqual(gecko.data_collection_permissions, { required: ['none'] }, 'declares no data collection');
    assert.ok(m.background.service_worker && m.background.scripts.length, 'one manifest for both browsers');
    for (const lang of ['en', 'fr']) assert.ok(fs.existsSync(path.join(DIST, target, '_locales', lang, 'messages.json')), `_locales/${lang}`);
    for (const size of ['16', '32', '48', '128']) assert.ok(fs.existsSync(path.join(DIST, target, m.icons[size])), `icon ${size}`);
  });
}
